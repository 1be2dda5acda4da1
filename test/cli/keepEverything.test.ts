/**
 * The copy keeps everything (SPEC Rule): a Table 1 workbook written by xlsxwriter (Debian's
 * /usr/bin/python3) with a chart, an image, legacy comments, a table, data validation, conditional
 * formats and defined names, plus hand-added threaded comments, their persons part and a custom XML
 * part (which no Python producer writes) — and the same as an .xlsm with a VBA project — goes through
 * `annex2` twice (Kyrgyz, then Russian). Every original part is stored byte for byte in the final
 * copy; LibreOffice converts the copy and shows the Annex 2 figures and Table 1 unchanged; the copy
 * read back gives the same figures. Pivot tables are not in this workbook (no producer here writes one).
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
import { sheetsAsCsv } from "../support/libreoffice";
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
      t = dec.decode(f.data).replace("</Types>", `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>`);
    if (f.name === "xl/_rels/workbook.xml.rels")
      t = dec.decode(f.data).replace("</Relationships>", `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/><Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>`);
    if (f.name === "xl/worksheets/_rels/sheet2.xml.rels")
      t = dec.decode(f.data).replace("</Relationships>", `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`);
    return t === null ? f : { name: f.name, data: enc.encode(t) };
  });
  files.push({ name: "xl/threadedComments/threadedComment1.xml", data: enc.encode(THREADED) }, { name: "xl/persons/person.xml", data: enc.encode(PERSONS) }, { name: "customXml/item1.xml", data: enc.encode(CUSTOM_XML) });
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
    out.set(b.subarray(p + 46, p + 46 + n).toString("utf8"), `${b.readUInt32LE(p + 16)}:${b.subarray(start, start + b.readUInt32LE(p + 20)).toString("base64")}`);
    p += 46 + n + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

const BOOKKEEPING = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"];

async function tableRowsJson(): Promise<string> {
  const read = await readWorkbook(await workbookBytes(exampleWorkbook("ky")), { lang: "ky" });
  if (!read.ok) throw new Error(read.fatal.message);
  const rows = read.book.sheets[0].rows.map((r) => r.map((v) => (v instanceof Date ? { date: v.toISOString() } : v)));
  return JSON.stringify(rows);
}

describe.each([".xlsx", ".xlsm"])("a workbook full of other things (%s) through annex2 twice", (ext) => {
  test("every original part kept byte for byte; LibreOffice shows the figures; the copy reads back the same", async () => {
    const json = join(dir, `rows${ext}.json`);
    writeFileSync(json, await tableRowsJson());
    const produced = join(dir, `produced${ext}`);
    const vba = join(dir, "vbaProject.bin");
    // Any bytes will do for the copy test: the part must come back exactly as it went in.
    writeFileSync(vba, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 7)]));
    const py = spawnSync("/usr/bin/python3", ["-c", PRODUCER, json, produced, ext === ".xlsm" ? vba : "-"], { encoding: "utf8" });
    if (py.status !== 0) throw new Error(py.stderr);
    const input = join(dir, `plan${ext}`);
    const inputBytes = withHandParts(new Uint8Array(readFileSync(produced)));
    writeFileSync(input, inputBytes);
    const names = readZip(inputBytes).map((f) => f.name);
    for (const kind of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png", "xl/comments1.xml", "xl/tables/table1.xml", "xl/threadedComments/threadedComment1.xml", "customXml/item1.xml"]) expect(names).toContain(kind);
    if (ext === ".xlsm") expect(names).toContain("xl/vbaProject.bin");

    const opts = { cwd: dir, commands: COMMANDS, today: EXAMPLE_AS_OF };
    const before = validateSchema.parse(JSON.parse((await runInProcess(["validate", `plan${ext}`, "--json", "--lang", "en"], opts)).stdout));
    const first = await runInProcess(["annex2", `plan${ext}`, "--body", "МЦРИТ", "--lang", "ky", "--out", `once${ext}`, "--json"], opts);
    expect([first.code, first.stderr]).toEqual([0, ""]);
    // The default name keeps the extension: a macro workbook stays .xlsm.
    expect(JSON.parse(first.stdout).output).toBe(join(dir, `once${ext}`));
    const second = await runInProcess(["annex2", `once${ext}`, "--lang", "ru", "--json"], opts);
    expect(JSON.parse(second.stdout).output).toBe(join(dir, `once-annex2${ext}`));
    rmSync(join(dir, `twice${ext}`), { force: true });
    writeFileSync(join(dir, `twice${ext}`), readFileSync(join(dir, `once-annex2${ext}`)));
    expect([second.code, second.stderr]).toEqual([0, ""]);
    const summary = JSON.parse(second.stdout).summary;
    expect(summary).toEqual(JSON.parse(first.stdout).summary);

    const copy = new Uint8Array(readFileSync(join(dir, `twice${ext}`)));
    const a = stored(inputBytes);
    const b = stored(copy);
    const dec = new TextDecoder();
    const parts = new Map(readZip(inputBytes).map((f) => [f.name, dec.decode(f.data)]));
    const after = new Map(readZip(copy).map((f) => [f.name, dec.decode(f.data)]));
    let kept = 0;
    for (const [name, data] of a) {
      if (BOOKKEEPING.includes(name)) continue;
      if (b.get(name) === data) kept++;
      // The one sheet that was selected loses only its tabSelected (else Excel opens with two tabs grouped).
      else expect([name, after.get(name)]).toEqual([name, unselectSheet(parts.get(name)!)]);
    }
    expect(kept).toBeGreaterThanOrEqual(a.size - BOOKKEEPING.length - 1);
    expect(kept).toBeGreaterThan(12);
    // One Annex 2 (the Russian one), and the macros are still declared as such.
    const wbXml = after.get("xl/workbook.xml")!;
    expect(wbXml).toContain('name="Приложение 2"');
    expect(wbXml).not.toContain('name="2-тиркеме"');
    if (ext === ".xlsm") expect(after.get("[Content_Types].xml")).toContain("sheet.macroEnabled.main+xml");

    // Read back: the same figures and issues.
    const back = validateSchema.parse(JSON.parse((await runInProcess(["validate", `twice${ext}`, "--json", "--lang", "en"], opts)).stdout));
    expect(back).toEqual(before);

    // LibreOffice converts the copy: Annex 2 shows the figures, Table 1 is as it was.
    const csv = await sheetsAsCsv([input, join(dir, `twice${ext}`)], join(dir, `csv${ext}`));
    const annex = csv.get(join(dir, `twice${ext}`))!.get("Приложение 2")!;
    const flat = annex.flat();
    expect(flat).toContain("МЦРИТ");
    expect(flat).toEqual(expect.arrayContaining([String(summary.total), String(summary.completed), String(summary.inProgress)]));
    expect(csv.get(join(dir, `twice${ext}`))!.get("1-таблица")).toEqual(csv.get(input)!.get("1-таблица"));
    expect(csv.get(join(dir, `twice${ext}`))!.get("Маалымат")).toEqual(csv.get(input)!.get("Маалымат"));
  });
});
