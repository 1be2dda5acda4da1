/**
 * The Methodology's terms, said the Methodology's way everywhere a user reads them. The sources: seed 000
 * (Kyrgyz: «аткаруу деңгээли», «негизги аткаруучу», «кошо аткаруучу», the Annex 2 statuses) and SPEC
 * (docs/spec.md, for the Russian and English role and status words). Each term lives once, in the core's
 * catalogue; every other catalogue takes it from there, so its source holds no copy of the word. Words
 * that drifted from the Methodology (`аткарылыш деңгээли`, `тең аткаруучу`, `головной исполнитель`, …)
 * appear in no catalogue's output and in no guide or doc, except quoted as something a user may type.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { coreCatalog, lowerFirst, LANGS } from "../../src/core";
import type { Lang } from "../../src/core";
import { cliCatalog } from "../../src/cli/i18n";
import { paneCatalog } from "../../src/taskpane/i18n";
import { ROOT } from "./guideFiles";

const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");
const lower = (s: string): string => s.toLocaleLowerCase().replace(/\s+/g, " ");

/** Wordings that drifted from the sources, per language. */
const DRIFT: Readonly<Record<Lang, readonly RegExp[]>> = {
  ky: [/аткарылыш\s+деңгээл/iu, /тең\s+аткаруучу/iu],
  ru: [/головн\p{L}*\s+исполнител/iu, /уров\p{L}*\s+выполнени/iu, /со-исполнител/iu],
  en: [
    /co-?implement/iu,
    /implementation\s+level/iu,
    /\bco\s?executor/iu,
    /completion\s+(level|rate)/iu,
  ],
};

/**
 * Every catalogue of every adapter in `lang`: what each catalogue module (the core's and every other
 * `i18n` source, found by its path) returns from its exported functions of one argument, the language —
 * a catalogue added later is covered without being named here.
 */
async function catalogues(lang: Lang): Promise<unknown[]> {
  const found: unknown[] = [];
  for (const path of [join("src", "core", "i18n", "index.ts"), ...OTHER_CATALOGUES]) {
    const mod = (await import(join(ROOT, path))) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod)) {
      if (typeof v !== "function" || v.length !== 1 || /^use[A-Z]/.test(name)) continue;
      try {
        const out: unknown = (v as (l: Lang) => unknown)(lang);
        if (out !== null && typeof out === "object" && !Array.isArray(out)) found.push(out);
      } catch {
        // Not a catalogue of a language (a helper taking another argument).
      }
    }
  }
  return found;
}

