/**
 * Consolidation over several periods (SPEC "Comparing two reporting periods"): each body's level per
 * period and the overall level per period from summed counts, computed by hand below; the periods
 * sheet; `atkaruu consolidate` on openpyxl-made files of two quarters, its JSON, its summary, and the
 * consolidated workbook opened by LibreOffice headless with the periods sheet in it.
 *
 * The reports are those of ./periodsFixtures.ts (hand-computed there); МЭК's first-quarter report
 * here says its date only as the stored ATKARUU_AS_OF, and the command-line files are made by openpyxl.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildConsolidationSheets,
  buildSnapshotSheet,
  compareCatalog,
  consolidate,
  consolidationEntry,
  coreCatalog,
  readSnapshot,
} from "../../src/core";
import type { CellValue, ConsolidationEntry, SheetGrid } from "../../src/core";
import { consolidateCommand } from "../../src/cli/commands/consolidate";
import { runCli } from "../../src/cli/run";
import type { CliIo } from "../../src/cli/command";
import { KY_HEADERS, analyse } from "../core/fixtures";
import { PERIODS_AS_OF, Q1_TITLE, Q2_TITLE, periodRows, periodTable } from "./periodsFixtures";
import { sheetsAsCsv } from "../support/libreoffice";
import { writeTable1WithOpenpyxl } from "../support/openpyxl";
import type { OpenpyxlCell } from "../support/openpyxl";

jest.setTimeout(180_000);

const AS_OF = PERIODS_AS_OF;
const rows = periodRows;
const table = periodTable;

function entry(
  body: string,
  file: string,
  modified: number,
  grid: SheetGrid,
  extra: { storedAsOf?: string } = {}
): ConsolidationEntry {
  return consolidationEntry(
    { file, modified, sheets: [grid], storedBody: body, ...extra },
    { asOf: AS_OF, lang: "ky" }
  );
}

const ENTRIES = (): ConsolidationEntry[] => [
  entry("МЦРИТ", "q1/МЦРИТ.xlsx", 1, table(Q1_TITLE, 4, 1)),
  entry("МЦРИТ", "q2/МЦРИТ.xlsx", 2, table(Q2_TITLE, 4, 3)),
  // МЭК's first-quarter file says its date only as the stored ATKARUU_AS_OF.
  entry("МЭК", "q1/МЭК.xlsx", 1, table("Маалымат", 5, 2), { storedAsOf: "2025-03-31" }),
  entry("МЭК", "q2-old/МЭК.xlsx", 1, table(Q2_TITLE, 5, 0)),
  entry("МЭК", "q2/МЭК.xlsx", 2, table(Q2_TITLE, 5, 2)),
  entry("МЮ", "q2/МЮ.xlsx", 2, table("Маалымат", 2, 2)),
];

describe("levels per period (core)", () => {
  const c = consolidate(ENTRIES(), { asOf: AS_OF, lang: "ky" });

  test("each body's level per period, the overall from summed counts, bodies in name order", () => {
    const p = c.periods!;
    expect(p.periods).toEqual(["2025-03-31", "2025-06-30"]);
    expect(
      p.bodies.map((b) => [
        b.body,
        ...b.periods.map((f) =>
          f === null ? null : [f.completed, f.total, f.executionLevel, f.file]
        ),
      ])
    ).toEqual([
      ["МЦРИТ", [1, 4, 25, "q1/МЦРИТ.xlsx"], [3, 4, 75, "q2/МЦРИТ.xlsx"]],
      ["МЭК", [2, 5, 40, "q1/МЭК.xlsx"], [2, 5, 40, "q2/МЭК.xlsx"]],
      ["МЮ", null, [2, 2, 100, "q2/МЮ.xlsx"]],
    ]);
    expect(p.overall.map((o) => [o.completed, o.total])).toEqual([
      [3, 9],
      [7, 11],
    ]);
    expect(p.overall[0].executionLevel).toBeCloseTo(33.333, 2);
    expect(p.overall[1].executionLevel).toBeCloseTo(63.636, 2);
  });

  test("a body's figures are its latest period's; only a file of the same period is a duplicate", () => {
    expect(c.bodies.map((b) => [b.body, b.file, b.completed, b.total])).toEqual([
      ["МЮ", "q2/МЮ.xlsx", 2, 2],
      ["МЦРИТ", "q2/МЦРИТ.xlsx", 3, 4],
      ["МЭК", "q2/МЭК.xlsx", 2, 5],
    ]);
    expect([c.overall.completed, c.overall.total]).toEqual([7, 11]);
    expect(c.duplicates).toEqual([
      { body: "МЭК", used: "q2/МЭК.xlsx", ignored: "q2-old/МЭК.xlsx" },
    ]);
  });

  test("the periods sheet: dates as columns, empty where a body sent nothing, the overall row, data bars per period", () => {
    const sheets = buildConsolidationSheets(c);
    const names = coreCatalog("ky").consolidation;
    expect(sheets.map((s) => s.name)).toEqual([
      names.summarySheet,
      names.itemsSheet,
      names.issuesSheet,
      compareCatalog("ky").periodsSheet,
    ]);
    const periods = sheets[3];
    const at = (r: number, col: number): unknown =>
      periods.cells.find((x) => x.row === r && x.col === col)?.value;
    const t = compareCatalog("ky");
    expect([at(2, 0), at(2, 1), at(2, 2)]).toEqual([
      t.periodsBodyHeader,
      "31.03.2025",
      "30.06.2025",
    ]);
    expect([at(3, 0), at(3, 1), at(3, 2)]).toEqual(["МЦРИТ", 25, 75]);
    expect([at(5, 0), at(5, 1), at(5, 2)]).toEqual(["МЮ", null, 100]);
    expect(at(6, 0)).toBe(t.periodsOverall);
    expect(at(6, 1)).toBeCloseTo(33.333, 2);
    expect(periods.dataBars).toEqual([
      { top: 3, bottom: 5, col: 1, color: "5B9BD5" },
      { top: 3, bottom: 5, col: 2, color: "5B9BD5" },
    ]);
  });

  test("a fresh snapshot gives the report's period; files of one period give no levels per period", () => {
    const q1 = table("Маалымат", 4, 1);
    const snapshot = readSnapshot({
      name: "ATKARUU_SNAPSHOT",
      rows: gridOf(buildSnapshotSheet(analyse([q1]), "2025-03-31", "МЦРИТ")),
    });
    const e = consolidationEntry(
      { file: "a.xlsx", modified: 1, sheets: [q1], storedBody: "МЦРИТ", snapshot },
      { asOf: AS_OF, lang: "ky" }
    );
    expect(e.fatal === undefined && e.reportAsOf).toBe("2025-03-31");
    // Table 1 edited since: the snapshot describes the report before, not this one.
    const edited = consolidationEntry(
      {
        file: "a.xlsx",
        modified: 1,
        sheets: [table("Маалымат", 4, 2)],
        storedBody: "МЦРИТ",
        snapshot,
      },
      { asOf: AS_OF, lang: "ky" }
    );
    expect(edited.fatal === undefined && edited.reportAsOf).toBeNull();
    const one = consolidate(
      [
        entry("МЦРИТ", "a.xlsx", 1, table(Q2_TITLE, 4, 3)),
        entry("МЮ", "b.xlsx", 1, table("Маалымат", 2, 2)),
      ],
      { asOf: AS_OF, lang: "ky" }
    );
    expect(one.periods).toBeNull();
    expect(buildConsolidationSheets(one)).toHaveLength(3);
  });
});

/** A sheet model's cells as a grid (what a reader would give back). */
function gridOf(model: ReturnType<typeof buildSnapshotSheet>): CellValue[][] {
  const out: CellValue[][] = [];
  for (const c of model.cells) {
    while (out.length <= c.row) out.push([]);
    out[c.row][c.col] = c.value;
  }
  return out;
}

