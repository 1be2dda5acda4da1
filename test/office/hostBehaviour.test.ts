/**
 * Host behaviours of real Excel that the adapter must survive (issue 9), each modelled by the strict
 * double from Microsoft's documentation or the office-js issue tracker (cited per test and in
 * docs/office-adapter.md). Each test failed on the adapter before it handled the behaviour.
 */
import { readFileSync } from "fs";
import {
  analyseWorkbook,
  ANNEX2_SHEET_NAMES,
  buildTemplate,
  coreCatalog,
  rowHeightsOf,
} from "../../src/core";
import { HostError, OfficeWorkbook } from "../../src/taskpane/excel/officeWorkbook";
import { HOST_ERROR_KINDS } from "../../src/taskpane/excel/hostErrors";
import { hostErrorCatalog } from "../../src/taskpane/excel/i18n";
import { DEFAULT_REQUEST_BUDGET, planRequests } from "../../src/taskpane/excel/writePlan";
import { discoverSheets, insertTemplate } from "../../src/taskpane/workflow";
import { ExcelDouble, FIVE_MB } from "./excelDouble";
import {
  annex2Model,
  expectSheetMatchesModel,
  printedWidthFits,
  table1Merges,
  table1Rows,
} from "./fixtures";

jest.setTimeout(120_000);

let double: ExcelDouble;

function setup(
  options: ConstructorParameters<typeof ExcelDouble>[0] = {},
  port: ConstructorParameters<typeof OfficeWorkbook>[0] = {}
): OfficeWorkbook {
  double?.uninstall();
  double = new ExcelDouble(options).install();
  double.workbook.seedSheet("1-таблица", table1Rows(20), { merges: table1Merges(20) });
  return new OfficeWorkbook(port);
}

/** The error a promise rejects with. */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => {
  double.uninstall();
  jest.restoreAllMocks();
});

describe("1. row heights: Excel's autofit ignores merged cells", () => {
  test("every wrapped text of the Annex 2 shows in full, also the item lists merged across columns", async () => {
    const port = setup();
    const model = annex2Model(334);
    await port.writeSheet(model);
    const sheet = double.workbook.sheet(model.name);
    let mergedLong = 0;
    for (const c of model.cells) {
      const s = c.style === undefined ? undefined : model.styles[c.style];
      if (!s?.wrap || typeof c.value !== "string" || sheet.fitsText(c.row, c.col)) continue;
      const m = sheet.mergeAt(c.row, c.col) ?? { top: c.row, left: c.col, rows: 1, cols: 1 };
      // Lines the text needs at the least: its length over the characters its (merged) columns hold.
      let chars = 0;
      for (let k = m.left; k < m.left + m.cols; k++) chars += model.columnWidths[k] ?? 9;
      const lines = c.value
        .split("\n")
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / chars)), 0);
      let height = 0;
      for (let r = m.top; r < m.top + m.rows; r++) height += sheet.rowHeight(r);
      if (m.cols > 1 && lines > 1) mergedLong++;
      if (height < lines * 15)
        throw new Error(
          `cell ${c.row}:${c.col} (${m.cols} columns) needs ${lines} lines, its rows are ${height} pt high`
        );
    }
    // The item lists of 334 measures are long: the check above did look at merged multi-line cells.
    expect(mergedLong).toBeGreaterThan(3);
    // The heights are the core's rule, as the file writers use it.
    for (const [r, h] of Object.entries(rowHeightsOf(model, { hostFitsUnmerged: true })))
      expect(sheet.rowHeight(Number(r))).toBe(h);
  });
});

