/**
 * Plans in the real pane and page, in headless Chromium (SPEC "Plans other than 444-р"): "Create
 * Table 1 from the plan" — pick the plan workbook (examples/, made by openpyxl), pick the body among
 * the executors found with their full names — writes a new sheet on the strict Excel double in the
 * pane (defined names and settings holding the plan, so Annex 2 gets the plan's year lines), and
 * downloads a new workbook on the page (read back with ExcelJS, then opened on the page, its Annex 2
 * following the stored plan). Consolidation with the plan picked: the items whose lead executor did
 * not report are listed, and the download has the completeness sheet. Needs `npm run build` first.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import {
  buildPlanTable1,
  consolidate,
  consolidationEntry,
  coreCatalog,
  missingBodyName,
  planBodies,
  planTexts,
  readPlanBook,
  uniqueSheetName,
} from "../../src/core";
import type { Lang, PlanBook, PlanCompleteness } from "../../src/core";
import { paneCatalog } from "../../src/taskpane/i18n";
import { planPaneCatalog } from "../../src/taskpane/plan/i18n";
import { bodyChoice } from "../../src/taskpane/plan/workflow";
import { SETTINGS_KEY } from "../../src/taskpane/excel/settings";
import { readWorkbook, readWorkbookFile } from "../../src/xlsx/nodeReader";
import { workbookFromModels, workbookToBuffer } from "../../src/xlsx/workbook";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import { doubleState, eventually, openOfficePane } from "./officePane";
import { buildOfficeStub } from "./officeStubBundle";
import { serveDirectory } from "./server";
import type { StaticServer } from "./server";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const PLAN_FILE = join(ROOT, "examples", "plan-egov-2014-2017.xlsx");
const AS_OF = "2016-06-30";

let server: StaticServer;
let browser: Chromium;
let stub: string;
let work: string;
let book: PlanBook;
/** Two bodies' Table 1s made from the plan (МЭББ, Финмин), as files, and what the core consolidates of them. */
let bodyFiles: string[];
let expected: PlanCompleteness;

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.js")) || !existsSync(join(DIST, "standalone.js")))
    throw new Error("dist/ missing: run `npm run build` first");
  const read = await readWorkbookFile(PLAN_FILE, "ky");
  if (!read.ok) throw new Error(read.fatal.message);
  const plan = readPlanBook(read.book.sheets);
  if (!plan.ok) throw new Error("no plan");
  book = plan.book;
  work = mkdtempSync(join(tmpdir(), "atkaruu-browser-plan-"));
  bodyFiles = [];
  const entries = [];
  for (const body of ["МЭББ", "Финмин"]) {
    const made = buildPlanTable1(book, body, "en");
    if (!made.ok) throw new Error(made.message);
    const bytes = await workbookToBuffer(workbookFromModels([made.model]));
    const path = join(work, `${body}.xlsx`);
    writeFileSync(path, bytes);
    bodyFiles.push(path);
    const back = await readWorkbook(bytes, { lang: "en", fileName: `${body}.xlsx` });
    if (!back.ok) throw new Error(back.fatal.message);
    entries.push(
      consolidationEntry(
        {
          file: `${body}.xlsx`,
          modified: 1,
          sheets: back.book.sheets,
          storedBody: back.book.storedBody,
        },
        { asOf: AS_OF, lang: "en", plan: book.plan }
      )
    );
  }
  // What the core says for the same reports: the pane and the page must show the same items.
  expected = consolidate(entries, { asOf: AS_OF, lang: "en", plan: book }).plan!;
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What the body list offers for Финмин: its name, full name and items, as the core counts them. */
function finminChoice(lang: Lang): string {
  const b = planBodies(book).find((x) => x.name === "Финмин")!;
  return bodyChoice(b, planPaneCatalog(lang).table1.bodyItems);
}

