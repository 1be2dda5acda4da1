/**
 * SPEC "Table 1": the header of Table 1 — which column each header cell names (wordings matched as
 * `headers.ts` says), how a header
 * *block* of up to three rows maps its columns, and the rows that repeat the header further down.
 *
 * Rule — a header may be a block: a parent cell merged over sub-headers (`Информация о ходе
 * исполнения` over `Статус | Дата исполнения`). Each column takes the key of the lowest recognised
 * header cell above it in the block; the block counts as the header row for the 4-of-6 rule.
 * Rule — plans copied from Word repeat the header (and the numbering row) after each page break:
 * such a row inside the table is skipped, never a measure and never an issue.
 */
import { cellText, isEmptyCell } from "./cells";
import { compileWordings, matchWordings } from "./headers";
import { normalize } from "./normalize";
import type { CellValue, ColumnKey, MergeArea, SheetGrid } from "./types";

/** A header block has at most this many rows (SPEC Rule). */
export const MAX_HEADER_ROWS = 3;

/**
 * Header wordings per key, matched as `headers.ts` says. Keys are tried in this order, so the more
 * specific wordings come first (`аткаруучунун ролу` is a role, not an executor list).
 */
const HEADER_WORDINGS: readonly (readonly [ColumnKey, readonly string[]])[] = [
  [
    "status",
    [
      "статус*",
      "status*",
      "ишке ашыруунун журушу*",
      "информация о ходе*",
      "ход исполнения*",
      "ход выполнения*",
      "ход реализации*",
      "progress*",
      "отметка об исполнении*",
      "информация об исполнении*",
      "аткарылышы жонундо*",
    ],
  ],
  [
    "completedOn",
    [
      "аткарылган куну*",
      "аткарылган датасы*",
      "аткаруу куну*",
      "аткарылган мезгил*",
      "дата исполнени*",
      "дата выполнени*",
      "фактическая дата*",
      "completion date*",
      "date completed*",
      "completed on*",
      "date of completion*",
      "actual completion*",
    ],
  ],
  [
    "role",
    [
      "ролу",
      "ролу*",
      "роль*",
      "role*",
      "аткаруучунун ролу*",
      "органдын ролу*",
      "роль исполнителя*",
      "роль органа*",
      "катышуу формасы*",
    ],
  ],
  ["no", ["no", "n", "nn", "nº", "п п", "пункт*", "item", "item no*", "items", "номер*", "#"]],
  ["task", ["милдет*", "тапшырма*", "задач*", "наименование задач*", "task*", "tasks*"]],
  [
    "measure",
    [
      "чара*",
      "иш чара*",
      "иш аракет*",
      "мероприяти*",
      "наименование мероприяти*",
      "меры*",
      "мера*",
      "действи*",
      "measure*",
      "action*",
      "activit*",
    ],
  ],
  [
    "deadline",
    [
      "ишке ашыруу моонот*",
      "аткаруу моонот*",
      "моонот*",
      "срок*",
      "deadline*",
      "due date*",
      "timeline*",
      "timeframe*",
      "time frame*",
    ],
  ],
  [
    "result",
    [
      "кутулгон натыйжа*",
      "кутулгон жыйынтык*",
      "натыйжа*",
      "ожидаем*",
      "результат*",
      "expected*",
      "output*",
      "product*",
    ],
  ],
  [
    "executors",
    [
      "жооптуу аткаруучу*",
      "жооптуу органдар*",
      "аткаруучу*",
      "ответственн*",
      "исполнител*",
      "responsible*",
      "executor*",
      "implementing*",
    ],
  ],
];

const WORDINGS = compileWordings(HEADER_WORDINGS);

/** The key a header cell names, or null. */
export function headerKey(header: string): ColumnKey | null {
  const raw = header.trim();
  if (raw === "") return null;
  // `№`, `№ п/п`, `#`: the item number, whatever follows.
  if (raw.startsWith("№") || raw === "#") return "no";
  return matchWordings(normalize(raw), WORDINGS);
}

/** The key of a cell value (only text names a column). */
function keyOf(value: CellValue | undefined): ColumnKey | null {
  return typeof value === "string" ? headerKey(value) : null;
}

