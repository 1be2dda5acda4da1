/**
 * `atkaruu` as a real process (the bundle built exactly like dist/cli/atkaruu.js): exit codes,
 * stdout carrying only JSON, one sentence on stderr and nothing written for every kind of bad input,
 * the input file byte-identical afterwards.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { buildCompoundFile } from "../fixtures/xlsx/cfb";
import { EXAMPLE_HEADERS, exampleWorkbook } from "../fixtures/xlsx/exampleTable1";
import { rawXlsx } from "../fixtures/xlsx/rawXlsx";
import { buildTable1Workbook, workbookBytes } from "../fixtures/xlsx/table1";
import type { FixtureValue } from "../fixtures/xlsx/table1";
import {
  annex2Schema,
  buildPrivateCli,
  errorSchema,
  expectOneSentence,
  runProcess,
  sha256,
  snapshot,
  validateSchema,
} from "./helpers";

jest.setTimeout(60_000);

let cli: string;
let dir: string;
let example: Uint8Array;

beforeAll(async () => {
  cli = await buildPrivateCli();
  example = await workbookBytes(exampleWorkbook("ky"));
});
afterAll(() => {
  rmSync(dirname(cli), { recursive: true, force: true });
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-proc-"));
});
afterEach(() => {
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});

const atkaruu = (argv: string[], env: Record<string, string> = {}) =>
  runProcess(cli, argv, { cwd: dir, env });

test("annex2 --json: exit 0, stdout is the JSON document, the copy is written, the input unchanged", async () => {
  writeFileSync(join(dir, "plan.xlsx"), example);
  const hash = sha256(join(dir, "plan.xlsx"));
  const r = await atkaruu([
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
  expect(out.summary.executionLevel).toBe(34.1);
  expect(existsSync(out.output)).toBe(true);
  expect(sha256(join(dir, "plan.xlsx"))).toBe(hash);
});

test("validate: exit 1 with errors; --version; LANG picks the language", async () => {
  writeFileSync(join(dir, "plan.xlsx"), example);
  const v = await atkaruu(["validate", "plan.xlsx", "--as-of", "2025-06-30", "--json"]);
  expect(v.code).toBe(1);
  expect(validateSchema.parse(JSON.parse(v.stdout)).issues.length).toBeGreaterThan(0);
  const version = await atkaruu(["--version"]);
  expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  const ru = await atkaruu(["validate", "nope.xlsx"], { LANG: "ru_RU.UTF-8" });
  expect(ru.code).toBe(2);
  expectOneSentence(ru.stderr);
  expect(ru.stderr).toContain("«nope.xlsx»");
  expect(ru.stderr).toContain("файл не найден.");
});

test("a reader that closes the pipe early does not get a stack trace", async () => {
  writeFileSync(join(dir, "plan.xlsx"), example);
  const stderr = await new Promise<string>((resolve) => {
    const p = spawn(process.execPath, [cli, "validate", "plan.xlsx", "--json"], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    p.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    p.stdout.once("data", () => p.stdout.destroy());
    p.on("close", () => resolve(err));
  });
  expect(stderr).toBe("");
});

describe("bad input: exit 2, one sentence, nothing written, the input unchanged", () => {
  const junk = (n: number): FixtureValue[][] =>
    Array.from({ length: n }, (_, i) => [
      i % 7 === 0 ? null : `x${i}`,
      randomBytes(6).toString("base64"),
      i * 3.5,
      i % 5 === 0 ? "#N/A" : `junk ${i}`,
    ]);

  const cases: [string, () => Promise<Uint8Array | "sparse-50MB">, string, RegExp][] = [
    [
      "a corrupt (truncated) xlsx",
      async () => example.slice(0, 4000),
      "unreadable-workbook",
      /damaged/,
    ],
    [
      "random bytes",
      async () => new Uint8Array(randomBytes(20000)).map((b, i) => (i === 0 ? 0x21 : b)),
      "unreadable-workbook",
      /not an \.xlsx file/,
    ],
    [
      "a text file renamed .xlsx",
      async () => new TextEncoder().encode("№\tМилдет\tЧара\n1\tа\tб\n"),
      "unreadable-workbook",
      /not an \.xlsx file/,
    ],
    [
      "a password-protected xlsx",
      async () => buildCompoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]),
      "unreadable-workbook",
      /password-protected/,
    ],
    [
      "a legacy .xls",
      async () =>
        buildCompoundFile([
          "Workbook",
          "\u0005SummaryInformation",
          "\u0005DocumentSummaryInformation",
        ]),
      "unreadable-workbook",
      /the old Excel format.*Save As → Excel Workbook \(\*\.xlsx\)/,
    ],
    ["an empty file", async () => new Uint8Array(0), "unreadable-workbook", /the file is empty/],
    [
      "a workbook without sheets",
      async () => rawXlsx({ sheets: [] }),
      "unreadable-workbook",
      /the file is empty/,
    ],
    [
      "a workbook of empty sheets",
      async () =>
        rawXlsx({
          sheets: [
            { name: "Sheet1", sheetData: "" },
            { name: "Sheet2", sheetData: "" },
          ],
        }),
      "no-table",
      /No Table 1 found/,
    ],
    [
      "a header row missing the status column",
      async () =>
        workbookBytes(
          buildTable1Workbook({
            sheetName: "1-таблица",
            headers: EXAMPLE_HEADERS.ky.filter((_, i) => i !== 6),
            rows: [[1, "a", "b", "2025-жыл", "c", "МЦРИТ", null]],
          })
        ),
      "missing-column",
      /“Status”/,
    ],
    [
      "10 000 rows of junk",
      async () =>
        workbookBytes(
          buildTable1Workbook({
            sheetName: "Data",
            headers: ["A", "B", "C", "D"],
            rows: junk(10_000),
          })
        ),
      "no-table",
      /No Table 1 found/,
    ],
    [
      "a 50 MB file",
      async () => "sparse-50MB",
      "unreadable-workbook",
      /too large \(50 MB > 20 MB\)/,
    ],
  ];

  test.each(cases)("%s", async (_, make, code, message) => {
    const input = join(dir, "input.xlsx");
    const bytes = await make();
    if (bytes === "sparse-50MB") {
      writeFileSync(input, "");
      truncateSync(input, 50 * 1024 * 1024);
    } else {
      writeFileSync(input, bytes);
    }
    const before = snapshot(dir);
    for (const argv of [
      ["annex2", "input.xlsx", "--json", "--lang", "en"],
      ["validate", "input.xlsx", "--json", "--lang", "en"],
    ]) {
      const r = await atkaruu(argv);
      expect(r.code).toBe(2);
      expectOneSentence(r.stderr);
      expect(r.stderr).toMatch(message);
      const err = errorSchema.parse(JSON.parse(r.stdout)).error;
      expect(err.code).toBe(code);
      if (code === "missing-column") expect(err.column).toBe("status");
      expect(snapshot(dir)).toEqual(before);
    }
    // Without --json: the sentence only, stdout empty.
    const plain = await atkaruu(["annex2", "input.xlsx"]);
    expect(plain.code).toBe(2);
    expect(plain.stdout).toBe("");
    expectOneSentence(plain.stderr);
  });

  test("10 000 junk rows under a real header: every row is checked, Annex 2 is still written", async () => {
    const rows: FixtureValue[][] = Array.from({ length: 10_000 }, (_, i) => [
      i + 1,
      `task ${i % 13}`,
      `measure ${i}`,
      i % 3 ? "someday" : "2026-жыл",
      "r",
      "МЦРИТ",
      i % 4 ? `qwerty ${i}` : "Аткарууда",
      null,
    ]);
    writeFileSync(
      join(dir, "big.xlsx"),
      await workbookBytes(
        buildTable1Workbook({
          sheetName: "1-таблица",
          headers: EXAMPLE_HEADERS.ky,
          numberingRow: true,
          rows,
        })
      )
    );
    const hash = sha256(join(dir, "big.xlsx"));
    const v = await atkaruu(["validate", "big.xlsx", "--as-of", "2025-06-30", "--json"]);
    expect(v.code).toBe(1);
    const issues = validateSchema.parse(JSON.parse(v.stdout)).issues;
    expect(issues.filter((i) => i.code === "unknown-status")).toHaveLength(7500);
    expect(issues.filter((i) => i.code === "unparsed-deadline")).toHaveLength(6666);
    const a = await atkaruu(["annex2", "big.xlsx", "--as-of", "2025-06-30", "--json"]);
    expect(a.code).toBe(0);
    const out = annex2Schema.parse(JSON.parse(a.stdout));
    expect(out.summary).toMatchObject({ total: 10_000, completed: 0, executionLevel: 0 });
    expect(sha256(join(dir, "big.xlsx"))).toBe(hash);
  });
});