async function pickPlanAndBody(page: Page, lang: Lang): Promise<void> {
  await page.getByTestId("plan-table1-file-input").setInputFiles(PLAN_FILE);
  const select = page.getByTestId("plan-table1-body");
  await select.waitFor();
  // Every body the plan names is offered, with its full name.
  const options = await select.locator("option").allTextContents();
  expect(options).toHaveLength(planBodies(book).length);
  expect(options).toContain(finminChoice(lang));
  await select.selectOption("Финмин");
}

test("pane on the Excel double: Table 1 from the plan as a new sheet, plan and body stored; Annex 2 has the plan's years", async () => {
  const { page, errors, offsite } = await openOfficePane(browser, server, stub, {
    displayLanguage: "ky-KG",
    sheets: [{ name: "Лист1", rows: [["Башка маалымат"]], merges: [] }],
  });
  await page.getByTestId("plan-table1-section").waitFor();
  await pickPlanAndBody(page, "ky");
  await page.getByTestId("plan-table1-create").click();
  const sheet = uniqueSheetName(coreCatalog("ky").template.sheetName, ["Лист1"]);
  const made = buildPlanTable1(book, "Финмин", "ky");
  if (!made.ok) throw new Error(made.message);
  await page
    .getByTestId("plan-table1-notice")
    .getByText(planPaneCatalog("ky").table1.created(sheet, made.items, made.lead))
    .waitFor();

  // The user's sheet kept; the new sheet holds the model's cells (the core's Table 1 for Финмин).
  await expect(doubleState<string[]>(page, "wb.sheets.map((s) => s.name)")).resolves.toEqual([
    "Лист1",
    sheet,
  ]);
  const values = await doubleState<(string | number | boolean)[][]>(
    page,
    `wb.findSheet(${JSON.stringify(sheet)}).values()`
  );
  for (const c of made.model.cells)
    if (c.value !== null && c.value !== "")
      expect([c.row, c.col, values[c.row]?.[c.col]]).toEqual([c.row, c.col, c.value]);
  // The plan and the body are defined names on its cells, and in the workbook's settings.
  const names = await doubleState<Record<string, string>>(
    page,
    "Object.fromEntries(wb.names.map((n) => [n.name, n.formula]))"
  );
  for (const n of made.model.names ?? [])
    expect(names[n.name]).toBe(`='${sheet}'!$${String.fromCharCode(65 + n.col)}$${n.row + 1}`);
  const settings = JSON.parse(
    await doubleState<string>(page, `wb.settings.get(${JSON.stringify(SETTINGS_KEY)})`)
  ) as Record<string, string>;
  expect([settings.body, settings.planYears, settings.planItems, settings.sheet]).toEqual([
    "Кыргыз Республикасынын Финансы министрлиги",
    "2014–2017",
    "21",
    sheet,
  ]);
  // The form shows the body; Table 1 is the sheet chosen.
  await expect(page.getByTestId("field-body").inputValue()).resolves.toBe(
    "Кыргыз Республикасынын Финансы министрлиги"
  );
  await eventually(() => page.getByTestId("sheet").inputValue(), sheet);

  // Annex 2 follows the plan: one line per plan year, 2014–2017, none of 444-р's.
  await page.getByTestId("field-periodTo").fill(AS_OF);
  await page.getByTestId("field-periodTo").blur();
  await page.getByTestId("generate").click();
  const annex = coreCatalog("ky").annex2.sheetName;
  await page
    .getByTestId("annex2-notice")
    .getByText(paneCatalog("ky").annex2.done(annex), { exact: false })
    .waitFor();
  const lines = await doubleState<string[]>(
    page,
    `wb.findSheet(${JSON.stringify(annex)}).values().map((r) => String(r[0]))`
  );
  expect(lines.filter((l) => /^\d{4}-жылы$/.test(l))).toEqual([
    "2014-жылы",
    "2015-жылы",
    "2016-жылы",
    "2017-жылы",
    "2014-жылы",
    "2015-жылы",
    "2016-жылы",
    "2017-жылы",
  ]);
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});

async function openPage(lang: Lang): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByTestId("language").selectOption(lang);
  await page.getByTestId("privacy").waitFor();
  return { page, errors };
}

