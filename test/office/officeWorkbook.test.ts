/**
 * The Office adapter on the strict Excel double: what it writes is exactly the core's model, in a
 * number of syncs that depends on bytes (never on rows), every request under Excel on the web's
 * 5 MB limit; it never touches Table 1 or other sheets; reads take one round trip.
 */
import {
  buildTemplate,
  checkGroup,
  fitToWidthScale,
  formatDmy,
  isoToSerial,
  SheetModelBuilder,
  SHIPPED_DAYS,
  SNAPSHOT_SHEET_NAME,
  widthToPoints,
} from "../../src/core";
import type { SheetModel } from "../../src/core";
import {
  MARK_TAG,
  OfficeWorkbook,
  parseStoredSettings,
  SETTINGS_KEY,
} from "../../src/taskpane/excel/officeWorkbook";
import {
  DEFAULT_REQUEST_BUDGET,
  planRequests,
  textForExcel,
} from "../../src/taskpane/excel/writePlan";
import { insertGroupTemplate } from "../../src/taskpane/group/workflow";
import { EMPTY_SETTINGS } from "../../src/taskpane/port";
import { DoubleUsageError, ExcelDouble, FIVE_MB } from "./excelDouble";
import {
  annex2Model,
  expectSheetMatchesModel,
  printedWidthFits,
  table1Merges,
  table1Rows,
} from "./fixtures";

jest.setTimeout(60_000);

let double: ExcelDouble;
let port: OfficeWorkbook;

/** A fresh double (a workbook always has a sheet: "Sheet1" unless the test seeds its own). */
function setup(
  options: ConstructorParameters<typeof ExcelDouble>[0] = {},
  budget?: number,
  blank = true
): void {
  double?.uninstall();
  double = new ExcelDouble(options).install();
  if (blank) double.workbook.seedSheet("Sheet1", []);
  port = new OfficeWorkbook(budget === undefined ? {} : { requestBudgetBytes: budget });
}

/** A workbook as officials have it: a cover sheet, Table 1 (with merged task cells), a notes sheet. */
function seedUserWorkbook(n = 20): void {
  const wb = double.workbook;
  wb.seedSheet("Мукаба", [["Министрлик"], [null, "2025"]]);
  const t1 = wb.seedSheet("1-таблица", table1Rows(n), { merges: table1Merges(n) });
  t1.edit(3, 5).format = { ...t1.cell(3, 5).format, fill: "#00B050", bold: true };
  t1.columnWidths.set(2, 200);
  wb.seedSheet("Эскертүүлөр", [["эскертүү"]], { hidden: true });
  wb.names.push({
    name: "UserName",
    formula: "='1-таблица'!$A$1",
    comment: "",
    visible: true,
    scope: null,
  });
  const blank = wb.findSheet("Sheet1");
  if (blank !== undefined) wb.deleteSheet(blank);
}

afterEach(() => double.uninstall());

