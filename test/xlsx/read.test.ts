import ExcelJS from "exceljs";
import { ANNEX2_NAMES, analyseWorkbook } from "../../src/core";
import type { CellValue, SheetGrid } from "../../src/core";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import type { ReadBook as LoadedWorkbook } from "../../src/xlsx/read";
import { EXAMPLE_AS_OF, EXAMPLE_BODY, exampleWorkbook } from "../fixtures/xlsx/exampleTable1";
import { cell, rawXlsx, row } from "../fixtures/xlsx/rawXlsx";
import { workbookBytes } from "../fixtures/xlsx/table1";

async function load(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const r = await readWorkbook(bytes, { lang: "en", fileName: "t.xlsx" });
  if (!r.ok) throw new Error(r.fatal.message);
  return r.book;
}

function sheet(book: LoadedWorkbook, name: string): SheetGrid {
  const s = book.sheets.find((g) => g.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

const at = (g: SheetGrid, a1: string): CellValue => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return g.rows[Number(m[2]) - 1]?.[col - 1] ?? null;
};

describe("readWorkbook: the visible value of every cell kind (ExcelJS-written file)", () => {
  let book: LoadedWorkbook;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kinds");
    ws.getCell("A1").value = "shared string";
    ws.getCell("B1").value = {
      richText: [{ text: "Мөөнөтүндө " }, { font: { bold: true }, text: "аткарылды" }],
    };
    ws.getCell("C1").value = { text: "portal", hyperlink: "https://portal.gov.kg" };
    ws.getCell("D1").value = {
      text: { richText: [{ text: "rich " }, { text: "link" }] },
      hyperlink: "https://x.kg",
    } as unknown as ExcelJS.CellValue;
    ws.getCell("E1").value = new Date(Date.UTC(2025, 5, 30));
    ws.getCell("F1").value = 12;
    ws.getCell("G1").value = true;
    ws.getCell("H1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("A2").value = { formula: 'A1&"!"', result: "shared string!" };
    ws.getCell("B2").value = { formula: "1-1", result: 0 };
    ws.getCell("C2").value = { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellValue;
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
    ws.getCell("E2").value = { formula: "DATE(2024,12,31)", result: 45657 };
    ws.getCell("E2").numFmt = "dd.mm.yyyy";
    ws.getCell("F2").value = { formula: "TRUE()", result: true };
    ws.getCell("G2").value = { formula: "NOW()" }; // never calculated: no cached value
    ws.getCell("A4").value = "task";
    ws.mergeCells("A4:A6");
    ws.getCell("B4").value = "wide";
    ws.mergeCells("B4:D4");
    ws.getCell("A8").value = "   ";
    ws.getRow(30).height = 40; // formatting only
    ws.getCell("A40").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    wb.addWorksheet("Hidden", { state: "hidden" }).getCell("A1").value = 1;
    wb.addWorksheet("VeryHidden", { state: "veryHidden" }).getCell("A1").value = 2;
    wb.addWorksheet("Empty");
    book = await load(await workbookBytes(wb));
  });

  test("sheets in workbook order, hidden ones flagged", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(["Kinds", "Hidden", "VeryHidden", "Empty"]);
    expect(book.sheets.map((s) => s.hidden === true)).toEqual([false, true, true, false]);
    expect(sheet(book, "Empty").rows).toEqual([]);
  });

  test("strings, rich text, hyperlinks, dates, numbers, booleans, errors", () => {
    const g = sheet(book, "Kinds");
    expect(at(g, "A1")).toBe("shared string");
    expect(at(g, "B1")).toBe("Мөөнөтүндө аткарылды");
    expect(at(g, "C1")).toBe("portal");
    expect(at(g, "D1")).toBe("rich link");
    expect(at(g, "E1")).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(at(g, "F1")).toBe(12);
    expect(at(g, "G1")).toBe(true);
    expect(at(g, "H1")).toEqual({ error: "#N/A" });
  });

  test("formulas give their cached result, errors as { error }, dates as Date, zero stays zero", () => {
    const g = sheet(book, "Kinds");
    expect(at(g, "A2")).toBe("shared string!");
    expect(at(g, "B2")).toBe(0);
    expect(at(g, "C2")).toEqual({ error: "#N/A" });
    expect(at(g, "D2")).toEqual({ error: "#DIV/0!" });
    expect(at(g, "E2")).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(at(g, "F2")).toBe(true);
    expect(at(g, "G2")).toBeNull();
  });

  test("merged cells: the value only in the top-left cell, areas listed 0-based", () => {
    const g = sheet(book, "Kinds");
    expect(at(g, "A4")).toBe("task");
    expect(at(g, "A5")).toBeNull();
    expect(at(g, "A6")).toBeNull();
    expect(at(g, "B4")).toBe("wide");
    expect(at(g, "C4")).toBeNull();
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 0, bottom: 5, right: 0 },
        { top: 3, left: 1, bottom: 3, right: 3 },
      ])
    );
    expect(g.merges).toHaveLength(2);
  });

  test("rows only up to the last row holding a value; empty rows in between are empty", () => {
    const g = sheet(book, "Kinds");
    expect(g.rows).toHaveLength(8);
    expect(g.rows[2]).toEqual([]);
    expect(at(g, "A8")).toBe("   ");
  });
});

