import ExcelJS from "exceljs";
import { ANNEX2_NAMES, analyseWorkbook, buildAnnex2, buildTemplate } from "../../src/core";
import type { Analysis, Lang, SheetModel } from "../../src/core";
import { parseA1 } from "../../src/core";
import type { SheetGrid } from "../../src/core";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import {
  loadExcelJsWorkbook,
  workbookFromModels,
  workbookToBuffer,
  writeSheetModel,
} from "../../src/xlsx/workbook";
import {
  EXAMPLE_AS_OF,
  EXAMPLE_BODY,
  EXAMPLE_FULL_NAME,
  exampleWorkbook,
} from "../fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { ANNEX2_SHEET_NAMES, rowHeightsOf, wrappedLines } from "../../src/core";
import { zipText as rawZipText } from "../fixtures/xlsx/zip";

/** An entry's XML with the character entities ExcelJS writes turned back into characters. */
function zipText(bytes: Uint8Array, name: string): string {
  return rawZipText(bytes, name)
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

interface LoadedWorkbook {
  readonly sheets: SheetGrid[];
  readonly storedBody: string | null;
  readonly workbook: ExcelJS.Workbook;
}

/** The grids as the reader reads them, and ExcelJS's model to write a copy from. */
async function load(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const r = await readWorkbook(bytes, { lang: "ky" });
  if (!r.ok) throw new Error(r.fatal.message);
  const x = await loadExcelJsWorkbook(bytes, { lang: "ky" });
  if (!x.ok) throw new Error(x.fatal.message);
  return { sheets: r.book.sheets, storedBody: r.book.storedBody, workbook: x.workbook };
}

/** Where a defined name points (its first cell), as ExcelJS reads it. */
function definedNameCell(
  workbook: ExcelJS.Workbook,
  name: string
): { sheet: string; row: number; col: number } | null {
  const first = workbook.definedNames.getRanges(name).ranges[0];
  if (first === undefined) return null;
  const bang = first.lastIndexOf("!");
  let sheet = first.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseA1(
    first
      .slice(bang + 1)
      .split(":")[0]
      .replace(/\$/g, "")
  );
  return cell === null ? null : { sheet, ...cell };
}

function analysisOf(book: LoadedWorkbook, lang: Lang): Analysis {
  const r = analyseWorkbook(book.sheets, { body: EXAMPLE_BODY, asOf: EXAMPLE_AS_OF, lang });
  if (!r.ok) throw new Error(r.fatal.message);
  return r.analysis;
}

function annex2(analysis: Analysis, lang: Lang): SheetModel {
  return buildAnnex2(analysis, {
    body: EXAMPLE_BODY,
    periodFrom: null,
    periodTo: null,
    asOf: EXAMPLE_AS_OF,
    person: "А. Асанов, башкы адис",
    contacts: "a.asanov@example.kg",
    planItems: 334,
    lang,
  });
}

/** The example workbook with a cover sheet before and a notes sheet after Table 1. */
async function exampleWithNeighbours(): Promise<Uint8Array> {
  const wb = exampleWorkbook("ky");
  const cover = wb.addWorksheet("Мукаба");
  cover.getCell("A1").value = "Санарип министрлиги";
  const notes = wb.addWorksheet("Эскертүүлөр");
  notes.getCell("B2").value = { formula: "1+1", result: 2 };
  notes.getCell("C3").value = new Date(Date.UTC(2025, 0, 1));
  // Order: cover, Table 1, notes.
  const order = ["Мукаба", "1-таблица", "Эскертүүлөр"];
  wb.worksheets.forEach((w) => {
    (w as unknown as { orderNo: number }).orderNo = order.indexOf(w.name);
  });
  return workbookBytes(wb);
}

describe("writeSheetModel: Annex 2 added to a copy of the workbook", () => {
  let input: LoadedWorkbook;
  let copy: LoadedWorkbook;
  let excel: ExcelJS.Workbook;
  let bytes: Uint8Array;
  let model: SheetModel;

  beforeAll(async () => {
    input = await load(await exampleWithNeighbours());
    const analysis = analysisOf(input, "ky");
    model = annex2(analysis, "ky");
    writeSheetModel(input.workbook, model, {
      replaces: ANNEX2_SHEET_NAMES,
      after: analysis.layout.sheet,
    });
    bytes = await workbookToBuffer(input.workbook);
    copy = await load(bytes);
    excel = new ExcelJS.Workbook();
    await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  });

  test("placed right after Table 1; every other sheet keeps its values and merges", async () => {
    expect(copy.sheets.map((s) => s.name)).toEqual([
      "Мукаба",
      "1-таблица",
      "2-тиркеме",
      "Эскертүүлөр",
    ]);
    const original = await load(await exampleWithNeighbours());
    for (const s of original.sheets) {
      const after = copy.sheets.find((c) => c.name === s.name)!;
      expect(after.rows).toEqual(s.rows);
      expect(after.merges ?? []).toEqual(s.merges ?? []);
    }
    expect(zipText(bytes, "xl/workbook.xml")).toMatch(
      /name="Мукаба".*name="1-таблица".*name="2-тиркеме".*name="Эскертүүлөр"/s
    );
  });

  test("every model cell value is in the sheet, numbers as numbers", () => {
    const grid = copy.sheets.find((s) => s.name === "2-тиркеме")!;
    for (const c of model.cells) {
      const v = grid.rows[c.row]?.[c.col] ?? null;
      expect(v).toEqual(c.value === "" ? null : c.value);
    }
  });

  test("merges, widths, row heights, styles and number formats", () => {
    const ws = excel.getWorksheet("2-тиркеме")!;
    const merges = copy.sheets.find((s) => s.name === "2-тиркеме")!.merges ?? [];
    expect(merges).toHaveLength(model.merges.length);
    expect(merges).toEqual(expect.arrayContaining(model.merges.map((m) => ({ ...m }))));
    model.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
    for (const [r, h] of Object.entries(model.rowHeights ?? {}))
      expect(ws.getRow(Number(r) + 1).height).toBe(h);
    for (const c of model.cells) {
      if (c.style === undefined) continue;
      const s = model.styles[c.style];
      const cell = ws.getCell(c.row + 1, c.col + 1);
      if (s.bold) expect(cell.font?.bold).toBe(true);
      if (s.italic) expect(cell.font?.italic).toBe(true);
      if (s.wrap) expect(cell.alignment?.wrapText).toBe(true);
      if (s.hAlign) expect(cell.alignment?.horizontal).toBe(s.hAlign);
      if (s.border) expect(cell.border?.top?.style).toBe("thin");
      if (s.fill) expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF" + s.fill);
      if (s.numberFormat) expect(cell.numFmt).toBe(s.numberFormat);
    }
  });

  test("print setup: A4 landscape, fit to one page wide, header rows repeated", () => {
    const ws = excel.getWorksheet("2-тиркеме")!;
    const rep = model.print.repeatRows!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe(`${rep.top + 1}:${rep.bottom + 1}`);
    expect(zipText(bytes, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'2-тиркеме'!$${rep.top + 1}:$${rep.bottom + 1}</definedName>`
    );
  });

  test("the body and the figures carry defined names", () => {
    for (const n of model.names ?? []) {
      const at = definedNameCell(excel, n.name);
      expect(at).toEqual({ sheet: "2-тиркеме", row: n.row, col: n.col });
    }
    expect(copy.storedBody).toBe(EXAMPLE_FULL_NAME.ky);
  });
});

describe("writing Annex 2 again", () => {
  test("replaces an earlier Annex 2 in another language, in its place, with one set of names", async () => {
    const first = await load(await exampleWithNeighbours());
    const a1 = analysisOf(first, "ru");
    writeSheetModel(first.workbook, annex2(a1, "ru"), {
      replaces: ANNEX2_SHEET_NAMES,
      after: a1.layout.sheet,
    });
    const once = await load(await workbookToBuffer(first.workbook));
    expect(once.sheets.map((s) => s.name)).toEqual([
      "Мукаба",
      "1-таблица",
      "Приложение 2",
      "Эскертүүлөр",
    ]);

    const a2 = analysisOf(once, "en");
    writeSheetModel(once.workbook, annex2(a2, "en"), {
      replaces: ANNEX2_SHEET_NAMES,
      after: a2.layout.sheet,
    });
    const bytes = await workbookToBuffer(once.workbook);
    const twice = await load(bytes);
    expect(twice.sheets.map((s) => s.name)).toEqual([
      "Мукаба",
      "1-таблица",
      "Annex 2",
      "Эскертүүлөр",
    ]);
    const xml = zipText(bytes, "xl/workbook.xml");
    expect(xml).not.toContain("Приложение 2");
    expect(xml.match(new RegExp(`name="${ANNEX2_NAMES.body}"`, "g"))).toHaveLength(1);
    expect(xml).toContain(`<definedName name="${ANNEX2_NAMES.body}">'Annex 2'!$A$3</definedName>`);
    expect(twice.storedBody).toBe(EXAMPLE_FULL_NAME.ky);
  });

  test("without `after`, the new sheet takes the place of the one it replaces", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A");
    wb.addWorksheet("Приложение 2");
    wb.addWorksheet("C");
    writeSheetModel(
      wb,
      { ...buildTemplate("ky"), name: "2-тиркеме" },
      { replaces: ANNEX2_SHEET_NAMES }
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(["A", "2-тиркеме", "C"]);
  });
});

describe("the blank Table 1 template", () => {
  let bytes: Uint8Array;
  let excel: ExcelJS.Workbook;
  const model = buildTemplate("ky");

  beforeAll(async () => {
    bytes = await workbookToBuffer(workbookFromModels([model]));
    excel = new ExcelJS.Workbook();
    await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  });

  test("drop-down lists with their error style", () => {
    const sheetXml = zipText(bytes, "xl/worksheets/sheet1.xml");
    for (const v of model.validations ?? []) {
      const ref = `${String.fromCharCode(65 + v.col)}${v.top + 1}:${String.fromCharCode(65 + v.col)}${v.bottom + 1}`;
      const dv = new RegExp(
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="${v.errorStyle}"[^>]*sqref="${ref}"><formula1>"${v.values.join(",")}"</formula1>`
      );
      expect(sheetXml).toMatch(dv);
    }
  });

  test("an Excel table over the header and rows, frozen header", () => {
    const t = model.table!;
    const tableXml = zipText(bytes, "xl/tables/table1.xml");
    expect(tableXml).toContain(`name="${t.name}"`);
    expect(tableXml).toContain(
      `ref="A${t.top + 1}:${String.fromCharCode(65 + t.right)}${t.bottom + 1}"`
    );
    const ws = excel.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: model.freezeRows });
    // Header cells keep their text and style inside the table.
    expect(ws.getCell(t.top + 1, 1).value).toBe("№");
    expect(ws.getCell(t.top + 1, 1).font?.bold).toBe(true);
  });

  test("a list too long for Excel's 255-character inline limit goes to a hidden column", async () => {
    const long = Array.from(
      { length: 30 },
      (_, i) => `Статус номер ${i + 1}, кеңири түшүндүрмө менен`
    );
    const m: SheetModel = {
      ...model,
      table: undefined,
      validations: [
        {
          top: 4,
          bottom: 20,
          col: 5,
          values: long,
          errorTitle: "x",
          errorMessage: "y",
          errorStyle: "warning",
        },
      ],
    };
    const wb = workbookFromModels([m]);
    const b = await workbookToBuffer(wb);
    const xml = zipText(b, "xl/worksheets/sheet1.xml");
    const f = /<formula1>\$([A-Z]+)\$1:\$\1\$30<\/formula1>/.exec(xml);
    expect(f).not.toBeNull();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(b as unknown as ExcelJS.Buffer);
    const col = back.worksheets[0].getColumn(f![1]);
    expect(col.hidden).toBe(true);
    expect(back.worksheets[0].getCell(`${f![1]}2`).value).toBe(long[1]);
  });

  test("data bars on a model are written as conditional formatting", async () => {
    const m: SheetModel = {
      ...buildTemplate("en"),
      table: undefined,
      dataBars: [{ top: 4, bottom: 10, col: 2, color: "638EC6" }],
    };
    const xml = zipText(
      await workbookToBuffer(workbookFromModels([m])),
      "xl/worksheets/sheet1.xml"
    );
    expect(xml).toMatch(
      /<conditionalFormatting sqref="C5:C11"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"\/><cfvo type="num" val="100"\/><color rgb="FF638EC6"\/><\/dataBar>/
    );
  });
});