describe("writeSheet: sync budget and payload", () => {
  test("100 and 10 000 Annex 2 rows are written with the same number of syncs, every request under 5 MB", async () => {
    const counts: number[] = [];
    for (const n of [100, 10_000]) {
      setup();
      seedUserWorkbook();
      const model = annex2Model(n);
      const { syncs } = await double.countSyncs(() => port.writeSheet(model, { activate: true }));
      counts.push(syncs.length);
      expect(syncs.every((s) => s.error === undefined && s.requestBytes < FIVE_MB)).toBe(true);
      // The formula of docs/office-adapter.md: 1 probe + the packed requests.
      expect(syncs.length).toBe(1 + planRequests(model, DEFAULT_REQUEST_BUDGET).length);
      expectSheetMatchesModel(double.workbook.sheet(model.name), model);
    }
    expect(counts).toEqual([2, 2]);
  });

  test("the sync count follows the bytes, not the rows: long texts are chunked into ceil(bytes / budget) requests", async () => {
    // 10 000 rows with long measure texts (about 1.2 KB of UTF-8 per row) are ~12 MB.
    setup();
    seedUserWorkbook();
    const long = annex2Model(10_000, { text: 250 });
    const requests = planRequests(long, DEFAULT_REQUEST_BUDGET);
    const total = requests.reduce((s, r) => s + r.bytes, 0);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.length).toBeLessThanOrEqual(Math.ceil(total / DEFAULT_REQUEST_BUDGET) + 1);
    const { syncs } = await double.countSyncs(() => port.writeSheet(long));
    expect(syncs.length).toBe(1 + requests.length);
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(FIVE_MB);
    // The adapter's estimate over-counts what the double measures, request by request.
    syncs.slice(1).forEach((s, i) => expect(s.requestBytes).toBeLessThanOrEqual(requests[i].bytes));
    expectSheetMatchesModel(double.workbook.sheet(long.name), long);

    // A quarter of the rows with four times the text: about the same bytes, about the same syncs.
    setup();
    seedUserWorkbook();
    const fewer = annex2Model(2_500, { text: 1_000 });
    const { syncs: fewerSyncs } = await double.countSyncs(() => port.writeSheet(fewer));
    expect(Math.abs(fewerSyncs.length - syncs.length)).toBeLessThanOrEqual(1);
  });

  test("with a lowered limit, chunking keeps every request under it and the sheet is still complete", async () => {
    const limit = 200_000;
    setup({ requestLimitBytes: limit }, 150_000);
    seedUserWorkbook();
    const model = annex2Model(3_000);
    const { syncs } = await double.countSyncs(() => port.writeSheet(model));
    expect(syncs.length).toBeGreaterThan(5);
    expect(syncs.length).toBe(1 + planRequests(model, 150_000).length);
    for (const s of syncs) {
      expect(s.error).toBeUndefined();
      expect(s.requestBytes).toBeLessThanOrEqual(limit);
    }
    expectSheetMatchesModel(double.workbook.sheet(model.name), model);
  });

  test("a request over the limit fails cleanly: the workbook is left as it was (old Annex 2 kept, no half-written sheet)", async () => {
    setup({ requestLimitBytes: 100_000 }, 4_000_000);
    seedUserWorkbook();
    const old = double.workbook.seedSheet("2-тиркеме", [["эски отчет"]]);
    const before = double.workbook.sheets.map((s) => s.snapshot());
    await expect(port.writeSheet(annex2Model(500))).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(double.workbook.sheets.map((s) => s.snapshot())).toEqual(before);
    expect(double.workbook.findSheet("2-тиркеме")).toBe(old);
  });
});