describe("readWorkbook: files written by other programs (raw SpreadsheetML)", () => {
  let g: SheetGrid;
  beforeAll(async () => {
    const bytes = rawXlsx({
      sharedStrings: [
        "Аткарууда",
        "<r><t>Мөөнөтүн бузуу </t></r><r><rPr><b/></rPr><t>менен аткарылды</t></r>",
      ],
      sheets: [
        {
          name: "Raw",
          sheetData:
            row(1, [
              cell.inline("A1", "inline text"),
              cell.shared("B1", 0),
              cell.shared("C1", 1),
              cell.number("D1", 45838, 1),
              cell.bool("E1", false),
            ]) +
            row(2, [
              cell.formulaStr("A2", 'B1&""', "Аткарууда"),
              cell.formulaErr("B2", "VLOOKUP(1,A:A,2,0)", "#N/A"),
              cell.formulaNum("C2", "D1+1", 45839, 1),
              cell.error("D2", "#REF!"),
              cell.formulaNoValue("E2", "A1"),
            ]) +
            row(3, [cell.sharedMaster("A3", "A3:A5", "ROW()", 3)]) +
            row(4, [cell.sharedClone("A4", 4)]) +
            row(5, [cell.sharedClone("A5", 5)]),
          after: `<mergeCells count="1"><mergeCell ref="B3:C5"/></mergeCells>`,
        },
      ],
    });
    g = sheet(await load(bytes), "Raw");
  });

  test("inline strings, shared strings (plain and rich), dates from the number format, booleans", () => {
    expect(at(g, "A1")).toBe("inline text");
    expect(at(g, "B1")).toBe("Аткарууда");
    expect(at(g, "C1")).toBe("Мөөнөтүн бузуу менен аткарылды");
    expect(at(g, "D1")).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(at(g, "E1")).toBe(false);
  });

  test("formula string results, formula errors, date results, error cells, formulas without a value", () => {
    expect(at(g, "A2")).toBe("Аткарууда");
    expect(at(g, "B2")).toEqual({ error: "#N/A" });
    expect(at(g, "C2")).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(at(g, "D2")).toEqual({ error: "#REF!" });
    expect(at(g, "E2")).toBeNull();
  });

  test("shared formulas give each cell its own cached result", () => {
    expect([at(g, "A3"), at(g, "A4"), at(g, "A5")]).toEqual([3, 4, 5]);
    expect(g.merges).toEqual([{ top: 2, left: 1, bottom: 4, right: 2 }]);
  });
});

describe("storedBody", () => {
  const table = (): ExcelJS.Workbook => exampleWorkbook("ky");

  test("the defined name ATKARUU_BODY wins", async () => {
    const wb = table();
    const ws = wb.addWorksheet("Орган");
    ws.getCell("B7").value = "Санарип министрлиги";
    wb.definedNames.add("'Орган'!$B$7", ANNEX2_NAMES.body);
    expect((await load(await workbookBytes(wb))).storedBody).toBe("Санарип министрлиги");
  });

  test("else the body cell of an Annex 2 sheet named in any language", async () => {
    for (const name of ["2-тиркеме", "Приложение 2", "Annex 2"]) {
      const wb = table();
      wb.addWorksheet(name).getCell("A3").value = { richText: [{ text: "МЦ" }, { text: "РИТ" }] };
      expect((await load(await workbookBytes(wb))).storedBody).toBe("МЦРИТ");
    }
  });

  test("a defined name on an empty cell falls back to the Annex 2 sheet; nothing stored → null", async () => {
    const wb = table();
    wb.addWorksheet("Приложение 2").getCell("A3").value = "МЦРИТ";
    wb.definedNames.add("'Приложение 2'!$A$10", ANNEX2_NAMES.body);
    expect((await load(await workbookBytes(wb))).storedBody).toBe("МЦРИТ");
    expect((await load(await workbookBytes(table()))).storedBody).toBeNull();
  });
});

describe("the grids feed the core", () => {
  test("the example Table 1 is found and analysed: merged tasks inherited, dates read", async () => {
    const book = await load(await workbookBytes(exampleWorkbook("ky")));
    const r = analyseWorkbook(book.sheets, { body: EXAMPLE_BODY, asOf: EXAMPLE_AS_OF, lang: "ky" });
    if (!r.ok) throw new Error(r.fatal.message);
    const a = r.analysis;
    expect(a.layout.sheet).toBe("1-таблица");
    expect(a.measures).toHaveLength(41);
    // The task cell is merged over the first five measures: all five carry it.
    expect(new Set(a.measures.slice(0, 5).map((m) => m.task))).toEqual(
      new Set(["Мамлекеттик кызмат көрсөтүүлөрдү санариптештирүү"])
    );
    // A completion date typed as a date cell and one typed as text are both read.
    expect(a.measures.find((m) => m.no === "3")?.completedOn).toBe("2024-12-20");
    expect(a.measures.find((m) => m.no === "83")?.completedOn).toBe("2025-05-30");
    expect(a.summary.total).toBe(41);
  });
});
