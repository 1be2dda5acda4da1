/**
 * EXECUTION_LEVEL on a 1 000 000-row status range, as Excel hands it to the function (rows of one
 * cell), beside the floor measured in the same run: a plain loop that only lower-cases each status
 * string (the least any reading of the text must cost). Status cells carry progress text after the
 * status phrase, in Kyrgyz, Russian and English, each cell distinct; 5 % are blank in Excel's two
 * conventions (0 on desktop, "" / null on the web). Prints medians in ms and the ratio to the floor.
 */
import { executionLevelPercent, countStatus } from "../src/functions/functions";

const ROWS = 1_000_000;
const RUNS = 9;

const HEADS = [
  "Мөөнөтүндө аткарылды.",
  "Мөөнөтүн бузуу менен аткарылды:",
  "Аткарылды.",
  "Аткарууда:",
  "Аткарылган жок,",
  "Исполнено в срок.",
  "Исполнено с нарушением срока;",
  "Исполнено.",
  "В процессе исполнения:",
  "Не исполнено:",
  "Частично исполнено,",
  "Completed on time.",
  "In progress:",
];
const TAILS = [
  "техникалык тапшырма даярдалып, Министрликке жөнөтүлдү",
  "проект постановления направлен на согласование в заинтересованные государственные органы",
  "the portal was put into operation and 12 services connected",
  "ведомственная система интегрирована с Тундуком, акт приёмки подписан",
  "мамлекеттик кызматтардын реестри жаңыртылды",
];

function makeRows(): unknown[][] {
  const rows: unknown[][] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    if (i % 20 === 7) {
      rows[i] = [i % 40 === 7 ? 0 : i % 3 === 0 ? null : ""];
      continue;
    }
    // Distinct text in every cell.
    rows[i] = [
      `${HEADS[i % HEADS.length]} ${TAILS[(i >> 3) % TAILS.length]} (№ ${i}, ${1 + (i % 28)}.0${1 + (i % 9)}.2025)`,
    ];
  }
  // Through JSON, as the runtime delivers arguments: flat strings, not the ropes concatenation makes.
  return JSON.parse(JSON.stringify(rows)) as unknown[][];
}

/** The floor: only lower-case each status string. */
function floor(rows: unknown[][]): number {
  let sink = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][0];
    if (typeof v === "string") sink += v.toLowerCase().length;
  }
  return sink;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time(fn: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const rows = makeRows();
const measures = rows.map((r, i) => [
  r[0] === 0 || r[0] === null || r[0] === "" ? (i % 2 === 0 ? 0 : null) : `Чара ${i}`,
]);

// Warm up (JIT) and check the answer once.
const level = executionLevelPercent(rows);
floor(rows);
executionLevelPercent(rows, measures);
const completed = countStatus(rows, "completed");
const nonBlank = rows.filter((r) => typeof r[0] === "string" && r[0] !== "").length;
if (Math.abs(level - (completed / nonBlank) * 100) > 1e-9)
  throw new Error(`EXECUTION_LEVEL ${level} disagrees with COUNT_STATUS ${completed}/${nonBlank}`);

const floorMs: number[] = [];
const levelMs: number[] = [];
const withMeasuresMs: number[] = [];
for (let r = 0; r < RUNS; r++) {
  floorMs.push(time(() => floor(rows)));
  levelMs.push(time(() => executionLevelPercent(rows)));
  withMeasuresMs.push(time(() => executionLevelPercent(rows, measures)));
}

const f = median(floorMs);
const l = median(levelMs);
const m = median(withMeasuresMs);
console.log(
  `rows: ${ROWS.toLocaleString("en")} (${nonBlank.toLocaleString("en")} non-blank), execution level ${level.toFixed(1)} %, median of ${RUNS} runs`
);
console.log(`floor (lower-case each status)        ${f.toFixed(1).padStart(8)} ms`);
console.log(
  `EXECUTION_LEVEL(statuses)             ${l.toFixed(1).padStart(8)} ms   ${(l / f).toFixed(2)} × floor`
);
console.log(
  `EXECUTION_LEVEL(statuses, measures)   ${m.toFixed(1).padStart(8)} ms   ${(m / f).toFixed(2)} × floor`
);
