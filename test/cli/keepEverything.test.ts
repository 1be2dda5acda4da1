/**
 * The copy keeps everything (SPEC Rule): a Table 1 workbook written by xlsxwriter (Debian's
 * /usr/bin/python3) with a chart, an image, legacy comments, a table, data validation, conditional
 * formats and defined names, plus hand-added threaded comments, their persons part and a custom XML
 * part (which no Python producer writes) — and the same as an .xlsm with a VBA project — goes through
 * `annex2` twice (Kyrgyz, then Russian). Every original part is stored byte for byte in the final
 * copy; LibreOffice converts the copy and shows the Annex 2 figures and Table 1 unchanged; the copy
 * read back gives the same figures. The pivot table comes from LibreOffice (none of the Python
 * producers writes one): a flat ODS with Table 1, a data sheet and a DataPilot table, saved as .xlsx
 * by LibreOffice (pivotTables/, pivotCache/, `<pivotCaches>` in workbook.xml), goes through the same
 * steps, and LibreOffice still finds the pivot table, with its figures, in the copy.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import { unselectSheet } from "../../src/xlsx/write/patchPackage";
import { EXAMPLE_AS_OF, exampleWorkbook } from "../fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { readZip, writeZip } from "../fixtures/xlsx/zip";
import { convert, sheetsAsCsv } from "../support/libreoffice";
import { COMMANDS, runInProcess, validateSchema } from "./helpers";

jest.setTimeout(240_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-keep-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PRODUCER = String.raw`
import json, sys, struct, zlib, datetime, xlsxwriter
rows, out, vba = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
wb = xlsxwriter.Workbook(out)
if vba != "-":
    wb.add_vba_project(vba)
date = wb.add_format({"num_format": "dd.mm.yyyy"})
ws = wb.add_worksheet("1-таблица")
for r, row in enumerate(rows):
    for c, v in enumerate(row or []):
        if v is None: continue
        if isinstance(v, dict): ws.write_datetime(r, c, datetime.datetime.fromisoformat(v["date"][:10]), date)
        else: ws.write(r, c, v)
ws.write_comment("A1", "Эскертүү: план 444-р")
ws.data_validation("H5:H60", {"validate": "list", "source": ["Ооба", "Жок"]})
ws.conditional_format("A5:A60", {"type": "cell", "criteria": ">", "value": 10, "format": wb.add_format({"bg_color": "#FFC7CE"})})
data = wb.add_worksheet("Маалымат")
data.add_table("A1:B4", {"data": [["МЦРИТ", 14], ["ЭКМ", 3], ["МФ", 5]], "columns": [{"header": "Орган"}, {"header": "Аткарылды"}]})
chart = wb.add_chart({"type": "column"})
chart.add_series({"categories": "='Маалымат'!$A$2:$A$4", "values": "='Маалымат'!$B$2:$B$4", "name": "Аткарылды"})
data.insert_chart("D2", chart)
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\x00\xff" * 2)) + chunk(b"IEND", b"")
open(out + ".png", "wb").write(png)
data.insert_image("D20", out + ".png")
wb.define_name("Органдар", "='Маалымат'!$A$2:$A$4")
wb.close()
`;

const THREADED = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" dT="2025-06-30T10:00:00.00" personId="{A1B2C3D4-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000001}"><text>Текшерүү керек</text></threadedComment></ThreadedComments>`;
const PERSONS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="А. Асанов" id="{A1B2C3D4-0000-0000-0000-000000000001}" userId="a.asanov" providerId="None"/></personList>`;
const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<atkaruu xmlns="urn:example:custom">Колдонуучунун маалыматы</atkaruu>`;

/** Add the parts no Python producer writes: threaded comments on the data sheet, their persons, a custom XML part. */
function withHandParts(bytes: Uint8Array): Uint8Array {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const files = readZip(bytes).map((f) => {
    let t: string | null = null;
    if (f.name === "[Content_Types].xml")
      t = dec
        .decode(f.data)
        .replace(
          "</Types>",
          `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>`
        );
    if (f.name === "xl/_rels/workbook.xml.rels")
      t = dec
        .decode(f.data)
        .replace(
          "</Relationships>",
          `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/><Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>`
        );
    if (f.name === "xl/worksheets/_rels/sheet2.xml.rels")
      t = dec
        .decode(f.data)
        .replace(
          "</Relationships>",
          `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`
        );
    return t === null ? f : { name: f.name, data: enc.encode(t) };
  });
  files.push(
    { name: "xl/threadedComments/threadedComment1.xml", data: enc.encode(THREADED) },
    { name: "xl/persons/person.xml", data: enc.encode(PERSONS) },
    { name: "customXml/item1.xml", data: enc.encode(CUSTOM_XML) }
  );
  return writeZip(files);
}