describe("writeSheet: what is written", () => {
  test("the Annex 2 sheet matches the model: values, merges, formats, widths in points, print titles, defined names", async () => {
    setup();
    seedUserWorkbook();
    const model = annex2Model(40);
    await port.writeSheet(model, { activate: true });
    const sheet = double.workbook.sheet(model.name);
    expectSheetMatchesModel(sheet, model);
    expect(sheet.visibility).toBe("Visible");
    expect(double.workbook.activeSheet).toBe(sheet);
    // Widths: characters → points (Calibri 11, 7 px per digit): 40 characters = 280 px = 210 pt.
    expect(widthToPoints(40)).toBe(210);
    expect(sheet.columnWidth(2)).toBe(210);
    // Print: A4 landscape, one page wide, the detail header repeated.
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: fitToWidthScale(model) },
    });
    expect(printedWidthFits(sheet, model)).toBe(true);
    expect(sheet.pageLayout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    // Defined names point at the model's cells on the new sheet, workbook-scoped.
    for (const n of model.names ?? []) {
      const item = double.workbook.names.find((x) => x.name === n.name);
      expect(item).toMatchObject({
        scope: null,
        formula: `='2-тиркеме'!$${String.fromCharCode(65 + n.col)}$${n.row + 1}`,
      });
    }
    // The 40 detail rows are fitted by Excel; the form's rows above them keep the core's heights (they set its pages).
    expect(sheet.autofitRows.size).toBeGreaterThanOrEqual(40);
    expect(sheet.rowHeight(0)).toBe(48);
    // The as-of date for other tools sits in a hidden column past the form (not shown, not printed).
    const asOf = model.names!.find((n) => n.name === "ATKARUU_AS_OF")!;
    expect([...sheet.hiddenColumns]).toEqual([asOf.col]);
    expect(sheet.cell(asOf.row, asOf.col).value).toBe("30.06.2025");
  });

  test("text that Excel would reinterpret is written as text (item 1.2, =formula, dates, minus signs)", async () => {
    setup();
    const b = new SheetModelBuilder("Test");
    const texts = [
      "1.2",
      '=HYPERLINK("x")',
      "30.06.2025",
      "- бир",
      "+996 312 000000",
      "TRUE",
      "#N/A",
      "2025",
      "март 2025",
      "Жөнөкөй текст",
    ];
    texts.forEach((t, i) => b.set(i, 0, t));
    b.set(0, 1, 12.5);
    const model = b.build({
      columnWidths: [20, 10],
      print: { orientation: "portrait", paper: "A4", fitToWidth: false },
    });
    await port.writeSheet(model);
    const sheet = double.workbook.sheet("Test");
    texts.forEach((t, i) => expect(sheet.cell(i, 0)).toMatchObject({ value: t, formula: null }));
    expect(sheet.cell(0, 1).value).toBe(12.5);
    // Plain words need no apostrophe.
    expect(textForExcel("Жөнөкөй текст")).toBe("Жөнөкөй текст");
    expect(sheet.cell(9, 0).quotePrefix).toBe(false);
  });

  test("Table 1 and the other sheets are untouched (compared before and after)", async () => {
    setup();
    seedUserWorkbook(60);
    const others = ["Мукаба", "1-таблица", "Эскертүүлөр"];
    const before = others.map((n) => double.workbook.sheet(n).snapshot());
    const namesBefore = JSON.stringify(double.workbook.names.filter((n) => n.name === "UserName"));
    await port.writeSheet(annex2Model(60), { activate: true });
    expect(others.map((n) => double.workbook.sheet(n).snapshot())).toEqual(before);
    expect(JSON.stringify(double.workbook.names.filter((n) => n.name === "UserName"))).toBe(
      namesBefore
    );
    expect(double.workbook.sheets.map((s) => s.name)).toEqual([...others, "2-тиркеме"]);
  });

  test("an existing Annex 2 (and one in another language) is replaced in place; its defined names are replaced, not duplicated", async () => {
    setup();
    seedUserWorkbook();
    const wb = double.workbook;
    const old = wb.seedSheet("2-тиркеме", [["эски"], ["отчет"]]);
    wb.sheets.splice(wb.sheets.indexOf(old), 1);
    wb.sheets.splice(1, 0, old); // the official moved it second
    wb.seedSheet("Приложение 2", [["старый"]]);
    wb.names.push({
      name: "ATKARUU_BODY",
      formula: "='2-тиркеме'!$A$1",
      comment: "",
      visible: true,
      scope: null,
    });
    const model = annex2Model(30);
    await port.writeSheet(model, { replaces: ["Приложение 2", "Annex 2"] });
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Мукаба",
      "2-тиркеме",
      "1-таблица",
      "Эскертүүлөр",
    ]);
    expect(old.deleted).toBe(true);
    expectSheetMatchesModel(wb.sheet("2-тиркеме"), model);
    const names = wb.names.map((n) => n.name).sort();
    expect(names).toEqual([
      "ATKARUU_AS_OF",
      "ATKARUU_BODY",
      "ATKARUU_COMPLETED",
      "ATKARUU_LEVEL",
      "ATKARUU_TOTAL",
      "UserName",
    ]);
    expect(wb.names.some((n) => n.formula.includes("#REF!"))).toBe(false);
    // Writing again (the same language) replaces it once more.
    await port.writeSheet(model);
    expect(wb.sheets.filter((s) => s.name === "2-тиркеме")).toHaveLength(1);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Мукаба",
      "2-тиркеме",
      "1-таблица",
      "Эскертүүлөр",
    ]);
  });

  test("a very hidden sheet (the report's snapshot): written after the sheet that stays active, replaced on the next write although Excel refuses to delete a very hidden sheet", async () => {
    setup();
    seedUserWorkbook();
    const wb = double.workbook;
    const snapshot = (asOf: string): SheetModel => {
      const b = new SheetModelBuilder(SNAPSHOT_SHEET_NAME);
      b.set(0, 0, "atkaruu-snapshot/1");
      b.set(1, 0, "asOf");
      b.set(1, 1, asOf);
      return b.build({
        columnWidths: [12, 12],
        print: { orientation: "portrait", paper: "A4", fitToWidth: true },
      });
    };
    await port.writeSheet(annex2Model(10), { activate: true });
    await port.writeSheet(snapshot("2025-03-31"), { veryHidden: true });
    const first = wb.sheet(SNAPSHOT_SHEET_NAME);
    expect(first.visibility).toBe("VeryHidden");
    expect(wb.activeSheet?.name).toBe("2-тиркеме");
    await expect(port.listSheets()).resolves.toContainEqual({
      name: SNAPSHOT_SHEET_NAME,
      hidden: true,
    });
    await port.writeSheet(snapshot("2025-06-30"), { veryHidden: true });
    expect(first.deleted).toBe(true);
    expect(
      wb.sheets
        .filter((s) => s.name === SNAPSHOT_SHEET_NAME)
        .map((s) => [s.visibility, s.cell(1, 1).value])
    ).toEqual([["VeryHidden", "2025-06-30"]]);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Мукаба",
      "1-таблица",
      "Эскертүүлөр",
      "2-тиркеме",
      SNAPSHOT_SHEET_NAME,
    ]);
    expect(wb.activeSheet?.name).toBe("2-тиркеме");
  });

  test("the Table 1 template: an Excel table, drop-down lists, frozen header; a table name already taken gets a suffix", async () => {
    setup();
    seedUserWorkbook();
    // Another sheet already holds a table called Table1.
    await Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Мукаба").tables.add("D1:E3", true);
      t.name = "Table1";
      await context.sync();
    });
    const model = buildTemplate("ru");
    await port.writeSheet(model, { activate: true });
    const sheet = double.workbook.sheet(model.name);
    expectSheetMatchesModel(sheet, model);
    const table = double.workbook.tables.find((t) => t.sheet === sheet)!;
    expect(table.name).toBe("Table1_2");
    expect(table.rect).toEqual({
      top: model.table!.top,
      left: model.table!.left,
      rows: model.table!.bottom - model.table!.top + 1,
      cols: model.table!.right - model.table!.left + 1,
    });
    expect(table.showHeaders).toBe(true);
    expect(sheet.frozenRows).toBe(4);
  });

  test("data bars become DataBar conditional formats from 0 to 100", async () => {
    setup();
    const b = new SheetModelBuilder("Бары");
    for (let r = 0; r < 5; r++) b.set(r, 0, r * 20, { numberFormat: "0.0" });
    const model: SheetModel = b.build({
      columnWidths: [12],
      print: { orientation: "portrait", paper: "A4", fitToWidth: true },
      dataBars: [{ top: 0, bottom: 4, col: 0, color: "5B9BD5" }],
    });
    await port.writeSheet(model);
    expectSheetMatchesModel(double.workbook.sheet("Бары"), model);
  });

  test("formats are applied to a handful of rectangles, not per cell", async () => {
    setup();
    const model = annex2Model(2_000);
    const requests = planRequests(model, DEFAULT_REQUEST_BUDGET);
    const formats = requests.flatMap((r) => r.ops).filter((op) => op.kind === "format");
    expect(formats.length).toBeLessThan(40);
    expect(formats.length).toBe(
      planRequests(annex2Model(20), DEFAULT_REQUEST_BUDGET)
        .flatMap((r) => r.ops)
        .filter((op) => op.kind === "format").length
    );
  });

  test("writing needs nothing above ExcelApi 1.9", async () => {
    setup({ apiVersion: "1.9" });
    seedUserWorkbook();
    const model = buildTemplate("ky");
    await port.writeSheet(model);
    expectSheetMatchesModel(double.workbook.sheet(model.name), model);
    await port.writeSheet(annex2Model(20));
    expectSheetMatchesModel(double.workbook.sheet("2-тиркеме"), annex2Model(20));
  });
});

