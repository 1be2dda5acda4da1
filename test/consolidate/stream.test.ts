/**
 * The workbook reader (src/xlsx/read) gives the same grids as ExcelJS's own reading (an independent
 * oracle for files ExcelJS wrote) on the same files: the bodies' fixtures, a workbook with every kind of
 * cell value, and the same workbooks re-saved by LibreOffice (another writer: other part order,
 * inline strings, other relationship targets).
 */
import { promises as fsp, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/core";
import { loadExcelJsWorkbook, worksheetGrid } from "../../src/xlsx/workbook";
import { readWorkbookBytes } from "../../src/xlsx/read";
import type { ReadOptions } from "../../src/xlsx/read";
import { NODE_IO } from "../../src/xlsx/nodeReader";
import { convert } from "../support/libreoffice";
import { bodyWorkbooks, writeFixture } from "./fixtures";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atk-stream-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Grids compared as data (merges as a set, in any order). */
function normalised(sheets: readonly SheetGrid[]): unknown {
  return sheets.map((s) => ({
    ...s,
    rows: s.rows.map((r) => [...r]),
    merges: s.merges ? [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left) : undefined,
  }));
}

/** The reader as consolidation uses it (Table 1 candidates only, unless `keep` says otherwise). */
const readWorkbookLean = (bytes: Uint8Array, opts: ReadOptions) =>
  readWorkbookBytes(bytes, { keep: "table1", ...opts }, NODE_IO);

/** ExcelJS's grids of a file (its own reading, as an oracle). */
async function excelJsSheets(
  bytes: Uint8Array
): Promise<{ sheets: SheetGrid[]; workbook: ExcelJS.Workbook }> {
  const r = await loadExcelJsWorkbook(bytes, { lang: "en" });
  if (!r.ok) throw new Error(`ExcelJS failed: ${r.fatal.message}`);
  return { sheets: r.workbook.worksheets.map(worksheetGrid), workbook: r.workbook };
}

async function compare(
  path: string
): Promise<{ plainSheets: SheetGrid[]; leanStored: string | null }> {
  const bytes = new Uint8Array(await fsp.readFile(path));
  const plain = await excelJsSheets(bytes);
  const lean = readWorkbookLean(bytes, { lang: "en", fileName: path, keep: "all" });
  if (!lean.ok) throw new Error(`reader failed on ${path}: ${lean.fatal.message}`);
  expect(normalised(lean.book.sheets)).toEqual(normalised(plain.sheets));
  expect(lean.book.sheetList.map((s) => s.name)).toEqual(plain.sheets.map((s) => s.name));
  return { plainSheets: plain.sheets, leanStored: lean.book.storedBody };
}

/** A workbook with every kind of value a cell can show. */
async function valuesWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("Cover");
  cover.getCell("A1").value = "cover";
  const hidden = wb.addWorksheet("Hidden");
  hidden.state = "hidden";
  hidden.getCell("B2").value = 42;
  const ws = wb.addWorksheet("Table 1");
  ws.getCell("A1").value = 'plain & <escaped> "text"';
  ws.getCell("B1").value = {
    richText: [{ text: "rich " }, { text: "text", font: { bold: true } }],
  };
  ws.getCell("C1").value = { text: "a link", hyperlink: "https://example.org/" };
  ws.getCell("D1").value = 3.25;
  ws.getCell("E1").value = true;
  ws.getCell("F1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("G1").value = new Date(Date.UTC(2025, 2, 15));
  ws.getCell("G1").numFmt = "dd.mm.yyyy";
  ws.getCell("H1").value = 45000;
  ws.getCell("H1").numFmt = "0.00";
  ws.getCell("A2").value = { formula: "1+1", result: 2 };
  ws.getCell("B2").value = { formula: "NA()", result: { error: "#N/A" } };
  ws.getCell("C2").value = { formula: '"a"&"b"', result: "ab" };
  ws.getCell("D2").value = { formula: "TRUE()", result: true };
  ws.getCell("E2").value = { formula: "DATE(2025,1,2)", result: new Date(Date.UTC(2025, 0, 2)) };
  ws.getCell("E2").numFmt = "dd.mm.yyyy";
  ws.getCell("F2").value = { formula: "X1" } as ExcelJS.CellFormulaValue;
  ws.getCell("A3").value = "line one\nline two";
  ws.getCell("B3").value = "";
  ws.getCell("C3").value = "  spaced  ";
  ws.getCell("A5").value = "merged across";
  ws.mergeCells("A5:C6");
  ws.getCell("A7").value = "after a gap";
  ws.getCell("Z9").value = "far";
  ws.getCell("A10").value = "Кыргыз тили: өңү";
  await wb.xlsx.writeFile(path);
}

describe("same grids as the plain reader", () => {
  test("the bodies' fixtures", async () => {
    for (const fx of bodyWorkbooks()) await compare(await writeFixture(dir, fx));
  });

  test("every kind of cell value, hidden sheets, merges", async () => {
    const path = join(dir, "values.xlsx");
    await valuesWorkbook(path);
    const { plainSheets } = await compare(path);
    // The comparison is not vacuous: the values are there.
    const t1 = plainSheets.find((s) => s.name === "Table 1")!;
    expect(t1.rows[0]).toEqual([
      'plain & <escaped> "text"',
      "rich text",
      "a link",
      3.25,
      true,
      { error: "#N/A" },
      new Date(Date.UTC(2025, 2, 15)),
      45000,
    ]);
    expect(t1.rows[1].slice(0, 5)).toEqual([
      2,
      { error: "#N/A" },
      "ab",
      true,
      new Date(Date.UTC(2025, 0, 2)),
    ]);
    expect(plainSheets.find((s) => s.name === "Hidden")!.hidden).toBe(true);
  });

  test("workbooks re-saved by LibreOffice", () => {
    const out = join(dir, "lo");
    return (async () => {
      await fsp.mkdir(out, { recursive: true });
      const inputs = [
        await writeFixture(dir, bodyWorkbooks()[0]),
        await writeFixture(dir, bodyWorkbooks()[2]),
      ];
      const values = join(dir, "values.xlsx");
      await valuesWorkbook(values);
      inputs.push(values);
      await convert(inputs, "xlsx:Calc MS Excel 2007 XML", out);
      const files = await fsp.readdir(out);
      expect(files.length).toBe(3);
      for (const f of files) await compare(join(out, f));
    })();
  });
});

describe("table1 mode", () => {
  test("keeps only Table 1 candidates and still finds the stored body", async () => {
    const fx = bodyWorkbooks().find((f) => f.file === "МЭК_old.xlsx")!;
    const bytes = new Uint8Array(await fsp.readFile(await writeFixture(dir, fx)));
    const lean = readWorkbookLean(bytes, { lang: "ru" });
    expect(lean.ok).toBe(true);
    if (!lean.ok) return;
    expect(lean.book.sheets.map((s) => s.name)).toEqual(["1-таблица"]);
    expect(lean.book.storedBody).toBe("мэк");
    expect(lean.book.sheetList.map((s) => s.name)).toEqual(["1-таблица", "2-тиркеме"]);
  });

  test("a cover sheet without a table is dropped after its header rows", async () => {
    const fx = bodyWorkbooks()[0];
    const bytes = new Uint8Array(await fsp.readFile(await writeFixture(dir, fx)));
    const lean = readWorkbookLean(bytes, { lang: "ru" });
    expect(lean.ok && lean.book.sheets.map((s) => s.name)).toEqual(["Таблица 1"]);
  });

  test("broken input is a fatal error with a reason, never an exception", async () => {
    const garbage = new TextEncoder().encode("this is not a workbook");
    const r1 = readWorkbookLean(garbage, { lang: "en", fileName: "x.xlsx" });
    expect(r1.ok).toBe(false);
    // A ZIP whose directory is intact but whose sheet data is not valid deflate data.
    const parts = foreignParts();
    const damaged = zip(parts, {
      "xl/worksheets/data.xml": new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x12]),
    });
    const r2 = readWorkbookLean(damaged, { lang: "en", fileName: "y.xlsx" });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.fatal.code).toBe("unreadable-workbook");
    // The same parts undamaged are read.
    expect(readWorkbookLean(zip(parts), { lang: "en" }).ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Workbooks as other producers write them, built part by part.

/** A ZIP of the given parts; `raw` replaces a part's compressed data (to damage it). */
function zip(parts: Record<string, string>, raw: Record<string, Uint8Array> = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, "utf8");
    const body = raw[name] !== undefined ? Buffer.from(raw[name]) : deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc32(data), 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, body);
    central.push(cd, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, end]));
}

