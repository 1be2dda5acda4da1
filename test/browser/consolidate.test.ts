/**
 * The coordinator's consolidation in the real pane, in headless Chromium, with Office.js replaced by
 * the strict Excel double (officeStub.ts): pick three bodies' workbooks (written here with ExcelJS,
 * figures worked out by hand in consolidateFixtures.ts), plus an older duplicate and a broken file;
 * see the figures, the unreadable file's sentence and the duplicate in the pane; find the three
 * sheets and the native chart in the workbook. The reader bundle must be requested only once files
 * are picked (network log), never for Table 1 sheets of the open workbook. Screenshots of the view
 * in ky / ru / en at 320 px go to test-output/screenshots/. The standalone page offers the same view
 * over a new workbook to download (data bars instead of a chart, said in the view; LibreOffice opens the
 * download and shows the same figures), from http:// and from file://. Needs `npm run build` first.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import ExcelJS from "exceljs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SUMMARY_HEADER_ROW, SUMMARY_LEVEL_COL, coreCatalog } from "../../src/core";
import type { Lang } from "../../src/core";
import { paneCatalog } from "../../src/taskpane/i18n";
import { LEVEL_CHART_NAME } from "../../src/taskpane/consolidate/workflow";
import { launchChromium } from "./chromium";
import { dropFiles } from "./drop";
import type { Chromium } from "./chromium";
import {
  BROKEN_FILE,
  CONSOLIDATION_AS_OF,
  EXPECTED_BODIES,
  EXPECTED_OVERALL,
  bodiesWithDuplicate,
  threeBodies,
  writeBodyWorkbook,
  writeBrokenFile,
} from "./consolidateFixtures";
import type { SampleSheet } from "./fixtures";
import type { OfficeSeed } from "./officeStub";
import { buildOfficeStub } from "./officeStubBundle";
import { consolidateFiles, expectedShown, shownFigures } from "./pageSteps";
import { serveDirectory } from "./server";
import { sheetsAsCsv } from "../support/libreoffice";
import type { StaticServer } from "./server";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "test-output", "screenshots");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const READER = "/consolidate-reader.js";
const DISPLAY: Record<Lang, string> = { ky: "ky-KG", ru: "ru-RU", en: "en-US" };

let server: StaticServer;
let browser: Chromium;
let stub: string;
let work: string;
/** The files a coordinator picks: three bodies, МЭК's older file, a broken file. */
let picks: string[];

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.js")) || !existsSync(join(DIST, "consolidate-reader.js")))
    throw new Error("dist/ missing: run `npm run build` first");
  mkdirSync(SHOTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "atkaruu-browser-consolidate-"));
  picks = [];
  for (const b of bodiesWithDuplicate()) picks.push(await writeBodyWorkbook(work, b));
  picks.push(await writeBrokenFile(work));
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  readonly errors: string[];
  readonly offsite: string[];
}

async function openPane(seed: OfficeSeed): Promise<Opened> {
  server.requested.length = 0;
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    if (!r.url().startsWith(server.origin) && r.url() !== OFFICE_JS) offsite.push(r.url());
  });
  await page.addInitScript(
    (s) => ((window as unknown as { __ATKARUU_SEED__: unknown }).__ATKARUU_SEED__ = s),
    seed
  );
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: "text/javascript", body: stub })
  );
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByTestId("tab-consolidate").waitFor();
  return { page, errors, offsite };
}

function doubleState<T>(page: Page, read: string): Promise<T> {
  return page.evaluate(
    `(() => { const wb = window.__ATKARUU_DOUBLE__.workbook; return (${read}); })()`
  ) as Promise<T>;
}

const readerRequested = (): boolean => server.requested.includes(READER);

const blankWorkbook = (lang: Lang): OfficeSeed => ({
  displayLanguage: DISPLAY[lang],
  sheets: [{ name: "Лист1", rows: [["Свод отчётов"]], merges: [] }],
});

/** The three bodies' Table 1 grids as sheets of the open workbook, named after the bodies. */
function bodySheetsWorkbook(lang: Lang): OfficeSeed {
  const names = ["МЦРИТ", "МФ", "МЭК"];
  const sheets: SampleSheet[] = threeBodies().map((b, i) => ({
    name: names[i],
    rows: b.sheets[0].rows.map((r) =>
      r.map((v) => (typeof v === "string" || typeof v === "number" ? v : null))
    ),
    merges: [...(b.sheets[0].merges ?? [])],
  }));
  return {
    displayLanguage: DISPLAY[lang],
    sheets: [{ name: "Титул", rows: [["Свод"]], merges: [] }, ...sheets],
  };
}