test("page: Table 1 from the plan is a downloaded workbook with the plan in named cells, opened on the page; its Annex 2 follows the plan", async () => {
  const { page, errors } = await openPage("ru");
  await pickPlanAndBody(page, "ru");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("plan-table1-create").click(),
  ]);
  const name = "plan-egov-2014-2017-table1-Финмин.xlsx";
  expect(download.suggestedFilename()).toBe(name);
  const saved = join(work, name);
  await download.saveAs(saved);
  const made = buildPlanTable1(book, "Финмин", "ru");
  if (!made.ok) throw new Error(made.message);
  await page
    .getByTestId("plan-table1-notice")
    .getByText(planPaneCatalog("ru").table1.created(name, made.items, made.lead), { exact: false })
    .waitFor();

  // The download read back by the project's reader and by ExcelJS: the items, their roles, the plan.
  const back = await readWorkbookFile(saved, "ru");
  if (!back.ok) throw new Error(back.fatal.message);
  expect([back.book.storedBody, back.book.storedPlan?.years, back.book.storedPlan?.items]).toEqual([
    "Кыргыз Республикасынын Финансы министрлиги",
    { from: 2014, to: 2017 },
    21,
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.worksheets[0];
  const roles = coreCatalog("ru").template.roleChoices;
  const header = made.model.cells.find((c) => c.value === "№")!.row + 1;
  const rows: string[][] = [];
  for (let r = header + 2; r <= ws.rowCount; r++) {
    const no = ws.getRow(r).getCell(1).text;
    if (no !== "") rows.push([no, ws.getRow(r).getCell(8).text]);
  }
  expect(rows.map((r) => r[0])).toEqual(["4.1", "4.2", "4.3", "4.4"]);
  expect(rows.every((r) => roles.includes(r[1]))).toBe(true);

  // Opened on the page: Annex 2 with the plan's year lines.
  await page.getByTestId("opened").getByText(name).waitFor();
  await page.getByTestId("field-periodTo").fill(AS_OF);
  await page.getByTestId("field-periodTo").blur();
  await page.getByTestId("generate").click();
  await page
    .getByTestId("annex2-notice")
    .getByText(paneCatalog("ru").annex2.done(coreCatalog("ru").annex2.sheetName), { exact: false })
    .waitFor();
  const [copy] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const copyPath = join(work, copy.suggestedFilename());
  await copy.saveAs(copyPath);
  const annexBook = new ExcelJS.Workbook();
  await annexBook.xlsx.readFile(copyPath);
  const annex = annexBook.getWorksheet(coreCatalog("ru").annex2.sheetName)!;
  const years: string[] = [];
  annex.eachRow((row) => {
    const m = /^в (\d{4}) году$/u.exec(row.getCell(1).text);
    if (m !== null) years.push(m[1]);
  });
  expect(years).toEqual(["2014", "2015", "2016", "2017", "2014", "2015", "2016", "2017"]);
  expect(errors).toEqual([]);
  await page.close();
});