describe("dates: the model's serials under a date format", () => {
  // Office's Range.values are serials of the workbook's own date system: 1462 days fewer in a 1904
  // workbook (support.microsoft.com, "Date systems in Excel"); the double shows DATE accordingly.
  test.each([
    [false, 0],
    [true, 1462],
  ])(
    "the blank group workbook inserted in Excel (1904 system: %s): its holidays are date cells, read back as the days",
    async (date1904, offset) => {
      setup();
      double.workbook.date1904 = date1904;
      const names = await insertGroupTemplate(port, "ru");
      const holidays = double.workbook.sheet(names[4]);
      const first = 4;
      SHIPPED_DAYS.forEach((d, i) => {
        expect([
          holidays.cell(first + i, 0).value,
          holidays.cell(first + i, 0).numberFormat,
        ]).toEqual([isoToSerial(d.date) - offset, "dd.mm.yyyy"]);
      });
      // The pane reads what it wrote: the check's calendar is the shipped days.
      const grids = await port.readSheets(names);
      const r = checkGroup(grids, { asOf: "2025-01-01", lang: "ru" });
      if (!r.ok) throw new Error(r.fatal.message);
      expect(r.check.calendarDays).toEqual(
        SHIPPED_DAYS.map((d) => ({ date: d.date, kind: d.kind }))
      );
      expect(formatDmy(r.check.calendarDays[0].date)).toBe("10.04.2024");
    }
  );
});

