/**
 * The user guides (docs/guides/) say what is true today: every `atkaruu` command they show runs as a real
 * process on example workbooks (no usage error, no unreadable input) and prints the output lines they
 * show; every word in bold is a word of the screen in the guide's language (the pane's, its Local
 * monitoring view's, the core's, the group's catalogues and the ribbon's labels in manifest.xml); every
 * picture they show is committed and recorded by the screenshot test (test/browser/guideScreens.test.ts, which also checks the committed
 * pictures against the UI); the README starts with a part for officials in Kyrgyz and Russian that
 * links the guides.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareCatalog, coreCatalog, groupCatalog, LANGS, planTexts } from "../../src/core";
import type { Lang } from "../../src/core";
import { groupPaneCatalog } from "../../src/taskpane/group/i18n";
import { planPaneCatalog } from "../../src/taskpane/plan/i18n";
import { LANGUAGE_NAMES, paneCatalog } from "../../src/taskpane/i18n";
import { paneCompareTexts } from "../../src/taskpane/i18n/compare";
import { runProcess } from "../cli/helpers";
import {
  boldWords,
  GUIDE_FILES,
  guideCommands,
  guidePictures,
  guideText,
  ROOT,
  shellWords,
} from "./guideFiles";

jest.setTimeout(120_000);

const EXAMPLES = join(ROOT, "examples");
const BIN = join(ROOT, "bin", "atkaruu.js");

/**
 * The files the guides' commands name, by the example each stands for. A guide that names another
 * input file fails here: add its name to the right kind.
 */
const FIXTURES: Readonly<Record<string, readonly string[]>> = {
  "table1-example.xlsx": ["1-таблица.xlsx", "Таблица1.xlsx", "Table1.xlsx"],
  "group-example.xlsx": ["топ.xlsx", "группа.xlsx", "group.xlsx"],
  "local-plan-example.xlsx": ["жергиликтүү-план.xlsx", "местный-план.xlsx", "local-plan.xlsx"],
  "plan-egov-2014-2017.xlsx": ["иш-чаралар-планы.xlsx", "action-plan.xlsx"],
  "plan-egov-2014-2017-ru.xlsx": ["план-мероприятий.xlsx"],
};
/** Folders of the bodies' workbooks (consolidate) and the lists of expected bodies. */
const REPORT_FOLDERS = ["отчеттор", "отчеты", "reports"];
const BODY_LISTS = ["органдар.txt", "органы.txt", "bodies.txt"];
const REPORTING_BODIES = ["МЦРИТ", "Минфин"];
/** The previous period's report (compare): the Annex 2 copy of the Table 1 example as of 31.03.2025. */
const PREVIOUS_REPORTS = ["мурунку-отчет.xlsx", "прошлый-отчёт.xlsx", "previous-report.xlsx"];

let fixtures: string;

/** Every file the guides may name, once; the previous report made by a real `atkaruu annex2`. */
beforeAll(async () => {
  fixtures = mkdtempSync(join(tmpdir(), "atkaruu-guides-fixtures-"));
  for (const [example, names] of Object.entries(FIXTURES))
    for (const n of names) copyFileSync(join(EXAMPLES, example), join(fixtures, n));
  for (const folder of REPORT_FOLDERS) {
    mkdirSync(join(fixtures, folder));
    copyFileSync(
      join(EXAMPLES, "table1-example.xlsx"),
      join(fixtures, folder, `${REPORTING_BODIES[0]}.xlsx`)
    );
    copyFileSync(
      join(EXAMPLES, "table1-example-ru.xlsx"),
      join(fixtures, folder, `${REPORTING_BODIES[1]}.xlsx`)
    );
  }
  for (const list of BODY_LISTS)
    writeFileSync(join(fixtures, list), [...REPORTING_BODIES, "МЭК"].join("\n") + "\n");
  const previous = join(fixtures, PREVIOUS_REPORTS[0]);
  const made = await runProcess(
    BIN,
    [
      "annex2",
      join(EXAMPLES, "table1-example.xlsx"),
      "--body",
      REPORTING_BODIES[0],
      "--as-of",
      "2025-03-31",
      "--out",
      previous,
    ],
    { cwd: fixtures }
  );
  expect([made.code, made.stderr]).toEqual([0, ""]);
  for (const n of PREVIOUS_REPORTS.slice(1)) copyFileSync(previous, join(fixtures, n));
});

afterAll(() => {
  if (fixtures) rmSync(fixtures, { recursive: true, force: true });
});

/** A fresh copy of the fixtures for one command (commands write beside their inputs). */
function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "atkaruu-guides-"));
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

/** The guide's commands, each with the output lines shown right after its code block (if any). */
function commandsWithOutput(markdown: string): { line: string; shown: string[] }[] {
  const out: { line: string; shown: string[] }[] = [];
  const blocks = [...markdown.matchAll(/^```([a-z]*)\n([\s\S]*?)^```\n(\s*)/gm)];
  blocks.forEach((b, i) => {
    const commands = guideCommands(b[0]);
    for (const line of commands) out.push({ line, shown: [] });
    const next = blocks[i + 1];
    // An output block is a ```text block that follows a command block with nothing between them.
    if (
      commands.length > 0 &&
      next !== undefined &&
      next[1] === "text" &&
      next.index === b.index! + b[0].length
    ) {
      out[out.length - 1].shown = next[2]
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "");
    }
  });
  return out;
}