const NS =
  'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * As the .NET Open XML SDK writes it: `x:` element prefixes, absolute relationship targets, sheets
 * stored after the shared strings, a sheet file not named sheetN.xml, cells without `r`, inline
 * rich strings, phonetic guides, a shared formula, a 1904 date system, a chart sheet.
 */
function foreignParts(): Record<string, string> {
  return {
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<?xml version="1.0"?><x:sst ${NS}><x:si><x:t>№</x:t></x:si><x:si><x:r><x:t>Мероп</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>риятие</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:si><x:si><x:t xml:space="preserve"> Срок &amp; исполнения </x:t></x:si><x:si><x:t>Статус</x:t></x:si><x:si><x:t>Задача</x:t></x:si></x:sst>`,
    "xl/workbook.xml": `<?xml version="1.0"?><x:workbook ${NS}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Chart" sheetId="3" r:id="R9"/><x:sheet name="Данные &quot;1&quot;" sheetId="1" r:id="R7"/></x:sheets><x:definedNames><x:definedName name="ATKARUU_BODY">'Данные "1"'!$B$5</x:definedName></x:definedNames></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R7" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="R9" Type="${REL}/chartsheet" Target="/xl/chartsheets/sheet1.xml"/><Relationship Id="R2" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="R3" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0"?><x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="dd.mm.yyyy"/></x:numFmts><x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="170" applyNumberFormat="1"/><x:xf numFmtId="4"/></x:cellXfs></x:styleSheet>`,
    "xl/chartsheets/sheet1.xml": `<?xml version="1.0"?><x:chartsheet ${NS}/>`,
    "xl/worksheets/data.xml": `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData>
<x:row r="1"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>4</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c t="s"><x:v>3</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:r><x:t>Раз</x:t></x:r><x:r><x:t xml:space="preserve">вернуть &lt;сеть&gt;</x:t></x:r></x:is></x:c><x:c r="D2" s="1"><x:v>1</x:v></x:c><x:c r="E2" t="str"><x:f>"Исполнено"&amp;" в срок"</x:f><x:v>Исполнено в срок</x:v></x:c></x:row>
<x:row r="3"><x:c r="A3"><x:f t="shared" ref="A3:A4" si="0">A2+1</x:f><x:v>2</x:v></x:c><x:c r="C3" s="2"><x:v>1234.5</x:v></x:c><x:c r="D3" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="E3" t="e"><x:v>#N/A</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4"><x:f t="shared" si="0"/><x:v>3</x:v></x:c><x:c r="B4" t="b"><x:v>1</x:v></x:c><x:c r="C4" t="inlineStr"><x:is><x:t><![CDATA[a <b> c]]></x:t></x:is></x:c></x:row>
<x:row r="5"><x:c r="B5" t="inlineStr"><x:is><x:t>МЦРИТ</x:t></x:is></x:c></x:row>
</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B2:B3"/></x:mergeCells></x:worksheet>`,
  };
}