describe("readSheets", () => {
  test("the used range of each named sheet in one sync: values at their absolute position, merges, hidden flag", async () => {
    setup();
    seedUserWorkbook(9);
    const offset = double.workbook.seedSheet("Offset", []);
    offset.edit(4, 2).value = "C5";
    offset.edit(6, 3).value = 7;
    offset.edit(5, 2).value = "#N/A";
    const { value: grids, syncs } = await double.countSyncs(() =>
      port.readSheets(["1-таблица", "Offset", "Эскертүүлөр", "Жок"])
    );
    expect(syncs).toHaveLength(1);
    expect(grids.map((g) => g.name)).toEqual(["1-таблица", "Offset", "Эскертүүлөр"]);
    const [t1, off, notes] = grids;
    expect(t1.rows[1]).toEqual([
      "№",
      "Милдет",
      "Чара/ иш-аракет",
      "Ишке ашыруу мөөнөтү",
      "Күтүлгөн натыйжалар (продукт)",
      "Статус",
      "Жооптуу аткаруучулар",
    ]);
    expect(t1.rows[4][1]).toBeNull(); // "" from Office is an empty cell
    expect(t1.merges).toEqual(
      table1Merges(9).map((m) => ({
        top: m.top,
        left: m.left,
        bottom: m.top + m.rows - 1,
        right: m.left,
      }))
    );
    expect(off.rows).toHaveLength(7);
    expect(off.rows[4]).toEqual([null, null, "C5", null]);
    expect(off.rows[5][2]).toBe("#N/A");
    expect(off.rows[6][3]).toBe(7);
    expect(off.rows[0]).toEqual([]);
    expect(notes.hidden).toBe(true);
    expect(t1.hidden).toBe(false);
  });

  test("without names: the sheet list first, then one sync for all of them", async () => {
    setup();
    seedUserWorkbook(3);
    const { value: grids, syncs } = await double.countSyncs(() => port.readSheets());
    expect(syncs).toHaveLength(2);
    expect(grids.map((g) => g.name)).toEqual(["Мукаба", "1-таблица", "Эскертүүлөр"]);
  });

  test("on an ExcelApi 1.9 host it reads without merges (no 1.13 call is made) and the core still inherits empty task cells", async () => {
    setup({ apiVersion: "1.9" });
    seedUserWorkbook(6);
    const { value: grids, syncs } = await double.countSyncs(() => port.readSheets(["1-таблица"]));
    expect(syncs).toHaveLength(1);
    expect(grids[0].merges).toBeUndefined();
    expect(grids[0].rows[3][2]).toBe("Иш-чара 1: кызмат");
  });

  test("more merged areas than Excel reports: read again without merges", async () => {
    setup({ maxMergedAreas: 2 });
    seedUserWorkbook(12);
    const { value: grids, syncs } = await double.countSyncs(() => port.readSheets(["1-таблица"]));
    // Refused; names checked (all there, so the merges were the cause); read without them — not refused twice.
    expect(syncs.map((s) => s.error ?? "ok")).toEqual(["GeneralException", "ok", "ok"]);
    expect(grids[0].merges).toBeUndefined();
    expect(grids[0].rows).toHaveLength(15);
  });

  test("a missing sheet on a host that fails calls on null objects: the names are checked, the others still read with merges", async () => {
    setup({ nullObjectCalls: "fail" });
    seedUserWorkbook(6);
    const { value: grids, syncs } = await double.countSyncs(() =>
      port.readSheets(["Жок", "1-таблица"])
    );
    expect(syncs.map((s) => s.error ?? "ok")).toEqual(["ItemNotFound", "ok", "ok"]);
    expect(grids.map((g) => g.name)).toEqual(["1-таблица"]);
    expect(grids[0].merges).toHaveLength(2);
    // With every name present it is one sync on that host too.
    const again = await double.countSyncs(() => port.readSheets(["1-таблица", "Мукаба"]));
    expect(again.syncs).toHaveLength(1);
  });

  test("a response over the limit: read in row blocks, halving a block that is still too big", async () => {
    setup({ responseLimitBytes: 20_000, nullObjectCalls: "fail" });
    seedUserWorkbook(300);
    const expected = double.workbook.sheet("1-таблица").values();
    const { value: grids, syncs } = await double.countSyncs(() =>
      port.readSheets(["1-таблица", "Жок"])
    );
    expect(syncs.length).toBeGreaterThan(3);
    expect(grids.map((g) => g.name)).toEqual(["1-таблица"]);
    expect(grids[0].rows.map((r) => r.map((v) => (v === null ? "" : v)))).toEqual(
      expected.map((r) => r.slice(0, 7))
    );
  });

  test("listSheets: names in order with the hidden flag, one sync", async () => {
    setup();
    seedUserWorkbook(3);
    const { value, syncs } = await double.countSyncs(() => port.listSheets());
    expect(syncs).toHaveLength(1);
    expect(value).toEqual([
      { name: "Мукаба", hidden: false },
      { name: "1-таблица", hidden: false },
      { name: "Эскертүүлөр", hidden: true },
    ]);
  });
});

