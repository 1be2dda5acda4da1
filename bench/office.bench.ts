/**
 * The Office adapter on the strict Excel double (issue 9, "Must hold"):
 *
 * 1. `writeSheet` of Annex 2 models of 100, 334 (the 444-р plan), 10 000 short and 10 000 long rows:
 *    syncs, the largest request (Excel on the web refuses over 5 MB) and the time to plan and queue
 *    everything — beside the floor measured in the same run, `JSON.stringify` of the model's values
 *    (the serialisation Office.js itself must do for any write of that sheet).
 * 2. The pane's "Annex 2" button as a user clicks it (workflow `generateAnnex2`: read Table 1 from
 *    the open workbook, analyse, build, write, activate) for 100, 334 and 10 000 measures: syncs of
 *    the whole click, the largest request and response, and the time from click to written Annex 2
 *    — beside the floor of the same run: the core alone on the same grid (analyse + build, no Office)
 *    plus the values' JSON, i.e. what any implementation must compute and serialise.
 *
 * Goal: the sync count is the same for 100 and 10 000 rows (and grows only with bytes: 10 000 long
 * rows); every request and response under 5 MB. The double's own bookkeeping is in the times, so they
 * say how our code scales, not how fast Excel is.
 *
 * Run: `node scripts/bench.mjs office`.
 */
import { analyseWorkbook, buildAnnex2 } from "../src/core";
import type { SheetGrid } from "../src/core";
import { OfficeWorkbook } from "../src/taskpane/excel/officeWorkbook";
import { DEFAULT_REQUEST_BUDGET, planRequests } from "../src/taskpane/excel/writePlan";
import type { PaneSettings } from "../src/taskpane/port";
import { generateAnnex2, reportMeta } from "../src/taskpane/workflow";
import { ExcelDouble, FIVE_MB } from "../test/office/excelDouble";
import type { SyncRecord } from "../test/office/excelDouble";
import { annex2Model, table1Merges, table1Rows } from "../test/office/fixtures";

const RUNS = 5;
const TODAY = "2025-06-30";
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mb = (b: number): string => (b / 1024 / 1024).toFixed(2);
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, " ");
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

const SETTINGS: PaneSettings = {
  body: "МЦРИТ",
  periodFrom: "2025-01-01",
  periodTo: "2025-06-30",
  person: "Асанов А.",
  contacts: "+996 312 000000",
  lang: "ky",
  sheet: "1-таблица",
};

/** The serialisation floor: the values of a sheet model as one JSON matrix. */
function valuesJson(
  cells: readonly { row: number; col: number; value: unknown }[],
  cols: number
): string {
  const rows = Math.max(...cells.map((x) => x.row)) + 1;
  const matrix = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(""));
  for (const cell of cells) matrix[cell.row][cell.col] = cell.value ?? "";
  return JSON.stringify(matrix);
}

function largest(syncs: readonly SyncRecord[], key: "requestBytes" | "responseBytes"): number {
  return Math.max(...syncs.map((s) => s[key]));
}

function checkLimits(label: string, syncs: readonly SyncRecord[]): void {
  const failed = syncs.find((s) => s.error !== undefined);
  if (failed !== undefined) throw new Error(`${label}: a sync failed with ${failed.error}`);
  if (largest(syncs, "requestBytes") >= FIVE_MB)
    throw new Error(`${label}: a request is over the 5 MB limit`);
  if (largest(syncs, "responseBytes") >= FIVE_MB)
    throw new Error(`${label}: a response is over the 5 MB limit`);
}

async function writeSheetSection(): Promise<void> {
  console.log(
    `writeSheet: budget ${mb(DEFAULT_REQUEST_BUDGET)} MB per request, Excel on the web's limit ${mb(FIVE_MB)} MB; median of ${RUNS} runs`
  );
  const cases = [
    { label: "100 rows", rows: 100, text: 0 },
    { label: "334 rows", rows: 334, text: 0 },
    { label: "10 000 short rows", rows: 10_000, text: 0 },
    { label: "10 000 long rows", rows: 10_000, text: 250 },
  ];
  for (const c of cases) {
    const model = annex2Model(c.rows, { text: c.text });
    const floorMs: number[] = [];
    const planMs: number[] = [];
    const writeMs: number[] = [];
    let syncs: readonly SyncRecord[] = [];
    let estimate = 0;
    for (let i = 0; i < RUNS; i++) {
      gc();
      let t = performance.now();
      if (valuesJson(model.cells, 7).length === 0) throw new Error("empty");
      floorMs.push(performance.now() - t);
      t = performance.now();
      const requests = planRequests(model, DEFAULT_REQUEST_BUDGET);
      planMs.push(performance.now() - t);
      estimate = requests.reduce((s, r) => s + r.bytes, 0);
      const double = new ExcelDouble().install();
      try {
        double.workbook.seedSheet("1-таблица", table1Rows(20));
        t = performance.now();
        syncs = (await double.countSyncs(() => new OfficeWorkbook().writeSheet(model))).syncs;
        writeMs.push(performance.now() - t);
      } finally {
        double.uninstall();
      }
    }
    checkLimits(c.label, syncs);
    console.log(
      `  ${c.label.padEnd(18)} syncs ${String(syncs.length).padStart(2)}  largest request ${mb(largest(syncs, "requestBytes"))} MB (estimate total ${mb(estimate)} MB)  ` +
        `plan ${median(planMs).toFixed(1)} ms, write on the double ${median(writeMs).toFixed(0)} ms  |  floor JSON.stringify of the values ${median(floorMs).toFixed(1)} ms`
    );
  }
}