/**
 * A row of column numbers `1 2 3 4 5 6…` under the header: every filled cell an integer, at least
 * three of them, strictly increasing from left to right.
 */
export function isNumberingRow(row: readonly unknown[] | undefined): boolean {
  if (row === undefined) return false;
  let count = 0;
  let last = 0;
  for (const v of row) {
    if (v === null || v === undefined || v === "") continue;
    const t =
      typeof v === "number"
        ? v
        : typeof v === "string" && /^\s*\d{1,2}\s*\.?\s*$/.test(v)
          ? Number.parseInt(v, 10)
          : NaN;
    if (!Number.isInteger(t) || t <= last) return false;
    last = t;
    count++;
  }
  return count >= 3;
}

/** Columns recognised in one row: the first column for each key, left to right. */
export function mapHeaderRow(row: readonly unknown[]): {
  columns: Partial<Record<ColumnKey, number>>;
  headers: Partial<Record<ColumnKey, string>>;
} {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string") continue;
    const key = headerKey(v);
    if (key !== null && columns[key] === undefined) {
      columns[key] = c;
      headers[key] = v.trim();
    }
  }
  return { columns, headers };
}

/** A header block: its rows `top…bottom` and the columns they map. */
export interface HeaderBlock {
  readonly top: number;
  readonly bottom: number;
  readonly columns: Partial<Record<ColumnKey, number>>;
  readonly headers: Partial<Record<ColumnKey, string>>;
}

/** The merges that start in the rows `from…to` (the only ones a header block can use). */
export function headerMerges(grid: SheetGrid, from: number, to: number): MergeArea[] {
  return (grid.merges ?? []).filter((m) => m.top >= from && m.top <= to);
}

/** Number of filled cells of a row. */
function filledCount(row: readonly CellValue[] | undefined): number {
  let n = 0;
  if (row) for (const v of row) if (!isEmptyCell(v)) n++;
  return n;
}

/**
 * The rows of the header block starting at `top`. A title (one cell, merged across or not) starts
 * no block. The next row belongs to the block when a header cell above is merged down into it, or
 * when it reads as sub-headers: no numbering row; every filled cell a recognised header or under a
 * parent (a cell of the block merged across columns above it); at least one filled cell under a
 * parent or under an empty column of the block; and no key it brings already named by another
 * column of the block outside that cell's parent (so a heading row `Задача 1…` in the № column, or
 * the header typed twice, is not a sub-header).
 */
function blockBottom(grid: SheetGrid, top: number, merges: readonly MergeArea[]): number {
  const rows = grid.rows;
  if (filledCount(rows[top]) < 2) return top;
  let bottom = top;
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom + 1 < rows.length) {
    const s = bottom + 1;
    const inBlock = merges.filter(
      (m) => m.top >= top && m.top <= bottom && !isEmptyCell(rows[m.top]?.[m.left])
    );
    if (inBlock.some((m) => m.bottom >= s)) {
      bottom = s;
      continue;
    }
    const row = rows[s];
    if (!row || filledCount(row) === 0 || isNumberingRow(row)) break;
    const parents = inBlock.filter((m) => m.right > m.left && m.bottom < s);
    const parentOf = (c: number): MergeArea | undefined =>
      parents.find((m) => m.left <= c && c <= m.right);
    let adds = false;
    let ok = true;
    for (let c = 0; c < row.length && ok; c++) {
      const v = row[c];
      if (isEmptyCell(v)) continue;
      const parent = parentOf(c);
      const key = keyOf(v);
      if (key === null && parent === undefined) ok = false;
      let columnEmpty = true;
      for (let r = top; r <= bottom; r++) if (!isEmptyCell(rows[r]?.[c])) columnEmpty = false;
      if (parent !== undefined || columnEmpty) adds = true;
      if (key === null) continue;
      // The same key named by another column of the block (outside this cell's parent)?
      for (let r = top; r <= bottom && ok; r++) {
        const above = rows[r] ?? [];
        for (let c2 = 0; c2 < above.length; c2++) {
          if (c2 === c || (parent !== undefined && parent.left <= c2 && c2 <= parent.right))
            continue;
          if (keyOf(above[c2]) === key) {
            ok = false;
            break;
          }
        }
      }
    }
    if (!ok || !adds) break;
    bottom = s;
  }
  return bottom;
}

