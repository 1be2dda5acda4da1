/**
 * Screenshots for the user guides (officials and coordinators), made by walking their tasks in real
 * headless Chromium, so the pictures never go stale: on the standalone page — the page as it opens, a
 * workbook opened with the report details, Table 1 checked (issues and figures), Annex 2 ready to
 * download, a consolidation of three bodies, the "Local monitoring" view (a group workbook checked, an
 * act and the summary report made) — and in the pane inside a simulated Excel (the strict double stands
 * in for Office.js) — Table 1 checked, a consolidation, a comparison with the previous report, a group
 * workbook checked. Each in ky, ru and en, 400 px wide.
 * (Headless Chromium draws date fields in the US format whatever the language: a real browser shows
 * the user's own.)
 *
 * In `npm test` they go to test-output/guide-img/; `npm run screenshots` writes them to docs/guides/img/
 * (ATKARUU_GUIDE_IMG), with index.md listing every file and what it shows.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import type { Page } from "playwright-core";
import { coreCatalog, groupCatalog } from "../../src/core";
import type { Lang, SheetGrid } from "../../src/core";
import { groupPaneCatalog } from "../../src/taskpane/group/i18n";
import { paneCatalog } from "../../src/taskpane/i18n";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import { threeBodies, writeBodyWorkbook } from "./consolidateFixtures";
import { sampleSheets, table1Workbook } from "./fixtures";
import type { OfficeSeed } from "./officeStub";
import {
  compareWithSnapshot,
  editForSecondQuarter,
  firstQuarterSeed,
  reportFirstQuarter,
} from "./compareSteps";
import { buildOfficeStub } from "./officeStubBundle";
import { checkGroupInView, GROUP_FILE, groupPanel, PLAN_FILE } from "./groupSteps";
import { doubleSheet } from "./officePane";
import { consolidateFiles, fillReport } from "./pageSteps";
import { GUIDE_FILES, guidePictures } from "../project/guideFiles";
import { serveDirectory } from "./server";
import type { StaticServer } from "./server";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUT = resolve(ROOT, process.env.ATKARUU_GUIDE_IMG ?? join("test-output", "guide-img"));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const WIDTH = 400;
/** The example action plan (seed 002's shape) a body makes its Table 1 from. */
const PLAN_WORKBOOK = join(ROOT, "examples", "plan-egov-2014-2017.xlsx");
const LANGS: readonly Lang[] = ["ky", "ru", "en"];
const DISPLAY: Record<Lang, string> = { ky: "ky-KG", ru: "ru-RU", en: "en-US" };

/**
 * Every picture: its file name (before -<lang>.png), what it shows (for the guide's writer), and what
 * it holds — the whole page, or one section of it (the section's full width, so every picture is 400 px
 * wide and the guide shows the part it talks about).
 */
export const GUIDE_SHOTS = {
  "page-start": {
    shows:
      "The standalone page as it opens: choose or drop an .xlsx file; nothing leaves the computer.",
    region: null,
  },
  "page-opened": {
    shows: "A workbook opened: Table 1's sheet found by itself, the report details filled in.",
    region: null,
  },
  "page-checked": {
    shows:
      "After Check: the figures (total, completed, on time, late, in progress, execution level) and the issues, each at its cell.",
    region: "check-section",
  },
  "page-annex2": {
    shows:
      "Annex 2 generated: the download button for the copy with the Annex 2 sheet (the original is never changed).",
    region: "annex2-section",
  },
  "page-consolidation": {
    shows:
      "A coordinator's consolidation of three bodies' files: each body's figures and the overall execution level.",
    region: null,
  },
  "pane-checked": {
    shows:
      "In Excel, the Atkaruu pane after Check: figures and issues (a click selects the cell to fix).",
    region: null,
  },
  "pane-annex2": {
    shows:
      "In Excel, the pane after Generate Annex 2: the Annex 2 sheet is written into the open workbook.",
    region: "annex2-section",
  },
  "pane-consolidation": {
    shows: "In Excel, the pane's Consolidation tab after consolidating three bodies' files.",
    region: null,
  },
  "pane-compare": {
    shows:
      "In Excel, Compare with the previous report: the changes since the last Annex 2's snapshot by kind, the reopened measure as an error (a click selects its row).",
    region: "compare-section",
  },
  "page-group-checked": {
    shows:
      "Local monitoring on the page: the group workbook checked — the group in figures and each issue at its sheet and cell.",
    region: "group-check-section",
  },
  "page-group-act": {
    shows:
      "Local monitoring on the page: an act of the register chosen, its answer limits, and the act made to print.",
    region: "group-act-section",
  },
  "page-group-report": {
    shows:
      "Local monitoring on the page: the half-year summary report made with the local plan's Table 1 from a file, and its execution level.",
    region: "group-report-section",
  },
  "page-plan-table1": {
    shows:
      "Table 1 from the plan on the page: the plan workbook read (title, years, items), the body picked among its executors with their full names, the new Table 1 downloaded and opened.",
    region: "plan-table1-section",
  },
  "pane-group": {
    shows:
      "In Excel, the pane's Local monitoring tab after the check: each issue a button selecting its cell.",
    region: "group-check-section",
  },
} as const satisfies Record<string, { shows: string; region: string | null }>;
type Shot = keyof typeof GUIDE_SHOTS;

