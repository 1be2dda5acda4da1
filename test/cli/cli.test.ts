import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
  readFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SNAPSHOT_SHEET_NAME, analyseWorkbook } from "../../src/core";
import { CliError } from "../../src/cli/command";
import { cellReference } from "../../src/cli/steps";
import type { Command } from "../../src/cli/command";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import {
  EXAMPLE_FULL_NAME,
  EXAMPLE_HEADERS,
  exampleWorkbook,
} from "../fixtures/xlsx/exampleTable1";
import { buildTable1Workbook, workbookBytes } from "../fixtures/xlsx/table1";
import { rawXlsx, cell, row } from "../fixtures/xlsx/rawXlsx";
import { patchZip, zipText } from "../fixtures/xlsx/zip";
import {
  COMMANDS,
  annex2Schema,
  errorSchema,
  expectOneSentence,
  runInProcess,
  sha256,
  snapshot,
  templateSchema,
  validateSchema,
} from "./helpers";

let dir: string;
let plan: string;
let planHash: string;
let exampleBytes: Uint8Array;

beforeAll(async () => {
  exampleBytes = await workbookBytes(exampleWorkbook("ky"));
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-cli-"));
  plan = join(dir, "plan.xlsx");
  writeFileSync(plan, exampleBytes);
  planHash = sha256(plan);
});
afterEach(() => {
  // The input is never changed and no temporary file is left behind, whatever the test did.
  expect(sha256(plan)).toBe(planHash);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});

const run = (argv: readonly string[], env: Record<string, string> = {}, tty = false) =>
  runInProcess(argv, { cwd: dir, env, tty });

