/**
 * Consolidation over several periods in real headless Chromium, on two quarters of three bodies'
 * reports (test/consolidate/periodsFixtures.ts, hand-computed there): the view lists each body's
 * level per period and the overall from summed counts; on the standalone page the download has the
 * periods sheet with data bars, which LibreOffice opens; in the pane on the strict double the periods
 * sheet gets a native line chart. A screenshot at 320 px goes to test-output/screenshots/. Needs
 * `npm run build` first.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { PERIODS_HEADER_ROW, compareCatalog } from "../../src/core";
import type { Lang } from "../../src/core";
import { PERIODS_CHART_NAME } from "../../src/taskpane/consolidate/workflow";
import { paneCompareTexts } from "../../src/taskpane/i18n/compare";
import { sheetsAsCsv } from "../support/libreoffice";
import {
  EXPECTED_PERIOD_LEVELS,
  EXPECTED_PERIOD_OVERALL,
  PERIOD_FILES,
  periodWorkbook,
} from "../consolidate/periodsFixtures";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import { writeBodyWorkbook } from "./consolidateFixtures";
import { doubleState, openOfficePane } from "./officePane";
import { buildOfficeStub } from "./officeStubBundle";
import { consolidateFiles } from "./pageSteps";
import { serveDirectory } from "./server";
import type { StaticServer } from "./server";

jest.setTimeout(180_000);

const DIST = join(__dirname, "..", "..", "dist");
const SHOTS = join(__dirname, "..", "..", "test-output", "screenshots");

let server: StaticServer;
let browser: Chromium;
let stub: string;
let work: string;
let files: string[];

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.js")) || !existsSync(join(DIST, "standalone.js")))
    throw new Error("dist/ missing: run `npm run build` first");
  work = mkdtempSync(join(tmpdir(), "atkaruu-browser-periods-"));
  files = [];
  for (const f of PERIOD_FILES) files.push(await writeBodyWorkbook(work, periodWorkbook(f)));
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The levels per period the view shows, row by row (body, then each period's level as written). */
async function shownPeriods(page: Page): Promise<string[][]> {
  return page
    .locator('[data-testid="consolidation-periods"] tr')
    .evaluateAll((rows) =>
      rows.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? ""))
    );
}

/** What the view must show in `lang` (decimal mark, no-report mark). */
function expectedShown(lang: Lang): string[][] {
  const t = compareCatalog(lang);
  const level = (v: number | null): string =>
    v === null ? t.noReport : `${v.toFixed(1).replace(".", lang === "en" ? "." : ",")} %`;
  return [
    [t.periodsBodyHeader, "31.03.2025", "30.06.2025"],
    ...EXPECTED_PERIOD_LEVELS.map(([body, ...levels]) => [body, ...levels.map(level)]),
    [t.periodsOverall, ...EXPECTED_PERIOD_OVERALL.map((o) => level(o.level))],
  ];
}

test("standalone page: levels per period in the view; the download's periods sheet has data bars and LibreOffice shows its levels", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByTestId("language").selectOption("ru");
  await consolidateFiles(page, "ru", files);
  expect(await shownPeriods(page)).toEqual(expectedShown("ru"));
  const t = compareCatalog("ru");
  await page
    .getByTestId("consolidate-chart-notice")
    .getByText(paneCompareTexts("ru").periodsDataBars(t.periodsSheet), { exact: false })
    .waitFor();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("consolidate-download").click(),
  ]);
  const saved = join(work, "periods-downloaded.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const sheet = wb.getWorksheet(t.periodsSheet)!;
  expect(sheet).toBeDefined();
  const first = PERIODS_HEADER_ROW + 2;
  const bars = (
    sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
  ).conditionalFormattings;
  expect(bars.map((f) => [f.ref, f.rules.map((r) => r.type)])).toEqual([
    [`B${first}:B${first + 2}`, ["dataBar"]],
    [`C${first}:C${first + 2}`, ["dataBar"]],
  ]);
  const csv = (await sheetsAsCsv([saved], join(work, "lo"))).get(saved)!;
  const lo = csv
    .get(t.periodsSheet)!
    .slice(PERIODS_HEADER_ROW, PERIODS_HEADER_ROW + 5)
    .map((r) => r.slice(0, 3));
  expect(lo).toEqual([
    [t.periodsBodyHeader, "31.03.2025", "30.06.2025"],
    ...EXPECTED_PERIOD_LEVELS.map(([body, ...levels]) => [
      body,
      ...levels.map((v) => (v === null ? "" : v.toFixed(1))),
    ]),
    [t.periodsOverall, ...EXPECTED_PERIOD_OVERALL.map((o) => o.level.toFixed(1))],
  ]);
  expect(errors).toEqual([]);
  await page.close();
});

test("pane in Excel (strict double): levels per period in the view, a native line chart on the periods sheet", async () => {
  const { page, errors } = await openOfficePane(browser, server, stub, {
    displayLanguage: "en-US",
    sheets: [{ name: "Sheet1", rows: [["Report"]], merges: [] }],
  });
  await consolidateFiles(page, "en", files);
  expect(await shownPeriods(page)).toEqual(expectedShown("en"));
  const t = compareCatalog("en");
  await page
    .getByTestId("consolidate-chart-notice")
    .getByText(paneCompareTexts("en").periodsChartAdded(t.periodsSheet), { exact: false })
    .waitFor();
  const chart = await doubleState<{ type: string; series: string[] }>(
    page,
    `(() => { const c = wb.findSheet(${JSON.stringify(t.periodsSheet)}).charts.find((x) => !x.deleted && x.name === ${JSON.stringify(PERIODS_CHART_NAME)}); return { type: c.chartType, series: c.series.map((s) => s.name) }; })()`
  );
  expect(chart).toEqual({
    type: "Line",
    series: [...EXPECTED_PERIOD_LEVELS.map(([body]) => body), t.periodsOverall],
  });
  await page.setViewportSize({ width: 320, height: 900 });
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
  ).toBe(0);
  mkdirSync(SHOTS, { recursive: true });
  await page
    .getByTestId("consolidation-periods")
    .screenshot({ path: join(SHOTS, "taskpane-periods-en-320.png"), animations: "disabled" });
  expect(errors).toEqual([]);
  await page.close();
});
