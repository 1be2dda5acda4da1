/**
 * Two reports of one body, three months apart, whose changes are computed by hand in
 * compare.test.ts (and, written as workbooks, in test/cli/compare.test.ts).
 *
 * PREVIOUS (title "31.03.2025-ж. карата")        CURRENT (title "2025-жылдын 30-июнуна карата")
 * | № | measure | deadline            | status (date)          | № | deadline   | status (date)
 * | 1 | A       | 2025-жыл            | Аткарууда              | 1 | 2025-жыл   | Мөөнөтүндө аткарылды (10.05.2025)
 * | 2 | B       | 2024-ж. IV чейреги  | Мөөнөтүндө аткарылды   | 2 | same       | Аткарууда
 * | 3 | C       | 2025-ж. 1-майына чейин | Аткарууда           | 3 | same       | Аткарууда
 * | 4 | D       | 2025-жыл            | Аткарууда              | 4 | 2026-жыл   | Аткарууда
 * | 5 | E       | 2026-жыл            | Аткарууда              | 5 | 2026-жыл   | Аткарылган жок
 * | 6 | F       | 2026-жыл            | Аткарууда              |   (removed)
 * | 7 | G       | 2025-ж. I жарым жылдыгы | Аткарууда          | 6 | same       | Аткарылды (20.06.2025)
 * | 8 | H       | 2024-жыл            | Мөөнөтүн бузуу менен аткарылды (01.02.2025) | 7 | same | Аткарылды (no date)
 * |   |         |                     |                        | 8 | I (added)  | Аткарууда, 2027-жыл
 *
 * Hand-computed changes (kind order): reopened 2 (on_time → in_progress); completed 1 (in_progress →
 * on_time), 6 (was 7; in_progress → on_time); became-overdue 2 (end 31.12.2024), 3 (end 01.05.2025);
 * deadline-changed 4 (2025-12-31 → 2026-12-31); status-changed 5 (in_progress → not_completed), 7 (was
 * 8; late → on_time: a plain "completed" with no date counts on time); added 8; removed 6 (F).
 * Levels: previous 2 of 8 = 25.0 %, current 3 of 8 = 37.5 %, change +12.5.
 */
import type { CellValue, SheetGrid } from "../../src/core";
import { KY_HEADERS } from "./fixtures";

export const MEASURES: Record<string, string> = {
  A: "Санариптик кызматтардын реестрин түзүү",
  B: "Мамлекеттик органдардын маалымат системаларын бириктирүү",
  C: "Электрондук кол тамганы жайылтуу",
  D: "Маалымат борборун куруу",
  E: "Кадрларды даярдоо программасын иштеп чыгуу",
  F: "Ачык маалыматтар порталын жаңылоо",
  G: "Түндүктө байланыш тармагын кеңейтүү",
  H: "Киберкоопсуздук боюнча стандарттарды кабыл алуу",
  I: "Жасалма интеллект боюнча стратегия даярдоо",
};

const HEADERS = [...KY_HEADERS, "Аткарылган күнү"];
const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));

type Row = [string | number, string, string, string, Date | null];

function table(title: string, rows: readonly Row[]): SheetGrid {
  const grid: CellValue[][] = [[title], [], HEADERS];
  for (const [no, key, deadline, status, date] of rows)
    grid.push([no, "Милдет 1", MEASURES[key], deadline, "натыйжа", status, date]);
  return { name: "1-таблица", rows: grid };
}

export const PREVIOUS_ROWS: readonly Row[] = [
  [1, "A", "2025-жыл", "Аткарууда", null],
  [2, "B", "2024-жылдын IV чейреги", "Мөөнөтүндө аткарылды", null],
  [3, "C", "2025-жылдын 1-майына чейин", "Аткарууда", null],
  [4, "D", "2025-жыл", "Аткарууда", null],
  [5, "E", "2026-жыл", "Аткарууда", null],
  [6, "F", "2026-жыл", "Аткарууда", null],
  [7, "G", "2025-жылдын I жарым жылдыгы", "Аткарууда", null],
  [8, "H", "2024-жыл", "Мөөнөтүн бузуу менен аткарылды", d(2025, 2, 1)],
];

export const CURRENT_ROWS: readonly Row[] = [
  [1, "A", "2025-жыл", "Мөөнөтүндө аткарылды", d(2025, 5, 10)],
  [2, "B", "2024-жылдын IV чейреги", "Аткарууда", null],
  [3, "C", "2025-жылдын 1-майына чейин", "Аткарууда", null],
  [4, "D", "2026-жыл", "Аткарууда", null],
  [5, "E", "2026-жыл", "Аткарылган жок", null],
  [6, "G", "2025-жылдын I жарым жылдыгы", "Аткарылды", d(2025, 6, 20)],
  [7, "H", "2024-жыл", "Аткарылды", null],
  [8, "I", "2027-жыл", "Аткарууда", null],
];

export const PREVIOUS_TITLE = "Маалымат 31.03.2025-ж. карата";
export const CURRENT_TITLE = "Маалымат 2025-жылдын 30-июнуна карата";

export function previousTable(): SheetGrid {
  return table(PREVIOUS_TITLE, PREVIOUS_ROWS);
}

export function currentTable(): SheetGrid {
  return table(CURRENT_TITLE, CURRENT_ROWS);
}

/** The changes above as `{ item, kind, from, to, cell }` (status column F, deadline D, № A; data from row 4). */
export const EXPECTED_CHANGES = [
  { item: "2", kind: "reopened", from: "on_time", to: "in_progress", cell: "F5" },
  { item: "1", kind: "completed", from: "in_progress", to: "on_time", cell: "F4" },
  { item: "6", kind: "completed", from: "in_progress", to: "on_time", cell: "F9" },
  { item: "2", kind: "became-overdue", from: "2024-12-31", to: "2025-06-30", cell: "F5" },
  { item: "3", kind: "became-overdue", from: "2025-05-01", to: "2025-06-30", cell: "F6" },
  { item: "4", kind: "deadline-changed", from: "2025-12-31", to: "2026-12-31", cell: "D7" },
  { item: "5", kind: "status-changed", from: "in_progress", to: "not_completed", cell: "F8" },
  { item: "7", kind: "status-changed", from: "late", to: "on_time", cell: "F10" },
  { item: "8", kind: "added", from: null, to: "in_progress", cell: "A11" },
  { item: "6", kind: "removed", from: "in_progress", to: null, cell: null },
];