describe("2. order of operations: layout after the sheet is visible; fit to width by scale", () => {
  test("a host that refuses freezing and page layout on hidden sheets, and ignores fit-to-pages, still gets a frozen header, print titles and one page wide", async () => {
    // The double's defaults: hidden-sheet layout fails (office-js #1463, #2196, #3148), fit-to-pages is ignored (#1860).
    const port = setup();
    const model = annex2Model(100);
    await port.writeSheet(model, { activate: true });
    const sheet = double.workbook.sheet(model.name);
    expect(sheet.frozenRows).toBe(model.freezeRows ?? 0);
    expect(sheet.pageLayout.printTitleRows).toBe(
      `$${model.print.repeatRows!.top + 1}:$${model.print.repeatRows!.bottom + 1}`
    );
    expect(sheet.pageLayout.margins.left).toBeCloseTo(28.8);
    expect(printedWidthFits(sheet, model)).toBe(true);
    expect(sheet.pageLayout.zoom.scale).toBeLessThan(100);
  });
});

describe("4. bounded reads, null values, the sheet list follows the workbook", () => {
  test("finding Table 1 reads only the first HEADER_SEARCH_ROWS rows of each sheet: one read however long the sheets are", async () => {
    // Responses are capped low: a whole 5 000-row sheet would need block reads, its first 30 rows do not.
    const port = setup({ responseLimitBytes: 200_000 });
    double.workbook.seedSheet("Long", table1Rows(5_000), { merges: table1Merges(5_000) });
    double.workbook.seedSheet(
      "Notes",
      Array.from({ length: 5_000 }, (_, i) => [`note ${i}`, "x".repeat(40)])
    );
    const { value, syncs } = await double.countSyncs(() => discoverSheets(port));
    expect(syncs.map((s) => s.error)).toEqual([undefined, undefined]);
    expect(syncs).toHaveLength(2);
    expect(value.detected).toBe("1-таблица");
    expect([...value.withTable].sort()).toEqual(["1-таблица", "Long"]);
  });

  test("the chosen sheet is read in full; values Excel answers with null are read in blocks, never a TypeError", async () => {
    const port = setup({ maxGetCells: 700 });
    const [grid] = await port.readSheets(["1-таблица"]);
    expect(grid.rows.length).toBe(23);
    expect(grid.rows[22][2]).toBe("Иш-чара 20: кызмат");
    // A row wider than Excel returns at all: a sentence in the user's language.
    const narrow = setup({ maxGetCells: 3 }, { lang: () => "ky" });
    const e = await rejection(narrow.readSheets(["1-таблица"]));
    expect(e).toBeInstanceOf(HostError);
    expect((e as Error).message).toBe(hostErrorCatalog("ky").sheetTooLarge("1-таблица"));
  });

  test("sheets added, renamed and deleted call the port's listener (worksheet events)", async () => {
    const port = setup();
    let calls = 0;
    const stop = port.onSheetsChanged(() => calls++);
    await port.listSheets(); // the registration is queued before this call
    const wb = double.workbook;
    const s = wb.addSheet("Жаңы");
    wb.renameSheet(s, "Башка");
    wb.deleteSheet(s);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(3);
    stop();
    wb.addSheet("Дагы");
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(3);
  });
});

