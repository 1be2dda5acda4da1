/**
 * `atkaruu annex2` (issue 14, "Must hold"):
 *
 * 1. On a 334-row Table 1 (the size of the 444-р plan) **as a whole process** — Node start, reading,
 *    checking, Annex 2, the copy of the user's package written atomically — beside the floor
 *    measured in the same run, interleaved: a Node process that only unzips the Table 1 sheet part
 *    (its central directory entry, zlib) and scans its XML once. The ratio is the figure (aim ≤ 1.3×);
 *    Node's own start (`node -e 0`) is shown too. Also the same steps in process, phase by phase,
 *    and the process's peak memory.
 * 2. Time and peak memory against the number of merged areas: the same workbook with 1 000, 10 000
 *    and 100 000 merges (extra merges beside the table, as workbooks formatted by hand have): the
 *    steps in process (start-up noise would hide the difference) and the peak memory of the whole
 *    process. Linear means the cost per 1 000 more merges stays the same from 10 000 to 100 000 as
 *    from 1 000 to 10 000; memory must stay under 512 MB.
 *
 * Run: `node scripts/bench.mjs annex2` (or `npm run bench`, which builds first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ANNEX2_SHEET_NAMES,
  analyseWorkbook,
  buildAnnex2,
  columnLetter,
  PLAN_ITEMS_444,
} from "../src/core";
import { writeFileAtomic } from "../src/xlsx/files";
import { patchPackageInSlices, readWorkbookFile } from "../src/xlsx/nodeReader";
import { exampleWorkbook } from "../test/fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../test/fixtures/xlsx/table1";
import { patchZip, zipText } from "../test/fixtures/xlsx/zip";

const RUNS = 9;
const ROWS = 334;
const SHEET_PART = "xl/worksheets/sheet1.xml";
const MEMORY_LIMIT_MB = 512;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (ms: number): string => ms.toFixed(1);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, " ");

/**
 * The floor, as plain Node with nothing of ours: find one part in the ZIP's central directory,
 * inflate it with zlib, decode it and walk its characters once (counting cell tags, so the walk is
 * not optimised away).
 */
const FLOOR = String.raw`
const fs = require("node:fs"), zlib = require("node:zlib");
const [file, part] = process.argv.slice(1);
const b = fs.readFileSync(file);
const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
let p = b.readUInt32LE(eocd + 16), xml = null;
for (let i = b.readUInt16LE(eocd + 10); i > 0; i--) {
  const n = b.readUInt16LE(p + 28), name = b.toString("utf8", p + 46, p + 46 + n);
  if (name === part) {
    const local = b.readUInt32LE(p + 42), start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + b.readUInt32LE(p + 20));
    xml = new TextDecoder().decode(b.readUInt16LE(p + 10) === 8 ? zlib.inflateRawSync(data) : data);
    break;
  }
  p += 46 + n + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
}
if (xml === null) process.exit(3);
let cells = 0;
for (let i = 0; i < xml.length; i++) if (xml.charCodeAt(i) === 60 && xml.charCodeAt(i + 1) === 99 && xml.charCodeAt(i + 2) === 32) cells++;
process.stdout.write(String(cells));
`;

interface Run {
  readonly ms: number;
  /** Peak resident memory in MB, when /usr/bin/time could tell. */
  readonly peakMb: number | null;
}