describe("atkaruu annex2", () => {
  test("--json: the contract, the figures, a copy with Annex 2 after Table 1", async () => {
    const r = await run([
      "annex2",
      "plan.xlsx",
      "--body",
      "МЦРИТ",
      "--as-of",
      "2025-06-30",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = annex2Schema.parse(JSON.parse(r.stdout));
    expect(out.body).toBe("МЦРИТ");
    expect(out.asOf).toBe("2025-06-30");
    expect(out.sheet).toBe("2-тиркеме");
    expect(out.output).toBe(join(dir, "plan-annex2.xlsx"));
    // Hand-checked against the example's 41 measures: 9 on time, 5 late → 14 of 41 = 34.1 %.
    expect(out.summary).toMatchObject({
      total: 41,
      completed: 14,
      completedOnTime: 9,
      completedLate: 5,
      inProgress: 27,
      executionLevel: 34.1,
    });
    expect(out.summary.lead.total + out.summary.co.total).toBe(41);
    expect(out.summary.co.total).toBe(8);
    expect(out.summary.lead.ongoing).toEqual(["7", "40", "61", "79"]);
    expect(out.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(
      expect.arrayContaining([
        "missing-status@G27",
        "unknown-status@G29",
        "overdue@G22",
        "missing-completion-date@G33",
      ])
    );
    const copy = await readWorkbookFile(out.output, "ky");
    if (!copy.ok) throw new Error(copy.fatal.message);
    expect(copy.book.sheets.map((s) => s.name)).toEqual([
      "1-таблица",
      "2-тиркеме",
      SNAPSHOT_SHEET_NAME,
    ]);
    // The copy remembers the body by the full name the plan gives it; the abbreviation is found again from it.
    expect(copy.book.storedBody).toBe(EXAMPLE_FULL_NAME.ky);
  });

  test("human output: the headline figures, the issues with their cells, the file written", async () => {
    const r = await run([
      "annex2",
      "plan.xlsx",
      "--body",
      "МЦРИТ",
      "--as-of",
      "2025-06-30",
      "--out",
      "out/report.xlsx",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Жазылды: out/report.xlsx");
    expect(r.stdout).toContain("Аткаруу деңгээли: 34,1 %");
    expect(r.stdout).toContain("Каталар: 2, эскертүүлөр: 4");
    expect(r.stdout).toContain("'1-таблица'!G27");
    expect(existsSync(join(dir, "out", "report.xlsx"))).toBe(true);
    expect(r.stderr).toBe(""); // not a terminal: no progress lines
  });

  test("progress lines go to stderr on a terminal only, and are erased", async () => {
    const r = await run(["annex2", "plan.xlsx", "--as-of", "2025-06-30"], {}, true);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("plan.xlsx окулууда…");
    expect(r.stderr.endsWith("\r\x1b[2K")).toBe(true);
  });

  test("the body stored by a previous run is used; running again replaces Annex 2", async () => {
    await run(["annex2", "plan.xlsx", "--body", "МЦРИТ", "--as-of", "2025-06-30", "--lang", "ru"]);
    const again = await run([
      "annex2",
      "plan-annex2.xlsx",
      "--as-of",
      "2025-06-30",
      "--out",
      "second.xlsx",
      "--json",
    ]);
    expect(again.code).toBe(0);
    const out = annex2Schema.parse(JSON.parse(again.stdout));
    expect(out.body).toBe(EXAMPLE_FULL_NAME.ky);
    // The stored full name finds the same measures as the abbreviation did.
    const first = annex2Schema.parse(
      JSON.parse(
        (
          await run([
            "annex2",
            "plan.xlsx",
            "--body",
            "МЦРИТ",
            "--as-of",
            "2025-06-30",
            "--out",
            "third.xlsx",
            "--json",
          ])
        ).stdout
      )
    );
    expect(out.summary).toEqual(first.summary);
    const copy = await readWorkbookFile(join(dir, "second.xlsx"), "ky");
    if (!copy.ok) throw new Error(copy.fatal.message);
    expect(copy.book.sheets.map((s) => s.name)).toEqual([
      "1-таблица",
      "2-тиркеме",
      SNAPSHOT_SHEET_NAME,
    ]);
  });

  test("without a body every measure counts as lead and body is null", async () => {
    const r = await run(["annex2", "plan.xlsx", "--as-of", "2025-06-30", "--json"]);
    const out = annex2Schema.parse(JSON.parse(r.stdout));
    expect(out.body).toBeNull();
    expect(out.summary.co.total).toBe(0);
  });

  test("the optional report details reach the sheet", async () => {
    const r = await run([
      "annex2",
      "plan.xlsx",
      "--body",
      "МЦРИТ",
      "--as-of",
      "2025-06-30",
      "--period-from",
      "2025-01-01",
      "--period-to",
      "2025-06-30",
      "--person",
      "Асанов А., башкы адис",
      "--contacts",
      "asanov@mcrit.kg",
      "--plan-items",
      "120",
      "--sheet",
      "1-таблица",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const copy = await readWorkbookFile(join(dir, "plan-annex2.xlsx"), "ky");
    if (!copy.ok) throw new Error(copy.fatal.message);
    const text = copy.book.sheets[1].rows
      .flat()
      .filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("Асанов А., башкы адис");
    expect(text).toContain("asanov@mcrit.kg");
    expect(text).toContain("01.01.2025");
    expect(text).toContain("120");
  });

  test("a part ExcelJS could not write back (a rule without its formula) is kept in the copy as it was", async () => {
    const sheetXml = zipText(exampleBytes, "xl/worksheets/sheet1.xml");
    const odd = sheetXml.replace(
      "<pageMargins",
      `<conditionalFormatting sqref="A1:A3"><cfRule type="expression" priority="1"/></conditionalFormatting><pageMargins`
    );
    writeFileSync(
      join(dir, "odd.xlsx"),
      patchZip(exampleBytes, { "xl/worksheets/sheet1.xml": odd })
    );
    const r = await run(["annex2", "odd.xlsx", "--lang", "en", "--json", "--out", "odd-copy.xlsx"]);
    expect(r.code).toBe(0);
    expect(zipText(readFileSync(join(dir, "odd-copy.xlsx")), "xl/worksheets/sheet1.xml")).toBe(odd);
  });

  test("a package the copy cannot be written into (no [Content_Types].xml): one sentence, exit 2, nothing written", async () => {
    writeFileSync(join(dir, "odd.xlsx"), patchZip(exampleBytes, { "[Content_Types].xml": null }));
    const before = snapshot(dir);
    const r = await run(["annex2", "odd.xlsx", "--lang", "en", "--json"]);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(
      /^Could not build the copy of the workbook \(.+\); nothing was written and the input is unchanged\.$/m
    );
    expect(errorSchema.parse(JSON.parse(r.stdout)).error.code).toBe("copy-failed");
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("atkaruu validate", () => {
  test("errors → exit 1 and { issues } only", async () => {
    const r = await run([
      "validate",
      "plan.xlsx",
      "--body",
      "МЦРИТ",
      "--as-of",
      "2025-06-30",
      "--json",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(1);
    const out = validateSchema.parse(JSON.parse(r.stdout));
    const missing = out.issues.find((i) => i.code === "missing-status")!;
    expect(missing).toEqual({
      severity: "error",
      code: "missing-status",
      sheet: "1-таблица",
      cell: "G27",
      message: "The status is empty: the measure counts as not completed.",
    });
  });

  test("only warnings → exit 0; nothing is written", async () => {
    const clean = buildTable1Workbook({
      sheetName: "Таблица 1",
      headers: EXAMPLE_HEADERS.ru,
      numberingRow: true,
      rows: [
        [
          1,
          "Задача",
          "Мероприятие",
          "2024 год",
          "Результат",
          "МЦРИТ",
          "В процессе исполнения",
          null,
        ],
        [
          2,
          "Задача",
          "Мероприятие 2",
          "постоянно",
          "Результат",
          "МЦРИТ",
          "Исполнено в срок",
          new Date(Date.UTC(2025, 0, 10)),
        ],
      ],
    });
    writeFileSync(join(dir, "clean.xlsx"), await workbookBytes(clean));
    const before = snapshot(dir);
    const r = await run(["validate", "clean.xlsx", "--as-of", "2025-06-30", "--json"]);
    const out = validateSchema.parse(JSON.parse(r.stdout));
    expect(out.issues.map((i) => i.code)).toEqual(["overdue"]);
    expect(r.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  test("human output lists the issues by row, with the item number and the cells", async () => {
    const r = await run(["validate", "plan.xlsx", "--as-of", "2025-06-30", "--lang", "ru"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Ошибок: 2");
    expect(r.stdout).toMatch(
      /1-таблица, строка 27 \(пункт 50\):\n {2}G27 {2}Ошибка: Статус не заполнен/
    );
  });

  test("formula errors in cells are issues pointing at them", async () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: "Table 1",
          sheetData:
            row(
              1,
              ["No", "Task", "Measure", "Deadline", "Expected result", "Status"].map((h, i) =>
                cell.inline(`${"ABCDEF"[i]}1`, h)
              )
            ) +
            row(2, [
              cell.number("A2", 1),
              cell.inline("B2", "T"),
              cell.inline("C2", "M"),
              cell.formulaErr("D2", "VLOOKUP(1,X,2,0)", "#N/A"),
              cell.inline("E2", "R"),
              cell.inline("F2", "In progress"),
            ]) +
            row(3, [
              cell.number("A3", 2),
              cell.inline("B3", "T"),
              cell.inline("C3", "M2"),
              cell.inline("D3", "2026"),
              cell.inline("E3", "R"),
              cell.error("F3", "#REF!"),
            ]),
        },
      ],
    });
    writeFileSync(join(dir, "errors.xlsx"), bytes);
    const r = await run(["validate", "errors.xlsx", "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const out = validateSchema.parse(JSON.parse(r.stdout));
    expect(out.issues.filter((i) => i.code === "formula-error").map((i) => i.cell)).toEqual([
      "D2",
      "F3",
    ]);
  });
});

describe("atkaruu template", () => {
  test("a blank Table 1 the core recognises; an existing file is kept unless --force", async () => {
    const r = await run(["template", "--lang", "ru", "--out", "blank.xlsx", "--json"]);
    expect(r.code).toBe(0);
    const out = templateSchema.parse(JSON.parse(r.stdout));
    expect(out).toEqual({ sheet: "Таблица 1", output: join(dir, "blank.xlsx") });
    const book = await readWorkbookFile(out.output, "ru");
    if (!book.ok) throw new Error(book.fatal.message);
    const a = analyseWorkbook(book.book.sheets, { asOf: "2025-06-30", lang: "ru" });
    expect(a.ok && a.analysis.layout.sheet).toBe("Таблица 1");
    expect(a.ok && Object.keys(a.analysis.layout.columns).sort()).toEqual([
      "completedOn",
      "deadline",
      "executors",
      "measure",
      "no",
      "result",
      "role",
      "status",
      "task",
    ]);

    const hash = sha256(out.output);
    const again = await run(["template", "--out", "blank.xlsx", "--lang", "en"]);
    expect(again.code).toBe(2);
    expectOneSentence(again.stderr);
    expect(again.stderr).toContain("already exists");
    expect(sha256(out.output)).toBe(hash);
    const forced = await run(["template", "--out", "blank.xlsx", "--lang", "en", "--force"]);
    expect(forced.code).toBe(0);
    expect(sha256(out.output)).not.toBe(hash);
  });

  test("default file name in the working folder", async () => {
    const r = await run(["template"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("table1-template.xlsx");
    expect(existsSync(join(dir, "table1-template.xlsx"))).toBe(true);
  });
});

describe("languages", () => {
  test("--lang, else LC_ALL / LC_MESSAGES / LANG, else Kyrgyz", async () => {
    const msg = async (argv: string[], env: Record<string, string>) =>
      (await run(argv, env)).stderr;
    expect(await msg(["frobnicate"], {})).toContain("деген буйрук жок");
    expect(await msg(["frobnicate"], { LANG: "ru_RU.UTF-8" })).toContain(
      "Команды «frobnicate» нет"
    );
    expect(await msg(["frobnicate"], { LANG: "ru_RU.UTF-8", LC_ALL: "en_US.UTF-8" })).toContain(
      "There is no command"
    );
    expect(
      await msg(["frobnicate"], { LC_MESSAGES: "ky_KG.UTF-8", LANG: "en_US.UTF-8" })
    ).toContain("деген буйрук жок");
    expect(await msg(["frobnicate"], { LANG: "C.UTF-8" })).toContain("деген буйрук жок");
    expect(await msg(["frobnicate", "--lang", "en"], { LANG: "ru_RU.UTF-8" })).toContain(
      "There is no command"
    );
    expect(await msg(["frobnicate", "--lang=ru"], {})).toContain("Команды");
  });

  test.each([
    ["ky", "2-тиркеме"],
    ["ru", "Приложение 2"],
    ["en", "Annex 2"],
  ])("annex2 --lang %s writes the sheet %s", async (lang, sheet) => {
    const r = await run(["annex2", "plan.xlsx", "--lang", lang, "--as-of", "2025-06-30", "--json"]);
    expect(annex2Schema.parse(JSON.parse(r.stdout)).sheet).toBe(sheet);
  });
});

describe("usage errors: exit 2, one sentence, { error: { code: 'usage' } }, nothing written", () => {
  const cases: [string, string[], RegExp][] = [
    ["no command", ["--json"], /No command given: use one of annex2, validate, template/],
    ["unknown command", ["annex3", "plan.xlsx", "--json"], /There is no command “annex3”/],
    [
      "unknown option",
      ["annex2", "plan.xlsx", "--bodyy", "X", "--json"],
      /There is no option “--bodyy”/,
    ],
    [
      "missing value",
      ["annex2", "plan.xlsx", "--json", "--body"],
      /The option “--body” needs a value/,
    ],
    [
      "impossible date",
      ["annex2", "plan.xlsx", "--as-of", "2025-02-30", "--json"],
      /The value “2025-02-30” of “--as-of” is wrong: it must be a real date written YYYY-MM-DD/,
    ],
    [
      "date in another format",
      ["validate", "plan.xlsx", "--as-of", "06/30/2025", "--json"],
      /“--as-of” is wrong: it must be a real date written YYYY-MM-DD or DD.MM.YYYY/,
    ],
    [
      "unknown language",
      ["annex2", "plan.xlsx", "--lang", "de", "--json"],
      /The value “de” of “--lang” is wrong: it must be ky, ru or en/,
    ],
    ["missing input", ["annex2", "--json"], /No Excel file given: atkaruu annex2 <file\.xlsx>/],
    [
      "two inputs",
      ["validate", "plan.xlsx", "other.xlsx", "--json"],
      /Unexpected argument: “other\.xlsx”/,
    ],
    [
      "plan items not a number",
      ["annex2", "plan.xlsx", "--plan-items", "many", "--json"],
      /“--plan-items” is wrong: it must be a positive whole number/,
    ],
    [
      "empty body",
      ["annex2", "plan.xlsx", "--body", "  ", "--json"],
      /“--body” is wrong: it must be a non-empty text/,
    ],
    [
      "period backwards",
      ["annex2", "plan.xlsx", "--period-from", "2025-06-30", "--period-to", "2025-01-01", "--json"],
      /The period starts \(30\.06\.2025\) after it ends \(01\.01\.2025\)/,
    ],
    [
      "output is the input",
      ["annex2", "plan.xlsx", "--out", "./sub/../plan.xlsx", "--json"],
      /The output file is the input file/,
    ],
  ];
  test.each(cases)("%s", async (_, argv, message) => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    const before = snapshot(dir);
    const r = await run(argv, { LANG: "en_GB.UTF-8" });
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(message);
    const out = errorSchema.parse(JSON.parse(r.stdout));
    expect(out.error.code).toBe("usage");
    expect(out.error.message).toBe(r.stderr.trim());
    expect(snapshot(dir)).toEqual(before);
  });

  test("--out through a symbolic link to the input is refused", async () => {
    symlinkSync(plan, join(dir, "alias.xlsx"));
    const r = await run(["annex2", "plan.xlsx", "--out", "alias.xlsx"]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "alias.xlsx")).equals(readFileSync(plan))).toBe(true);
  });
});

describe("fatal input", () => {
  test("no Table 1 anywhere → no-table", async () => {
    const wb = buildTable1Workbook({
      sheetName: "Отчёт",
      headers: ["Дата", "Сумма", "Примечание"],
      rows: [["a", 1, "b"]],
    });
    writeFileSync(join(dir, "other.xlsx"), await workbookBytes(wb));
    const r = await run(["annex2", "other.xlsx", "--json", "--lang", "ru"]);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(errorSchema.parse(JSON.parse(r.stdout)).error).toMatchObject({ code: "no-table" });
    expect(existsSync(join(dir, "other-annex2.xlsx"))).toBe(false);
  });

  test("a required column missing → missing-column with its key", async () => {
    const headers = EXAMPLE_HEADERS.ky.filter((_, i) => i !== 3); // no deadline column
    const wb = buildTable1Workbook({
      sheetName: "1-таблица",
      headers,
      rows: [[1, "М", "Ч", "Н", "МЦРИТ", "Аткарууда", null]],
    });
    writeFileSync(join(dir, "nodeadline.xlsx"), await workbookBytes(wb));
    const r = await run(["validate", "nodeadline.xlsx", "--json"]);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(errorSchema.parse(JSON.parse(r.stdout)).error).toMatchObject({
      code: "missing-column",
      column: "deadline",
    });
  });

  test("a file that does not exist", async () => {
    const r = await run(["validate", "nope.xlsx", "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(errorSchema.parse(JSON.parse(r.stdout)).error).toEqual({
      code: "unreadable-workbook",
      message: "“nope.xlsx” cannot be read as an Excel workbook: the file does not exist.",
    });
  });

  test("an output folder that cannot be created → write-failed, nothing written", async () => {
    writeFileSync(join(dir, "blocker"), "a file where a folder should be");
    const r = await run([
      "annex2",
      "plan.xlsx",
      "--out",
      "blocker/report.xlsx",
      "--lang",
      "en",
      "--json",
    ]);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(
      /^Could not write blocker\/report\.xlsx \(.+\); nothing was written\.$/m
    );
    expect(errorSchema.parse(JSON.parse(r.stdout)).error.code).toBe("write-failed");
  });
});

describe("the top level", () => {
  test("cell references in human output are written as Excel writes them", () => {
    expect(cellReference("Sheet1", "F12")).toBe("Sheet1!F12");
    expect(cellReference("Таблица_1", "F12")).toBe("Таблица_1!F12");
    expect(cellReference("1-таблица", "G27")).toBe("'1-таблица'!G27");
    expect(cellReference("Table 1", "A1")).toBe("'Table 1'!A1");
    expect(cellReference("O'Neil", "A1")).toBe("'O''Neil'!A1");
  });

  test("--help and <command> --help print usage and exit 0", async () => {
    const all = await run(["--help"], { LANG: "en_US.UTF-8" });
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/annex2 +builds Annex 2/);
    expect(all.stdout).toContain("Exit codes: 0");
    const one = await run(["annex2", "--help", "--lang", "ru"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("Использование: atkaruu annex2 <книга.xlsx>");
    expect(one.stdout).toContain("--plan-items N");
  });

  test("an unexpected exception in a command: one sentence, exit 2, no stack", async () => {
    const boom: Command = {
      name: "boom",
      options: {},
      helpOptions: [],
      synopsis: "boom",
      run: async () => {
        throw new TypeError(
          "Cannot read properties of undefined (reading 'x')\n    at Object.<anonymous> (/src/x.ts:1:1)"
        );
      },
    };
    const r = await runInProcess(["boom", "--json"], {
      cwd: dir,
      env: { LANG: "en_US" },
      commands: [...COMMANDS, boom],
    });
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toBe(
      "Unexpected error (TypeError: Cannot read properties of undefined (reading 'x')); nothing was written.\n"
    );
    expect(errorSchema.parse(JSON.parse(r.stdout)).error.code).toBe("internal");
  });

  test("CliError carries code and column", () => {
    const e = new CliError("missing-column", "m", "status");
    expect([e.code, e.column, e.message]).toEqual(["missing-column", "status", "m"]);
  });
});