describe("5. robust writes", () => {
  test("the ribbon inserting Table 1 while the pane writes Annex 2: both finish, both sheets complete", async () => {
    // Writes of several requests each (a small budget), started together: without a queue their syncs interleave.
    const port = setup({}, { requestBudgetBytes: 60_000 });
    const annex = annex2Model(300);
    expect(planRequests(annex, 60_000).length).toBeGreaterThan(2);
    await Promise.all([
      port.writeSheet(annex, { activate: true }),
      port.writeSheet(buildTemplate("ky")),
    ]);
    const names = double.workbook.sheets.map((s) => s.name);
    expect(names).toContain(annex.name);
    expect(names).toContain(coreCatalog("ky").template.sheetName);
    expect(names.some((n) => n.startsWith("Atkaruu~"))).toBe(false);
    expectSheetMatchesModel(double.workbook.sheet(annex.name), annex);
  });

  test("two Annex 2 writes at once over an earlier Annex 2 (ribbon and pane, or a second click): both finish, the later one is the one Annex 2 left", async () => {
    // Without the queue the second write's last request deletes a sheet the first already replaced, and fails.
    const port = setup({}, { requestBudgetBytes: 60_000 });
    const ky = annex2Model(300);
    const ru = annex2Model(300, { lang: "ru" });
    expect(planRequests(ky, 60_000).length).toBeGreaterThan(2);
    await port.writeSheet(ru);
    const others = (m: { name: string }): string[] =>
      ANNEX2_SHEET_NAMES.filter((n) => n !== m.name);
    await Promise.all([
      port.writeSheet(ky, { replaces: others(ky), activate: true }),
      port.writeSheet(ru, { replaces: others(ru), activate: true }),
    ]);
    const names = double.workbook.sheets.map((s) => s.name);
    expect(names.filter((n) => ANNEX2_SHEET_NAMES.includes(n))).toEqual([ru.name]);
    expect(names.some((n) => n.startsWith("Atkaruu~"))).toBe(false);
    expectSheetMatchesModel(double.workbook.sheet(ru.name), ru);
  });

  test("two add-in instances writing at once never share a temporary sheet; a failed write removes only its own sheet (by id)", async () => {
    const first = setup({}, { requestBudgetBytes: 60_000 });
    const second = new OfficeWorkbook({ requestBudgetBytes: 60_000 });
    const model = annex2Model(300);
    const other = { ...annex2Model(300), name: "Копия", names: [] };
    await Promise.all([first.writeSheet(model), second.writeSheet(other)]);
    const names = double.workbook.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([model.name, "Копия"]));
    expect(names.some((n) => n.startsWith("Atkaruu~"))).toBe(false);
    expectSheetMatchesModel(double.workbook.sheet(model.name), model);
    expectSheetMatchesModel(double.workbook.sheet("Копия"), other);
  });

  test("GeneralException on a large batch (Excel on the web, office-js #1314, #1012): written again with half the budget", async () => {
    const model = annex2Model(3_000);
    const [one] = planRequests(model, DEFAULT_REQUEST_BUDGET).map((r) => r.bytes);
    expect(planRequests(model, DEFAULT_REQUEST_BUDGET)).toHaveLength(1);
    // The host fails the one big request, but takes requests of half the budget.
    const port = setup(
      { generalExceptionAboveBytes: Math.min(one * 0.9, DEFAULT_REQUEST_BUDGET / 2) },
      { requestBudgetBytes: Math.ceil(one * 1.1) }
    );
    const { syncs } = await double.countSyncs(() => port.writeSheet(model));
    expect(syncs.some((s) => s.error === "GeneralException")).toBe(true);
    expect(syncs.every((s) => s.requestBytes < FIVE_MB)).toBe(true);
    expectSheetMatchesModel(double.workbook.sheet(model.name), model);
    expect(double.workbook.sheets.some((s) => s.name.startsWith("Atkaruu~"))).toBe(false);
  });

  test("a command while a cell is being edited waits for the edit to end instead of failing (delayForCellEdit)", async () => {
    const port = setup();
    double.startCellEdit();
    let done = false;
    const inserting = insertTemplate(port, "ru").then(() => (done = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    double.endCellEdit();
    await inserting;
    expect(double.workbook.sheets.length).toBe(2);
  });
});

describe("6. errors users can read", () => {
  test("a protected sheet, a missing sheet: a catalogue sentence in the pane's language, Excel's raw message only in the console", async () => {
    const port = setup({}, { lang: () => "ru" });
    double.workbook.seedSheet("Защищён", table1Rows(5), { protected: true });
    const e = await rejection(port.markCells("Защищён", [{ row: 3, col: 5, severity: "error" }]));
    expect(e).toBeInstanceOf(HostError);
    expect((e as Error).message).toBe(hostErrorCatalog("ru").kinds.protected("InvalidOperation"));
    expect((e as Error).message).not.toMatch(/protected sheet/);
    expect(console.error).toHaveBeenCalledWith(
      expect.stringMatching(/Excel refused/),
      "InvalidOperation",
      expect.stringMatching(/protected sheet/),
      expect.anything()
    );
    const missing = await rejection(port.selectCell("Нет такого", 0, 0));
    expect((missing as Error).message).toBe(hostErrorCatalog("ru").kinds.changed("ItemNotFound"));
  });

  test("every OfficeExtension and Excel error code (read from @types/office-js) has a kind with a sentence in ky, ru and en", () => {
    const d = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
    const ext = d.slice(
      d.indexOf("class ErrorCodes {"),
      d.indexOf("}", d.indexOf("class ErrorCodes {"))
    );
    const codes = [...ext.matchAll(/public static (\w+): string;/g)].map(
      (m) => m[1][0].toUpperCase() + m[1].slice(1)
    );
    const excelStart = d.indexOf("    enum ErrorCodes {", d.indexOf("declare namespace Excel {"));
    const excel = d.slice(excelStart, d.indexOf("    }", excelStart));
    codes.push(...[...excel.matchAll(/= "(\w+)"/g)].map((m) => m[1]));
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) {
      const kind = HOST_ERROR_KINDS[code];
      if (kind === undefined) throw new Error(`no kind for ${code}`);
      for (const lang of ["ky", "ru", "en"] as const)
        expect(hostErrorCatalog(lang).kinds[kind](code).length).toBeGreaterThan(30);
    }
  });
});

