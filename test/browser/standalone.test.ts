/**
 * The standalone page in real headless Chromium: open a sample workbook, see the expected issues and
 * figures, generate Annex 2, download the copy and check its figures with ExcelJS. Screenshots of the
 * page in ky / ru / en at 320 px and 400 px go to test-output/screenshots/ for review.
 * Needs `npm run build` first (dist/standalone.html, dist/standalone.js).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { coreCatalog } from "../../src/core";
import type { Lang } from "../../src/core";
import { paneCatalog } from "../../src/taskpane/i18n";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import { dropFiles } from "./drop";
import { expectAnnex2Figures, fillReport, recordRequests } from "./pageSteps";
import {
  EXPECTED_FIGURES,
  EXPECTED_ISSUES,
  TABLE_SHEET,
  table1Workbook,
  workbookWithoutTable,
} from "./fixtures";
import { serveDirectory } from "./server";
import { readZip } from "../fixtures/xlsx/zip";
import type { StaticServer } from "./server";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "test-output", "screenshots");

let server: StaticServer;
let browser: Chromium;
let work: string;
let samplePath: string;
let noTablePath: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, "standalone.html")) || !existsSync(join(DIST, "standalone.js"))) {
    throw new Error("dist/standalone.* missing: run `npm run build` first");
  }
  work = mkdtempSync(join(tmpdir(), "atkaruu-browser-"));
  samplePath = join(work, "table1.xlsx");
  writeFileSync(samplePath, await table1Workbook());
  noTablePath = join(work, "budget.xlsx");
  writeFileSync(noTablePath, await workbookWithoutTable());
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openPage(lang: Lang): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.context.newPage();
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByTestId("language").selectOption(lang);
  await page.getByTestId("privacy").waitFor();
  expect(errors).toEqual([]);
  return { page, requests };
}

async function openSample(page: Page, path: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(path);
}

async function listedIssues(
  page: Page
): Promise<{ code: string; cell: string; severity: string }[]> {
  return page.locator("li[data-code]").evaluateAll((items) =>
    items.map((li) => ({
      code: li.getAttribute("data-code") ?? "",
      cell: li.getAttribute("data-cell") ?? "",
      severity: li.getAttribute("data-severity") ?? "",
    }))
  );
}

const byCell = (a: { cell: string; code: string }, b: { cell: string; code: string }): number =>
  a.cell.localeCompare(b.cell) || a.code.localeCompare(b.code);

test("a workbook dropped on the zone is opened (the zone is marked while it is dragged over)", async () => {
  const { page } = await openPage("en");
  await dropFiles(page, "drop-zone", [samplePath]);
  await expect(page.getByTestId("opened").textContent()).resolves.toContain("table1.xlsx");
  await page
    .locator(`[data-testid="sheet"] >> option[value="${TABLE_SHEET}"]`)
    .waitFor({ state: "attached" });
  await page.close();
});

test("opens a workbook, lists the expected issues and figures, generates and downloads Annex 2", async () => {
  const { page, requests } = await openPage("ky");
  await openSample(page, samplePath);
  await expect(page.getByTestId("opened").textContent()).resolves.toContain("table1.xlsx");
  // Table 1 found on its sheet (the cover sheet comes first).
  await page
    .locator(`[data-testid="sheet"] >> option[value="${TABLE_SHEET}"]`)
    .waitFor({ state: "attached" });
  await expect(page.getByTestId("sheet").inputValue()).resolves.toBe(TABLE_SHEET);
  await fillReport(page);

  await page.getByTestId("check").click();
  await page.getByTestId("figures").waitFor();
  const issues = await listedIssues(page);
  expect([...issues].sort(byCell)).toEqual([...EXPECTED_ISSUES].sort(byCell));
  const t = paneCatalog("ky");
  await expect(page.getByTestId("check-notice").textContent()).resolves.toContain(
    t.check.counts(5, 3)
  );
  const figure = (key: string): Promise<string | null> =>
    page.locator(`[data-figure="${key}"]`).textContent();
  await expect(figure("total")).resolves.toBe(String(EXPECTED_FIGURES.total));
  await expect(figure("completed")).resolves.toBe(String(EXPECTED_FIGURES.completed));
  await expect(figure("on-time")).resolves.toBe(String(EXPECTED_FIGURES.onTime));
  await expect(figure("late")).resolves.toBe(String(EXPECTED_FIGURES.late));
  await expect(figure("in-progress")).resolves.toBe(String(EXPECTED_FIGURES.inProgress));
  await expect(figure("level")).resolves.toBe("37,5 %");
  // In a file there is no cursor to move: issues are a plain list, not buttons.
  await expect(page.locator("li[data-code] button").count()).resolves.toBe(0);

  await page.getByTestId("dropdowns").click();
  await page.getByTestId("tool-notice").getByText(t.check.dropdownsDone("F")).waitFor();

  await page.getByTestId("generate").click();
  await page
    .getByTestId("annex2-notice")
    .getByText(t.annex2.done(coreCatalog("ky").annex2.sheetName), { exact: false })
    .waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  expect(download.suggestedFilename()).toBe("table1-annex2.xlsx");
  const saved = join(work, "downloaded.xlsx");
  await download.saveAs(saved);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expectAnnex2Figures(wb, "ky");

  // Table 1 is unchanged apart from the drop-down lists asked for.
  const original = new ExcelJS.Workbook();
  await original.xlsx.readFile(samplePath);
  const before = original.getWorksheet(TABLE_SHEET)!;
  const after = wb.getWorksheet(TABLE_SHEET)!;
  for (let r = 1; r <= before.rowCount; r++) {
    for (let c = 1; c <= 7; c++)
      expect([r, c, after.getCell(r, c).value]).toEqual([r, c, before.getCell(r, c).value]);
  }
  const dv = after.getCell("F5").dataValidation;
  expect(dv?.type).toBe("list");
  expect(dv?.formulae?.[0]).toContain(coreCatalog("ky").template.statusChoices[0]);
  // The download is the user's own package: parts other than the bookkeeping ones and Table 1 (its drop-downs) are the same bytes.
  const parts = (b: Uint8Array): Map<string, string> =>
    new Map(readZip(b).map((f) => [f.name, Buffer.from(f.data).toString("base64")]));
  const inParts = parts(new Uint8Array(readFileSync(samplePath)));
  const outParts = parts(new Uint8Array(readFileSync(saved)));
  const bookkeeping = [
    "[Content_Types].xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "docProps/app.xml",
  ];
  const text = (b64: string | undefined): string =>
    Buffer.from(b64 ?? "", "base64").toString("utf8");
  let withLists = 0;
  for (const [name, data] of inParts) {
    if (bookkeeping.includes(name)) continue;
    const out = text(outParts.get(name));
    // Table 1's part differs only by the drop-down lists added to it.
    if (out.includes("<dataValidations")) {
      withLists++;
      expect(
        out
          .replace(/<dataValidations[\s\S]*<\/dataValidations>/, "")
          .replace(/ tabSelected="1"/, "")
      ).toBe(text(data).replace(/ tabSelected="1"/, ""));
    } else expect([name, outParts.get(name)]).toEqual([name, data]);
  }
  expect(withLists).toBe(1);

  // Nothing left the computer: every request went to the page's own server.
  expect(requests.length).toBeGreaterThan(0);
  expect(
    requests.filter(
      (u) => !u.startsWith(server.origin) && !u.startsWith("blob:") && !u.startsWith("data:")
    )
  ).toEqual([]);
  await page.close();
});

test("says clearly when a file is not an .xlsx or has no Table 1", async () => {
  const { page } = await openPage("ru");
  const notXlsx = join(work, "notes.xlsx");
  writeFileSync(notXlsx, "просто текст, не книга Excel");
  await openSample(page, notXlsx);
  const notice = page.getByTestId("file-notice");
  await notice.locator("[data-intent=error]").waitFor();
  await expect(notice.textContent()).resolves.toContain("notes.xlsx");

  await openSample(page, noTablePath);
  await page.getByTestId("opened").waitFor();
  await page.getByText(paneCatalog("ru").sheet.notDetected).waitFor();
  await page.getByTestId("check").click();
  await page
    .getByTestId("check-notice")
    .getByText(paneCatalog("ru").sheet.noTableOnSheet("Sheet1"))
    .waitFor();
  await page.close();
});

test("works opened straight from a folder (file://), as when the page is handed out on a share", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const requests = recordRequests(page);
  await page.goto(`file://${join(DIST, "standalone.html")}`);
  await openSample(page, samplePath);
  await page.getByTestId("opened").waitFor();
  await fillReport(page);
  await page.getByTestId("check").click();
  await expect(page.locator('[data-figure="completed"]').textContent()).resolves.toBe(
    String(EXPECTED_FIGURES.completed)
  );
  expect(
    requests.filter(
      (u) => !u.startsWith("file://") && !u.startsWith("blob:") && !u.startsWith("data:")
    )
  ).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test("screenshots of the page in each language at 320 px and 400 px", async () => {
  for (const lang of ["ky", "ru", "en"] as const) {
    const { page } = await openPage(lang);
    await openSample(page, samplePath);
    await page.getByTestId("opened").waitFor();
    await fillReport(page);
    await page.getByTestId("check").click();
    await page.getByTestId("figures").waitFor();
    for (const width of [320, 400]) {
      await page.setViewportSize({ width, height: 900 });
      // Nothing may stick out sideways at this width.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect([lang, width, overflow]).toEqual([lang, width, 0]);
      await page.screenshot({
        path: join(SHOTS, `standalone-${lang}-${width}.png`),
        fullPage: true,
        animations: "disabled",
      });
    }
    await page.close();
  }
});