describe("row heights for wrapped text", () => {
  const base = buildTemplate("en");
  const model = (
    cells: SheetModel["cells"],
    merges: SheetModel["merges"] = [],
    rowHeights: Record<number, number> = {}
  ): SheetModel => ({
    ...base,
    table: undefined,
    validations: [],
    columnWidths: [10, 20, 30],
    styles: [{ wrap: true }, {}],
    cells,
    merges,
    rowHeights,
  });

  test("a long wrapped text gets the height of its lines; short, unwrapped or model-sized rows do not", () => {
    const long = "Мамлекеттик кызмат көрсөтүүлөрдүн реестрин инвентаризациялоо жана жаңылоо"; // 73 characters
    const h = rowHeightsOf(
      model([
        { row: 0, col: 2, value: long, style: 0 },
        { row: 1, col: 2, value: "short", style: 0 },
        { row: 2, col: 2, value: long, style: 1 },
        { row: 3, col: 0, value: long, style: 0 },
      ])
    );
    // 28 characters of Calibri 11 a line, wrapped at word ends: "Мамлекеттик кызмат" / "көрсөтүүлөрдүн реестрин" /
    // "инвентаризациялоо жана" / "жаңылоо" — four lines, where counting characters alone said three.
    expect(wrappedLines(long, 30)).toBe(4);
    expect(h[0]).toBe(4 * 15 + 2);
    expect(h[1]).toBeUndefined();
    expect(h[2]).toBeUndefined();
    expect(h[3]).toBe(wrappedLines(long, 10) * 15 + 2);
  });

  test("merged across: the merged width counts; merged down: the rows share the height; explicit line breaks count", () => {
    const text = "x".repeat(50);
    const across = rowHeightsOf(
      model([{ row: 0, col: 0, value: text, style: 0 }], [{ top: 0, left: 0, bottom: 0, right: 2 }])
    );
    expect(across[0]).toBeUndefined(); // 50 characters fit in 10 + 20 + 30
    // 50 characters in a column of 10: 6 lines = 92 pt over four rows of 15 pt: each row grows by 8.
    expect(wrappedLines(text, 10)).toBe(6);
    const down = rowHeightsOf(
      model([{ row: 0, col: 0, value: text, style: 0 }], [{ top: 0, left: 0, bottom: 3, right: 0 }])
    );
    expect(down).toEqual({ 0: 23, 1: 23, 2: 23, 3: 23 });
    // A row the model sizes keeps its height; the others take the shortfall.
    const sized = rowHeightsOf(
      model(
        [{ row: 0, col: 0, value: text, style: 0 }],
        [{ top: 0, left: 0, bottom: 3, right: 0 }],
        { 1: 40 }
      )
    );
    expect(sized).toEqual({ 0: 18, 1: 40, 2: 18, 3: 18 });
    // Tall enough already: nothing changes.
    expect(
      rowHeightsOf(
        model(
          [{ row: 0, col: 0, value: "x".repeat(20), style: 0 }],
          [{ top: 0, left: 0, bottom: 3, right: 0 }]
        )
      )
    ).toEqual({});
    // A host that fits unmerged cells itself (Excel's autofitRows) gets only the rows of merged text and the model's own.
    const mixed = model(
      [
        { row: 0, col: 2, value: "y".repeat(200), style: 0 },
        { row: 1, col: 0, value: "y".repeat(200), style: 0 },
      ],
      [{ top: 1, left: 0, bottom: 1, right: 1 }],
      { 2: 30 }
    );
    expect(Object.keys(rowHeightsOf(mixed))).toEqual(["0", "1", "2"]);
    expect(rowHeightsOf(mixed, { hostFitsUnmerged: true })).toEqual({
      1: rowHeightsOf(mixed)[1],
      2: 30,
    });
    expect(wrappedLines("a\nb\nc", 30)).toBe(3);
  });

  test("the written sheet carries the estimate unless the model gives a height", async () => {
    const m = model(
      [
        { row: 0, col: 2, value: "слово ".repeat(30), style: 0 },
        { row: 1, col: 2, value: "слово ".repeat(30), style: 0 },
      ],
      [],
      { 1: 20 }
    );
    const wb = workbookFromModels([m]);
    expect(wb.worksheets[0].getRow(1).height).toBeGreaterThan(60);
    expect(wb.worksheets[0].getRow(2).height).toBe(20);
  });
});