describe.each(LANGS)("the %s guide", (lang) => {
  const text = guideText(lang);

  test("shows commands, and each runs as a real process and prints what the guide shows", async () => {
    const commands = commandsWithOutput(text);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(commands.some((c) => c.shown.length > 0)).toBe(true);
    for (const { line, shown } of commands) {
      const dir = workFolder();
      try {
        const words = shellWords(line).slice(1);
        // No LANG: a command without --lang speaks Kyrgyz, as on a machine without a language set.
        const r = await runProcess(BIN, words, { cwd: dir });
        // 0 done, 1 issues found (validate, consolidate with a missing body, group check); 2 is a usage
        // error or an input that could not be read — the guide shows something that does not work.
        expect([line, r.code === 0 || r.code === 1, r.code === 1 ? "" : r.stderr.trim()]).toEqual([
          line,
          true,
          "",
        ]);
        expect([line, r.stdout.trim() !== ""]).toEqual([line, true]);
        const printed = r.stdout.split("\n").map((l) => l.trim());
        for (const l of shown) expect([line, l, printed.includes(l)]).toEqual([line, l, true]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  test("writes in bold only words of the screen, in its own language", () => {
    const screen = screenWords(lang);
    const bold = boldWords(text);
    expect(bold.length).toBeGreaterThanOrEqual(20);
    expect(bold.filter((w) => !screen.has(w))).toEqual([]);
  });

  test("shows pictures that are committed and recorded by the screenshot test, in its own language", () => {
    const pictures = guidePictures(lang);
    expect(pictures.length).toBeGreaterThanOrEqual(6);
    const recorded = JSON.parse(
      readFileSync(join(ROOT, "docs", "guides", "img", "shots.json"), "utf8")
    ) as Record<string, unknown>;
    for (const name of pictures) {
      expect([
        name,
        name.endsWith(`-${lang}.png`),
        existsSync(join(ROOT, "docs", "guides", "img", name)),
        name in recorded,
      ]).toEqual([name, true, true, true]);
    }
  });

  test("links the other two guides", () => {
    for (const other of LANGS.filter((l) => l !== lang))
      expect(text).toContain(`](${GUIDE_FILES[other].split("/").pop()})`);
  });
});

/** Every string the screen can show in `lang`: catalogue leaves (functions left out) and the ribbon's labels. */
function screenWords(lang: Lang): Set<string> {
  const words = new Set<string>(Object.values(LANGUAGE_NAMES));
  const collect = (v: unknown): void => {
    if (typeof v === "string") words.add(v.trim());
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(collect);
  };
  collect(paneCatalog(lang));
  collect(groupPaneCatalog(lang));
  collect(coreCatalog(lang));
  collect(groupCatalog(lang));
  collect(compareCatalog(lang));
  collect(paneCompareTexts(lang));
  collect(planPaneCatalog(lang));
  collect(planTexts(lang));
  for (const label of manifestLabels(lang)) words.add(label);
  return words;
}

/** The ribbon's short strings (group and button labels) as Excel shows them in `lang`. */
function manifestLabels(lang: Lang): string[] {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const short = /<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/.exec(xml)?.[1] ?? "";
  const locale = { ky: "ky-KG", ru: "ru-RU", en: "" }[lang];
  const labels: string[] = [];
  for (const m of short.matchAll(
    /<bt:String id="[^"]+" DefaultValue="([^"]*)"\s*(?:\/>|>([\s\S]*?)<\/bt:String>)/g
  )) {
    const override =
      locale === ""
        ? undefined
        : new RegExp(`Locale="${locale}" Value="([^"]*)"`).exec(m[2] ?? "")?.[1];
    labels.push(override ?? m[1]);
  }
  return labels;
}

test("README starts with a part for officials in Kyrgyz, then Russian, then English, linking the guides, before the developer part", () => {
  for (const readme of ["README.md", "docs/guides/README.md"]) {
    const text = readFileSync(join(ROOT, readme), "utf8");
    const base = readme === "README.md" ? "docs/guides/" : "";
    const at = (s: string): number => text.indexOf(s);
    const [ky, ru, en] = (["ky", "ru", "en"] as const).map((l) => at(`](${base}${l}.md)`));
    const developers = Math.max(at("## Set up and run"), at("## For developers"));
    expect([readme, ky > 0, ky < ru, ru < en, en < developers]).toEqual([
      readme,
      true,
      true,
      true,
      true,
    ]);
    // Each part in its own language, before the guides' link.
    expect([
      readme,
      /[ңөү]/.test(text.slice(0, ky)),
      /уровень исполнения/i.test(text.slice(ky, ru)),
    ]).toEqual([readme, true, true]);
  }
});