/** What the test records of each picture (shots.json beside the pictures). */
interface ShotRecord {
  readonly width: number;
  readonly height: number;
  /** The words the picture shows (the region's innerText): a change of the UI's words is named exactly. */
  readonly text: string;
}
const records = new Map<string, ShotRecord>();

let server: StaticServer;
let browser: Chromium;
let stub: string;
let work: string;
let sample: string;
let bodies: string[];
/** The example group workbook and its local plan, as the double is seeded with them. */
let groupSheets: SheetGrid[];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "atkaruu-guide-"));
  sample = join(work, "table1.xlsx");
  writeFileSync(sample, await table1Workbook());
  bodies = [];
  for (const b of threeBodies()) bodies.push(await writeBodyWorkbook(work, b));
  const group = await readWorkbookFile(GROUP_FILE, "ky");
  const plan = await readWorkbookFile(PLAN_FILE, "ky");
  if (!group.ok || !plan.ok)
    throw new Error("examples/group-example.xlsx or local-plan-example.xlsx unreadable");
  groupSheets = [...group.book.sheets, ...plan.book.sheets];
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function shoot(page: Page, shot: Shot, lang: Lang): Promise<void> {
  const file = `${shot}-${lang}.png`;
  const region = GUIDE_SHOTS[shot].region;
  let clip: { x: number; y: number; width: number; height: number } | undefined;
  let text: string;
  if (region === null) {
    text = await page.locator("body").innerText();
  } else {
    const el = page.getByTestId(region);
    const box = await el.boundingBox();
    if (box === null) throw new Error(`${file}: the region ${region} is not on the page`);
    // A margin of 8 px above and below; the page's full width.
    const scrollY = await page.evaluate(() => window.scrollY);
    clip = {
      x: 0,
      y: Math.max(0, box.y + scrollY - 8),
      width: WIDTH,
      height: Math.ceil(box.height + 16),
    };
    text = await el.innerText();
  }
  const png = await page.screenshot({
    path: join(OUT, file),
    fullPage: true,
    animations: "disabled",
    clip,
  });
  records.set(file, {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    text: text.replace(/[ \t]+\n/g, "\n").trim(),
  });
}

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: 900 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { page, errors };
}

async function openPane(seed: OfficeSeed): Promise<{ page: Page; errors: string[] }> {
  const opened = await newPage();
  await opened.page.addInitScript(
    (s) => ((window as unknown as { __ATKARUU_SEED__: unknown }).__ATKARUU_SEED__ = s),
    seed
  );
  await opened.page.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: "text/javascript", body: stub })
  );
  await opened.page.goto(`${server.origin}/taskpane.html`);
  return opened;
}

