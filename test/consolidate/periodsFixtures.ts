/**
 * Two quarters of three bodies' reports, for consolidation over several periods (hand-computed):
 *
 * | body  | 31.03.2025 (title date) | 30.06.2025 (title date; МЮ's file says no date: the consolidation's) |
 * |-------|-------------------------|-----------------------------------------------------------------------|
 * | МЦРИТ | 1 of 4 → 25.0           | 3 of 4 → 75.0                                                          |
 * | МЭК   | 2 of 5 → 40.0           | 2 of 5 → 40.0 (an older file of the same quarter, 0 of 5, is ignored)  |
 * | МЮ    | —                       | 2 of 2 → 100.0                                                         |
 * | all   | 3 of 9 → 33.3 (the levels' average would be 32.5) | 7 of 11 → 63.6 (the levels' average would be 71.7) |
 *
 * The bodies' own figures are those of their latest quarter: МЦРИТ 75.0, МЭК 40.0, МЮ 100.0; overall 7 of 11.
 */
import type { CellValue, SheetGrid } from "../../src/core";
import { KY_HEADERS } from "../core/fixtures";

export const PERIODS_AS_OF = "2025-06-30";
export const Q1_TITLE = "Маалымат 31.03.2025-ж. карата";
export const Q2_TITLE = "Маалымат 2025-жылдын 30-июнуна карата";
export const NO_DATE_TITLE = "Маалымат";

/** Table 1 rows: `n` measures of which the first `completed` are completed on time. */
export function periodRows(n: number, completed: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    i + 1,
    "Милдет",
    `Иш-чара ${i + 1}`,
    "2026-жыл",
    "натыйжа",
    i < completed ? "Мөөнөтүндө аткарылды" : "Аткарууда",
  ]);
}

export function periodTable(title: string, n: number, completed: number): SheetGrid {
  return { name: "1-таблица", rows: [[title], [], [...KY_HEADERS], ...periodRows(n, completed)] };
}

export interface PeriodFile {
  readonly file: string;
  readonly body: string;
  /** ms since the epoch. */
  readonly modified: number;
  readonly title: string;
  readonly n: number;
  readonly completed: number;
}

const day = (iso: string): number => Date.parse(`${iso}T12:00:00Z`);

export const PERIOD_FILES: readonly PeriodFile[] = [
  {
    file: "МЦРИТ-1-чейрек.xlsx",
    body: "МЦРИТ",
    modified: day("2025-04-05"),
    title: Q1_TITLE,
    n: 4,
    completed: 1,
  },
  {
    file: "МЭК-1-чейрек.xlsx",
    body: "МЭК",
    modified: day("2025-04-06"),
    title: Q1_TITLE,
    n: 5,
    completed: 2,
  },
  {
    file: "МЦРИТ-2-чейрек.xlsx",
    body: "МЦРИТ",
    modified: day("2025-07-05"),
    title: Q2_TITLE,
    n: 4,
    completed: 3,
  },
  {
    file: "МЭК-2-чейрек-эски.xlsx",
    body: "МЭК",
    modified: day("2025-07-01"),
    title: Q2_TITLE,
    n: 5,
    completed: 0,
  },
  {
    file: "МЭК-2-чейрек.xlsx",
    body: "МЭК",
    modified: day("2025-07-06"),
    title: Q2_TITLE,
    n: 5,
    completed: 2,
  },
  {
    file: "МЮ-2-чейрек.xlsx",
    body: "МЮ",
    modified: day("2025-07-07"),
    title: NO_DATE_TITLE,
    n: 2,
    completed: 2,
  },
];

/** The body names a workbook: an Annex 2 sheet with the body in its body cell (A3), as the tool writes it. */
export function periodWorkbook(f: PeriodFile): {
  file: string;
  modified: number;
  sheets: SheetGrid[];
} {
  return {
    file: f.file,
    modified: f.modified,
    sheets: [
      periodTable(f.title, f.n, f.completed),
      { name: "2-тиркеме", rows: [["Отчет"], [], [f.body]] },
    ],
  };
}

/** The levels per period above: body → one level per period (null: no report), then the overall row. */
export const EXPECTED_PERIOD_LEVELS: readonly (readonly [string, ...(number | null)[]])[] = [
  ["МЦРИТ", 25, 75],
  ["МЭК", 40, 40],
  ["МЮ", null, 100],
];
export const EXPECTED_PERIOD_OVERALL = [
  { completed: 3, total: 9, level: 33.3 },
  { completed: 7, total: 11, level: 63.6 },
] as const;
