/**
 * Consolidating 60 bodies' workbooks of 334 measures each (`atkaruu consolidate <folder>`: read every
 * file, analyse, consolidate, write the consolidated workbook atomically) beside the floor measured in
 * the same run: reading every file with plain ExcelJS (`workbook.xlsx.readFile`) and writing one
 * combined workbook with plain ExcelJS (all rows into one sheet). Also the reading alone with plain
 * ExcelJS, ExcelJS's streaming reader and the workbook reader (src/xlsx/read), and the peak RSS of
 * consolidating 20 and 60 files, each in its own process (`process.resourceUsage().maxRSS`).
 * The workbooks are generated first (not timed) into a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { consolidateCommand } from "../src/cli/commands/consolidate";
import type { CliIo } from "../src/cli/command";
import { runCli } from "../src/cli/run";
import { readWorkbookFile } from "../src/xlsx/nodeReader";
import { benchmarkWorkbook, writeFixture } from "../test/consolidate/fixtures";

const FILES = 60;
const ROWS = 334;
const RUNS = 3;
const AS_OF = "2025-06-30";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function workbookPaths(dir: string, n: number): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .slice(0, n)
    .map((f) => join(dir, f));
}

/** What we measure: the whole command, as a coordinator runs it. */
async function consolidateFiles(paths: readonly string[], out: string): Promise<void> {
  let stdout = "";
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: () => undefined,
    env: {},
    cwd: tmpdir(),
    stderrIsTTY: false,
    today: () => AS_OF,
  };
  const code = await runCli(
    ["consolidate", ...paths, "--as-of", AS_OF, "--json", "--out", out, "--lang", "ru"],
    io,
    [consolidateCommand]
  );
  if (code !== 0) throw new Error(`consolidate exited ${code}: ${stdout.slice(0, 400)}`);
  const bodies = (JSON.parse(stdout) as { bodies: unknown[] }).bodies.length;
  if (bodies !== paths.length) throw new Error(`expected ${paths.length} bodies, got ${bodies}`);
}

/** The floor: plain ExcelJS reads every file, and writes all their rows into one sheet of one workbook. */
async function floorFiles(paths: readonly string[], out: string): Promise<void> {
  const combined = new ExcelJS.Workbook();
  const sheet = combined.addWorksheet("All");
  let rows = 0;
  for (const p of paths) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    const ws = wb.worksheets[0];
    ws.eachRow((row) => {
      sheet.addRow(row.values as ExcelJS.CellValue[]);
      rows++;
    });
  }
  await combined.xlsx.writeFile(out);
  if (rows < paths.length * ROWS) throw new Error(`floor read only ${rows} rows`);
}

async function readPlain(paths: readonly string[]): Promise<number> {
  let cells = 0;
  for (const p of paths) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    wb.worksheets[0].eachRow((row) => void (cells += row.cellCount));
  }
  return cells;
}

async function readStreaming(paths: readonly string[]): Promise<number> {
  let cells = 0;
  for (const p of paths) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(p, {
      sharedStrings: "cache",
      worksheets: "emit",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    for await (const ws of reader) {
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) cells += row.cellCount;
    }
  }
  return cells;
}

async function readLean(paths: readonly string[]): Promise<number> {
  let cells = 0;
  for (const p of paths) {
    const r = await readWorkbookFile(p, "ru", { keep: "table1" });
    if (!r.ok) throw new Error(r.fatal.message);
    for (const s of r.book.sheets) for (const row of s.rows) cells += row.length;
  }
  return cells;
}

/** Peak RSS (MB) of one child process doing `mode` on the first `n` files. */
function childPeak(mode: "consolidate" | "floor", dir: string, n: number): number {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", __filename, "child", mode, dir, String(n)],
    { encoding: "utf8" }
  );
  if (run.status !== 0) throw new Error(`child ${mode} ${n} failed: ${run.stderr}`);
  const m = /maxRSS=(\d+)/.exec(run.stdout);
  if (!m) throw new Error(`child printed no maxRSS: ${run.stdout}`);
  return Number(m[1]) / 1024; // resourceUsage().maxRSS is in kilobytes
}

async function child(mode: string, dir: string, n: number): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), "atk-bench-out-"));
  const paths = workbookPaths(dir, n);
  try {
    if (mode === "consolidate") await consolidateFiles(paths, join(outDir, "out.xlsx"));
    else await floorFiles(paths, join(outDir, "out.xlsx"));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  process.stdout.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "atk-bench-"));
  const outDir = mkdtempSync(join(tmpdir(), "atk-bench-out-"));
  try {
    for (let i = 0; i < FILES; i++) await writeFixture(dir, benchmarkWorkbook(i, ROWS));
    const paths = workbookPaths(dir, FILES);
    const bytes = paths.reduce((s, p) => s + statSync(p).size, 0);
    console.log(
      `${FILES} workbooks × ${ROWS} measures (${(bytes / 1024 / 1024).toFixed(1)} MB), median of ${RUNS} runs`
    );

    // Warm up both paths once (JIT, file cache).
    await consolidateFiles(paths.slice(0, 5), join(outDir, "warm.xlsx"));
    await floorFiles(paths.slice(0, 5), join(outDir, "warm-floor.xlsx"));

    const ours: number[] = [];
    const floor: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      floor.push(await time(() => floorFiles(paths, join(outDir, "floor.xlsx"))));
      ours.push(await time(() => consolidateFiles(paths, join(outDir, "consolidated.xlsx"))));
    }
    const o = median(ours);
    const f = median(floor);
    console.log(
      `floor  (plain ExcelJS: read ${FILES} files + write one combined workbook): ${f.toFixed(0)} ms`
    );
    console.log(
      `consolidate (read, analyse, consolidate, write summary/items/issues): ${o.toFixed(0)} ms`
    );
    console.log(`ratio consolidate / floor: ${(o / f).toFixed(2)}× (aim ≤ 0.30×, issue 14)`);

    const plain = median([
      await time(() => readPlain(paths)),
      await time(() => readPlain(paths)),
      await time(() => readPlain(paths)),
    ]);
    const streaming = median([
      await time(() => readStreaming(paths)),
      await time(() => readStreaming(paths)),
      await time(() => readStreaming(paths)),
    ]);
    const lean = median([
      await time(() => readLean(paths)),
      await time(() => readLean(paths)),
      await time(() => readLean(paths)),
    ]);
    console.log(
      `reading only: plain ExcelJS ${plain.toFixed(0)} ms · ExcelJS streaming reader ${streaming.toFixed(0)} ms · lean reader ${lean.toFixed(0)} ms`
    );

    const c20 = childPeak("consolidate", dir, 20);
    const c60 = childPeak("consolidate", dir, 60);
    const f20 = childPeak("floor", dir, 20);
    const f60 = childPeak("floor", dir, 60);
    console.log(
      `peak RSS consolidate: 20 files ${c20.toFixed(0)} MB · 60 files ${c60.toFixed(0)} MB (growth ${(c60 - c20).toFixed(0)} MB)`
    );
    console.log(
      `peak RSS floor:       20 files ${f20.toFixed(0)} MB · 60 files ${f60.toFixed(0)} MB (growth ${(f60 - f20).toFixed(0)} MB)`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

const [, , role, mode, dir, n] = process.argv;
(role === "child" ? child(mode, dir, Number(n)) : main()).catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