describe.each(LANGS)("guide screenshots in %s", (lang) => {
  test("the official on the standalone page: open, check, Annex 2", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.origin}/standalone.html`);
    await page.getByTestId("language").selectOption(lang);
    await page.getByTestId("privacy").waitFor();
    await shoot(page, "page-start", lang);
    await page.getByTestId("file-input").setInputFiles(sample);
    await page.getByTestId("opened").waitFor();
    await fillReport(page);
    await shoot(page, "page-opened", lang);
    await page.getByTestId("check").click();
    await page.getByTestId("figures").waitFor();
    await shoot(page, "page-checked", lang);
    await page.getByTestId("generate").click();
    await page.getByTestId("download").waitFor();
    await shoot(page, "page-annex2", lang);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the official on the standalone page: Table 1 from the plan", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.origin}/standalone.html`);
    await page.getByTestId("language").selectOption(lang);
    await page.getByTestId("plan-table1-file-input").setInputFiles(PLAN_WORKBOOK);
    await page.getByTestId("plan-table1-body").selectOption("Финмин");
    await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("plan-table1-create").click(),
    ]);
    await page.getByTestId("opened").waitFor();
    await page.getByTestId("plan-table1-notice").locator("[data-intent]").waitFor();
    await shoot(page, "page-plan-table1", lang);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the coordinator on the standalone page: consolidation", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.origin}/standalone.html`);
    await page.getByTestId("language").selectOption(lang);
    await consolidateFiles(page, lang, bodies);
    await page.getByTestId("consolidation-bodies").waitFor();
    await shoot(page, "page-consolidation", lang);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("in Excel: the pane checks Table 1 and consolidates", async () => {
    const checked = await openPane({ displayLanguage: DISPLAY[lang], sheets: sampleSheets() });
    await fillReport(checked.page);
    await checked.page.getByTestId("check").click();
    await checked.page.getByTestId("figures").waitFor();
    await shoot(checked.page, "pane-checked", lang);
    await checked.page.getByTestId("generate").click();
    const annexName = coreCatalog(lang).annex2.sheetName;
    await checked.page
      .getByTestId("annex2-notice")
      .getByText(paneCatalog(lang).annex2.done(annexName), { exact: false })
      .waitFor();
    await shoot(checked.page, "pane-annex2", lang);
    expect(checked.errors).toEqual([]);
    await checked.page.close();

    const consolidated = await openPane({
      displayLanguage: DISPLAY[lang],
      sheets: [{ name: "Sheet1", rows: [["Report"]], merges: [] }],
    });
    await consolidateFiles(consolidated.page, lang, bodies);
    await consolidated.page.getByTestId("consolidation-bodies").waitFor();
    await shoot(consolidated.page, "pane-consolidation", lang);
    expect(consolidated.errors).toEqual([]);
    await consolidated.page.close();

    const compared = await openPane(firstQuarterSeed(DISPLAY[lang]));
    await reportFirstQuarter(compared.page, lang);
    await editForSecondQuarter(compared.page);
    await compareWithSnapshot(compared.page);
    await shoot(compared.page, "pane-compare", lang);
    expect(compared.errors).toEqual([]);
    await compared.page.close();
  });

  test("the local monitoring group on the page (check, act, report) and in Excel (check)", async () => {
    const g = groupPaneCatalog(lang);
    const { page, errors } = await newPage();
    await page.goto(`${server.origin}/standalone.html`);
    await page.getByTestId("language").selectOption(lang);
    await page.getByTestId("tab-group").click();
    await groupPanel(page).getByTestId("file-input").setInputFiles(GROUP_FILE);
    await groupPanel(page).getByTestId("opened").waitFor();
    await checkGroupInView(page);
    await shoot(page, "page-group-checked", lang);
    // Act 2 of the example: answered late, the council informed on time.
    await groupPanel(page).getByTestId("group-act").selectOption("2");
    await groupPanel(page).getByTestId("group-make-act").click();
    await groupPanel(page)
      .getByTestId("group-act-notice")
      .getByText(g.act.made(groupCatalog(lang).act.sheetName("2")))
      .waitFor();
    await shoot(page, "page-group-act", lang);
    await groupPanel(page).getByTestId("group-period").selectOption("2025-H1");
    await groupPanel(page).getByTestId("group-plan").selectOption("file");
    await groupPanel(page).getByTestId("group-plan-input").setInputFiles(PLAN_FILE);
    await groupPanel(page).getByTestId("group-plan-file").waitFor();
    await groupPanel(page).getByTestId("group-make-report").click();
    await groupPanel(page)
      .getByTestId("group-report-notice")
      .getByText(g.report.made(groupCatalog(lang).report.sheetName("2025-H1")), { exact: false })
      .waitFor();
    await shoot(page, "page-group-report", lang);
    expect(errors).toEqual([]);
    await page.close();

    const pane = await openPane({
      displayLanguage: DISPLAY[lang],
      sheets: groupSheets.map(doubleSheet),
    });
    await pane.page.getByTestId("tab-group").click();
    await checkGroupInView(pane.page);
    await shoot(pane.page, "pane-group", lang);
    expect(pane.errors).toEqual([]);
    await pane.page.close();
  });
});

const shotFiles = (): string[] =>
  Object.keys(GUIDE_SHOTS).flatMap((shot) => LANGS.map((lang) => `${shot}-${lang}.png`));

