/**
 * The printed act, the summary report and the composition summary open in LibreOffice: each sheet of
 * the copies `atkaruu group` writes is read back cell by cell against the core's model, and each
 * printed alone to PDF is on A4 portrait pages (pdfinfo) with its title on them (pdftotext). The
 * blank group workbook (`template --kind group`, ExcelJS as the page's download) saved by LibreOffice
 * as flat ODS holds its holidays as date cells shown dd.mm.yyyy.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { groupCommand } from "../../src/cli/commands/group";
import {
  buildActSheet,
  buildComposition,
  buildGroupReport,
  checkGroup,
  formatDmy,
  groupCatalog,
  parseReportPeriod,
  SHIPPED_DAYS,
  summariseGroupPeriod,
} from "../../src/core";
import type { GroupCheck, Lang, SheetModel } from "../../src/core";
import { workbookFromModels, workbookToBuffer } from "../../src/xlsx/workbook";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import { EXAMPLE_AS_OF, groupExampleWorkbook } from "../fixtures/xlsx/groupExample";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { convert, sheetsAsCsv } from "../support/libreoffice";
import { COMMANDS, runInProcess } from "./helpers";

jest.setTimeout(300_000);

let dir: string;
let check: GroupCheck;
const outputs: { file: string; model: SheetModel; lang: Lang; title: string }[] = [];
let csv: Map<string, Map<string, string[][]>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-group-lo-"));
  writeFileSync(join(dir, "group.xlsx"), await workbookBytes(groupExampleWorkbook()));
  const read = await readWorkbookFile(join(dir, "group.xlsx"), "ky");
  if (!read.ok) throw new Error(read.fatal.message);
  for (const lang of ["ky", "ru", "en"] as const) {
    const c = checkGroup(read.book.sheets, { asOf: EXAMPLE_AS_OF, lang });
    if (!c.ok) throw new Error(c.fatal.message);
    check = c.check;
    const period = parseReportPeriod("2025-H1")!;
    const models: [string, SheetModel, string[]][] = [
      ["act", buildActSheet(c.check, c.check.acts[1], lang), ["act", "--act", "2"]],
      [
        "report",
        buildGroupReport(c.check, summariseGroupPeriod(c.check, period), lang, null),
        ["report", "--period", "2025-H1"],
      ],
      ["composition", buildComposition(c.check, lang), ["composition"]],
    ];
    for (const [kind, model, argv] of models) {
      const file = join(dir, `${kind}-${lang}.xlsx`);
      const r = await runInProcess(
        ["group", argv[0], "group.xlsx", ...argv.slice(1), "--lang", lang, "--out", file],
        { cwd: dir, commands: [...COMMANDS, groupCommand], today: EXAMPLE_AS_OF }
      );
      expect(r.code).toBe(0);
      // The same sheet alone, to print.
      writeFileSync(
        join(dir, `print-${kind}-${lang}.xlsx`),
        await workbookToBuffer(workbookFromModels([model]))
      );
      outputs.push({
        file,
        model,
        lang,
        title: String(model.cells.find((x) => x.row === 0 && x.col === 0)!.value),
      });
    }
  }
  csv = await sheetsAsCsv(
    outputs.map((o) => o.file),
    join(dir, "csv")
  );
  await convert(
    outputs.map((o) => join(dir, `print-${o.file.slice(dir.length + 1)}`)),
    "pdf",
    join(dir, "pdf")
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("every cell LibreOffice reads is the model's", () => {
  expect(outputs).toHaveLength(9);
  for (const o of outputs) {
    const sheet = csv.get(o.file)?.get(o.model.name);
    expect(sheet).toBeDefined();
    let compared = 0;
    for (const cell of o.model.cells) {
      if (cell.value === null || cell.value === "") continue;
      const seen = sheet![cell.row]?.[cell.col] ?? "";
      if (typeof cell.value === "number")
        expect(Number(seen.replace(",", "."))).toBeCloseTo(cell.value, 1);
      else expect(seen).toBe(cell.value);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  }
});

test("the act holds the parts of §8.1 and the answer limits", () => {
  const act = outputs.find((o) => o.lang === "en" && o.model.name === "Act No. 2")!;
  const rows = csv.get(act.file)!.get(act.model.name)!;
  const labels = rows.map((r) => r[0]);
  expect(labels).toEqual(
    expect.arrayContaining([
      "Purpose",
      "Subject",
      "Object",
      "Place",
      "Dates",
      "Results (facts, findings)",
      "Recommendations and proposals",
      "Attachments (minutes, photos, visual materials)",
      "Sent to",
    ])
  );
  expect(rows.find((r) => r[0] === "Object")![1]).toBe(check.acts[1].object);
  expect(rows.some((r) => r[0].includes("by 06.12.2024"))).toBe(true);
});

test("printed alone, each sheet is on A4 portrait pages with its title", () => {
  for (const o of outputs) {
    const pdf = join(
      dir,
      "pdf",
      `print-${o.file.slice(dir.length + 1).replace(/\.xlsx$/, ".pdf")}`
    );
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "20", pdf], { encoding: "utf8" });
    const sizes = [...info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(sizes.length).toBeGreaterThan(0);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(595.3, 0);
      expect(h).toBeCloseTo(841.9, 0);
    }
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " "
    );
    expect(text).toContain(o.title.split(" ").slice(0, 3).join(" "));
  }
});

test("the blank group workbook's holidays are dates for LibreOffice (ky, ru)", async () => {
  for (const lang of ["ky", "ru"] as const) {
    const file = join(dir, `blank-${lang}.xlsx`);
    const r = await runInProcess(["template", "--kind", "group", "--lang", lang, "--out", file], {
      cwd: dir,
      commands: [...COMMANDS, groupCommand],
      today: EXAMPLE_AS_OF,
    });
    expect(r.code).toBe(0);
    await convert([file], "fods", join(dir, "fods"));
    const fods = readFileSync(join(dir, "fods", `blank-${lang}.fods`), "utf8");
    const name = groupCatalog(lang).sheetNames.holidays;
    const table =
      new RegExp(`<table:table table:name="${name}"[^>]*>([\\s\\S]*?)</table:table>`).exec(
        fods
      )?.[1] ?? "";
    // Every date-valued cell of the sheet, with the text LibreOffice shows for it.
    const dates = [
      ...table.matchAll(
        /<table:table-cell [^>]*office:value-type="date" office:date-value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*>\s*<text:p>([^<]*)<\/text:p>/g
      ),
    ].map((m) => [m[1], m[2]]);
    expect(dates).toEqual(SHIPPED_DAYS.map((d) => [d.date, formatDmy(d.date)]));
  }
});
