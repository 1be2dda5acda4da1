/**
 * The producer matrix (SPEC "Reading every workbook"): the same Table 1 written by ExcelJS, SheetJS
 * (with and without shared strings, with and without `cellDates`), openpyxl and xlsxwriter (Debian's
 * /usr/bin/python3), LibreOffice (re-saved, as .ods, from a .csv) and by hand in the forms OOXML
 * allows (no `r` references, `x:` prefixes, the strict namespace, a workbook at an unusual path with
 * absolute and letter-case-different targets, `extLst` inside cells, stray elements in inline
 * strings) gives the same figures and issues on `validate`, `annex2` and `consolidate`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "xlsx";
import type { CellValue } from "../../src/core";
import { consolidateCommand } from "../../src/cli/commands/consolidate";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import { EXAMPLE_AS_OF, EXAMPLE_BODY, exampleWorkbook } from "../fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { writeZip, zipText } from "../fixtures/xlsx/zip";
import { convert } from "../support/libreoffice";
import { COMMANDS, runInProcess } from "./helpers";

jest.setTimeout(300_000);

const SHEET = "1-таблица";
let dir: string;
let rows: CellValue[][];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-producers-"));
  const read = await readWorkbook(await workbookBytes(exampleWorkbook("ky")), { lang: "ky" });
  if (!read.ok) throw new Error(read.fatal.message);
  rows = read.book.sheets[0].rows.map((r) => [...r]);
  writeFileSync(join(dir, "exceljs.xlsx"), await workbookBytes(exampleWorkbook("ky")));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const colName = (c: number): string =>
  (c >= 26 ? colName(Math.floor(c / 26) - 1) : "") + String.fromCharCode(65 + (c % 26));
const serial = (d: Date): number => d.getTime() / 86_400_000 + 25569;

interface HandForm {
  readonly refs: boolean;
  readonly prefix: string;
  readonly strict: boolean;
  readonly extLst: boolean;
  readonly stray: boolean;
  /** Where the workbook part lives, and whether targets are absolute and in other letter case. */
  readonly odd: boolean;
}