test("a workbook as another producer writes it", () => {
  const r = readWorkbookLean(zip(foreignParts()), { lang: "en", keep: "all" });
  if (!r.ok) throw new Error(r.fatal.message);
  expect(r.book.sheetList.map((s) => s.name)).toEqual(["Chart", 'Данные "1"']);
  expect(r.book.storedBody).toBe("МЦРИТ");
  const [grid] = r.book.sheets;
  expect(grid.name).toBe('Данные "1"');
  expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
  expect(grid.rows).toEqual([
    ["№", "Задача", "Мероприятие", " Срок & исполнения ", "Статус"],
    // 1904 date system: serial 1 is 2 January 1904.
    [1, null, "Развернуть <сеть>", new Date(Date.UTC(1904, 0, 2)), "Исполнено в срок"],
    [2, null, 1234.5, { error: "#DIV/0!" }, { error: "#N/A" }],
    [3, true, "a <b> c"],
    [null, "МЦРИТ"],
  ]);
});

describe("streaming writer", () => {
  test("writes the same sheets as the in-memory writer (read back with the plain reader)", async () => {
    const { buildConsolidationSheets, consolidate, consolidationEntry } =
      await import("../../src/core");
    const { modelsToXlsx } = await import("../../src/xlsx/streamWriter");
    const { workbookFromModels, workbookToBuffer } = await import("../../src/xlsx/workbook");
    const entries = bodyWorkbooks().map((fx) =>
      consolidationEntry(
        { file: fx.file, modified: fx.modified, sheets: fx.sheets },
        { asOf: "2025-06-30", lang: "ky" }
      )
    );
    const models = buildConsolidationSheets(
      consolidate(entries, { asOf: "2025-06-30", lang: "ky", planItems: 12 })
    );
    const streamedBytes = await modelsToXlsx(models);
    const streamed = await excelJsSheets(streamedBytes);
    const inMemory = await excelJsSheets(await workbookToBuffer(workbookFromModels(models)));
    expect(normalised(streamed.sheets)).toEqual(normalised(inMemory.sheets));
    expect(streamed.sheets.map((s) => s.name)).toEqual(models.map((m) => m.name));
    // The project's reader reads the streamed output as ExcelJS does.
    const ours = readWorkbookLean(streamedBytes, { lang: "ky", keep: "all" });
    expect(ours.ok && normalised(ours.book.sheets)).toEqual(normalised(streamed.sheets));
    // Styles, widths, print setup and data bars as the in-memory writer renders them.
    const a = streamed.workbook.worksheets[0];
    const b = inMemory.workbook.worksheets[0];
    expect(a.getCell("H4").numFmt).toBe("0.0");
    expect(a.getCell("A3").font?.bold).toBe(true);
    expect(a.getColumn(1).width).toBe(b.getColumn(1).width);
    expect(a.pageSetup.orientation).toBe("landscape");
    expect(a.pageSetup.printTitlesRow).toBe(b.pageSetup.printTitlesRow);
    expect(a.pageSetup.printTitlesRow).toBe("3:3");
    expect(a.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    const cf = (
      a as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(cf.map((x) => [x.ref, x.rules[0].type])).toEqual([["H4:H8", "dataBar"]]);
    // Rows of wrapped text get the same estimated heights from both writers (else they show one line).
    for (let k = 0; k < models.length; k++) {
      const sa = streamed.workbook.worksheets[k];
      const sb = inMemory.workbook.worksheets[k];
      const heights = (ws: typeof a): (number | undefined)[] =>
        Array.from({ length: ws.rowCount }, (_, r) => ws.getRow(r + 1).height);
      expect(heights(sa)).toEqual(heights(sb));
      expect(heights(sa).some((h) => h !== undefined && h > 20)).toBe(true);
    }
  });
});

test("the body saved by the task pane in the workbook's settings is the stored body of last resort", () => {
  const parts = foreignParts();
  // No defined name and no Annex 2: only the settings part names the body.
  parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
    /<x:definedNames>.*<\/x:definedNames>/,
    ""
  );
  const stored = JSON.stringify(
    JSON.stringify({
      body: " Министерство юстиции (МЮ) ",
      periodFrom: "",
      periodTo: "",
      person: "",
      contacts: "",
      lang: "ru",
      sheet: "",
    })
  );
  const attrValue = stored.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  parts["xl/webextensions/webextension1.xml"] =
    `<?xml version="1.0"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="atkaruu.pane" value="${attrValue}"/></we:properties></we:webextension>`;
  const r = readWorkbookLean(zip(parts), { lang: "en" });
  expect(r.ok && r.book.storedBody).toBe("Министерство юстиции (МЮ)");
  // A damaged settings value is ignored, not fatal.
  parts["xl/webextensions/webextension1.xml"] = parts["xl/webextensions/webextension1.xml"].replace(
    /value="&quot;\{/,
    'value="&quot;{{'
  );
  const r2 = readWorkbookLean(zip(parts), { lang: "en" });
  expect(r2.ok && r2.book.storedBody).toBe(null);
});