test("every picture is there, 400 px wide; index.md and shots.json list them", () => {
  const lines = [
    "# Screenshots for the guides",
    "",
    "Made by `npm run screenshots` (test/browser/guideScreens.test.ts) from the real page and pane; do not edit by hand.",
    "`shots.json` records each picture's size and the words it shows; `npm test` makes them again and compares (see ../README.md).",
    "Headless Chromium draws date fields in the US format (mm/dd/yyyy) whatever the language; a real browser shows the user's own.",
    "",
    "| file | shows |",
    "|---|---|",
  ];
  const shots: Record<string, ShotRecord> = {};
  for (const [shot, { shows }] of Object.entries(GUIDE_SHOTS)) {
    for (const lang of LANGS) {
      const name = `${shot}-${lang}.png`;
      const file = join(OUT, name);
      expect([file, existsSync(file)]).toEqual([file, true]);
      const png = readFileSync(file);
      expect([file, png.subarray(1, 4).toString("ascii"), png.readUInt32BE(16)]).toEqual([
        file,
        "PNG",
        WIDTH,
      ]);
      const record = records.get(name);
      expect([name, record === undefined]).toEqual([name, false]);
      shots[name] = record!;
      lines.push(`| \`${name}\` | ${shows} |`);
    }
  }
  writeFileSync(join(OUT, "index.md"), lines.join("\n") + "\n");
  writeFileSync(join(OUT, "shots.json"), JSON.stringify(shots, null, 2) + "\n");
});

test("every picture a guide shows is made here, and every picture made is shown by its language's guide", () => {
  const made = new Set(shotFiles());
  for (const lang of LANGS) {
    const shown = guidePictures(lang);
    for (const name of shown)
      expect([GUIDE_FILES[lang], name, made.has(name) && existsSync(join(OUT, name))]).toEqual([
        GUIDE_FILES[lang],
        name,
        true,
      ]);
    const own = shotFiles().filter((f) => f.endsWith(`-${lang}.png`));
    expect([GUIDE_FILES[lang], own.filter((f) => !shown.includes(f))]).toEqual([
      GUIDE_FILES[lang],
      [],
    ]);
  }
});

/**
 * The committed pictures (docs/guides/img/, shown on GitHub) are what the page and pane show now: the same
 * files, the same size, the same words, and the same pixels but for anti-aliasing noise (Chromium's
 * software raster varies a few dozen anti-aliased pixels, at the rounded corners of boxes, between runs; a changed word, colour, icon
 * or layout changes far more, and any change of words fails the text comparison exactly). Skipped only
 * when this run is the one writing docs/guides/img/ (`npm run screenshots`).
 */
const COMMITTED = join(ROOT, "docs", "guides", "img");
/** Observed noise: up to 34 pixels at the rounded corners of boxes; a changed icon or button is hundreds. */
const MAX_NOISE_PIXELS = 100;
const refresh = "run `npm run screenshots` and commit docs/guides/img/";
(OUT === COMMITTED ? test.skip : test)(
  "the committed pictures are what the page and pane show now",
  async () => {
    const committed = JSON.parse(readFileSync(join(COMMITTED, "shots.json"), "utf8")) as Record<
      string,
      ShotRecord
    >;
    expect([refresh, Object.keys(committed).sort()]).toEqual([refresh, shotFiles().sort()]);
    const page = await browser.context.newPage();
    try {
      for (const name of shotFiles()) {
        const now = records.get(name)!;
        expect([name, refresh, committed[name]]).toEqual([name, refresh, now]);
        const diff = await page.evaluate(comparePixels, [
          readFileSync(join(COMMITTED, name)).toString("base64"),
          readFileSync(join(OUT, name)).toString("base64"),
        ] as [string, string]);
        expect([name, refresh, diff.size, diff.differing <= MAX_NOISE_PIXELS]).toEqual([
          name,
          refresh,
          "same",
          true,
        ]);
      }
    } finally {
      await page.close();
    }
  }
);

/** In the browser: decode two PNGs (base64) on canvases and count the pixels that differ. */
async function comparePixels([a, b]: [string, string]): Promise<{
  size: string;
  pixels: number;
  differing: number;
}> {
  const decode = async (b64: string): Promise<ImageData> => {
    const bitmap = await createImageBitmap(
      await (await fetch(`data:image/png;base64,${b64}`)).blob()
    );
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [x, y] = [await decode(a), await decode(b)];
  if (x.width !== y.width || x.height !== y.height)
    return { size: `${x.width}×${x.height} → ${y.width}×${y.height}`, pixels: 0, differing: 0 };
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (
      x.data[i] !== y.data[i] ||
      x.data[i + 1] !== y.data[i + 1] ||
      x.data[i + 2] !== y.data[i + 2] ||
      x.data[i + 3] !== y.data[i + 3]
    )
      differing++;
  }
  return { size: "same", pixels: x.width * x.height, differing };
}