/** The texts a catalogue can show: its strings, and what its functions return for plain arguments. */
function texts(catalogue: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (typeof v === "function") {
      const fn = v as (...a: unknown[]) => unknown;
      for (const args of [
        Array(fn.length).fill(3),
        Array(fn.length).fill("X"),
        [{ n: 3, no: "1", part: "purpose", sheetKind: "members" }],
      ]) {
        try {
          visit(fn(...args));
        } catch {
          // An argument of another shape: the other tries cover it.
        }
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(catalogue);
  return out;
}

/** Files under `dir` (relative to the root) whose path passes `keep`. */
function files(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(join(ROOT, d))) {
      const p = join(d, name);
      if (statSync(join(ROOT, p)).isDirectory()) walk(p);
      else if (keep(p)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Catalogue sources other than the core's own, with their comments removed. */
const OTHER_CATALOGUES = files(
  "src",
  (p) =>
    /(^|\/)i18n(\/|\.ts$)/.test(p) &&
    p.endsWith(".ts") &&
    !p.startsWith(join("src", "core", "i18n"))
);
const sourceText = (path: string): string =>
  read(path)
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

/** Words quoted as a user may type them (`…`, «…», “…”) are mentions, not uses. */
const unquoted = (text: string): string => text.replace(/`[^`\n]*`|«[^»\n]*»|“[^”\n]*”/g, "");
const USER_TEXT_FILES = [
  "README.md",
  "manifest.xml",
  ...files("docs", (p) => p.endsWith(".md") && !p.startsWith(join("docs", "seeds"))),
  ...files(join("src", "functions", "locales"), (p) => p.endsWith(".json")),
];

describe("the Methodology's terms", () => {
  test("the core's Kyrgyz terms are the Methodology's words (seed 000)", () => {
    const seed = lower(
      read(
        join(
          "docs",
          "seeds",
          files(join("docs", "seeds"), (p) => /000_/.test(p))[0]
            .split("/")
            .pop()!
        )
      )
    );
    const ky = coreCatalog("ky");
    const terms = [
      ky.executionLevel,
      ky.roleNames.lead,
      ky.roleNames.co,
      ky.statusNames.on_time,
      ky.statusNames.late,
      ky.statusNames.in_progress,
      ky.statusNames.not_completed,
    ];
    expect(terms.filter((t) => !seed.includes(lower(t)))).toEqual([]);
  });

  test.each(["ru", "en"] as const)("the core's %s role and status words are SPEC's", (lang) => {
    const spec = lower(read(join("docs", "spec.md")));
    const c = coreCatalog(lang);
    const terms = [
      c.roleNames.lead,
      c.roleNames.co,
      c.statusNames.on_time,
      c.statusNames.late,
      c.statusNames.in_progress,
      c.statusNames.not_completed,
    ];
    if (lang === "en") terms.push(c.executionLevel);
    expect(terms.filter((t) => !spec.includes(lower(t)))).toEqual([]);
  });

  test.each(LANGS)("no catalogue shows a drifted wording in %s", async (lang) => {
    const all = await catalogues(lang);
    // The core's, the group's, compare's, the plan's, the pane's and its views', the Office adapter's, the CLI's, the functions'.
    expect(all.length).toBeGreaterThanOrEqual(12);
    const found = all.flatMap(texts).filter((t) => DRIFT[lang].some((re) => re.test(t)));
    expect(found).toEqual([]);
  });

  test("guides, docs, the README, the ribbon and the functions' descriptions use no drifted wording", () => {
    const found: string[] = [];
    for (const path of USER_TEXT_FILES) {
      const text = unquoted(read(path));
      for (const re of LANGS.flatMap((l) => DRIFT[l])) {
        const m = re.exec(text);
        if (m) found.push(`${path}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  test("other catalogues take the terms from the core's, holding no copy of their own", () => {
    expect(OTHER_CATALOGUES.length).toBeGreaterThanOrEqual(10);
    const copies: string[] = [];
    for (const path of OTHER_CATALOGUES) {
      const source = sourceText(path);
      for (const lang of LANGS) {
        const c = coreCatalog(lang);
        for (const term of [
          c.executionLevel,
          c.roleNames.lead,
          c.roleNames.co,
          c.statusNames.on_time,
          c.statusNames.late,
          c.statusNames.in_progress,
        ]) {
          // The term as a whole word (an inflected form such as «аткаруу деңгээлинин» is another word).
          const whole = new RegExp(
            `(?<!\\p{L})${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`,
            "iu"
          );
          if (whole.test(source)) copies.push(`${relative(ROOT, join(ROOT, path))}: ${term}`);
        }
      }
    }
    expect(copies).toEqual([]);
  });

  test("the pane's figures and the CLI's report name the level, roles and statuses as Annex 2 does", () => {
    for (const lang of LANGS) {
      const c = coreCatalog(lang);
      const pane = paneCatalog(lang).figures;
      expect([pane.level, pane.onTime, pane.late, pane.inProgress, pane.levelUndefined]).toEqual([
        c.executionLevel,
        c.annex2.onTime,
        c.annex2.late,
        c.annex2.inProgress,
        c.annex2.levelUndefined,
      ]);
      expect(c.annex2.levelLine.toLocaleLowerCase()).toContain(lowerFirst(c.executionLevel));
      expect(c.consolidation.summaryHeaders).toEqual(
        expect.arrayContaining([`${c.executionLevel}, %`])
      );
      const cli = cliCatalog(lang).report;
      expect(cli.level("1")).toContain(c.executionLevel);
      expect(cli.measures(3, 2, 1)).toContain(c.roleNames.lead);
      expect(cli.measures(3, 2, 1)).toContain(c.roleNames.co);
    }
  });
});