async function pickAndConsolidate(page: Page, lang: Lang): Promise<void> {
  await consolidateFiles(page, lang, picks);
}

test("files picked in the pane: the reader is fetched only then; figures, problems, three sheets and a native chart", async () => {
  const { page, errors, offsite } = await openPane(blankWorkbook("en"));
  const t = paneCatalog("en");
  // Opening the pane and the consolidation view loads no reader.
  await page.getByTestId("tab-consolidate").click();
  await page.getByTestId("consolidate-choose").waitFor();
  await page.waitForTimeout(300);
  expect(readerRequested()).toBe(false);

  await page.getByTestId("consolidate-file-input").setInputFiles(picks);
  await page.getByTestId("consolidate-files").waitFor();
  // Picking files starts fetching the reader (once).
  for (let i = 0; i < 50 && !readerRequested(); i++) await page.waitForTimeout(100);
  expect(server.requested.filter((p) => p === READER)).toEqual([READER]);

  await page.getByTestId("consolidate-as-of").fill(CONSOLIDATION_AS_OF);
  // Record every progress message the pane shows while it works.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="consolidate-section"]')?.textContent ?? "";
      if (text !== "" && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId("consolidate-run").click();
  const c = coreCatalog("en").consolidation;
  await page
    .getByTestId("consolidate-notice")
    .getByText(t.consolidate.done(c.summarySheet, c.itemsSheet, c.issuesSheet))
    .waitFor();
  // Progress: files done / total, file by file, then writing.
  const progress = await page.evaluate(() =>
    (window as unknown as { __progress: string[] }).__progress.join("\n")
  );
  const names = picks.map((p) => p.split("/").pop()!);
  for (let k = 0; k < names.length; k++)
    expect(progress).toContain(t.consolidate.reading(k, names.length, names[k]));
  expect(progress).toContain(t.consolidate.writing);
  // Problems found → the result is a warning, not a plain success.
  await expect(
    page.getByTestId("consolidate-notice").locator("[data-intent]").getAttribute("data-intent")
  ).resolves.toBe("warning");
  await page.getByTestId("consolidate-chart-notice").getByText(t.consolidate.chartAdded).waitFor();

  expect(await shownFigures(page)).toEqual(expectedShown("en", "overall"));
  await expect(
    page.locator('[data-testid="consolidation-unreadable"] li').allTextContents()
  ).resolves.toEqual([
    `“${BROKEN_FILE}” cannot be read as an Excel workbook: it is not an .xlsx file.`,
  ]);
  await expect(
    page.locator('[data-testid="consolidation-duplicates"] li').allTextContents()
  ).resolves.toEqual([c.duplicateBody("МЭК", "МЭК.xlsx", "МЭК_old.xlsx")]);

  // The workbook: the user's sheet, then summary, items, issues; the summary in view.
  await expect(doubleState<string[]>(page, "wb.sheets.map((s) => s.name)")).resolves.toEqual([
    "Лист1",
    c.summarySheet,
    c.itemsSheet,
    c.issuesSheet,
  ]);
  await expect(doubleState<string>(page, "wb.activeSheet.name")).resolves.toBe(c.summarySheet);
  const first = SUMMARY_HEADER_ROW + 1;
  const summary = await doubleState<(string | number)[][]>(
    page,
    `wb.findSheet(${JSON.stringify(c.summarySheet)}).values().slice(${first}, ${first + 4})`
  );
  expect(
    summary.map((r) => [r[0], r[1], r[2], r[3], Math.round(Number(r[SUMMARY_LEVEL_COL]) * 10) / 10])
  ).toEqual([
    ...EXPECTED_BODIES.map((e) => [e.body, e.file, e.total, e.completed, e.level]),
    [c.overall, "", EXPECTED_OVERALL.total, EXPECTED_OVERALL.completed, EXPECTED_OVERALL.level],
  ]);
  const charts = await doubleState<
    { name: string; chartType: string; series: { values: string; xValues: string }[] }[]
  >(
    page,
    `wb.findSheet(${JSON.stringify(c.summarySheet)}).charts.map((ch) => ({ name: ch.name, chartType: ch.chartType, series: ch.series.map((s) => ({ values: s.values.rect.top + ':' + s.values.rect.left + ':' + s.values.rect.rows, xValues: s.xValues.rect.top + ':' + s.xValues.rect.left + ':' + s.xValues.rect.rows })) }))`
  );
  expect(charts).toEqual([
    {
      name: LEVEL_CHART_NAME,
      chartType: "BarClustered",
      series: [{ values: `${first}:${SUMMARY_LEVEL_COL}:3`, xValues: `${first}:0:3` }],
    },
  ]);
  // The issues sheet names the broken file with its sentence and the ignored duplicate.
  const issues = await doubleState<string[]>(
    page,
    `wb.findSheet(${JSON.stringify(c.issuesSheet)}).values().map((r) => r[1] + '|' + r[5])`
  );
  const kinds = coreCatalog("en").issueKinds;
  expect(issues).toEqual(
    expect.arrayContaining([
      `${BROKEN_FILE}|${kinds["unreadable-workbook"]}`,
      `МЭК_old.xlsx|${kinds["duplicate-body"]}`,
    ])
  );
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});

test("files dropped on the zone are added to the list, like picked ones", async () => {
  const { page, errors } = await openPane(blankWorkbook("en"));
  const t = paneCatalog("en");
  await page.getByTestId("tab-consolidate").click();
  await dropFiles(page, "consolidate-drop-zone", picks.slice(0, 2));
  await page
    .getByTestId("consolidate-file-count")
    .getByText(t.consolidate.filesChosen(2))
    .waitFor();
  await dropFiles(page, "consolidate-drop-zone", picks.slice(2));
  await page
    .getByTestId("consolidate-file-count")
    .getByText(t.consolidate.filesChosen(picks.length))
    .waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test("Table 1 sheets of the open workbook: one body per sheet, no reader fetched, the sheets untouched", async () => {
  const { page, errors } = await openPane(bodySheetsWorkbook("ru"));
  const t = paneCatalog("ru");
  const snapshot = (): Promise<string> =>
    doubleState<string>(
      page,
      `JSON.stringify(["МЦРИТ", "МФ", "МЭК"].map((n) => wb.findSheet(n).snapshot()))`
    );
  const before = await snapshot();
  await page.getByTestId("tab-consolidate").click();
  await page.getByTestId("consolidate-source-sheets").check();
  await page.locator('[data-testid="consolidate-sheets"] [data-sheet="МЭК"]').waitFor();
  await expect(
    page
      .locator('[data-testid="consolidate-sheets"] input[type="checkbox"][data-sheet]:checked')
      .count()
  ).resolves.toBe(3);
  await page.getByTestId("consolidate-as-of").fill(CONSOLIDATION_AS_OF);
  await page.getByTestId("consolidate-run").click();
  const c = coreCatalog("ru").consolidation;
  await page
    .getByTestId("consolidate-notice")
    .getByText(t.consolidate.done(c.summarySheet, c.itemsSheet, c.issuesSheet))
    .waitFor();
  expect(await shownFigures(page)).toEqual(expectedShown("ru", "overall"));
  await expect(doubleState<string[]>(page, "wb.sheets.map((s) => s.name)")).resolves.toEqual([
    "Титул",
    "МЦРИТ",
    "МФ",
    "МЭК",
    c.summarySheet,
    c.itemsSheet,
    c.issuesSheet,
  ]);
  await expect(
    doubleState<number>(page, `wb.findSheet(${JSON.stringify(c.summarySheet)}).charts.length`)
  ).resolves.toBe(1);
  expect(await snapshot()).toBe(before);
  expect(readerRequested()).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
});

test("keyboard and labels: the tabs work with the arrow keys, every field is labelled", async () => {
  const { page } = await openPane(blankWorkbook("ky"));
  const t = paneCatalog("ky");
  await page.getByTestId("tab-report").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByTestId("consolidate-section").waitFor();
  await expect(page.getByTestId("tab-consolidate").getAttribute("aria-selected")).resolves.toBe(
    "true"
  );
  await expect(page.locator("#pane-panel-report").isHidden()).resolves.toBe(true);
  for (const label of [
    t.consolidate.asOf,
    t.consolidate.expected,
    t.consolidate.fromFiles,
    t.consolidate.fromSheets,
  ]) {
    await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
  }
  // From the selected tab, Tab reaches the source choice, the file button, the date and the list, in
  // that order (the date's day, month and year parts are one control; "Consolidate" is disabled until files are chosen).
  await page.getByTestId("tab-consolidate").focus();
  const stops: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    stops.push(
      await page.evaluate(
        () =>
          document.activeElement?.getAttribute("data-testid") ??
          document.activeElement?.tagName.toLowerCase() ??
          ""
      )
    );
  }
  const named = stops.filter((id, i) => id.startsWith("consolidate-") && stops.indexOf(id) === i);
  expect(named).toEqual([
    "consolidate-source-files",
    "consolidate-choose",
    "consolidate-as-of",
    "consolidate-expected",
    "consolidate-plan-choose",
  ]);
  await expect(page.getByTestId("consolidate-run").isDisabled()).resolves.toBe(true);
  await page.close();
});

test("screenshots of the consolidation view in each language at 320 px, nothing sticking out sideways", async () => {
  for (const lang of ["ky", "ru", "en"] as const) {
    const { page, errors } = await openPane(blankWorkbook(lang));
    await page.setViewportSize({ width: 320, height: 900 });
    await pickAndConsolidate(page, lang);
    expect(await shownFigures(page)).toEqual(expectedShown(lang, "overall"));
    await page.getByTestId("consolidation-unreadable").waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect([lang, overflow]).toEqual([lang, 0]);
    await page.screenshot({
      path: join(SHOTS, `consolidate-${lang}-320.png`),
      fullPage: true,
      animations: "disabled",
    });
    expect(errors).toEqual([]);
    await page.close();
  }
});

describe("on the standalone page", () => {
  async function consolidateOnPage(
    url: string,
    lang: Lang
  ): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url);
    await page.getByTestId("language").selectOption(lang);
    await pickAndConsolidate(page, lang);
    return { page, requests, errors };
  }

  test("consolidates picked files into a new workbook to download: data bars instead of a chart, and the page says so", async () => {
    const { page, requests, errors } = await consolidateOnPage(
      `${server.origin}/standalone.html`,
      "ru"
    );
    const t = paneCatalog("ru");
    await page
      .getByTestId("consolidate-chart-notice")
      .getByText(t.consolidate.chartUnsupported)
      .waitFor();
    expect(await shownFigures(page)).toEqual(expectedShown("ru", "overall"));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("consolidate-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`consolidation-${CONSOLIDATION_AS_OF}.xlsx`);
    const saved = join(work, "consolidation-downloaded.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const c = coreCatalog("ru").consolidation;
    expect(wb.worksheets.map((w) => w.name)).toEqual([c.summarySheet, c.itemsSheet, c.issuesSheet]);
    const summary = wb.getWorksheet(c.summarySheet)!;
    const first = SUMMARY_HEADER_ROW + 2;
    const rows = [0, 1, 2, 3].map((i) => summary.getRow(first + i));
    expect(
      rows.map((r) => [
        r.getCell(1).value,
        r.getCell(3).value,
        r.getCell(4).value,
        Math.round(Number(r.getCell(SUMMARY_LEVEL_COL + 1).value) * 10) / 10,
      ])
    ).toEqual([
      ...EXPECTED_BODIES.map((e) => [e.body, e.total, e.completed, e.level]),
      [c.overall, EXPECTED_OVERALL.total, EXPECTED_OVERALL.completed, EXPECTED_OVERALL.level],
    ]);
    const bars = (
      summary as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(bars.map((f) => [f.ref, f.rules.map((r) => r.type)])).toEqual([
      [`H${first}:H${first + 2}`, ["dataBar"]],
    ]);
    // An independent reader opens the download: LibreOffice shows the same figures, one decimal.
    const csv = (await sheetsAsCsv([saved], join(work, "lo"))).get(saved)!;
    expect([...csv.keys()].sort()).toEqual([c.summarySheet, c.itemsSheet, c.issuesSheet].sort());
    const lo = csv.get(c.summarySheet)!.slice(first - 1, first + 3);
    expect(lo.map((r) => [r[0], r[2], r[3], r[SUMMARY_LEVEL_COL]])).toEqual([
      ...EXPECTED_BODIES.map((e) => [
        e.body,
        String(e.total),
        String(e.completed),
        e.level.toFixed(1),
      ]),
      [
        c.overall,
        String(EXPECTED_OVERALL.total),
        String(EXPECTED_OVERALL.completed),
        EXPECTED_OVERALL.level.toFixed(1),
      ],
    ]);
    // The reader came from the page's own server, asked by the hash of the reader built with the page
    // (so a cached reader of an earlier version is never run); nothing went anywhere else.
    const build = createHash("sha256")
      .update(readFileSync(join(DIST, "consolidate-reader.js")))
      .digest("hex")
      .slice(0, 16);
    expect(requests.filter((u) => u.includes(READER))).toEqual([
      `${server.origin}${READER}?v=${build}`,
    ]);
    expect(
      requests.filter(
        (u) => !u.startsWith(server.origin) && !u.startsWith("blob:") && !u.startsWith("data:")
      )
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("works opened from a folder (file://): the reader loads as a classic script", async () => {
    const { page, requests, errors } = await consolidateOnPage(
      `file://${join(DIST, "standalone.html")}`,
      "en"
    );
    expect(await shownFigures(page)).toEqual(expectedShown("en", "overall"));
    expect(
      requests.filter((u) => u.includes(READER)).map((u) => u.replace(/\?v=[0-9a-f]{16}$/, ""))
    ).toEqual([`file://${join(DIST, "consolidate-reader.js")}`]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
