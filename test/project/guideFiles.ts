/**
 * The user guides (docs/guides/<lang>.md) as the tests read them: the pictures each shows, the
 * `atkaruu` commands of its code blocks, and the words it writes in bold (in the guides bold marks
 * exactly the words on the screen: buttons, fields, tabs, sheet names).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/core";

export const ROOT = join(__dirname, "..", "..");

export const GUIDE_FILES: Readonly<Record<Lang, string>> = {
  ky: "docs/guides/ky.md",
  ru: "docs/guides/ru.md",
  en: "docs/guides/en.md",
};

export function guideText(lang: Lang): string {
  return readFileSync(join(ROOT, GUIDE_FILES[lang]), "utf8");
}

/** File names of the pictures the guide shows (`![…](img/NAME.png)`), in order. */
export function guidePictures(lang: Lang): string[] {
  return [...guideText(lang).matchAll(/!\[[^\]]*\]\(img\/([^)\s]+\.png)\)/g)].map((m) => m[1]);
}

/** Lines of the fenced code blocks that run `atkaruu` (a trailing `# comment` removed). */
export function guideCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)) {
    for (const line of block[1].split("\n")) {
      const bare = line.replace(/\s+#\s.*$/, "").trim();
      if (/^atkaruu(\s|$)/.test(bare)) commands.push(bare);
    }
  }
  return commands;
}

/** A shell command line split into words: '…' and "…" quoting, no expansion (the guides use none). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

/** The words in bold, outside code blocks and inline code. */
export function boldWords(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  // A bold phrase may wrap onto the next line of the Markdown source.
  return [...prose.matchAll(/\*\*([^*]+?)\*\*/g)].map((m) => m[1].replace(/\s+/g, " ").trim());
}
