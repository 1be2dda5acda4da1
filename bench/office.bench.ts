/**
 * The Office adapter's `writeSheet` on the strict Excel double: for Annex 2 models of 334 rows (the
 * 444-р plan), 10 000 short rows and 10 000 long rows — syncs, the largest request (Excel on the web
 * refuses over 5 MB), the adapter's estimate, and time to plan and queue everything — beside the
 * floor measured in the same run: `JSON.stringify` of the model's values, the serialisation Office.js
 * itself must do for any write of that sheet.
 *
 * Goal (issue 3): the sync count is the same for 100 and 10 000 rows (here: 334 and 10 000 short),
 * and grows only with bytes (10 000 long rows); every request under 5 MB.
 *
 * Run: `node scripts/bench.mjs office`.
 */
import { OfficeWorkbook } from "../src/taskpane/excel/officeWorkbook";
import { DEFAULT_REQUEST_BUDGET, planRequests } from "../src/taskpane/excel/writePlan";
import { ExcelDouble, FIVE_MB } from "../test/office/excelDouble";
import { annex2Model, table1Rows } from "../test/office/fixtures";

const RUNS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mb = (b: number): string => (b / 1024 / 1024).toFixed(2);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  const cases = [
    { label: "334 rows", rows: 334, text: 0 },
    { label: "10 000 short rows", rows: 10_000, text: 0 },
    { label: "10 000 long rows", rows: 10_000, text: 250 },
  ];
  console.log(`budget ${mb(DEFAULT_REQUEST_BUDGET)} MB per request, Excel on the web's limit ${mb(FIVE_MB)} MB; median of ${RUNS} runs`);
  for (const c of cases) {
    const model = annex2Model(c.rows, { text: c.text });
    const floorMs: number[] = [];
    const planMs: number[] = [];
    const writeMs: number[] = [];
    let syncs = 0;
    let largest = 0;
    let estimate = 0;
    for (let i = 0; i < RUNS; i++) {
      gc();
      let t = performance.now();
      const matrix = Array.from({ length: Math.max(...model.cells.map((x) => x.row)) + 1 }, () => new Array<string | number>(7).fill(""));
      for (const cell of model.cells) matrix[cell.row][cell.col] = cell.value ?? "";
      const json = JSON.stringify(matrix);
      floorMs.push(performance.now() - t);
      t = performance.now();
      const requests = planRequests(model, DEFAULT_REQUEST_BUDGET);
      planMs.push(performance.now() - t);
      estimate = requests.reduce((s, r) => s + r.bytes, 0);
      const double = new ExcelDouble().install();
      double.workbook.seedSheet("1-таблица", table1Rows(20));
      t = performance.now();
      await new OfficeWorkbook().writeSheet(model);
      writeMs.push(performance.now() - t);
      syncs = double.syncCount;
      largest = Math.max(...double.syncs.map((s) => s.requestBytes));
      double.uninstall();
      if (json.length === 0) throw new Error("empty");
    }
    console.log(
      `${c.label.padEnd(18)} syncs ${String(syncs).padStart(2)}  largest request ${mb(largest)} MB (estimate total ${mb(estimate)} MB)  ` +
        `plan ${median(planMs).toFixed(1)} ms, write on the double ${median(writeMs).toFixed(0)} ms  |  floor JSON.stringify of the values ${median(floorMs).toFixed(1)} ms`,
    );
    if (largest >= FIVE_MB) throw new Error(`${c.label}: a request of ${largest} bytes is over the 5 MB limit`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