/** One process, timed from spawn to exit; its peak RSS from GNU time's `%M` (kilobytes). */
function runProcess(args: readonly string[]): Run {
  const timed = existsSync("/usr/bin/time");
  const t0 = performance.now();
  const r = timed
    ? spawnSync("/usr/bin/time", ["-f", "maxrss=%M", process.execPath, ...args], {
        encoding: "utf8",
      })
    : spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`${args.slice(0, 2).join(" ")} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
  const m = /maxrss=(\d+)/.exec(r.stderr);
  return { ms, peakMb: m === null ? null : Number(m[1]) / 1024 };
}

const cli = join(process.cwd(), "bin", "atkaruu.js");
const annex2Args = (input: string, out: string): string[] => [
  cli,
  "annex2",
  input,
  "--body",
  "МЦРИТ",
  "--as-of",
  "2025-06-30",
  "--out",
  out,
  "--json",
];

const PHASES = ["read", "analyse", "build", "copy", "write"] as const;
type Phases = Record<(typeof PHASES)[number], number>;

/** The steps of src/cli/commands/annex2.ts in this process, phase by phase. */
async function inProcess(input: string, output: string): Promise<Phases> {
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
  const r = analyseWorkbook(
    read.book.sheets,
    { body: "МЦРИТ", asOf: "2025-06-30", lang: "ky" },
    "plan.xlsx"
  );
  if (!r.ok) throw new Error(r.fatal.message);
  const analyseMs = lap();
  const model = buildAnnex2(r.analysis, {
    body: "МЦРИТ",
    periodFrom: null,
    periodTo: null,
    asOf: "2025-06-30",
    person: "",
    contacts: "",
    planItems: PLAN_ITEMS_444,
    lang: "ky",
  });
  const buildMs = lap();
  const bytes = await patchPackageInSlices(read.bytes!, {
    sheets: [{ model, replaces: ANNEX2_SHEET_NAMES, after: r.analysis.layout.sheet }],
    activate: model.name,
  });
  const copyMs = lap();
  await writeFileAtomic(output, bytes);
  return { read: readMs, analyse: analyseMs, build: buildMs, copy: copyMs, write: lap() };
}

/** The workbook with merged areas added beside the table (pairs of cells, row by row) up to `total`. */
function withMerges(bytes: Uint8Array, total: number): Uint8Array {
  const xml = zipText(bytes, SHEET_PART);
  const existing = [...xml.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1]);
  const extra: string[] = [];
  // Beside the table (from column M), over the rows the table uses: the reader and the copy see them all.
  for (let k = 0; existing.length + extra.length < total; k++) {
    const row = 1 + (k % (ROWS + 5));
    const col = 12 + 2 * Math.floor(k / (ROWS + 5));
    extra.push(`${columnLetter(col)}${row}:${columnLetter(col + 1)}${row}`);
  }
  const all = [...existing, ...extra].map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  const block = `<mergeCells count="${existing.length + extra.length}">${all}</mergeCells>`;
  const patched = /<mergeCells[^>]*>[\s\S]*?<\/mergeCells>/.test(xml)
    ? xml.replace(/<mergeCells[^>]*>[\s\S]*?<\/mergeCells>/, block)
    : xml.replace("</sheetData>", `</sheetData>${block}`);
  return patchZip(bytes, { [SHEET_PART]: patched });
}

async function main(): Promise<void> {
  if (!existsSync(join(process.cwd(), "dist", "cli", "atkaruu.js")))
    throw new Error("dist/cli/atkaruu.js is not built: run npm run build");
  const dir = mkdtempSync(join(tmpdir(), "atkaruu-bench-"));
  try {
    const input = join(dir, "plan.xlsx");
    const bytes = await workbookBytes(exampleWorkbook("ky", { count: ROWS }));
    writeFileSync(input, bytes);
    const phases0 = await inProcess(input, join(dir, "check.xlsx"));
    if (Object.values(phases0).some((v) => !Number.isFinite(v))) throw new Error("no phases");
    console.log(
      `input: ${ROWS}-row Table 1, ${(bytes.length / 1024).toFixed(0)} KB; Table 1 part ${SHEET_PART} ${(zipText(bytes, SHEET_PART).length / 1024).toFixed(0)} KB of XML`
    );

    // 1. The whole process beside the floor process, interleaved so both see the same machine.
    const ours: Run[] = [];
    const floor: Run[] = [];
    const node: Run[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const f = runProcess(["-e", FLOOR, input, SHEET_PART]);
      const o = runProcess(annex2Args(input, join(dir, "cli.xlsx")));
      const n = runProcess(["-e", "0"]);
      if (i === 0) continue; // warm-up: file cache, the bundle read once
      floor.push(f);
      ours.push(o);
      node.push(n);
    }
    const o = median(ours.map((r) => r.ms));
    const f = median(floor.map((r) => r.ms));
    const peak = (runs: readonly Run[]): string =>
      runs[0].peakMb === null ? "?" : `${median(runs.map((r) => r.peakMb!)).toFixed(0)} MB`;
    console.log(
      `floor: node unzips the Table 1 part and scans its XML once   median ${fmt(f)} ms  (peak ${peak(floor)})  runs: ${floor.map((r) => fmt(r.ms)).join(" ")}`
    );
    console.log(
      `atkaruu annex2 as a process (read, check, Annex 2, copy)     median ${fmt(o)} ms  (peak ${peak(ours)})  runs: ${ours.map((r) => fmt(r.ms)).join(" ")}`
    );
    console.log(
      `Node start alone (node -e 0)                                  median ${fmt(median(node.map((r) => r.ms)))} ms`
    );
    console.log(`ratio annex2 / floor: ${(o / f).toFixed(2)}×  (aim ≤ 1.30×)`);

    const phaseRuns: Phases[] = [];
    for (let i = 0; i < RUNS; i++) {
      gc();
      phaseRuns.push(await inProcess(input, join(dir, "annex2.xlsx")));
    }
    const total = median(phaseRuns.map((p) => PHASES.reduce((s, k) => s + p[k], 0)));
    console.log(
      `  in process: ${fmt(total)} ms — ${PHASES.map((p) => `${p} ${fmt(median(phaseRuns.map((x) => x[p])))}`).join(", ")} ms (medians)`
    );

    // 2. Merged areas: 1 000, 10 000, 100 000 — time in process (where start-up noise does not hide
    // it; median of 5), peak memory of the whole process.
    const counts = [1_000, 10_000, 100_000];
    const times: number[] = [];
    for (const n of counts) {
      const file = join(dir, `merges-${n}.xlsx`);
      const b = withMerges(bytes, n);
      writeFileSync(file, b);
      await inProcess(file, join(dir, "merges-out.xlsx")); // warm-up
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        gc();
        const p = await inProcess(file, join(dir, "merges-out.xlsx"));
        runs.push(PHASES.reduce((sum, k) => sum + p[k], 0));
      }
      const ms = median(runs);
      times.push(ms);
      const proc = runProcess(annex2Args(file, join(dir, "merges-out.xlsx")));
      console.log(
        `${thousands(n).padStart(7)} merges (${(b.length / 1024).toFixed(0)} KB file): annex2 in process ${fmt(ms)} ms; ` +
          `as a process ${fmt(proc.ms)} ms, peak ${proc.peakMb === null ? "?" : `${proc.peakMb.toFixed(0)} MB`}`
      );
      if (proc.peakMb !== null && proc.peakMb > MEMORY_LIMIT_MB)
        throw new Error(
          `${n} merges: peak memory ${proc.peakMb.toFixed(0)} MB is over ${MEMORY_LIMIT_MB} MB`
        );
    }
    const perThousand = (a: number, b: number): number =>
      (times[b] - times[a]) / ((counts[b] - counts[a]) / 1000);
    console.log(
      `cost per 1 000 more merges: ${perThousand(0, 1).toFixed(1)} ms from 1 000 to 10 000, ${perThousand(1, 2).toFixed(1)} ms from 10 000 to 100 000 (linear: about the same or less; quadratic: 10× more)`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
