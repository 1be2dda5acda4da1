/**
 * ExcelJS round trips of workbooks made by other programs: what the copy keeps, what it mends, and
 * the cases it cannot write (reported by the caller as one sentence, see test/cli).
 */
import ExcelJS from "exceljs";
import { buildTemplate } from "../../src/core";
import type { Workbook } from "exceljs";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import {
  loadExcelJsWorkbook,
  repairForWrite,
  workbookToBuffer,
  writeSheetModel,
} from "../../src/xlsx/workbook";
import { cell, rawXlsx, row } from "../fixtures/xlsx/rawXlsx";
import { zipText } from "../fixtures/xlsx/zip";

async function load(
  bytes: Uint8Array
): Promise<{ workbook: Workbook; sheets: { name: string }[] }> {
  const r = await loadExcelJsWorkbook(bytes, { lang: "en" });
  if (!r.ok) throw new Error(r.fatal.message);
  return { workbook: r.workbook, sheets: r.workbook.worksheets.map((w) => ({ name: w.name })) };
}

async function copyWithSheet(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await load(bytes);
  writeSheetModel(book.workbook, buildTemplate("en"), { after: book.sheets[0].name });
  return workbookToBuffer(book.workbook);
}

describe("odd defined names", () => {
  const bytes = rawXlsx({
    sheets: [{ name: "Plan", sheetData: row(1, [cell.inline("A1", "x"), cell.number("B1", 5)]) }],
    definedNames:
      `<definedName name="Rate">Plan!$B$1</definedName>` +
      `<definedName name="Dynamic">OFFSET(Plan!$A$1,0,0,COUNTA(Plan!$A:$A),1)</definedName>` +
      `<definedName name="External">[1]Sheet1!$A$1</definedName>` +
      `<definedName name="Broken">#REF!</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="0">Plan!#REF!</definedName>` +
      `<definedName name="Ten">10</definedName>`,
  });

  test("the copy is written; plain names survive, names ExcelJS would mangle are dropped", async () => {
    const out = await copyWithSheet(bytes);
    const xml = zipText(out, "xl/workbook.xml");
    expect(xml).toContain(`<definedName name="Rate">Plan!$B$1</definedName>`);
    // ExcelJS reads formula and external names as references to sheets that do not exist
    // ('OFFSET(Plan', '[1]Sheet1'); writing those would make Excel repair the file.
    expect(xml).not.toContain("OFFSET");
    expect(xml).not.toContain("[1]");
    expect(xml).not.toContain("#REF!");
    expect((await load(out)).sheets.map((s) => s.name)).toEqual(["Plan", "Table 1"]);
  });

  test("repairForWrite says what it changed", async () => {
    const book = await load(bytes);
    expect(repairForWrite(book.workbook)).toEqual({ names: 2, formulas: 0 });
    expect(repairForWrite(book.workbook)).toEqual({ names: 0, formulas: 0 });
  });
});

describe("shared formulas", () => {
  test("a well-formed group is kept as formulas", async () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: "S",
          sheetData:
            row(1, [cell.sharedMaster("A1", "A1:A3", "ROW()*2", 2)]) +
            row(2, [cell.sharedClone("A2", 4)]) +
            row(3, [cell.sharedClone("A3", 6)]),
        },
      ],
    });
    const out = await copyWithSheet(bytes);
    const xml = zipText(out, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<c r="A1"><f t="shared" ref="A1:A3" si="0">ROW\(\)\*2<\/f><v>2<\/v><\/c>/);
    expect(xml).toMatch(/<c r="A3"><f t="shared" si="0"\/><v>6<\/v><\/c>/);
  });

  test("a clone whose master is covered by a merge keeps its value (ExcelJS alone refuses to write)", async () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: "S",
          sheetData:
            row(1, [cell.inline("A1", "top")]) +
            row(2, [cell.sharedMaster("A2", "A2:A4", "ROW()", 2)]) +
            row(3, [cell.sharedClone("A3", 3)]) +
            row(4, [cell.sharedClone("A4", 4)]),
          after: `<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>`,
        },
      ],
    });
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    await expect(plain.xlsx.writeBuffer()).rejects.toThrow(/Shared Formula master/);

    const out = await copyWithSheet(bytes);
    const read = await readWorkbook(out, { lang: "en" });
    if (!read.ok) throw new Error(read.fatal.message);
    const grid = read.book.sheets[0];
    expect(grid.rows.map((r) => r[0] ?? null)).toEqual(["top", null, 3, 4]);
  });
});

describe("what ExcelJS cannot write is an error the caller reports", () => {
  test("a conditional format rule without its formula", async () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: "S",
          sheetData: row(1, [cell.inline("A1", "x")]),
          after: `<conditionalFormatting sqref="A1:A3"><cfRule type="expression" priority="1"/></conditionalFormatting>`,
        },
      ],
    });
    const book = await load(bytes);
    await expect(workbookToBuffer(book.workbook)).rejects.toThrow();
  });
});

describe("what the copy keeps (docs/cli.md)", () => {
  test("notes, images, hidden rows and columns, protection, validations, conditional formats, hyperlinks, freeze panes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan", { views: [{ state: "frozen", ySplit: 2 }] });
    ws.getCell("A1").value = "with a note";
    ws.getCell("A1").note = "Эскертүү";
    ws.getCell("B1").value = { text: "portal", hyperlink: "https://portal.gov.kg" };
    ws.getCell("A3").value = "hidden row";
    ws.getRow(3).hidden = true;
    ws.getColumn(4).hidden = true;
    ws.getCell("C2").dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };
    ws.addConditionalFormatting({
      ref: "C1:C9",
      rules: [
        {
          type: "cellIs",
          operator: "greaterThan",
          priority: 1,
          formulae: ["5"],
          style: { font: { bold: true } },
        },
      ],
    });
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64"
    );
    ws.addImage(
      wb.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image),
      "E2:F4"
    );
    await ws.protect("", { selectLockedCells: true });
    const out = await copyWithSheet(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ExcelJS.Buffer);
    const p = back.getWorksheet("Plan")!;
    expect(p.getCell("A1").note).toBe("Эскертүү");
    expect(p.getCell("B1").hyperlink).toBe("https://portal.gov.kg");
    expect(p.getRow(3).hidden).toBe(true);
    expect(p.getColumn(4).hidden).toBe(true);
    expect(p.getCell("C2").dataValidation?.type).toBe("list");
    expect(p.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(p.getImages()).toHaveLength(1);
    const xml = zipText(out, "xl/worksheets/sheet1.xml");
    expect(xml).toContain("<sheetProtection");
    expect(xml).toContain('<cfRule type="cellIs"');
  });
});
