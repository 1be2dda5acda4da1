/**
 * "Compare with the previous report" in real headless Chromium, on the two hand-computed reports of
 * test/core/compareFixtures.ts:
 * - in the pane on the strict Excel double: Annex 2 of the first quarter leaves a very hidden
 *   snapshot; after Table 1 was edited for the second quarter, comparing with that snapshot lists
 *   every change by kind, the reopened one as an error, and a click selects the item's row in
 *   Table 1; picking the previous report's file gives the same changes;
 * - on the standalone page: the previous report's file against the opened workbook, a click shows
 *   the item's row with the changed cell; Annex 2 made on the page puts the snapshot in the download.
 * Screenshots at 320 px go to test-output/screenshots/. Needs `npm run build` first.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { compareCatalog, coreCatalog, SNAPSHOT_SHEET_NAME } from "../../src/core";
import type { SheetGrid } from "../../src/core";
import { paneCompareTexts } from "../../src/taskpane/i18n/compare";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import { Package } from "../../src/xlsx/read/package";
import { currentTable, EXPECTED_CHANGES, MEASURES, previousTable } from "../core/compareFixtures";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import {
  COMPARE_BODY,
  COMPARE_TABLE,
  compareWithSnapshot,
  editForSecondQuarter,
  firstQuarterSeed,
  reportFirstQuarter,
} from "./compareSteps";
import { doubleState, eventually, openOfficePane } from "./officePane";
import { buildOfficeStub } from "./officeStubBundle";
import { serveDirectory } from "./server";
import type { StaticServer } from "./server";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "test-output", "screenshots");
const TABLE = COMPARE_TABLE;

let server: StaticServer;
let browser: Chromium;
let stub: string;
let work: string;
let previousFile: string;
let currentFile: string;

/** A workbook of one Table 1 grid, written by ExcelJS (dates as date cells). */
async function writeGrid(path: string, grid: SheetGrid): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name);
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v as ExcelJS.CellValue;
      if (v instanceof Date) cell.numFmt = "dd.mm.yyyy";
    })
  );
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html")) || !existsSync(join(DIST, "standalone.html")))
    throw new Error("dist/ missing: run `npm run build` first");
  mkdirSync(SHOTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "atkaruu-compare-browser-"));
  previousFile = join(work, "q1.xlsx");
  currentFile = join(work, "q2.xlsx");
  await writeGrid(previousFile, previousTable());
  await writeGrid(currentFile, currentTable());
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The changes the view lists, as the SPEC's JSON has them (item, kind, cell), in the order shown. */
async function listedChanges(
  page: Page
): Promise<{ item: string; kind: string; cell: string | null }[]> {
  const rows = await page
    .locator("[data-testid=compare-result] li[data-kind]")
    .evaluateAll((items) =>
      items.map((li) => ({
        item: li.getAttribute("data-item") ?? "",
        kind: li.getAttribute("data-kind") ?? "",
        cell: li.getAttribute("data-cell") ?? "",
      }))
    );
  return rows.map((r) => ({ ...r, cell: r.cell === "" ? null : r.cell }));
}

const EXPECTED_LISTED = EXPECTED_CHANGES.map(({ item, kind, cell }) => ({ item, kind, cell }));

/** Open every kind's group (the less urgent ones start closed). */
async function openAllKinds(page: Page, lang: "ky" | "ru" | "en"): Promise<void> {
  const words = compareCatalog(lang);
  for (const kind of ["deadline-changed", "status-changed", "added", "removed"] as const) {
    await page
      .getByTestId("compare-section")
      .getByRole("button", { name: new RegExp(`^${words.kindNames[kind]} \\(`) })
      .click();
  }
}