/** Pick the two bodies' files and the plan in the consolidation view, run; the view lists what the core found. */
async function consolidateWithPlan(page: Page): Promise<void> {
  await page.getByTestId("tab-consolidate").click();
  await page.getByTestId("consolidate-file-input").setInputFiles(bodyFiles);
  await page.getByTestId("consolidate-plan-input").setInputFiles(PLAN_FILE);
  await page.getByTestId("consolidate-plan-chosen").waitFor();
  await page.getByTestId("consolidate-as-of").fill(AS_OF);
  await page.getByTestId("consolidate-run").click();
  await page
    .getByTestId("consolidate-notice")
    .getByText(
      planPaneCatalog("en").consolidate.completenessSheet(planTexts("en").completenessSheet),
      { exact: false }
    )
    .waitFor();
  const listed = await page
    .locator('[data-testid="consolidation-lead-not-reported"] li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-item")));
  expect(listed).toEqual(expected.leadNotReported);
  // The plan's bodies that sent nothing are the missing ones.
  const missing = await page.locator('[data-testid="consolidation-missing"] li').allTextContents();
  expect(missing).toEqual(expected.bodiesMissing.map(missingBodyName));
}

test("page consolidation with the plan picked: items whose lead did not report listed, the download has the completeness sheet", async () => {
  expect(expected.leadNotReported.length).toBeGreaterThan(0);
  const { page, errors } = await openPage("en");
  await consolidateWithPlan(page);
  const c = coreCatalog("en").consolidation;
  const completeness = planTexts("en").completenessSheet;

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("consolidate-download").click(),
  ]);
  const saved = join(work, "consolidation-plan.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    c.summarySheet,
    c.itemsSheet,
    c.issuesSheet,
    completeness,
  ]);
  const sheet = wb.getWorksheet(completeness)!;
  expect(sheet.getRow(3).getCell(1).text).toBe(planTexts("en").completenessHeaders[0]);
  // The item sheet lists the plan's items in the plan's order.
  expect([2, 3, 4].map((r) => wb.getWorksheet(c.itemsSheet)!.getRow(r).getCell(1).text)).toEqual(
    book.items.slice(0, 3).map((i) => i.no)
  );
  expect(errors).toEqual([]);
  await page.close();
});

test("pane consolidation on the Excel double with the plan picked: the four sheets written, the completeness sheet the core's", async () => {
  const { page, errors } = await openOfficePane(browser, server, stub, {
    displayLanguage: "en-US",
    sheets: [{ name: "Sheet1", rows: [["Reports"]], merges: [] }],
  });
  await page.getByTestId("tab-consolidate").waitFor();
  await consolidateWithPlan(page);
  const c = coreCatalog("en").consolidation;
  const completeness = planTexts("en").completenessSheet;
  await expect(doubleState<string[]>(page, "wb.sheets.map((s) => s.name)")).resolves.toEqual([
    "Sheet1",
    c.summarySheet,
    c.itemsSheet,
    c.issuesSheet,
    completeness,
  ]);
  // Its rows: one per executor of each item, each with the report the core found.
  const rows = await doubleState<string[][]>(
    page,
    `wb.findSheet(${JSON.stringify(completeness)}).values().slice(3).map((r) => r.map(String))`
  );
  const t = planTexts("en");
  const executorRows = expected.items.flatMap((i) =>
    i.executors.map((e) => [
      i.no,
      e.name,
      e.body === null ? t.noWorkbook : e.status === null ? t.notReported : t.reported,
    ])
  );
  expect(rows.slice(0, executorRows.length).map((r) => [r[0], r[2], r[4]])).toEqual(executorRows);
  expect(errors).toEqual([]);
  await page.close();
});

test("page consolidation without a plan picked: each report's deadlines are checked against the plan it stores, not 444-р's years", async () => {
  const { page, errors } = await openPage("en");
  await page.getByTestId("tab-consolidate").click();
  await page.getByTestId("consolidate-file-input").setInputFiles(bodyFiles);
  await page.getByTestId("consolidate-as-of").fill(AS_OF);
  await page.getByTestId("consolidate-run").click();
  const c = coreCatalog("en").consolidation;
  await page
    .getByTestId("consolidate-notice")
    .getByText(paneCatalog("en").consolidate.done(c.summarySheet, c.itemsSheet, c.issuesSheet))
    .waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("consolidate-download").click(),
  ]);
  const saved = join(work, "consolidation-stored-plan.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const kinds: string[] = [];
  wb.getWorksheet(c.issuesSheet)!.eachRow(
    (row, r) => void (r > 1 && kinds.push(row.getCell(6).text))
  );
  const k = coreCatalog("en").issueKinds;
  // The reports' deadlines (2014–2017) are all inside the plan they store; their statuses are still empty.
  expect(kinds).toContain(k["missing-status"]);
  expect(kinds).not.toContain(k["deadline-outside-plan"]);
  expect(errors).toEqual([]);
  await page.close();
});