describe("atkaruu consolidate over two quarters", () => {
  let root: string;
  let stdout = "";
  let code = -1;
  const io = (): CliIo => ({
    stdout: (s) => void (stdout += s),
    stderr: () => undefined,
    env: {},
    cwd: root,
    stderrIsTTY: false,
    today: () => AS_OF,
  });
  const produce = (
    folder: string,
    name: string,
    title: string,
    n: number,
    completed: number,
    mtime: number
  ): void => {
    mkdirSync(join(root, folder), { recursive: true });
    const path = join(root, folder, name);
    writeTable1WithOpenpyxl(path, {
      title,
      headers: KY_HEADERS,
      rows: rows(n, completed) as OpenpyxlCell[][],
    });
    utimesSync(path, mtime, mtime);
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "atk-periods-"));
    produce("q1", "МЦРИТ.xlsx", Q1_TITLE, 4, 1, 1_000);
    produce("q1", "МЭК.xlsx", Q1_TITLE, 5, 2, 1_000);
    produce("q2", "МЦРИТ.xlsx", Q2_TITLE, 4, 3, 2_000);
    produce("q2", "МЭК.xlsx", Q2_TITLE, 5, 2, 2_000);
    produce("q2-old", "МЭК.xlsx", Q2_TITLE, 5, 0, 1_500);
    produce("q2", "МЮ.xlsx", "Маалымат", 2, 2, 2_000);
    code = await runCli(
      ["consolidate", "q1", "q2", "q2-old", "--json", "--lang", "en", "--out", "all.xlsx"],
      io(),
      [consolidateCommand]
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("JSON: the periods, oldest first, each body's report and the overall from summed counts", () => {
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      periods: unknown;
      overall: { total: number; completed: number; executionLevel: number };
      duplicates: unknown;
    };
    expect(json.periods).toEqual([
      {
        asOf: "2025-03-31",
        bodies: [
          { body: "МЦРИТ", file: "q1/МЦРИТ.xlsx", total: 4, completed: 1, executionLevel: 25 },
          { body: "МЭК", file: "q1/МЭК.xlsx", total: 5, completed: 2, executionLevel: 40 },
        ],
        overall: { total: 9, completed: 3, executionLevel: 33.3 },
      },
      {
        asOf: "2025-06-30",
        bodies: [
          { body: "МЦРИТ", file: "q2/МЦРИТ.xlsx", total: 4, completed: 3, executionLevel: 75 },
          { body: "МЭК", file: "q2/МЭК.xlsx", total: 5, completed: 2, executionLevel: 40 },
          { body: "МЮ", file: "МЮ.xlsx", total: 2, completed: 2, executionLevel: 100 },
        ],
        overall: { total: 11, completed: 7, executionLevel: 63.6 },
      },
    ]);
    expect(json.overall).toMatchObject({ total: 11, completed: 7, executionLevel: 63.6 });
    expect(json.duplicates).toEqual([
      { body: "МЭК", used: "q2/МЭК.xlsx", ignored: "q2-old/МЭК.xlsx" },
    ]);
  });

  test("the summary lists the levels per period in the user's language", async () => {
    stdout = "";
    await runCli(
      ["consolidate", "q1", "q2", "q2-old", "--lang", "ru", "--out", "all-ru.xlsx"],
      io(),
      [consolidateCommand]
    );
    const t = compareCatalog("ru");
    expect(stdout).toContain(t.periodsTitle);
    const lines = stdout.split("\n");
    const table = lines.slice(lines.indexOf(t.periodsTitle) + 1);
    const line = (label: string): string[] =>
      table
        .find((l) => l.trim().startsWith(label))!
        .trim()
        .split(/\s{2,}/);
    expect(line(t.periodsBodyHeader)).toEqual([t.periodsBodyHeader, "31.03.2025", "30.06.2025"]);
    expect(line("МЮ")).toEqual(["МЮ", t.noReport, "100,0"]);
    expect(line(t.periodsOverall)).toEqual([t.periodsOverall, "33,3", "63,6"]);
  });

  test("LibreOffice opens the consolidated workbook and shows the periods sheet's levels", async () => {
    const file = join(root, "all.xlsx");
    const csv = await sheetsAsCsv([file], join(root, "csv"));
    const sheets = csv.get(file)!;
    const t = compareCatalog("en");
    const periods = sheets.get(t.periodsSheet)!;
    expect(periods[0][0]).toBe(t.periodsTitle);
    expect(periods.slice(2, 7).map((r) => r.slice(0, 3))).toEqual([
      [t.periodsBodyHeader, "31.03.2025", "30.06.2025"],
      ["МЦРИТ", "25.0", "75.0"],
      ["МЭК", "40.0", "40.0"],
      ["МЮ", "", "100.0"],
      [t.periodsOverall, "33.3", "63.6"],
    ]);
    expect([...sheets.keys()]).toContain(coreCatalog("en").consolidation.summarySheet);
  });
});
