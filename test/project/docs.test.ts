/**
 * The repository carries its own documentation: every relative link of README.md, docs/*.md and the guides (docs/guides/) leads to
 * a file of the repository, and no document points outside it (a path on the build machine, a sibling
 * folder). The contract is docs/spec.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = join(__dirname, "..", "..");
const markdownIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `${dir}/${f}`);
const DOCS = [
  "README.md",
  ...markdownIn("docs"),
  ...markdownIn("docs/guides"),
  ...markdownIn("docs/guides/img"),
];

/** Markdown link targets: [text](target) and [text]: target. */
function links(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  const reference = [...markdown.matchAll(/^\[[^\]]+\]:\s+(\S+)/gm)].map((m) => m[1]);
  return [...inline, ...reference];
}

test.each(DOCS)("%s: every relative link is a file of the repository", (doc) => {
  const text = readFileSync(join(ROOT, doc), "utf8");
  for (const target of links(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
    const file = resolve(dirname(join(ROOT, doc)), decodeURIComponent(target.split("#")[0]));
    expect([target, relative(ROOT, file).startsWith(".."), existsSync(file)]).toEqual([
      target,
      false,
      true,
    ]);
  }
});

test.each(DOCS)("%s: no path outside the repository", (doc) => {
  const text = readFileSync(join(ROOT, doc), "utf8");
  expect(text.match(/\/work\/[\w./-]*|\.\.\/shared\/[\w./-]*/g) ?? []).toEqual([]);
});

test("the contract is in the repository, with the sources it cites", () => {
  const spec = readFileSync(join(ROOT, "docs", "spec.md"), "utf8");
  expect(spec).toMatch(/This file is the contract/);
  for (const m of spec.matchAll(/seeds\/(\d{3})_\*\.txt/g)) {
    expect([
      m[0],
      readdirSync(join(ROOT, "docs", "seeds")).some((f) => f.startsWith(`${m[1]}_`)),
    ]).toEqual([m[0], true]);
  }
});
