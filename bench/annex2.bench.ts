/**
 * End-to-end `atkaruu annex2` on a 334-row Table 1 (the size of the 444-р plan): read the file,
 * check it, build grids, analyse, build Annex 2, add it to the workbook, write the copy atomically —
 * beside the floor measured in the same run: plain ExcelJS load + write of the same file, written the
 * same durable way (temporary file, fsync, rename), with no work of ours.
 * Goal (issue 2): well under a second. Also times the whole command as a process (Node start
 * included) when dist/cli/atkaruu.js is built.
 *
 * Run: `node scripts/bench.mjs annex2` (or `npm run bench`, which builds first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadExcelJsWorkbook, workbookToBuffer, writeSheetModel } from "../src/xlsx/workbook";
import { writeFileAtomic } from "../src/xlsx/files";
import { readWorkbookFile } from "../src/xlsx/nodeReader";
import { ANNEX2_SHEET_NAMES, analyseWorkbook, buildAnnex2, PLAN_ITEMS_444 } from "../src/core";
import { exampleWorkbook } from "../test/fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../test/fixtures/xlsx/table1";

const RUNS = 15;
const WARMUP = 3;
const ROWS = 334;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (ms: number): string => ms.toFixed(1);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

const PHASES = ["read", "analyse", "build", "add sheet", "serialise", "write"] as const;
type Phases = Record<(typeof PHASES)[number], number>;

/** One `annex2` run, phase by phase (the same steps as src/cli/commands/annex2.ts). */
async function annex2(input: string, output: string): Promise<{ measures: number; phases: Phases }> {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const d = now - t;
    t = now;
    return d;
  };
  const read = await readWorkbookFile(input, "ky");
  if (!read.ok) throw new Error(read.fatal.message);
  const readMs = lap();
  const r = analyseWorkbook(read.book.sheets, { body: "МЦРИТ", asOf: "2025-06-30", lang: "ky" }, "plan.xlsx");
  if (!r.ok) throw new Error(r.fatal.message);
  const analyseMs = lap();
  const model = buildAnnex2(r.analysis, { body: "МЦРИТ", periodFrom: null, periodTo: null, asOf: "2025-06-30", person: "", contacts: "", planItems: PLAN_ITEMS_444, lang: "ky" });
  const buildMs = lap();
  const loaded = await loadExcelJsWorkbook(read.bytes!, { lang: "ky" });
  if (!loaded.ok) throw new Error(loaded.fatal.message);
  writeSheetModel(loaded.workbook, model, { replaces: ANNEX2_SHEET_NAMES, after: r.analysis.layout.sheet });
  const addMs = lap();
  const bytes = await workbookToBuffer(loaded.workbook);
  const serialiseMs = lap();
  await writeFileAtomic(output, bytes);
  const writeMs = lap();
  return { measures: r.analysis.measures.length, phases: { read: readMs, analyse: analyseMs, build: buildMs, "add sheet": addMs, serialise: serialiseMs, write: writeMs } };
}

/** The floor: the same file read, loaded and written back by ExcelJS, written the same durable way — no work of ours. */
async function floor(input: string, output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(input) as unknown as ExcelJS.Buffer);
  await writeFileAtomic(output, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

async function time(f: () => Promise<unknown>): Promise<number> {
  gc();
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "atkaruu-bench-"));
  try {
    const input = join(dir, "plan.xlsx");
    writeFileSync(input, await workbookBytes(exampleWorkbook("ky", { count: ROWS })));
    const { measures } = await annex2(input, join(dir, "check.xlsx"));
    console.log(`input: ${ROWS}-row Table 1, ${(readFileSync(input).length / 1024).toFixed(0)} KB, ${measures} measures read`);

    const floorMs: number[] = [];
    const annexMs: number[] = [];
    const phaseMs: Phases[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      // Interleaved, so both see the same machine state.
      const f = await time(() => floor(input, join(dir, "floor.xlsx")));
      let phases: Phases | null = null;
      const a = await time(async () => {
        phases = (await annex2(input, join(dir, "annex2.xlsx"))).phases;
      });
      if (i >= WARMUP) {
        floorMs.push(f);
        annexMs.push(a);
        phaseMs.push(phases!);
      }
    }
    const f = median(floorMs);
    const a = median(annexMs);
    console.log(`floor (ExcelJS load + write, no work): median ${fmt(f)} ms  runs: ${floorMs.map(fmt).join(" ")}`);
    console.log(`annex2 end to end (in process):        median ${fmt(a)} ms  runs: ${annexMs.map(fmt).join(" ")}`);
    console.log(`  phases (medians): ${PHASES.map((p) => `${p} ${fmt(median(phaseMs.map((x) => x[p])))}`).join(", ")} ms`);
    console.log(`ratio annex2 / floor: ${(a / f).toFixed(2)}×  (goal: end to end well under 1000 ms)`);

    const cli = join(process.cwd(), "bin", "atkaruu.js");
    if (existsSync(join(process.cwd(), "dist", "cli", "atkaruu.js"))) {
      const procMs: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [cli, "annex2", input, "--body", "МЦРИТ", "--as-of", "2025-06-30", "--out", join(dir, "cli.xlsx"), "--json"], { encoding: "utf8" });
        if (r.status !== 0) throw new Error(r.stderr);
        procMs.push(performance.now() - t0);
      }
      const nodeMs: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        spawnSync(process.execPath, ["-e", "require('exceljs')"]);
        nodeMs.push(performance.now() - t0);
      }
      console.log(`atkaruu annex2 as a process:           median ${fmt(median(procMs))} ms  (Node start + require('exceljs') alone: ${fmt(median(nodeMs))} ms)`);
    } else {
      console.log("atkaruu annex2 as a process: not measured (dist/cli/atkaruu.js not built; run npm run build)");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