/** Every entry's stored bytes (CRC and compressed data), by name. */
function stored(bytes: Uint8Array): Map<string, string> {
  const b = Buffer.from(bytes);
  const out = new Map<string, string>();
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = b.readUInt32LE(eocd + 16);
  for (let i = 0; i < b.readUInt16LE(eocd + 10); i++) {
    const n = b.readUInt16LE(p + 28);
    const local = b.readUInt32LE(p + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    out.set(
      b.subarray(p + 46, p + 46 + n).toString("utf8"),
      `${b.readUInt32LE(p + 16)}:${b.subarray(start, start + b.readUInt32LE(p + 20)).toString("base64")}`
    );
    p += 46 + n + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

/** A part's text from a list of ZIP entries. */
function zipTextOf(parts: readonly { name: string; data: Uint8Array }[], name: string): string {
  const part = parts.find((f) => f.name === name);
  if (part === undefined) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(part.data);
}

const BOOKKEEPING = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "docProps/app.xml",
];

async function tableRowsJson(): Promise<string> {
  const read = await readWorkbook(await workbookBytes(exampleWorkbook("ky")), { lang: "ky" });
  if (!read.ok) throw new Error(read.fatal.message);
  const rows = read.book.sheets[0].rows.map((r) =>
    r.map((v) => (v instanceof Date ? { date: v.toISOString() } : v))
  );
  return JSON.stringify(rows);
}

/** Cells of Table 1 rows as flat-ODS XML (text, numbers, ISO dates). */
function fodsRow(row: readonly unknown[] | null): string {
  const esc = (t: string): string =>
    t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const cells = (row ?? []).map((v) => {
    if (v === null || v === undefined) return "<table:table-cell/>";
    if (typeof v === "number")
      return `<table:table-cell office:value-type="float" office:value="${v}"/>`;
    if (typeof v === "object" && "date" in v)
      return `<table:table-cell office:value-type="date" office:date-value="${String((v as { date: string }).date).slice(0, 10)}"/>`;
    return `<table:table-cell office:value-type="string">${String(v)
      .split("\n")
      .map((line) => `<text:p>${esc(line)}</text:p>`)
      .join("")}</table:table-cell>`;
  });
  return `<table:table-row>${cells.join("") || "<table:table-cell/>"}</table:table-row>`;
}

/** Table 1, a data sheet and a DataPilot (pivot) table over it, as LibreOffice's flat ODS. */
function pivotFods(rows: readonly (readonly unknown[] | null)[]): string {
  const data = [
    ["Орган", "Аткарылды"],
    ["МЦРИТ", 14],
    ["ЭКМ", 3],
    ["МЦРИТ", 5],
    ["МФ", 2],
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="1-таблица">${rows.map(fodsRow).join("")}</table:table>
<table:table table:name="Маалымат">${data.map(fodsRow).join("")}</table:table>
<table:table table:name="Жыйынтык"><table:table-row><table:table-cell/></table:table-row></table:table>
<table:data-pilot-tables><table:data-pilot-table table:name="Органдар боюнча" table:target-range-address="Жыйынтык.A1:Жыйынтык.B6">
<table:source-cell-range table:cell-range-address="Маалымат.A1:Маалымат.B5"/>
<table:data-pilot-field table:source-field-name="Орган" table:orientation="row"/>
<table:data-pilot-field table:source-field-name="Аткарылды" table:orientation="data" table:function="sum"/>
</table:data-pilot-table></table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>
`;
}

/**
 * `annex2` twice (Kyrgyz, then Russian) on `input`: every original part stored as it was, one Annex 2,
 * the same figures read back, and in LibreOffice the figures on Annex 2 and the other sheets unchanged.
 * Returns the final copy's path.
 */
async function throughAnnex2Twice(
  ext: string,
  input: string,
  otherSheets: readonly string[]
): Promise<string> {
  const name = input.slice(dir.length + 1);
  const stem = name.slice(0, -ext.length);
  const inputBytes = new Uint8Array(readFileSync(input));
  const opts = { cwd: dir, commands: COMMANDS, today: EXAMPLE_AS_OF };
  const before = validateSchema.parse(
    JSON.parse((await runInProcess(["validate", name, "--json", "--lang", "en"], opts)).stdout)
  );
  const first = await runInProcess(
    ["annex2", name, "--body", "МЦРИТ", "--lang", "ky", "--out", `${stem}-once${ext}`, "--json"],
    opts
  );
  expect([first.code, first.stderr]).toEqual([0, ""]);
  // The default name keeps the extension: a macro workbook stays .xlsm.
  expect(JSON.parse(first.stdout).output).toBe(join(dir, `${stem}-once${ext}`));
  const second = await runInProcess(
    ["annex2", `${stem}-once${ext}`, "--lang", "ru", "--json"],
    opts
  );
  expect(JSON.parse(second.stdout).output).toBe(join(dir, `${stem}-once-annex2${ext}`));
  const twice = join(dir, `${stem}-twice${ext}`);
  rmSync(twice, { force: true });
  writeFileSync(twice, readFileSync(join(dir, `${stem}-once-annex2${ext}`)));
  expect([second.code, second.stderr]).toEqual([0, ""]);
  const summary = JSON.parse(second.stdout).summary;
  expect(summary).toEqual(JSON.parse(first.stdout).summary);

  const copy = new Uint8Array(readFileSync(twice));
  const a = stored(inputBytes);
  const b = stored(copy);
  const dec = new TextDecoder();
  const parts = new Map(readZip(inputBytes).map((f) => [f.name, dec.decode(f.data)]));
  const after = new Map(readZip(copy).map((f) => [f.name, dec.decode(f.data)]));
  let kept = 0;
  for (const [part, data] of a) {
    if (BOOKKEEPING.includes(part)) continue;
    if (b.get(part) === data) kept++;
    // The one sheet that was selected loses only its tabSelected (else Excel opens with two tabs grouped).
    else expect([part, after.get(part)]).toEqual([part, unselectSheet(parts.get(part)!)]);
  }
  expect(kept).toBeGreaterThanOrEqual(a.size - BOOKKEEPING.length - 1);
  // One Annex 2 (the Russian one), and the macros are still declared as such.
  const wbXml = after.get("xl/workbook.xml")!;
  expect(wbXml).toContain('name="Приложение 2"');
  expect(wbXml).not.toContain('name="2-тиркеме"');
  if (ext === ".xlsm")
    expect(after.get("[Content_Types].xml")).toContain("sheet.macroEnabled.main+xml");

  // Read back: the same figures and issues.
  const back = validateSchema.parse(
    JSON.parse(
      (await runInProcess(["validate", `${stem}-twice${ext}`, "--json", "--lang", "en"], opts))
        .stdout
    )
  );
  expect(back).toEqual(before);

  // LibreOffice converts the copy: Annex 2 shows the figures, the other sheets are as they were.
  const csv = await sheetsAsCsv([input, twice], join(dir, `csv-${stem}`));
  const annex = csv.get(twice)!.get("Приложение 2")!;
  const flat = annex.flat();
  expect(flat).toContain("МЦРИТ");
  expect(flat).toEqual(
    expect.arrayContaining([
      String(summary.total),
      String(summary.completed),
      String(summary.inProgress),
    ])
  );
  for (const sheet of ["1-таблица", ...otherSheets])
    expect([sheet, csv.get(twice)!.get(sheet)]).toEqual([sheet, csv.get(input)!.get(sheet)]);
  return twice;
}

describe.each([".xlsx", ".xlsm"])(
  "a workbook full of other things (%s) through annex2 twice",
  (ext) => {
    test("every original part kept byte for byte; LibreOffice shows the figures; the copy reads back the same", async () => {
      const json = join(dir, `rows${ext}.json`);
      writeFileSync(json, await tableRowsJson());
      const produced = join(dir, `produced${ext}`);
      const vba = join(dir, "vbaProject.bin");
      // Any bytes will do for the copy test: the part must come back exactly as it went in.
      writeFileSync(
        vba,
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504, 7),
        ])
      );
      const py = spawnSync(
        "/usr/bin/python3",
        ["-c", PRODUCER, json, produced, ext === ".xlsm" ? vba : "-"],
        { encoding: "utf8" }
      );
      if (py.status !== 0) throw new Error(py.stderr);
      const input = join(dir, `plan${ext}`);
      const inputBytes = withHandParts(new Uint8Array(readFileSync(produced)));
      writeFileSync(input, inputBytes);
      const names = readZip(inputBytes).map((f) => f.name);
      for (const kind of [
        "xl/charts/chart1.xml",
        "xl/drawings/drawing1.xml",
        "xl/media/image1.png",
        "xl/comments1.xml",
        "xl/tables/table1.xml",
        "xl/threadedComments/threadedComment1.xml",
        "customXml/item1.xml",
      ])
        expect(names).toContain(kind);
      if (ext === ".xlsm") expect(names).toContain("xl/vbaProject.bin");
      expect(readZip(inputBytes).length).toBeGreaterThan(15);
      await throughAnnex2Twice(ext, input, ["Маалымат"]);
    });
  }
);

describe("a LibreOffice workbook with a pivot table through annex2 twice", () => {
  test("the pivot table's parts are kept byte for byte, workbook.xml keeps its pivot cache, LibreOffice still finds the pivot table", async () => {
    const rows = JSON.parse(await tableRowsJson()) as (unknown[] | null)[];
    const fods = join(dir, "pivot-source.fods");
    writeFileSync(fods, pivotFods(rows));
    const lo = join(dir, "pivot-lo");
    await convert([fods], "xlsx", lo);
    const input = join(dir, "pivot.xlsx");
    writeFileSync(input, readFileSync(join(lo, "pivot-source.xlsx")));
    const inputParts = readZip(new Uint8Array(readFileSync(input)));
    const names = inputParts.map((f) => f.name);
    for (const kind of [
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
    ])
      expect(names).toContain(kind);
    const cacheEntry = /<pivotCache [^>]*\/>/.exec(zipTextOf(inputParts, "xl/workbook.xml"))?.[0];
    expect(cacheEntry).toBeDefined();

    const twice = await throughAnnex2Twice(".xlsx", input, ["Маалымат", "Жыйынтык"]);
    // The workbook still names its pivot cache (by the same relationship, which still points at the cache).
    const copyParts = readZip(new Uint8Array(readFileSync(twice)));
    expect(zipTextOf(copyParts, "xl/workbook.xml")).toContain(cacheEntry!);
    const rid = /r:id="([^"]+)"/.exec(cacheEntry!)![1];
    expect(zipTextOf(copyParts, "xl/_rels/workbook.xml.rels")).toMatch(
      new RegExp(
        `Id="${rid}"[^>]*Target="[^"]*pivotCacheDefinition1\\.xml"|Target="[^"]*pivotCacheDefinition1\\.xml"[^>]*Id="${rid}"`
      )
    );
    // LibreOffice reads the copy's pivot table back: saved as flat ODS, the DataPilot is there with its source and fields.
    await convert([twice], "fods", join(dir, "pivot-back"));
    const back = readFileSync(join(dir, "pivot-back", "pivot-twice.fods"), "utf8");
    expect(back).toMatch(/<table:data-pilot-table [^>]*table:name="Органдар боюнча"/);
    expect(back).toContain('table:cell-range-address="Маалымат.A1:Маалымат.B5"');
    expect(back).toMatch(/table:source-field-name="Орган"[^>]*table:orientation="row"/);
  });
});