describe("7. manifest and runtime", () => {
  test("a 1904-date workbook: the Office path reads its dates as the xlsx path does", async () => {
    const port = setup();
    double.workbook.date1904 = true;
    const rows = table1Rows(6);
    rows[0].push(null);
    // A completion-date column: 30.06.2025 is 45838 in the 1900 system, 44376 in the 1904 one.
    rows[1].push("Аткарылган күнү");
    const sheet = double.workbook.seedSheet("Даталар", rows);
    for (let r = 3; r < rows.length; r++) {
      sheet.edit(r, 7).value = 44376;
      sheet.edit(r, 7).numberFormat = "dd.mm.yyyy";
    }
    sheet.edit(3, 0).numberFormat = "0"; // item numbers are numbers, not dates
    const [grid] = await port.readSheets(["Даталар"]);
    expect(grid.rows[3][7]).toBe(45838);
    expect(grid.rows[3][0]).toBe(1);
    const result = analyseWorkbook([grid], { body: "МЦРИТ", asOf: "2025-12-31", lang: "ky" });
    expect(result.ok).toBe(true);
  });

  test("issue marks: one conditional format per severity over all its cells, addresses cut under getRanges' limit (office-js #5198)", async () => {
    const port = setup();
    double.workbook.seedSheet("Көп", table1Rows(3_000));
    const marks = Array.from({ length: 3_000 }, (_, i) => ({
      row: 3 + i,
      col: i % 2 === 0 ? 5 : 3,
      severity: i % 3 === 0 ? ("error" as const) : ("warning" as const),
    }));
    await port.markCells("Көп", marks);
    const ours = double.workbook.sheet("Көп").conditionalFormats;
    const cells = (sev: string): number =>
      ours
        .filter((c) => c.custom.formula.includes(sev))
        .reduce((n, c) => n + c.rects.reduce((m, r) => m + r.rows * r.cols, 0), 0);
    expect(cells("error")).toBe(1_000);
    expect(cells("warning")).toBe(2_000);
    // 3 000 single cells need several address lists, but far fewer formats than runs.
    expect(ours.length).toBeLessThan(20);
    expect(ours.length).toBeGreaterThan(2);
    setup();
    await new OfficeWorkbook().markCells("1-таблица", [
      { row: 3, col: 5, severity: "error" },
      { row: 7, col: 5, severity: "error" },
      { row: 9, col: 2, severity: "error" },
    ]);
    expect(double.workbook.sheet("1-таблица").conditionalFormats).toHaveLength(1);
  });
});