/**
 * The header block starting at row `top` and the columns it maps (SPEC Rule): each column takes the
 * key of the lowest recognised header cell above it — its own cell, or a cell of the block merged
 * over it. A key named in several columns goes to the lowest naming cell, then the leftmost, so a
 * sub-header `Статус` wins over its parent spread across its siblings.
 */
export function headerBlockAt(
  grid: SheetGrid,
  top: number,
  merges: readonly MergeArea[] = headerMerges(grid, top, top + MAX_HEADER_ROWS - 1)
): HeaderBlock {
  const rows = grid.rows;
  const bottom = blockBottom(grid, top, merges);
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, rows[r]?.length ?? 0);
  for (const m of merges) if (m.top <= bottom) width = Math.max(width, m.right + 1);
  const best: Partial<Record<ColumnKey, { col: number; row: number; text: string }>> = {};
  for (let c = 0; c < width; c++) {
    for (let r = bottom; r >= top; r--) {
      let v: CellValue | undefined = rows[r]?.[c];
      if (isEmptyCell(v)) {
        const m = merges.find(
          (a) => a.top >= top && a.top <= r && r <= a.bottom && a.left <= c && c <= a.right
        );
        v = m === undefined ? undefined : rows[m.top]?.[m.left];
      }
      const key = keyOf(v);
      if (key === null) continue;
      const seen = best[key];
      if (seen === undefined || r > seen.row)
        best[key] = { col: c, row: r, text: cellText(v as string) };
      break;
    }
  }
  const columns: Partial<Record<ColumnKey, number>> = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const [key, b] of Object.entries(best) as [ColumnKey, { col: number; text: string }][]) {
    columns[key] = b.col;
    headers[key] = b.text;
  }
  // Rows above the first recognised header cell (an info line, a parent without a key) do not
  // make the header start earlier.
  let first = top;
  while (first < bottom && !(rows[first] ?? []).some((v) => keyOf(v) !== null)) first++;
  return { top: first, bottom, columns, headers };
}

/** Recognised keys of a row's own cells, by column: `3:measure|5:status`; "" when a filled cell is no header. */
function rowSignature(row: readonly CellValue[]): string {
  let sig = "";
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isEmptyCell(v)) continue;
    const key = keyOf(v);
    if (key === null) return "";
    sig += (sig === "" ? "" : "|") + c + ":" + key;
  }
  return sig;
}

function firstFilled(row: readonly CellValue[]): number {
  for (let c = 0; c < row.length; c++) if (!isEmptyCell(row[c])) return c;
  return -1;
}

const rowText = (row: readonly CellValue[]): string =>
  normalize(row.map((v) => (typeof v === "string" ? v : "")).join(" "));

/**
 * A test for rows that repeat the header block further down (SPEC Rule): a numbering row, or a row
 * whose every filled cell is a header naming the same key in the same column as one row of the
 * block — at least two keys, or the very same text when that block row names only one.
 * Data rows are told apart on their first filled cell (a number, or text in another column than
 * the block row starts with), so the test costs next to nothing on a big table.
 */
export function repeatedHeaderTest(
  grid: SheetGrid,
  top: number,
  bottom: number
): (row: readonly CellValue[]) => boolean {
  /** First filled column → the block rows starting there: their key there, signature and (one key) text. */
  const byFirst = new Map<number, { key: ColumnKey; sig: string; text: string }[]>();
  for (let r = top; r <= bottom; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const sig = rowSignature(row);
    if (sig === "") continue;
    const c = firstFilled(row);
    const list = byFirst.get(c) ?? [];
    list.push({ key: keyOf(row[c])!, sig, text: sig.includes("|") ? "" : rowText(row) });
    byFirst.set(c, list);
  }
  return (row) => {
    if (isNumberingRow(row)) return true;
    if (byFirst.size === 0) return false;
    const c = firstFilled(row);
    const candidates = byFirst.get(c);
    if (candidates === undefined) return false;
    const key = keyOf(row[c]);
    if (key === null || !candidates.some((b) => b.key === key)) return false;
    const sig = rowSignature(row);
    return candidates.some((b) => b.sig === sig && (b.text === "" || b.text === rowText(row)));
  };
}
