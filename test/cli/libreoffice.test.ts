/**
 * What we write opens in a real spreadsheet program: LibreOffice (headless) converts the Annex 2
 * copies (ky / ru / en) and the blank templates, and the Annex 2 figures, the detail table and the
 * Table 1 rows are checked in what it reads. LibreOffice also makes a real legacy .xls and an .ods,
 * which the command must refuse with the right sentence.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  SNAPSHOT_SHEET_NAME,
  analyseWorkbook,
  compressItems,
  coreCatalog,
  roundLevel,
  templateHeader,
  TEMPLATE_COLUMNS,
} from "../../src/core";
import type { CellValue, Lang, SheetGrid, Summary } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import { compoundFileNames } from "../../src/xlsx/sniff";
import { EXAMPLE_FULL_NAME, exampleWorkbook } from "../fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { convert, sheetsAsCsv } from "../support/libreoffice";
import { annex2Schema, errorSchema, runInProcess } from "./helpers";

jest.setTimeout(240_000);

interface Produced {
  readonly file: string;
  readonly lang: Lang;
  readonly summary: Summary;
  readonly sheet: string;
  readonly table1: string;
  readonly measures: readonly string[];
}

let dir: string;
const annexes: Produced[] = [];
const templates: { file: string; lang: Lang }[] = [];
let csv: Map<string, Map<string, string[][]>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-lo-"));
  writeFileSync(join(dir, "plan-ky.xlsx"), await workbookBytes(exampleWorkbook("ky")));
  writeFileSync(join(dir, "plan-ru.xlsx"), await workbookBytes(exampleWorkbook("ru")));
  const runs: [string, Lang, string][] = [
    ["plan-ky.xlsx", "ky", "annexky.xlsx"],
    ["plan-ru.xlsx", "ru", "annexru.xlsx"],
    ["plan-ky.xlsx", "en", "annexen.xlsx"],
  ];
  for (const [input, lang, out] of runs) {
    const r = await runInProcess(
      [
        "annex2",
        input,
        "--body",
        "МЦРИТ",
        "--as-of",
        "2025-06-30",
        "--lang",
        lang,
        "--out",
        out,
        "--json",
      ],
      { cwd: dir }
    );
    expect(r.code).toBe(0);
    const json = annex2Schema.parse(JSON.parse(r.stdout));
    // The measures as our own reader sees the input, to compare with what LibreOffice shows.
    const a = analyseWorkbook(await gridsOf(join(dir, input)), {
      body: "МЦРИТ",
      asOf: "2025-06-30",
      lang,
    });
    if (!a.ok) throw new Error(a.fatal.message);
    annexes.push({
      file: join(dir, out),
      lang,
      summary: json.summary as Summary,
      sheet: json.sheet,
      table1: a.analysis.layout.sheet,
      measures: a.analysis.measures.map((m) => m.measure),
    });
  }
  for (const lang of ["ky", "ru", "en"] as const) {
    const r = await runInProcess(["template", "--lang", lang, "--out", `blank${lang}.xlsx`], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    templates.push({ file: join(dir, `blank${lang}.xlsx`), lang });
  }
  csv = await sheetsAsCsv(
    [...annexes.map((a) => a.file), ...templates.map((t) => t.file)],
    join(dir, "csv")
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function gridsOf(path: string): Promise<SheetGrid[]> {
  const r = await readWorkbookFile(path, "ky");
  if (!r.ok) throw new Error(r.fatal.message);
  return r.book.sheets;
}

const num = (s: string | undefined): number =>
  Number((s ?? "").replace(",", ".").replace(/\s/g, ""));

describe.each([0, 1, 2])("Annex 2 copy %#, as LibreOffice reads it", (i) => {
  test("the sheets are there (Table 1, Annex 2 and the very hidden snapshot)", () => {
    const a = annexes[i];
    expect([...csv.get(a.file)!.keys()].sort()).toEqual(
      [a.table1, a.sheet, SNAPSHOT_SHEET_NAME].sort()
    );
  });

  test("every figure of sections I–IV", () => {
    const a = annexes[i];
    const t = coreCatalog(a.lang).annex2;
    const rows = csv.get(a.file)!.get(a.sheet)!;
    const line = (label: string, nth = 0): string[] => {
      const found = rows.filter((r) => r[0] === label);
      if (!found[nth]) throw new Error(`no line “${label}” #${nth} in ${a.sheet}`);
      return found[nth];
    };
    const s = a.summary;
    // The body's full name, as the workbook's title row writes it, though `--body МЦРИТ` was given.
    expect(rows[2][0]).toBe(EXAMPLE_FULL_NAME[a.file.endsWith("annexru.xlsx") ? "ru" : "ky"]);
    expect(num(line(t.inProgress)[3])).toBe(s.inProgress);
    expect(num(line(t.onTime)[3])).toBe(s.completedOnTime);
    expect(num(line(t.late)[3])).toBe(s.completedLate);
    expect(num(line(t.total)[3])).toBe(s.total);
    expect(num(line(t.totalCompleted)[3])).toBe(s.completed);
    expect(line(t.levelLine)[3].replace(",", ".")).toBe(roundLevel(s.executionLevel)!.toFixed(1));
    (
      [
        ["lead", 0],
        ["co", 1],
      ] as const
    ).forEach(([role, nth]) => {
      const f = s[role];
      for (const year of ["2024", "2025", "2026", "2027", "2028"])
        expect(num(line(t.inYear(year), nth)[3])).toBe(f.byYear[year]);
      for (const [label, list] of [
        [t.fixedLine, f.fixed],
        [t.ongoingLine, f.ongoing],
        [t.stagedLine, f.staged],
      ] as const) {
        const l = line(label, nth);
        expect(num(l[3])).toBe(list.length);
        if (list.length > 0) expect(l[4]).toContain(compressItems(list));
      }
    });
  });

  test("the detail table lists every measure, after its header and numbering row", () => {
    const a = annexes[i];
    const t = coreCatalog(a.lang).annex2;
    const rows = csv.get(a.file)!.get(a.sheet)!;
    const header = rows.findIndex(
      (r) => r[0] === t.detailHeaders[0] && r[2] === t.detailHeaders[2]
    );
    expect(header).toBeGreaterThan(0);
    expect(rows[header + 1].slice(0, 7)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    const detail = rows.slice(header + 2).filter((r) => r.some((c) => c !== ""));
    expect(detail.map((r) => r[2])).toEqual(a.measures);
  });

  test("Table 1 survives: analysed from LibreOffice's view, it gives the same figures", () => {
    const a = annexes[i];
    const rows = csv.get(a.file)!.get(a.table1)!;
    const grid = {
      name: a.table1,
      rows: rows.map((r) => r.map((c): CellValue => (c === "" ? null : c))),
    };
    const r = analyseWorkbook([grid], { body: "МЦРИТ", asOf: "2025-06-30", lang: a.lang });
    if (!r.ok) throw new Error(r.fatal.message);
    const s = r.analysis.summary;
    expect([
      s.total,
      s.completed,
      s.completedOnTime,
      s.completedLate,
      s.lead.total,
      s.co.total,
    ]).toEqual([
      a.summary.total,
      a.summary.completed,
      a.summary.completedOnTime,
      a.summary.completedLate,
      a.summary.lead.total,
      a.summary.co.total,
    ]);
    expect(r.analysis.measures.map((m) => m.measure)).toEqual(a.measures);
  });
});

describe.each([0, 1, 2])("blank template %#, as LibreOffice reads it", (i) => {
  test("headers and numbering row", () => {
    const t = templates[i];
    const sheets = csv.get(t.file)!;
    const name = coreCatalog(t.lang).template.sheetName;
    const rows = sheets.get(name)!;
    expect(rows[2].slice(0, TEMPLATE_COLUMNS.length)).toEqual(
      TEMPLATE_COLUMNS.map((k) => templateHeader(k, t.lang))
    );
    expect(rows[3].slice(0, TEMPLATE_COLUMNS.length)).toEqual(
      TEMPLATE_COLUMNS.map((_, c) => String(c + 1))
    );
  });
});

describe("LibreOffice keeps what makes the sheets usable", () => {
  let ky: ExcelJS.Workbook;
  let annex: ExcelJS.Workbook;
  beforeAll(async () => {
    const out = join(dir, "resaved");
    await convert([templates[0].file, annexes[0].file], "xlsx:Calc MS Excel 2007 XML", out);
    ky = new ExcelJS.Workbook();
    await ky.xlsx.load(readFileSync(join(out, "blankky.xlsx")) as unknown as ExcelJS.Buffer);
    annex = new ExcelJS.Workbook();
    await annex.xlsx.load(readFileSync(join(out, "annexky.xlsx")) as unknown as ExcelJS.Buffer);
  });

  test("the template's drop-down lists of status and role", () => {
    const c = coreCatalog("ky").template;
    const ws = ky.worksheets[0];
    const status = ws.getCell("F5").dataValidation;
    const role = ws.getCell("H5").dataValidation;
    expect(status?.type).toBe("list");
    expect(String(status?.formulae?.[0])).toContain(c.statusChoices[0]);
    expect(status?.errorStyle).toBe("warning");
    expect(role?.type).toBe("list");
    expect(String(role?.formulae?.[0])).toContain(c.roleChoices[1]);
    expect(ws.getCell("F900").dataValidation?.type).toBe("list");
  });

  test("Annex 2 prints A4 landscape, one page wide, with its header rows repeated", () => {
    const ws = annex.getWorksheet("2-тиркеме")!;
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
  });
});

describe("files LibreOffice writes in other formats: .xls refused with the right sentence, .ods read", () => {
  test("a real legacy .xls and an .ods", async () => {
    const out = join(dir, "other");
    await convert([join(dir, "plan-ky.xlsx")], "xls:MS Excel 97", out);
    await convert([join(dir, "plan-ky.xlsx")], "ods", out);
    expect(compoundFileNames(new Uint8Array(readFileSync(join(out, "plan-ky.xls"))))).toContain(
      "Workbook"
    );
    const xls = await runInProcess(["validate", "other/plan-ky.xls", "--json", "--lang", "en"], {
      cwd: dir,
    });
    expect(xls.code).toBe(2);
    expect(errorSchema.parse(JSON.parse(xls.stdout)).error.message).toContain(
      coreCatalog("en").unreadable["legacy-xls"].replace(/\.$/, "")
    );
    // The .ods gives the same issues as the .xlsx it was converted from.
    const ods = await runInProcess(
      ["validate", "other/plan-ky.ods", "--json", "--lang", "en", "--as-of", "2025-06-30"],
      { cwd: dir }
    );
    const xlsx = await runInProcess(
      ["validate", "plan-ky.xlsx", "--json", "--lang", "en", "--as-of", "2025-06-30"],
      { cwd: dir }
    );
    expect(ods.stderr).toBe("");
    expect(JSON.parse(xlsx.stdout).issues.length).toBeGreaterThan(0);
    expect([ods.code, JSON.parse(ods.stdout)]).toEqual([xlsx.code, JSON.parse(xlsx.stdout)]);
  });
});