describe("marks, selection, drop-downs, settings", () => {
  test("issue highlights are tagged conditional formats: the user's fills stay, old marks (only ours) are removed", async () => {
    setup();
    seedUserWorkbook(10);
    const t1 = double.workbook.sheet("1-таблица");
    // The official's own conditional format must survive.
    t1.conditionalFormats.push({
      id: "{user}",
      type: "Custom",
      rects: [{ top: 3, left: 0, rows: 10, cols: 1 }],
      priority: 0,
      stopIfTrue: false,
      custom: { formula: "=A4>5", fill: "#00FF00", fontColor: null, bold: null },
      dataBar: {
        barDirection: "Context",
        showDataBarOnly: false,
        lowerBoundRule: { type: "Automatic" },
        upperBoundRule: { type: "Automatic" },
        fillColor: "#638EC6",
        gradientFill: true,
        borderColor: "#638EC6",
      },
    });
    const fillsBefore = [...t1.cells.values()].map((c) => c.format);
    const marks = [
      { row: 3, col: 5, severity: "error" as const },
      { row: 4, col: 5, severity: "error" as const },
      { row: 5, col: 5, severity: "warning" as const },
      { row: 5, col: 5, severity: "error" as const },
      { row: 8, col: 3, severity: "warning" as const },
    ];
    const { syncs } = await double.countSyncs(() => port.markCells("1-таблица", marks));
    expect(syncs.length).toBeLessThanOrEqual(3);
    const ours = (): typeof t1.conditionalFormats =>
      t1.conditionalFormats
        .filter((cf) => cf.custom.formula.includes(MARK_TAG))
        .sort((a, b) => a.rects[0].left - b.rects[0].left || a.rects[0].top - b.rects[0].top);
    expect(ours().map((cf) => [cf.rects, cf.custom.fill])).toEqual([
      [[{ top: 8, left: 3, rows: 1, cols: 1 }], "#FFEB9C"],
      [[{ top: 3, left: 5, rows: 3, cols: 1 }], "#FFC7CE"],
    ]);
    expect([...t1.cells.values()].map((c) => c.format)).toEqual(fillsBefore);
    // Marking again replaces our marks; clearing removes them; the user's rule stays throughout.
    await port.markCells("1-таблица", [{ row: 10, col: 5, severity: "warning" }]);
    expect(ours().map((cf) => cf.rects)).toEqual([[{ top: 10, left: 5, rows: 1, cols: 1 }]]);
    await port.markCells("1-таблица", []);
    expect(ours()).toEqual([]);
    expect(t1.conditionalFormats.map((cf) => cf.id)).toEqual(["{user}"]);
    expect(t1.cell(3, 5).format.fill).toBe("#00B050");
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    setup();
    seedUserWorkbook(5);
    await port.selectCell("1-таблица", 6, 5);
    expect(double.workbook.activeSheet?.name).toBe("1-таблица");
    expect(double.workbook.selection?.rect).toEqual({ top: 6, left: 5, rows: 1, cols: 1 });
  });

  test("selectRange activates the sheet and selects an item's row", async () => {
    setup();
    seedUserWorkbook(5);
    await port.selectRange("1-таблица", { top: 6, left: 0, bottom: 6, right: 6 });
    expect(double.workbook.activeSheet?.name).toBe("1-таблица");
    expect(double.workbook.selection?.rect).toEqual({ top: 6, left: 0, rows: 1, cols: 7 });
  });

  test("addListValidation puts a drop-down on the column rows, replacing any earlier rule there", async () => {
    setup();
    seedUserWorkbook(5);
    await port.addListValidation(
      "1-таблица",
      5,
      3,
      7,
      ["Аткарылды", "Аткарууда"],
      "warning",
      "Тизмеден тандаңыз"
    );
    const t1 = double.workbook.sheet("1-таблица");
    expect(t1.cell(3, 5).validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "Аткарылды,Аткарууда" },
    });
    expect(t1.cell(7, 5).validation?.errorAlert).toMatchObject({
      style: "Warning",
      message: "Тизмеден тандаңыз",
      showAlert: true,
    });
    expect(t1.cell(8, 5).validation).toBeNull();
    expect(t1.cell(2, 5).validation).toBeNull();
    await expect(
      port.addListValidation("1-таблица", 5, 3, 7, ["a,b"], "stop", "x")
    ).rejects.toThrow(/comma/);
  });

  test("settings round-trip through workbook.settings, validated on the way in and out", async () => {
    setup();
    seedUserWorkbook(1);
    expect(await port.loadSettings()).toEqual(EMPTY_SETTINGS);
    const s = {
      body: "МЦРИТ",
      periodFrom: "2025-01-01",
      periodTo: "2025-06-30",
      person: "Асанов А.",
      contacts: "+996",
      lang: "ky",
      sheet: "1-таблица",
    };
    await port.saveSettings(s);
    expect(typeof double.workbook.settings.get(SETTINGS_KEY)).toBe("string");
    expect(await port.loadSettings()).toEqual(s);
    // A damaged value does not break the pane; a wrong field is dropped, the others kept.
    double.workbook.settings.set(SETTINGS_KEY, "{not json");
    expect(await port.loadSettings()).toEqual(EMPTY_SETTINGS);
    double.workbook.settings.set(SETTINGS_KEY, JSON.stringify({ ...s, person: 42 }));
    expect(await port.loadSettings()).toEqual({ ...s, person: "" });
    expect(parseStoredSettings({ body: "x" })).toEqual({ ...EMPTY_SETTINGS, body: "x" });
    await expect(port.saveSettings({ ...s, body: 5 } as unknown as typeof s)).rejects.toThrow();
  });

  test("stored settings are checked as strictly on zod/mini as before: anything but an object is empty, unknown keys dropped", () => {
    setup();
    for (const v of [null, 42, "42", "[]", [], true, '"text"'])
      expect(parseStoredSettings(v)).toEqual(EMPTY_SETTINGS);
    expect(parseStoredSettings(JSON.stringify({ body: "МЭК", extra: "x", lang: ["ky"] }))).toEqual({
      ...EMPTY_SETTINGS,
      body: "МЭК",
    });
  });
});

