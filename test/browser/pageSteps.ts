/**
 * Steps on the standalone page (and the pane's consolidation view) shared by the browser tests and the
 * release test (test/project/release.test.ts, which runs them on the one-file atkaruu.html): fill the
 * report details, read the Annex 2 figures of a download, consolidate picked files, read the figures
 * the consolidation view shows.
 */
import type ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { coreCatalog } from "../../src/core";
import type { Lang } from "../../src/core";
import { paneCatalog } from "../../src/taskpane/i18n";
import { CONSOLIDATION_AS_OF, EXPECTED_BODIES, EXPECTED_OVERALL } from "./consolidateFixtures";
import { AS_OF, BODY, EXPECTED_FIGURES } from "./fixtures";

/** Every request a page makes, so a test can prove nothing leaves the computer. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

/** The report details of the sample workbook's body (fixtures.ts). */
export async function fillReport(page: Page): Promise<void> {
  await page.getByTestId("field-body").fill(BODY);
  await page.getByTestId("field-periodFrom").fill("2025-01-01");
  await page.getByTestId("field-periodTo").fill(AS_OF);
  await page.getByTestId("field-person").fill("Асанов Асан, башкы адис");
  await page.getByTestId("field-contacts").fill("asan@example.kg, +996 312 000000");
  await page.getByTestId("field-contacts").blur();
}

/** The number in column D of the first Annex 2 row whose column A reads `label`. */
export function annexNumber(ws: ExcelJS.Worksheet, label: string): unknown {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (String(ws.getCell(r, 1).value ?? "").trim() === label) return ws.getCell(r, 4).value;
  }
  throw new Error(`no row "${label}" on ${ws.name}`);
}

/** The downloaded workbook's Annex 2 sheet (in `lang`) carries the sample's figures, worked out by hand. */
export function expectAnnex2Figures(wb: ExcelJS.Workbook, lang: Lang): void {
  const a = coreCatalog(lang).annex2;
  const annex = wb.getWorksheet(a.sheetName);
  expect(annex).toBeDefined();
  expect(annex!.getCell("A3").value).toBe(BODY);
  expect(annexNumber(annex!, a.inProgress)).toBe(EXPECTED_FIGURES.inProgress);
  expect(annexNumber(annex!, a.onTime)).toBe(EXPECTED_FIGURES.onTime);
  expect(annexNumber(annex!, a.late)).toBe(EXPECTED_FIGURES.late);
  expect(annexNumber(annex!, a.total)).toBe(EXPECTED_FIGURES.total);
  expect(annexNumber(annex!, a.totalCompleted)).toBe(EXPECTED_FIGURES.completed);
  expect(annexNumber(annex!, a.levelLine)).toBeCloseTo(EXPECTED_FIGURES.level, 9);
  const headings: string[] = [];
  annex!.eachRow((row) => headings.push(String(row.getCell(1).value ?? "")));
  expect(headings).toContain(a.leadHeading(EXPECTED_FIGURES.lead));
  expect(headings).toContain(a.coHeading(EXPECTED_FIGURES.co));
}

/** Open the consolidation tab, pick `files`, set the date, consolidate, wait until it is done. */
export async function consolidateFiles(
  page: Page,
  lang: Lang,
  files: readonly string[]
): Promise<void> {
  const t = paneCatalog(lang);
  await page.getByTestId("tab-consolidate").click();
  await page.getByTestId("consolidate-section").waitFor();
  await page.getByTestId("consolidate-file-input").setInputFiles([...files]);
  await page
    .getByTestId("consolidate-file-count")
    .getByText(t.consolidate.filesChosen(files.length))
    .waitFor();
  await page.getByTestId("consolidate-as-of").fill(CONSOLIDATION_AS_OF);
  await page.getByTestId("consolidate-run").click();
  const c = coreCatalog(lang).consolidation;
  await page
    .getByTestId("consolidate-notice")
    .getByText(t.consolidate.done(c.summarySheet, c.itemsSheet, c.issuesSheet))
    .waitFor();
}

/** The figures the consolidation view shows: body → [total, completed, level], plus the overall row. */
export async function shownFigures(page: Page): Promise<string[][]> {
  return page
    .locator('[data-testid="consolidation-bodies"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => [
        tr.getAttribute("data-body") ?? "overall",
        ...["total", "completed", "level"].map(
          (k) => tr.querySelector(`[data-figure="${k}"]`)?.textContent ?? ""
        ),
      ])
    );
}

/** What shownFigures must read for the three bodies of consolidateFixtures.ts. */
export const expectedShown = (lang: Lang, overall: string): string[][] => [
  ...EXPECTED_BODIES.map((e) => [e.body, String(e.total), String(e.completed), e.levelText[lang]]),
  [
    overall,
    String(EXPECTED_OVERALL.total),
    String(EXPECTED_OVERALL.completed),
    EXPECTED_OVERALL.levelText[lang],
  ],
];