async function clickSection(): Promise<void> {
  console.log(
    `the pane's Annex 2 button (read Table 1, analyse, build, write, activate) on the double; median of ${RUNS} runs`
  );
  // Tasks merged down over their measures (as officials type them), or typed once and left empty below.
  const cases = [
    { n: 100, merged: true },
    { n: 334, merged: true },
    { n: 10_000, merged: false },
    { n: 2_000, merged: true },
    { n: 10_000, merged: true },
  ];
  const counts = new Map<string, number[]>();
  for (const c of cases) {
    const rows = table1Rows(c.n);
    const merges = c.merged ? table1Merges(c.n) : [];
    // Excel's getMergedAreas fails above 512 areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13):
    // the adapter then reads the sheet again without them, one round trip more.
    const regime = merges.length > 512 ? "over 512 merged areas" : "up to 512 merged areas";
    const label = `${thousands(c.n)} measures, ${thousands(merges.length)} merges`;
    const grid: SheetGrid = {
      name: "1-таблица",
      rows: rows.map((r) => r.map((v) => (v === "" ? null : v))),
      merges: merges.map((m) => ({
        top: m.top,
        left: m.left,
        bottom: m.top + m.rows - 1,
        right: m.left + m.cols - 1,
      })),
    };
    const clickMs: number[] = [];
    const floorMs: number[] = [];
    let syncs: readonly SyncRecord[] = [];
    for (let i = 0; i < RUNS; i++) {
      gc();
      let t = performance.now();
      const r = analyseWorkbook([grid], {
        body: SETTINGS.body,
        asOf: TODAY,
        lang: "ky",
        sheet: grid.name,
      });
      if (!r.ok) throw new Error(r.fatal.message);
      const model = buildAnnex2(r.analysis, reportMeta(SETTINGS, "ky", TODAY));
      if (valuesJson(model.cells, 7).length === 0) throw new Error("empty");
      floorMs.push(performance.now() - t);

      const double = new ExcelDouble().install();
      try {
        double.workbook.seedSheet("1-таблица", rows, { merges });
        const port = new OfficeWorkbook({ lang: () => "ky" });
        t = performance.now();
        const { value, syncs: s } = await double.countSyncs(() =>
          generateAnnex2(port, "1-таблица", SETTINGS, "ky", TODAY)
        );
        clickMs.push(performance.now() - t);
        if (!value.ok) throw new Error(value.message);
        if (value.analysis.measures.length !== c.n)
          throw new Error(`${label}: read ${value.analysis.measures.length} measures`);
        if (!double.workbook.sheets.some((x) => x.name === value.sheetName))
          throw new Error("no Annex 2 written");
        syncs = s;
      } finally {
        double.uninstall();
      }
    }
    // Only the refused merged-areas read may fail; everything else must go through.
    const refused = syncs.filter((s) => s.error !== undefined);
    if (
      refused.some((s) => s.error !== "GeneralException") ||
      refused.length > 0 !== merges.length > 512
    )
      throw new Error(`${label}: unexpected failures ${JSON.stringify(refused)}`);
    checkLimits(
      label,
      syncs.filter((s) => s.error === undefined)
    );
    counts.set(regime, [...(counts.get(regime) ?? []), syncs.length]);
    console.log(
      `  ${label.padEnd(29)} syncs ${String(syncs.length).padStart(2)}  largest request ${mb(largest(syncs, "requestBytes"))} MB, response ${mb(largest(syncs, "responseBytes"))} MB  ` +
        `click → written Annex 2 ${median(clickMs).toFixed(0)} ms  |  floor (core analyse + build + values JSON, no Office) ${median(floorMs).toFixed(0)} ms`
    );
  }
  for (const [regime, list] of counts) {
    if (new Set(list).size !== 1)
      throw new Error(
        `the click's sync count changes with the rows (${regime}): ${list.join(", ")}`
      );
    console.log(`  syncs per click, ${regime}: ${list[0]} whatever the rows`);
  }
}

async function main(): Promise<void> {
  await writeSheetSection();
  await clickSection();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