describe("the double catches Microsoft-template-style mistakes in adapter code", () => {
  test("an adapter that calls format.autoFitColumns (the template's mocked name) fails, although the real method exists as autofitColumns", async () => {
    setup();
    seedUserWorkbook(1);
    class TemplateStyleAdapter extends OfficeWorkbook {
      async insertText(text: string): Promise<void> {
        await Excel.run(async (context) => {
          const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
          range.values = [[text]];
          (range.format as unknown as { autoFitColumns(): void }).autoFitColumns();
          await context.sync();
        });
      }
    }
    await expect(new TemplateStyleAdapter().insertText("Hello Excel")).rejects.toThrow(
      DoubleUsageError
    );
  });

  test("reading a value without loading it, as a mock that hands out placeholders would allow, fails", async () => {
    setup();
    seedUserWorkbook(1);
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("1-таблица").getUsedRange(true);
        await context.sync();
        return range.values;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

describe("requirement sets: the lowest ExcelApi each port method runs on (docs/office-adapter.md)", () => {
  const VERSIONS = [
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
    "1.7",
    "1.8",
    "1.9",
    "1.10",
    "1.11",
    "1.12",
    "1.13",
  ];
  const methods: [string, string, (p: OfficeWorkbook) => Promise<unknown>][] = [
    ["listSheets", "1.1", (p) => p.listSheets()],
    ["readSheets", "1.4", (p) => p.readSheets(["1-таблица"])],
    [
      "readSheets with merged areas",
      "1.13",
      async (p) => {
        const [grid] = await p.readSheets(["1-таблица"]);
        if (grid.merges === undefined) throw new Error("read without merged areas");
      },
    ],
    ["writeSheet (Annex 2)", "1.9", (p) => p.writeSheet(annex2Model(10))],
    ["writeSheet (Table 1 template)", "1.9", (p) => p.writeSheet(buildTemplate("ky"))],
    ["selectCell", "1.7", (p) => p.selectCell("1-таблица", 3, 3)],
    ["readSheets, first rows only", "1.4", (p) => p.readSheets(["1-таблица"], { maxRows: 30 })],
    ["markCells", "1.9", (p) => p.markCells("1-таблица", [{ row: 3, col: 5, severity: "error" }])],
    [
      "addListValidation",
      "1.8",
      (p) => p.addListValidation("1-таблица", 5, 3, 10, ["a", "b"], "stop", "m"),
    ],
    ["loadSettings / saveSettings", "1.4", async (p) => p.saveSettings(await p.loadSettings())],
    [
      "addBarChart",
      "1.7",
      (p) =>
        p.addBarChart("1-таблица", {
          name: "Levels",
          title: "Levels",
          seriesName: "Level",
          categories: { top: 3, left: 1, bottom: 5, right: 1 },
          values: { top: 3, left: 0, bottom: 5, right: 0 },
          placement: { top: 8, left: 0, bottom: 20, right: 6 },
          min: 0,
          max: 100,
        }),
    ],
  ];
  test.each(methods)("%s needs ExcelApi %s", async (_name, version, call) => {
    const runsOn = async (v: string): Promise<boolean> => {
      setup({ apiVersion: v }, undefined, false);
      double.workbook.seedSheet("1-таблица", table1Rows(6), { merges: table1Merges(6) });
      try {
        await call(new OfficeWorkbook());
        return true;
      } catch {
        return false;
      }
    };
    expect(await runsOn(version)).toBe(true);
    const below = VERSIONS[VERSIONS.indexOf(version) - 1];
    if (below !== undefined) expect(await runsOn(below)).toBe(false);
  });
});
