/**
 * The copy writer (src/xlsx/write/patchPackage.ts): the user's package with Annex 2 added or
 * replaced, every other part kept byte for byte. Read back with the project's reader and, as an
 * independent reader, with ExcelJS (values, merges, widths, heights, styles, print setup, names).
 */
import ExcelJS from "exceljs";
import {
  ANNEX2_NAMES,
  ANNEX2_SHEET_NAMES,
  analyseWorkbook,
  buildAnnex2,
  buildTemplate,
  parseA1,
  rowHeightsOf,
  SheetModelBuilder,
} from "../../src/core";
import type { Analysis, Lang, SheetModel } from "../../src/core";
import { NODE_IO, readWorkbook } from "../../src/xlsx/nodeReader";
import type { ReadBook } from "../../src/xlsx/read";
import { patchPackage, unselectSheet } from "../../src/xlsx/write/patchPackage";
import {
  EXAMPLE_AS_OF,
  EXAMPLE_BODY,
  EXAMPLE_FULL_NAME,
  exampleWorkbook,
} from "../fixtures/xlsx/exampleTable1";
import { cell, rawXlsx, row } from "../fixtures/xlsx/rawXlsx";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { readZip, writeZip, zipText as rawZipText } from "../fixtures/xlsx/zip";

function zipText(bytes: Uint8Array, name: string): string {
  return rawZipText(bytes, name)
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

async function load(bytes: Uint8Array): Promise<ReadBook> {
  const r = await readWorkbook(bytes, { lang: "ky" });
  if (!r.ok) throw new Error(r.fatal.message);
  return r.book;
}

function analysisOf(book: ReadBook, lang: Lang): Analysis {
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

function copyWith(bytes: Uint8Array, model: SheetModel, after?: string): Uint8Array {
  return patchPackage(
    bytes,
    { sheets: [{ model, replaces: ANNEX2_SHEET_NAMES, after }], activate: model.name },
    NODE_IO
  );
}

/** The example workbook with a cover sheet before and a notes sheet after Table 1. */
async function exampleWithNeighbours(): Promise<Uint8Array> {
  const wb = exampleWorkbook("ky");
  const cover = wb.addWorksheet("Мукаба");
  cover.getCell("A1").value = "Санарип министрлиги";
  cover.views = [{ state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView];
  const notes = wb.addWorksheet("Эскертүүлөр");
  notes.getCell("B2").value = { formula: "1+1", result: 2 };
  notes.getCell("C3").value = new Date(Date.UTC(2025, 0, 1));
  const order = ["Мукаба", "1-таблица", "Эскертүүлөр"];
  wb.worksheets.forEach((w) => {
    (w as unknown as { orderNo: number }).orderNo = order.indexOf(w.name);
  });
  return workbookBytes(wb);
}

/** Every entry's stored bytes (name → compressed data and CRC), as the ZIP holds them. */
function storedEntries(bytes: Uint8Array): Map<string, string> {
  const b = Buffer.from(bytes);
  const out = new Map<string, string>();
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = b.readUInt32LE(eocd + 16);
  for (let i = 0; i < b.readUInt16LE(eocd + 10); i++) {
    const nameLen = b.readUInt16LE(p + 28);
    const name = b.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    const local = b.readUInt32LE(p + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    out.set(
      name,
      `${b.readUInt32LE(p + 16)}:${b.subarray(start, start + b.readUInt32LE(p + 20)).toString("base64")}`
    );
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

describe("Annex 2 added to the user's package", () => {
  let input: Uint8Array;
  let bytes: Uint8Array;
  let copy: ReadBook;
  let excel: ExcelJS.Workbook;
  let model: SheetModel;

  beforeAll(async () => {
    input = await exampleWithNeighbours();
    const analysis = analysisOf(await load(input), "ky");
    model = annex2(analysis, "ky");
    bytes = copyWith(input, model, analysis.layout.sheet);
    copy = await load(bytes);
    excel = new ExcelJS.Workbook();
    await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  });

  test("placed right after Table 1; every other sheet keeps its values and merges", async () => {
    expect(copy.sheetList.map((s) => s.name)).toEqual([
      "Мукаба",
      "1-таблица",
      "2-тиркеме",
      "Эскертүүлөр",
    ]);
    const original = await load(input);
    for (const s of original.sheets) {
      const after = copy.sheets.find((c) => c.name === s.name)!;
      expect(after.rows).toEqual(s.rows);
      expect(after.merges ?? []).toEqual(s.merges ?? []);
    }
    expect(excel.worksheets.map((w) => w.name)).toEqual([
      "Мукаба",
      "1-таблица",
      "2-тиркеме",
      "Эскертүүлөр",
    ]);
  });

  test("every part but the bookkeeping ones is stored byte for byte; the cover only loses tabSelected", () => {
    const before = storedEntries(input);
    const after = storedEntries(bytes);
    const changed = [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "docProps/app.xml",
    ];
    const cover = "xl/worksheets/sheet2.xml"; // ExcelJS names parts by sheet id: the cover was added second
    expect(zipText(input, cover)).toContain('tabSelected="1"');
    for (const [name, data] of before) {
      if (changed.includes(name) || name === cover) continue;
      expect([name, after.get(name)]).toEqual([name, data]);
    }
    expect(zipText(bytes, cover)).toBe(unselectSheet(zipText(input, cover)));
    expect(zipText(bytes, cover)).not.toContain("tabSelected");
    // The only difference in the cover is that attribute.
    expect(zipText(input, cover).replace(/ tabSelected="1"/, "")).toBe(zipText(bytes, cover));
  });

  test("the user's styles keep their indexes; the new ones are appended", () => {
    const before = zipText(input, "xl/styles.xml");
    const after = zipText(bytes, "xl/styles.xml");
    const xfs = (x: string): string[] =>
      /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(x)![1].match(/<xf\b[\s\S]*?(\/>|<\/xf>)/g)!;
    const old = xfs(before);
    expect(xfs(after).slice(0, old.length)).toEqual(old);
    expect(xfs(after).length).toBe(old.length + model.styles.length);
    expect(after).toMatch(new RegExp(`<cellXfs count="${old.length + model.styles.length}"`));
  });

  test("every model cell value is in the sheet, numbers as numbers", () => {
    const grid = copy.sheets.find((s) => s.name === "2-тиркеме")!;
    for (const c of model.cells) {
      const v = grid.rows[c.row]?.[c.col] ?? null;
      expect(v).toEqual(c.value === "" ? null : c.value);
    }
  });

  test("merges, widths, row heights, styles and number formats (read by ExcelJS)", () => {
    const ws = excel.getWorksheet("2-тиркеме")!;
    const merges = copy.sheets.find((s) => s.name === "2-тиркеме")!.merges ?? [];
    expect(merges).toHaveLength(
      model.merges.filter((m) => m.bottom > m.top || m.right > m.left).length
    );
    model.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
    for (const [r, h] of Object.entries(rowHeightsOf(model)))
      expect(ws.getRow(Number(r) + 1).height).toBe(h);
    let checked = 0;
    for (const c of model.cells) {
      if (c.style === undefined) continue;
      const s = model.styles[c.style];
      const cl = ws.getCell(c.row + 1, c.col + 1);
      if (s.bold) expect(cl.font?.bold).toBe(true);
      if (s.italic) expect(cl.font?.italic).toBe(true);
      if (s.fontSize) expect(cl.font?.size).toBe(s.fontSize);
      if (s.wrap) expect(cl.alignment?.wrapText).toBe(true);
      if (s.hAlign) expect(cl.alignment?.horizontal).toBe(s.hAlign);
      if (s.vAlign) expect(cl.alignment?.vertical).toBe(s.vAlign);
      if (s.border) expect(cl.border?.top?.style).toBe("thin");
      if (s.fill) expect((cl.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF" + s.fill);
      if (s.numberFormat) expect(cl.numFmt).toBe(s.numberFormat);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  test("print setup: A4 landscape, fit to one page wide, header rows repeated", () => {
    const ws = excel.getWorksheet("2-тиркеме")!;
    const rep = model.print.repeatRows!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(zipText(bytes, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'2-тиркеме'!$${rep.top + 1}:$${rep.bottom + 1}</definedName>`
    );
  });

  test("the body and the figures carry defined names; the workbook opens on Annex 2", () => {
    const xml = zipText(bytes, "xl/workbook.xml");
    for (const n of model.names ?? []) {
      const m = new RegExp(
        `<definedName name="${n.name}">'2-тиркеме'!\\$([A-Z]+)\\$(\\d+)</definedName>`
      ).exec(xml);
      expect(m).not.toBeNull();
      expect(parseA1(`${m![1]}${m![2]}`)).toEqual({ row: n.row, col: n.col });
    }
    expect(copy.storedBody).toBe(EXAMPLE_FULL_NAME.ky);
    expect(xml).toMatch(/<workbookView[^>]* activeTab="2"/);
    expect(zipText(bytes, "xl/worksheets/sheet4.xml")).toContain('tabSelected="1"');
    // docProps/app.xml lists the new sheet in its place.
    expect(zipText(bytes, "docProps/app.xml")).toMatch(
      /<vt:lpstr>Мукаба<\/vt:lpstr><vt:lpstr>1-таблица<\/vt:lpstr><vt:lpstr>2-тиркеме<\/vt:lpstr><vt:lpstr>Эскертүүлөр<\/vt:lpstr>/
    );
  });
});

describe("writing Annex 2 again", () => {
  test("replaces an earlier Annex 2 in another language, in its place, with one set of names; its old part is gone", async () => {
    const input = await exampleWithNeighbours();
    const a1 = analysisOf(await load(input), "ru");
    const onceBytes = copyWith(input, annex2(a1, "ru"), a1.layout.sheet);
    const once = await load(onceBytes);
    expect(once.sheetList.map((s) => s.name)).toEqual([
      "Мукаба",
      "1-таблица",
      "Приложение 2",
      "Эскертүүлөр",
    ]);

    const a2 = analysisOf(once, "en");
    const bytes = copyWith(onceBytes, annex2(a2, "en"), a2.layout.sheet);
    const twice = await load(bytes);
    expect(twice.sheetList.map((s) => s.name)).toEqual([
      "Мукаба",
      "1-таблица",
      "Annex 2",
      "Эскертүүлөр",
    ]);
    const xml = zipText(bytes, "xl/workbook.xml");
    expect(xml).not.toContain("Приложение 2");
    expect(xml.match(new RegExp(`name="${ANNEX2_NAMES.body}"`, "g"))).toHaveLength(1);
    expect(xml.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
    expect(xml).toContain(`<definedName name="${ANNEX2_NAMES.body}">'Annex 2'!$A$3</definedName>`);
    expect(twice.storedBody).toBe(EXAMPLE_FULL_NAME.ky);
    const names = readZip(bytes).map((f) => f.name);
    expect(names.filter((n) => n.startsWith("xl/worksheets/") && n.endsWith(".xml"))).toHaveLength(
      4
    );
    expect(zipText(bytes, "[Content_Types].xml").match(/worksheet\+xml/g)).toHaveLength(4);
    expect(zipText(bytes, "xl/_rels/workbook.xml.rels").match(/\/worksheet"/g)).toHaveLength(4);
    const app = zipText(bytes, "docProps/app.xml");
    expect(app).not.toContain("Приложение 2");
    expect(app).toContain("<vt:lpstr>Annex 2</vt:lpstr>");
  });

  test("without `after`, the new sheet takes the place of the one it replaces; names local to later sheets are renumbered", () => {
    const bytes = rawXlsx({
      sheets: [
        { name: "A", sheetData: row(1, [cell.inline("A1", "a")]) },
        { name: "Приложение 2", sheetData: row(1, [cell.inline("A1", "old")]) },
        { name: "C", sheetData: row(1, [cell.inline("A1", "c")]) },
      ],
      definedNames: `<definedName name="_xlnm.Print_Area" localSheetId="2">C!$A$1:$B$2</definedName><definedName name="Old" localSheetId="1">'Приложение 2'!$A$1</definedName>`,
    });
    const m = { ...buildTemplate("ky"), table: undefined, name: "2-тиркеме" };
    const out = patchPackage(
      bytes,
      { sheets: [{ model: m, replaces: ANNEX2_SHEET_NAMES }] },
      NODE_IO
    );
    const xml = zipText(out, "xl/workbook.xml");
    expect(xml).toMatch(/name="A".*name="2-тиркеме".*name="C"/s);
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="2">C!$A$1:$B$2</definedName>`
    );
    expect(xml).not.toContain(`name="Old"`);
  });

  test("a hidden sheet and a visible one in the same copy (a snapshot beside Annex 2), names ordered", async () => {
    const input = await exampleWithNeighbours();
    const a = analysisOf(await load(input), "en");
    const hiddenModel: SheetModel = {
      ...buildTemplate("en"),
      table: undefined,
      validations: [],
      name: "ATKARUU_SNAPSHOT",
    };
    const out = patchPackage(
      input,
      {
        sheets: [
          { model: annex2(a, "en"), replaces: ANNEX2_SHEET_NAMES, after: a.layout.sheet },
          { model: hiddenModel, state: "veryHidden" },
        ],
        activate: "Annex 2",
      },
      NODE_IO
    );
    const book = await load(out);
    expect(book.sheetList).toEqual([
      { name: "Мукаба", hidden: false },
      { name: "1-таблица", hidden: false },
      { name: "Annex 2", hidden: false },
      { name: "Эскертүүлөр", hidden: false },
      { name: "ATKARUU_SNAPSHOT", hidden: true },
    ]);
    expect(zipText(out, "xl/workbook.xml")).toMatch(
      /<sheet name="ATKARUU_SNAPSHOT" sheetId="\d+" state="veryHidden" r:id="rId\d+"\/>/
    );
  });
});

describe("packages as other producers write them", () => {
  test("a prefixed (x:) workbook without styles or app.xml gets a stylesheet and prefixed entries", async () => {
    const files = readZip(
      rawXlsx({ sheets: [{ name: "S", sheetData: row(1, [cell.inline("A1", "x")]) }] })
    );
    const NS = `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
    const prefixed = files
      .filter((f) => f.name !== "xl/styles.xml")
      .map((f) => {
        if (f.name === "xl/workbook.xml")
          return {
            name: f.name,
            data: new TextEncoder().encode(
              `<?xml version="1.0"?><x:workbook ${NS}><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`
            ),
          };
        if (f.name === "xl/_rels/workbook.xml.rels")
          return {
            name: f.name,
            data: new TextEncoder().encode(
              new TextDecoder().decode(f.data).replace(/<Relationship[^>]*styles[^>]*\/>/, "")
            ),
          };
        return f;
      });
    const bytes = writeZip(prefixed);
    const a = analyseWorkbook([{ name: "x", rows: [] }], { asOf: EXAMPLE_AS_OF, lang: "en" });
    expect(a.ok).toBe(false);
    const model = { ...buildTemplate("en"), table: undefined, name: "Annex 2" };
    const out = patchPackage(bytes, { sheets: [{ model }], activate: "Annex 2" }, NODE_IO);
    const xml = zipText(out, "xl/workbook.xml");
    expect(xml).toMatch(
      /<x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"\/><x:sheet name="Annex 2" sheetId="2" r:id="rId\d+"\/><\/x:sheets>/
    );
    expect(xml).toContain(`<x:bookViews><x:workbookView activeTab="1"/></x:bookViews>`);
    expect(zipText(out, "xl/styles.xml")).toContain("<cellXfs");
    const back = await load(out);
    expect(back.sheetList.map((s) => s.name)).toEqual(["S", "Annex 2"]);
    // The new stylesheet holds the defaults and the model's formats (a bold font among them).
    expect(zipText(out, "xl/styles.xml")).toMatch(
      /<fills count="\d+"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/>/
    );
    expect(zipText(out, "xl/styles.xml")).toContain("<b/>");
    expect(zipText(out, "[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
  });
});

describe("dates in a copy of a workbook kept in the 1904 date system", () => {
  test("a model's date is stored 1462 days lower and read back as the same day; other numbers are kept", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet("Маалымат").getCell("A1").value = "маалымат";
    // 10.04.2024 is serial 45392 in the 1900 system, 43930 in the 1904 one.
    const model = new SheetModelBuilder("Даталар")
      .set(0, 0, 45392, { numberFormat: "dd.mm.yyyy" })
      .set(0, 1, 45392)
      .build({
        columnWidths: [12, 12],
        print: { orientation: "portrait", paper: "A4", fitToWidth: true },
      });
    for (const [date1904, stored] of [
      [true, "43930"],
      [false, "45392"],
    ] as const) {
      wb.properties.date1904 = date1904;
      const copy = patchPackage(await workbookBytes(wb), { sheets: [{ model }] }, NODE_IO);
      const sheetPart = readZip(copy)
        .map((f) => f.name)
        .find((n) => /worksheets\/sheet2\.xml$/.test(n))!;
      expect(/<c r="A1"[^>]*><v>(\d+)<\/v>/.exec(zipText(copy, sheetPart))?.[1]).toBe(stored);
      const back = (await load(copy)).sheets.find((s) => s.name === "Даталар")!;
      expect(back.rows[0][0]).toEqual(new Date(Date.UTC(2024, 3, 10)));
      expect(back.rows[0][1]).toBe(45392);
    }
  });
});
