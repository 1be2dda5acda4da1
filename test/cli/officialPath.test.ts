/**
 * The official's and coordinator's path on the command line (issue 8), in ky, ru and en: options
 * every command takes given before the command, `--sheet` naming a sheet the workbook lacks,
 * `--expect` naming a file that is not there, `validate` listing every issue grouped by row with the
 * item number, help with placeholders in the user's language, `--as-of` as `dd.mm.yyyy`, and advice
 * for a .csv or .xls file (how to save it as .xlsx).
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidateCommand } from "../../src/cli/commands/consolidate";
import { compareCommand } from "../../src/cli/commands/compare";
import { groupCommand } from "../../src/cli/commands/group";
import { cliCatalog } from "../../src/cli/i18n";
import { coreCatalog } from "../../src/core";
import type { Lang } from "../../src/core";
import { exampleWorkbook } from "../fixtures/xlsx/exampleTable1";
import { buildTable1Workbook, workbookBytes } from "../fixtures/xlsx/table1";
import { convert } from "../support/libreoffice";
import { COMMANDS, annex2Schema, errorSchema, runInProcess, validateSchema } from "./helpers";

const ALL = [...COMMANDS, consolidateCommand, compareCommand, groupCommand];
const LANGS: readonly Lang[] = ["ky", "ru", "en"];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-path-"));
  writeFileSync(join(dir, "plan.xlsx"), await workbookBytes(exampleWorkbook("ky")));
  // Twelve rows each with an empty status and an unreadable deadline: 24 issues, more than the annex2 summary shows.
  const rows = Array.from({ length: 12 }, (_, i) => [
    `${i + 1}.`,
    "Милдет",
    `Чара ${i + 1}`,
    "кийинчерээк",
    "Натыйжа",
    "",
  ]);
  const wb = buildTable1Workbook({
    sheetName: "1-таблица",
    headers: [
      "№",
      "Милдет",
      "Чара/ иш-аракет",
      "Ишке ашыруу мөөнөтү",
      "Күтүлгөн натыйжалар (продукт)",
      "Статус",
    ],
    rows,
  });
  writeFileSync(join(dir, "many.xlsx"), await workbookBytes(wb));
  writeFileSync(join(dir, "table.csv"), "№,Чара\n1,a\n");
  // A real .xls (the Excel 97–2003 binary format) written by LibreOffice, and an HTML table named .xls.
  await convert([join(dir, "plan.xlsx")], "xls", join(dir, "lo"));
  renameSync(join(dir, "lo", "plan.xls"), join(dir, "table.xls"));
  writeFileSync(
    join(dir, "export.xls"),
    "<html><body><table><tr><td>№</td><td>Чара</td></tr></table></body></html>"
  );
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: readonly string[]) =>
  runInProcess(argv, { cwd: dir, commands: ALL, today: "2025-06-30" });

describe.each(LANGS)("in %s", (lang) => {
  const t = cliCatalog(lang);

  test("--lang and --json before the command are the command's options", async () => {
    const r = await run([
      "--lang",
      lang,
      "--json",
      "annex2",
      "plan.xlsx",
      "--body",
      "МЦРИТ",
      "--as-of",
      "2025-06-30",
      "--out",
      `g-${lang}.xlsx`,
    ]);
    expect(r.code).toBe(0);
    expect(annex2Schema.parse(JSON.parse(r.stdout)).sheet).toBe(coreCatalog(lang).annex2.sheetName);
    const human = await run([`--lang=${lang}`, "validate", "plan.xlsx", "--as-of", "2025-06-30"]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(t.report.sheet("1-таблица"));
    const help = await run(["--lang", lang, "--help", "annex2"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(`${t.help.usageLabel}: atkaruu annex2`);
  });

  test("--sheet naming a sheet the workbook lacks says so and lists its sheets; one without Table 1 says that", async () => {
    const r = await run(["annex2", "plan.xlsx", "--sheet", "Жок", "--lang", lang, "--json"]);
    expect(r.code).toBe(2);
    const err = errorSchema.parse(JSON.parse(r.stdout)).error;
    expect(err.code).toBe("no-table");
    expect(err.message).toBe(coreCatalog(lang).noSuchSheet("Жок", ["1-таблица"]));
    expect(r.stderr.trim()).toBe(err.message);
  });

  test("--expect naming a file that is not there: file not found", async () => {
    const r = await run([
      "consolidate",
      "plan.xlsx",
      "--expect",
      "nope.txt",
      "--lang",
      lang,
      "--out",
      `c-${lang}.xlsx`,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(t.fileNotFound);
    expect(r.stderr).not.toContain(t.fsError.ENOENT);
  });

  test("validate lists every issue, grouped by row in table order, each row with its item number", async () => {
    const json = validateSchema.parse(
      JSON.parse(
        (await run(["validate", "many.xlsx", "--lang", lang, "--json", "--as-of", "2025-06-30"]))
          .stdout
      )
    );
    expect(json.issues.length).toBe(24);
    const r = await run(["validate", "many.xlsx", "--lang", lang, "--as-of", "2025-06-30"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    const headings = lines.filter((l) => !l.startsWith("  ") && l.includes("1-таблица,"));
    expect(headings).toEqual(
      Array.from({ length: 12 }, (_, i) => t.report.rowHeading("1-таблица", i + 2, String(i + 1)))
    );
    // Every issue's message is printed under its row's heading.
    for (const issue of json.issues) {
      const row = Number(/\d+/.exec(issue.cell)![0]);
      const at = lines.indexOf(t.report.rowHeading("1-таблица", row, String(row - 1)));
      const next = lines.findIndex((l, k) => k > at && !l.startsWith("  "));
      expect(lines.slice(at + 1, next < 0 ? undefined : next)).toContain(
        `  ${issue.cell}  ${coreCatalog(lang).severityNames[issue.severity]}: ${issue.message}`
      );
    }
  });

  test("help: placeholders in the user's language, every command", async () => {
    for (const cmd of ALL) {
      const r = await run([cmd.name, "--help", "--lang", lang]);
      expect(r.code).toBe(0);
      if (lang !== "en") {
        expect(r.stdout).not.toMatch(/YYYY|\bFILE\b|\bNAME\b|<in\.xlsx>/);
        expect(r.stdout).toMatch(/[А-ЯӨҮҢ]{3,}/);
      }
    }
    const one = await run(["annex2", "--help", "--lang", lang]);
    expect(one.stdout).toContain(`<${t.help.placeholders["in.xlsx"] ?? "in.xlsx"}>`);
  });

  test("--as-of as dd.mm.yyyy is the same date; an impossible one is refused naming both forms", async () => {
    const a = annex2Schema.parse(
      JSON.parse(
        (
          await run([
            "annex2",
            "plan.xlsx",
            "--as-of",
            "30.06.2025",
            "--lang",
            lang,
            "--json",
            "--out",
            `d-${lang}.xlsx`,
          ])
        ).stdout
      )
    );
    const b = annex2Schema.parse(
      JSON.parse(
        (
          await run([
            "annex2",
            "plan.xlsx",
            "--as-of",
            "2025-06-30",
            "--lang",
            lang,
            "--json",
            "--out",
            `e-${lang}.xlsx`,
          ])
        ).stdout
      )
    );
    expect(a.asOf).toBe("2025-06-30");
    expect(a.summary).toEqual(b.summary);
    const bad = await run(["validate", "plan.xlsx", "--as-of", "31.02.2025", "--lang", lang]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(t.expected.date);
    expect(t.expected.date).toMatch(/ДД\.ММ\.ГГГГ|КК\.АА\.ЖЖЖЖ|DD\.MM\.YYYY/);
  });

  test("a .csv file: how to save it as .xlsx", async () => {
    const r = await run(["validate", "table.csv", "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(coreCatalog(lang).unreadable.csv.replace(/\.$/, ""));
    expect(r.stderr).toContain("(*.xlsx)");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("an .xls file — LibreOffice's binary .xls, or an HTML table saved under that name — how to save it as .xlsx", async () => {
    for (const file of ["table.xls", "export.xls"]) {
      const r = await run(["annex2", file, "--lang", lang]);
      expect([file, r.code]).toEqual([file, 2]);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toContain(coreCatalog(lang).unreadable["legacy-xls"].replace(/\.$/, ""));
      expect(r.stderr).toContain("(*.xlsx)");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
