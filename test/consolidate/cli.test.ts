/**
 * `atkaruu consolidate` end to end on real files: a folder of the five bodies' workbooks (one body
 * twice), an unreadable file, Excel's lock file and a text file beside them, an expected list. The
 * consolidated workbook is opened by LibreOffice headless and its figures checked.
 */
import { EXAMPLE_FULL_NAME } from "../fixtures/xlsx/exampleTable1";
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  promises as fsp,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { consolidateCommand } from "../../src/cli/commands/consolidate";
import { runCli } from "../../src/cli/run";
import type { CliIo } from "../../src/cli/command";
import { coreCatalog } from "../../src/core";
import { AS_OF, EXPECTED_LIST, bodyWorkbooks, writeFixture } from "./fixtures";
import { sheetsAsCsv } from "../support/libreoffice";

jest.setTimeout(180_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function atkaruu(cwd: string, args: string[], tty = false): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env: {},
    cwd,
    stderrIsTTY: tty,
    today: () => AS_OF,
  };
  const code = await runCli(["consolidate", ...args], io, [consolidateCommand]);
  return { code, stdout, stderr };
}

let root: string;
let folder: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "atk-cli-"));
  folder = join(root, "reports");
  mkdirSync(folder);
  for (const fx of bodyWorkbooks()) await writeFixture(folder, fx);
  writeFileSync(join(folder, "broken.xlsx"), "not a workbook at all");
  writeFileSync(join(folder, "~$МЦРИТ.xlsx"), "Excel's lock file"); // skipped
  writeFileSync(join(folder, "notes.txt"), "not a workbook either"); // not an .xlsx: not picked up
  writeFileSync(join(root, "expected.txt"), EXPECTED_LIST);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a folder of bodies' workbooks", () => {
  let run: Run;
  let json: {
    bodies: {
      body: string;
      file: string;
      total: number;
      completed: number;
      completedOnTime: number;
      completedLate: number;
      inProgress: number;
      executionLevel: number | null;
      lead: number;
      co: number;
      errors: number;
      warnings: number;
    }[];
    overall: { total: number; completed: number; executionLevel: number | null };
    missing: string[];
    unreadable: { file: string; code: string; message: string }[];
    duplicates: { body: string; used: string; ignored: string }[];
    disagreements: string[];
    output: string;
  };

  beforeAll(async () => {
    run = await atkaruu(root, [
      "reports",
      "--expect",
      "expected.txt",
      "--json",
      "--lang",
      "en",
      "--out",
      "out/consolidated.xlsx",
      "--plan-items",
      "10",
    ]);
    json = JSON.parse(run.stdout);
  });

  test("exit code 1: a file could not be read and a body sent nothing; the rest is consolidated", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(""); // not a terminal: no progress
    expect(json.output).toBe(join(root, "out", "consolidated.xlsx"));
    expect(existsSync(json.output)).toBe(true);
  });

  test("per-body figures (hand-computed in consolidate.test.ts), execution level rounded to one decimal", () => {
    expect(json.bodies).toEqual([
      // МОН: 2 of 2 completed (1 on time, 1 late) → 100
      {
        body: "МОН",
        file: "МОН.xlsx",
        total: 2,
        completed: 2,
        completedOnTime: 1,
        completedLate: 1,
        inProgress: 0,
        executionLevel: 100,
        lead: 1,
        co: 1,
        errors: 0,
        warnings: 0,
      },
      // МЭК (the newer file): 2 of 3 → 66.666… → 66.7
      {
        body: "МЭК",
        file: "МЭК.xlsx",
        total: 3,
        completed: 2,
        completedOnTime: 2,
        completedLate: 0,
        inProgress: 1,
        executionLevel: 66.7,
        lead: 2,
        co: 1,
        errors: 0,
        warnings: 0,
      },
      // МФ (body stored on Annex 2): 1 of 2 → 50; missing status (error) and overdue (warning)
      {
        body: "Министерство финансов (МФ)",
        file: "report_2025_06.xlsx",
        total: 2,
        completed: 1,
        completedOnTime: 1,
        completedLate: 0,
        inProgress: 1,
        executionLevel: 50,
        lead: 1,
        co: 1,
        errors: 1,
        warnings: 1,
      },
      // МЦРИТ: 3 of 6 (2 on time, 1 late) → 50; one overdue warning
      {
        body: "МЦРИТ",
        file: "МЦРИТ.xlsx",
        total: 6,
        completed: 3,
        completedOnTime: 2,
        completedLate: 1,
        inProgress: 3,
        executionLevel: 50,
        lead: 3,
        co: 3,
        errors: 0,
        warnings: 1,
      },
      // МЮ: 1 of 2 (late) → 50
      {
        body: "МЮ",
        file: "МЮ.xlsx",
        total: 2,
        completed: 1,
        completedOnTime: 0,
        completedLate: 1,
        inProgress: 1,
        executionLevel: 50,
        lead: 1,
        co: 1,
        errors: 0,
        warnings: 0,
      },
    ]);
  });

  test("overall = Σ completed ÷ Σ total = 9 ÷ 15 = 60.0 (the average of levels would be 63.3)", () => {
    expect(json.overall).toMatchObject({ total: 15, completed: 9, executionLevel: 60 });
  });

  test("completeness, unreadable files, duplicates, disagreements", () => {
    expect(json.missing).toEqual(["ГКС"]);
    expect(json.unreadable).toHaveLength(1);
    expect(json.unreadable[0]).toMatchObject({ file: "broken.xlsx", code: "unreadable-workbook" });
    expect(json.unreadable[0].message).toMatch(/broken\.xlsx.*not an \.xlsx file/);
    expect(json.duplicates).toEqual([{ body: "МЭК", used: "МЭК.xlsx", ignored: "МЭК_old.xlsx" }]);
    expect(json.disagreements).toEqual(["3", "6", "7"]);
  });

  test("LibreOffice opens the consolidated workbook and shows the same figures", async () => {
    const csv = await sheetsAsCsv([json.output], join(root, "csv"));
    const sheets = Object.fromEntries(csv.get(json.output)!);
    const t = coreCatalog("en").consolidation;
    expect(Object.keys(sheets).sort()).toEqual(
      [t.issuesSheet, t.itemsSheet, t.summarySheet].sort()
    );

    const summary = sheets[t.summarySheet];
    expect(summary[2]).toEqual([...t.summaryHeaders]);
    const byBody = new Map(summary.slice(3).map((r) => [r[0], r]));
    // Body, file, total, completed, on time, late, in progress, level (0.0), lead, co, errors, warnings
    expect(byBody.get("МЭК")).toEqual([
      "МЭК",
      "МЭК.xlsx",
      "3",
      "2",
      "2",
      "0",
      "1",
      "66.7",
      "2",
      "1",
      "0",
      "0",
    ]);
    expect(byBody.get("МЦРИТ")).toEqual([
      "МЦРИТ",
      "МЦРИТ.xlsx",
      "6",
      "3",
      "2",
      "1",
      "3",
      "50.0",
      "3",
      "3",
      "0",
      "1",
    ]);
    expect(byBody.get(t.overall)).toEqual([
      t.overall,
      "",
      "15",
      "9",
      "6",
      "3",
      "6",
      "60.0",
      "8",
      "7",
      "1",
      "2",
    ]);
    expect(summary.slice(3, 8).map((r) => r[0])).toEqual([
      "МОН",
      "МЭК",
      "Министерство финансов (МФ)",
      "МЦРИТ",
      "МЮ",
    ]);

    const items = sheets[t.itemsSheet];
    expect(items[0]).toEqual([...t.itemHeaders]);
    expect(items.slice(1).map((r) => r[0])).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    // The sheet is in English and one body's workbook is: its words for the measure, not the lead's Kyrgyz.
    expect(items[3]).toEqual([
      "3",
      "Move services online",
      "МЭК",
      "Completed on time",
      "МЦРИТ: Completed on time; МЮ: In progress",
      "Completed on time",
      t.disagree,
    ]);
    expect(items[9].slice(2, 6)).toEqual([
      "ГКС",
      t.notReported,
      "МЦРИТ: In progress",
      t.notReported,
    ]);

    const issues = sheets[t.issuesSheet];
    const kinds = coreCatalog("en").issueKinds;
    const codes = issues.slice(1).map((r) => r[5]);
    expect(codes.slice(0, 3)).toEqual([
      kinds["missing-body"],
      kinds["unreadable-workbook"],
      kinds["duplicate-body"],
    ]);
    const missingStatus = issues.find((r) => r[5] === kinds["missing-status"])!;
    expect(missingStatus.slice(0, 5)).toEqual([
      "Министерство финансов (МФ)",
      "report_2025_06.xlsx",
      "Таблица 1",
      "F3",
      "Error",
    ]);
  });
});