test("pane in Excel (strict double): Annex 2 leaves a very hidden snapshot; compared after Table 1 was edited, every change by kind, a click selects the item's row", async () => {
  const { page, errors, offsite } = await openOfficePane(
    browser,
    server,
    stub,
    firstQuarterSeed("ky-KG")
  );
  const t = paneCompareTexts("ky");
  const words = compareCatalog("ky");
  await page
    .locator(`[data-testid="sheet"] >> option[value="${TABLE}"]`)
    .waitFor({ state: "attached" });
  await expect(page.getByTestId("compare-snapshot").isDisabled()).resolves.toBe(true);
  await expect(page.getByTestId("compare-snapshot-note").textContent()).resolves.toBe(t.noSnapshot);

  await reportFirstQuarter(page, "ky");
  await page.getByTestId("compare-snapshot-note").getByText(t.snapshotAt("31.03.2025")).waitFor();
  await expect(
    doubleState(page, `wb.findSheet(${JSON.stringify(SNAPSHOT_SHEET_NAME)}).visibility`)
  ).resolves.toBe("VeryHidden");
  // Annex 2 stays the sheet shown.
  await expect(doubleState(page, "wb.activeSheet.name")).resolves.toBe(
    coreCatalog("ky").annex2.sheetName
  );

  await editForSecondQuarter(page);
  await compareWithSnapshot(page);
  await openAllKinds(page, "ky");
  expect(await listedChanges(page)).toEqual(EXPECTED_LISTED);
  await expect(page.getByTestId("compare-levels").textContent()).resolves.toBe(
    words.levels("25,0 %", "37,5 %", "+12,5")
  );
  // The reopened measure is an error, said in the notice and on its line.
  await page
    .getByTestId("compare-notice")
    .getByText(words.kindHints.reopened!, { exact: false })
    .waitFor();
  await expect(
    page.locator('li[data-kind="reopened"]').getAttribute("data-severity")
  ).resolves.toBe("error");
  // A removed item has no cell to go to: plain text, not a button.
  await expect(page.locator('li[data-kind="removed"] button').count()).resolves.toBe(0);
  await expect(page.locator('li[data-kind="removed"]').textContent()).resolves.toContain(
    words.item("6")
  );

  // A click selects the item's row of Table 1 (columns A–G of sheet row 5).
  await page.locator('li[data-kind="reopened"] button').click();
  await eventually(
    () => doubleState(page, "wb.selection && [wb.selection.sheet.name, wb.selection.rect]"),
    [TABLE, { top: 4, left: 0, rows: 1, cols: 7 }]
  );
  await page.locator('li[data-kind="added"] button').click();
  await eventually(() => doubleState(page, "wb.selection && wb.selection.rect.top"), 10);

  // The previous report's file gives the same changes (its Table 1, as of its title's date).
  await page.getByTestId("compare-file-input").setInputFiles(previousFile);
  await page.getByTestId("compare-result").getByText(t.previousFile("q1.xlsx")).waitFor();
  await openAllKinds(page, "ky");
  expect(await listedChanges(page)).toEqual(EXPECTED_LISTED);

  await page.setViewportSize({ width: 320, height: 900 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
  expect(overflow).toBe(0);
  await page
    .getByTestId("compare-section")
    .screenshot({ path: join(SHOTS, "taskpane-compare-ky-320.png"), animations: "disabled" });
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});

test("standalone page: the previous report's file against the opened workbook, a click shows the item's row; Annex 2 puts the snapshot in the download", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByTestId("language").selectOption("en");
  const t = paneCompareTexts("en");
  const words = compareCatalog("en");
  await page.getByTestId("file-input").setInputFiles(currentFile);
  await page
    .locator(`[data-testid="sheet"] >> option[value="${TABLE}"]`)
    .waitFor({ state: "attached" });
  await expect(page.getByTestId("compare-snapshot").isDisabled()).resolves.toBe(true);

  await page.getByTestId("compare-file-input").setInputFiles(previousFile);
  await page.getByTestId("compare-result").waitFor();
  await openAllKinds(page, "en");
  expect(await listedChanges(page)).toEqual(EXPECTED_LISTED);
  await expect(page.getByTestId("compare-levels").textContent()).resolves.toBe(
    words.levels("25.0 %", "37.5 %", "+12.5")
  );

  // No cursor to move in a file: a click shows the item's row, the changed cell marked.
  const reopened = page.locator('li[data-kind="reopened"] button');
  await expect(reopened.getAttribute("title")).resolves.toBe(t.showCell("F5"));
  await reopened.click();
  const row = page.locator('li[data-kind="reopened"] [data-testid="compare-row"]');
  await row.getByText(t.rowHeading(TABLE, 5)).waitFor();
  await expect(
    row
      .locator("dd[data-changed]")
      .evaluateAll((dds) => dds.map((d) => [d.getAttribute("data-cell"), d.textContent]))
  ).resolves.toEqual([["F5", "Аткарууда"]]);
  await expect(row.locator('dd[data-cell="C5"]').textContent()).resolves.toBe(MEASURES.B);
  await expect(reopened.getAttribute("aria-expanded")).resolves.toBe("true");
  await reopened.click();
  await expect(row.count()).resolves.toBe(0);

  // Annex 2 made on the page: the snapshot is there to compare with, and in the download, very hidden.
  await page.getByTestId("field-body").fill(COMPARE_BODY);
  await page.getByTestId("field-periodTo").fill("2025-06-30");
  await page.getByTestId("field-periodTo").blur();
  await page.getByTestId("generate").click();
  await page.getByTestId("compare-snapshot-note").getByText(t.snapshotAt("30.06.2025")).waitFor();
  await page.getByTestId("compare-snapshot").click();
  await page.getByTestId("compare-notice").getByText(words.noChanges).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const saved = join(work, "q2-annex2.xlsx");
  await download.saveAs(saved);
  const book = await readWorkbookFile(saved, "en");
  if (!book.ok) throw new Error(book.fatal.message);
  expect(book.book.snapshot?.asOf).toBe("2025-06-30");
  expect(book.book.snapshot?.measures.map((m) => m.no)).toEqual([
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
  ]);
  const wbXml = new Package(readFileSync(saved), { inflate: (b) => inflateRawSync(b) }).text(
    "xl/workbook.xml"
  )!;
  expect(wbXml).toMatch(new RegExp(`<sheet name="${SNAPSHOT_SHEET_NAME}"[^>]*state="veryHidden"`));

  await page.setViewportSize({ width: 320, height: 900 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
  expect(overflow).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