/** Table 1 as hand-written SpreadsheetML in one of the forms OOXML allows. */
function handWritten(f: HandForm): Uint8Array {
  const p = f.prefix;
  const main = f.strict
    ? "http://purl.oclc.org/ooxml/spreadsheetml/main"
    : "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = f.strict
    ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
    : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const ns = `xmlns${p ? ":" + p.slice(0, -1) : ""}="${main}" xmlns:r="${rel}"`;
  const body = rows
    .map((r, i) => {
      const cells = r.map((v, c) => {
        const ref = f.refs ? ` r="${colName(c)}${i + 1}"` : "";
        const ext = f.extLst
          ? `<${p}extLst><${p}ext uri="{00000000-0000-0000-0000-000000000000}"><x14:foo xmlns:x14="urn:x"/></${p}ext></${p}extLst>`
          : "";
        if (v === null) return `<${p}c${ref}/>`;
        if (v instanceof Date)
          return f.strict
            ? `<${p}c${ref} t="d"><${p}v>${v.toISOString().slice(0, 10)}</${p}v>${ext}</${p}c>`
            : `<${p}c${ref} s="1"><${p}v>${serial(v)}</${p}v>${ext}</${p}c>`;
        if (typeof v === "number") return `<${p}c${ref}><${p}v>${v}</${p}v>${ext}</${p}c>`;
        const stray = f.stray
          ? `<${p}rPh sb="0" eb="1"><${p}t>ignored</${p}t></${p}rPh><${p}phoneticPr fontId="0"/>`
          : "";
        return `<${p}c${ref} t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(String(v))}</${p}t>${stray}</${p}is>${ext}</${p}c>`;
      });
      return `<${p}row${f.refs ? ` r="${i + 1}"` : ""}>${cells.join("")}</${p}row>`;
    })
    .join("");
  const styles = `<?xml version="1.0"?><${p}styleSheet ${ns}><${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="DD.MM.YYYY"/></${p}numFmts><${p}cellXfs count="2"><${p}xf numFmtId="0"/><${p}xf numFmtId="164" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`;
  const wbPart = f.odd ? "data/Book.xml" : "xl/workbook.xml";
  const sheetPart = f.odd ? "data/sheets/Table.xml" : "xl/worksheets/sheet1.xml";
  const stylesPart = f.odd ? "data/Styles.xml" : "xl/styles.xml";
  const target = (part: string): string =>
    f.odd ? "/" + part.toUpperCase() : part.replace(/^xl\//, "");
  const relNs = "http://schemas.openxmlformats.org/package/2006/relationships";
  const files = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${wbPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${sheetPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/${stylesPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="${relNs}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="${f.odd ? "/" + wbPart : wbPart}"/></Relationships>`,
    },
    {
      name: wbPart,
      data: `<?xml version="1.0"?><${p}workbook ${ns}><${p}sheets><${p}sheet name="${SHEET}" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    },
    {
      name: wbPart.replace(/([^/]+)$/, "_rels/$1.rels"),
      data: `<?xml version="1.0"?><Relationships xmlns="${relNs}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="${target(sheetPart)}"/><Relationship Id="rId2" Type="${rel}/styles" Target="${target(stylesPart)}"/></Relationships>`,
    },
    { name: stylesPart, data: styles },
    {
      name: sheetPart,
      data: `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`,
    },
  ];
  return writeZip(files.map((x) => ({ name: x.name, data: new TextEncoder().encode(x.data) })));
}

const PY_OPENPYXL = String.raw`
import json, sys, datetime, openpyxl
rows, out = json.load(open(sys.argv[1])), sys.argv[2]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "1-таблица"
for r, row in enumerate(rows):
    for c, v in enumerate(row or []):
        if v is None: continue
        cell = ws.cell(row=r + 1, column=c + 1)
        if isinstance(v, dict): cell.value = datetime.datetime.fromisoformat(v["date"][:10]); cell.number_format = "DD.MM.YYYY"
        else: cell.value = v
wb.save(out)
`;
const PY_XLSXWRITER = String.raw`
import json, sys, datetime, xlsxwriter
rows, out = json.load(open(sys.argv[1])), sys.argv[2]
wb = xlsxwriter.Workbook(out); date = wb.add_format({"num_format": "dd.mm.yyyy"}); ws = wb.add_worksheet("1-таблица")
for r, row in enumerate(rows):
    for c, v in enumerate(row or []):
        if v is None: continue
        if isinstance(v, dict): ws.write_datetime(r, c, datetime.datetime.fromisoformat(v["date"][:10]), date)
        else: ws.write(r, c, v)
wb.close()
`;

function python(script: string, out: string): void {
  const json = join(dir, "rows.json");
  writeFileSync(
    json,
    JSON.stringify(
      rows.map((r) => r.map((v) => (v instanceof Date ? { date: v.toISOString() } : v)))
    )
  );
  const r = spawnSync("/usr/bin/python3", ["-c", script, json, out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
}

function sheetjs(out: string, opts: { sst: boolean; cellDates: boolean }): void {
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: opts.cellDates });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, SHEET);
  writeFileSync(
    out,
    XLSX.write(wb, {
      type: "buffer",
      bookType: "xlsx",
      bookSST: opts.sst,
      cellDates: opts.cellDates,
    })
  );
}

/** What each command says about a file, with what may differ between producers (sheet names, file names) left out. */
async function verdict(file: string): Promise<unknown> {
  const opts = { cwd: dir, commands: [...COMMANDS, consolidateCommand], today: EXAMPLE_AS_OF };
  const v = await runInProcess(
    ["validate", file, "--json", "--lang", "en", "--body", EXAMPLE_BODY],
    opts
  );
  const a = await runInProcess(
    [
      "annex2",
      file,
      "--json",
      "--lang",
      "en",
      "--body",
      EXAMPLE_BODY,
      "--out",
      `${file}-copy.xlsx`,
    ],
    opts
  );
  const only = join(dir, `only-${file}`);
  mkdirSync(only, { recursive: true });
  copyFileSync(join(dir, file), join(only, file));
  const c = await runInProcess(
    ["consolidate", `only-${file}`, "--json", "--lang", "en", "--out", `${file}-cons.xlsx`],
    opts
  );
  const parsed = JSON.parse(v.stdout) as { issues?: { sheet: string }[]; error?: unknown };
  if (parsed.issues === undefined) return { file, validate: [v.code, v.stderr] };
  const issues = parsed.issues.map(({ sheet: _sheet, ...rest }) => rest);
  const body = JSON.parse(c.stdout).bodies[0] as Record<string, unknown>;
  return {
    validate: [v.code, v.stderr, issues],
    annex2: [a.code, a.code === 0 ? JSON.parse(a.stdout).summary : a.stderr],
    consolidate: [
      c.code,
      body.total,
      body.completed,
      body.completedOnTime,
      body.completedLate,
      body.executionLevel,
    ],
  };
}

test("every producer's Table 1 gives the same figures and issues on validate, annex2 and consolidate", async () => {
  const files: string[] = ["exceljs.xlsx"];
  for (const [sst, cellDates] of [
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    const f = `sheetjs-${sst ? "sst" : "inline"}-${cellDates ? "dates" : "serials"}.xlsx`;
    sheetjs(join(dir, f), { sst, cellDates });
    files.push(f);
  }
  // SheetJS with cellDates really writes ISO date cells (t="d"): the case that once read as 1905.
  expect(
    zipText(readFileSync(join(dir, "sheetjs-inline-dates.xlsx")), "xl/worksheets/sheet1.xml")
  ).toMatch(/<c r="[A-Z]+\d+"( s="\d+")? t="d"><v>20\d\d-\d\d-\d\dT/);
  expect(
    zipText(readFileSync(join(dir, "sheetjs-sst-serials.xlsx")), "xl/sharedStrings.xml")
  ).toContain("Милдет");
  python(PY_OPENPYXL, join(dir, "openpyxl.xlsx"));
  python(PY_XLSXWRITER, join(dir, "xlsxwriter.xlsx"));
  files.push("openpyxl.xlsx", "xlsxwriter.xlsx");
  const forms: [string, HandForm][] = [
    [
      "hand-no-refs",
      { refs: false, prefix: "", strict: false, extLst: false, stray: false, odd: false },
    ],
    [
      "hand-prefixed",
      { refs: true, prefix: "x:", strict: false, extLst: false, stray: false, odd: false },
    ],
    [
      "hand-strict",
      { refs: true, prefix: "", strict: true, extLst: false, stray: false, odd: false },
    ],
    [
      "hand-odd-paths",
      { refs: true, prefix: "", strict: false, extLst: false, stray: false, odd: true },
    ],
    [
      "hand-extlst",
      { refs: true, prefix: "", strict: false, extLst: true, stray: true, odd: false },
    ],
  ];
  for (const [name, form] of forms) {
    writeFileSync(join(dir, `${name}.xlsx`), handWritten(form));
    files.push(`${name}.xlsx`);
  }
  // LibreOffice: the ExcelJS file re-saved, the same as .ods, and a .csv of the rows opened and saved as .xlsx.
  const lo = join(dir, "lo");
  await convert([join(dir, "exceljs.xlsx")], "xlsx:Calc MS Excel 2007 XML", lo);
  await convert([join(dir, "exceljs.xlsx")], "ods", lo);
  const csvRows = rows.map((r) =>
    r
      .map((v) =>
        v === null
          ? ""
          : v instanceof Date
            ? v.toISOString().slice(0, 10)
            : `"${String(v).replace(/"/g, '""')}"`
      )
      .join(",")
  );
  writeFileSync(join(dir, "from-csv.csv"), csvRows.join("\n") + "\n");
  // The CSV import told its separator, quote and encoding (44 = comma, 34 = double quote, 76 = UTF-8).
  await convert(
    [join(dir, "from-csv.csv")],
    "xlsx:Calc MS Excel 2007 XML",
    lo,
    180_000,
    "CSV:44,34,76,1"
  );
  copyFileSync(join(lo, "exceljs.xlsx"), join(dir, "libreoffice-resaved.xlsx"));
  copyFileSync(join(lo, "exceljs.ods"), join(dir, "libreoffice.ods"));
  copyFileSync(join(lo, "from-csv.xlsx"), join(dir, "libreoffice-from-csv.xlsx"));
  files.push("libreoffice-resaved.xlsx", "libreoffice.ods", "libreoffice-from-csv.xlsx");

  const reference = await verdict("exceljs.xlsx");
  const ref = reference as {
    validate: [number, string, unknown[]];
    annex2: [number, { total: number; completed: number }];
  };
  // Not vacuous: the reference has its measures, completions and issues.
  expect(ref.annex2[0]).toBe(0);
  expect(ref.annex2[1].total).toBe(41);
  expect(ref.annex2[1].completed).toBeGreaterThan(0);
  expect(ref.validate[2].length).toBeGreaterThan(3);
  for (const f of files.slice(1)) {
    const got = await verdict(f);
    // An .ods is read, but its copy is not written (it would have to be .xlsx): its annex2 says so.
    if (f.endsWith(".ods")) {
      const g = got as typeof ref & { consolidate: unknown };
      expect([f, g.validate, g.consolidate]).toEqual([
        f,
        ref.validate,
        (reference as { consolidate: unknown }).consolidate,
      ]);
      expect([f, g.annex2[0]]).toEqual([f, 2]);
      continue;
    }
    expect([f, got]).toEqual([f, reference]);
  }
});