describe("exit codes and edge cases", () => {
  test("every file read and nobody missing → exit 0; progress only on a terminal", async () => {
    const dir = join(root, "good");
    mkdirSync(dir);
    for (const fx of bodyWorkbooks().slice(0, 3)) await writeFixture(dir, fx);
    const r = await atkaruu(dir, [".", "--lang", "ru"], true);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("3/3");
    expect(r.stdout).toContain("consolidation-2025-06-30.xlsx");
    // The human report is in Russian.
    expect(r.stdout).toContain("Итого");
    // Running again: the earlier consolidation in the same folder is not taken for a body's report.
    const again = await atkaruu(dir, [".", "--lang", "ru", "--json", "--out", "second.xlsx"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).unreadable).toEqual([]);
    expect(JSON.parse(again.stdout).bodies).toHaveLength(2);
  });

  test("expected bodies from a workbook (first column)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("List");
    ws.addRow(["№", "Орган"]);
    ws.addRow([1, "Министерство цифрового развития (МЦРИТ)"]);
    ws.addRow([2, "ГКНБ"]);
    const list = join(root, "expected.xlsx");
    await wb.xlsx.writeFile(list);
    const r = await atkaruu(root, [
      "reports/МЦРИТ.xlsx",
      "--expect",
      list,
      "--json",
      "--out",
      join(root, "x.xlsx"),
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).missing).toEqual(["ГКНБ"]);
  });

  test("nothing readable → exit 2, one sentence, nothing written", async () => {
    const out = join(root, "nothing.xlsx");
    const r = await atkaruu(root, [
      "reports/broken.xlsx",
      join(root, "expected.txt"),
      "--lang",
      "en",
      "--json",
      "--out",
      out,
    ]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("unreadable-workbook");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  test("a single unreadable input keeps its own fatal code (no Table 1)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["just notes"]);
    const p = join(root, "notes.xlsx");
    await wb.xlsx.writeFile(p);
    const r = await atkaruu(root, [p, "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("no-table");
  });

  test("the output may not be an input", async () => {
    const r = await atkaruu(root, [
      "reports/МЮ.xlsx",
      "reports/МОН.xlsx",
      "--out",
      "reports/МОН.xlsx",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input/);
  });

  test("usage errors: no input, an empty folder, a bad date, a missing expected list", async () => {
    mkdirSync(join(root, "empty"));
    expect((await atkaruu(root, ["--lang", "en"])).code).toBe(2);
    const empty = await atkaruu(root, ["empty", "--lang", "en"]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no \.xlsx files/);
    expect((await atkaruu(root, ["reports", "--as-of", "2025-13-01"])).code).toBe(2);
    const noList = await atkaruu(root, ["reports", "--expect", "missing.txt", "--lang", "en"]);
    expect(noList.code).toBe(2);
    expect(noList.stderr).toMatch(/expected bodies/);
  });

  test("the input folder is left as it was", async () => {
    const before = readdirSync(folder).sort();
    await atkaruu(root, ["reports", "--out", join(root, "y.xlsx")]);
    expect(readdirSync(folder).sort()).toEqual(before);
    const stat = await fsp.stat(join(folder, "МЭК_old.xlsx"));
    expect(stat.mtimeMs).toBe(Date.parse("2025-05-01T12:00:00Z"));
  });
});

describe("agreement with annex2", () => {
  test("a workbook written by `atkaruu annex2` is consolidated as its stored body, with the same figures", async () => {
    const { annex2Command } = await import("../../src/cli/commands/annex2");
    const dir = join(root, "annex2");
    mkdirSync(dir);
    const example = join(__dirname, "..", "..", "examples", "table1-example.xlsx");
    let stdout = "";
    const io: CliIo = {
      stdout: (s) => void (stdout += s),
      stderr: () => undefined,
      env: {},
      cwd: dir,
      stderrIsTTY: false,
      today: () => AS_OF,
    };
    const code = await runCli(
      [
        "annex2",
        example,
        "--body",
        "Министерство цифрового развития (МЦРИТ)",
        "--json",
        "--out",
        join(dir, "report.xlsx"),
        "--lang",
        "en",
      ],
      io,
      [annex2Command]
    );
    expect(code).toBe(0);
    const annex = JSON.parse(stdout) as {
      summary: {
        total: number;
        completed: number;
        completedOnTime: number;
        completedLate: number;
        executionLevel: number;
        lead: { total: number };
        co: { total: number };
      };
    };
    const r = await atkaruu(dir, [
      ".",
      "--json",
      "--lang",
      "en",
      "--out",
      join(root, "annex2-consolidated.xlsx"),
    ]);
    expect(r.code).toBe(0);
    const [body] = JSON.parse(r.stdout).bodies;
    // Stored as the full name the workbook's title row gives the body (МЦРИТ), whatever name was typed.
    expect(body).toMatchObject({
      body: EXAMPLE_FULL_NAME.ky,
      file: "report.xlsx",
      total: annex.summary.total,
      completed: annex.summary.completed,
      completedOnTime: annex.summary.completedOnTime,
      completedLate: annex.summary.completedLate,
      executionLevel: annex.summary.executionLevel,
      lead: annex.summary.lead.total,
      co: annex.summary.co.total,
    });
    expect(annex.summary.co.total).toBeGreaterThan(0);
  });
});
