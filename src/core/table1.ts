/**
 * SPEC "Table 1": find the sheet, the header row and the column of each key.
 *
 * Rule — the header row is the first row (within the first 30 of a sheet) where at least four of the
 * six Table 1 columns are recognised; a required column (`measure`, `deadline`, `status`) then
 * missing is the fatal `missing-column`; no such row in any sheet is the fatal `no-table`.
 * Sheets whose names hint at Table 1 (`1-таблица`, `Таблица 1`, `Table 1`) are looked at first.
 */
import { cellText } from "./cells";
import { compileWordings, matchWordings } from "./headers";
import { normalize } from "./normalize";
import type { ColumnKey, SheetGrid, TableLayout } from "./types";
import { REQUIRED_KEYS, TABLE1_KEYS } from "./types";

export const HEADER_SEARCH_ROWS = 30;
export const MIN_RECOGNISED = 4;

/**
 * Header wordings per key, matched as `headers.ts` says. Keys are tried in this order, so the more
 * specific wordings come first (`аткаруучунун ролу` is a role, not an executor list).
 */
const HEADER_WORDINGS: readonly (readonly [ColumnKey, readonly string[]])[] = [
  ["status", ["статус*", "status*", "ишке ашыруунун журушу*", "информация о ходе*", "ход исполнения*", "ход выполнения*", "ход реализации*", "progress*", "отметка об исполнении*", "информация об исполнении*", "аткарылышы жонундо*"]],
  ["completedOn", ["аткарылган куну*", "аткарылган датасы*", "аткаруу куну*", "аткарылган мезгил*", "дата исполнени*", "дата выполнени*", "фактическая дата*", "completion date*", "date completed*", "completed on*", "date of completion*", "actual completion*"]],
  ["role", ["ролу", "ролу*", "роль*", "role*", "аткаруучунун ролу*", "органдын ролу*", "роль исполнителя*", "роль органа*", "катышуу формасы*"]],
  ["no", ["no", "n", "nn", "nº", "п п", "пункт*", "item", "item no*", "items", "номер*", "#"]],
  ["task", ["милдет*", "тапшырма*", "задач*", "наименование задач*", "task*", "tasks*"]],
  ["measure", ["чара*", "иш чара*", "иш аракет*", "мероприяти*", "наименование мероприяти*", "меры*", "мера*", "действи*", "measure*", "action*", "activit*"]],
  ["deadline", ["ишке ашыруу моонот*", "аткаруу моонот*", "моонот*", "срок*", "deadline*", "due date*", "timeline*", "timeframe*", "time frame*"]],
  ["result", ["кутулгон натыйжа*", "кутулгон жыйынтык*", "натыйжа*", "ожидаем*", "результат*", "expected*", "output*", "product*"]],
  ["executors", ["жооптуу аткаруучу*", "жооптуу органдар*", "аткаруучу*", "ответственн*", "исполнител*", "responsible*", "executor*", "implementing*"]],
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

/** Columns recognised in one row: the first column for each key, left to right. */
export function mapHeaderRow(row: readonly unknown[]): { columns: Partial<Record<ColumnKey, number>>; headers: Partial<Record<ColumnKey, string>> } {
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

/** How many of the six Table 1 columns a mapping has. */
function recognised(columns: Partial<Record<ColumnKey, number>>): number {
  return TABLE1_KEYS.filter((k) => columns[k] !== undefined).length;
}

const SHEET_HINT = /(^|[^0-9])1\s*[-‐–]?\s*(таблица|таблицы|table)|(таблица|table)\s*(№\s*)?1([^0-9]|$)/i;

/** Sheets to search, hinted names first, otherwise in workbook order. */
function searchOrder(sheets: readonly SheetGrid[]): SheetGrid[] {
  const hinted = sheets.filter((s) => SHEET_HINT.test(s.name));
  return [...hinted, ...sheets.filter((s) => !hinted.includes(s))];
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
    const t = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{1,2}\s*\.?\s*$/.test(v) ? Number.parseInt(v, 10) : NaN;
    if (!Number.isInteger(t) || t <= last) return false;
    last = t;
    count++;
  }
  return count >= 3;
}

export type FindResult =
  | { readonly ok: true; readonly layout: TableLayout; readonly grid: SheetGrid }
  | { readonly ok: false; readonly code: "no-table" }
  | { readonly ok: false; readonly code: "missing-column"; readonly column: ColumnKey; readonly sheet: string };

/** Find Table 1 in one sheet, or report why this sheet has none. */
export function findTableInSheet(grid: SheetGrid): FindResult {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const { columns, headers } = mapHeaderRow(row.map((v) => (typeof v === "string" ? v : v === null ? null : cellText(v))));
    if (recognised(columns) < MIN_RECOGNISED) continue;
    const missing = REQUIRED_KEYS.find((k) => columns[k] === undefined);
    if (missing !== undefined) return { ok: false, code: "missing-column", column: missing, sheet: grid.name };
    const firstDataRow = isNumberingRow(grid.rows[r + 1]) ? r + 2 : r + 1;
    return { ok: true, grid, layout: { sheet: grid.name, headerRow: r, firstDataRow, columns, headers } };
  }
  return { ok: false, code: "no-table" };
}

/**
 * Find Table 1 in a workbook (SPEC Rule above). `sheetName` forces one sheet. Sheets the tool wrote
 * itself (Annex 2, consolidation) are skipped: they carry a detail table with the same headers.
 */
export function findTable(sheets: readonly SheetGrid[], opts: { sheetName?: string; skip?: (name: string) => boolean } = {}): FindResult {
  if (opts.sheetName !== undefined) {
    const grid = sheets.find((s) => s.name === opts.sheetName) ?? sheets.find((s) => s.name.trim().toLowerCase() === opts.sheetName!.trim().toLowerCase());
    return grid ? findTableInSheet(grid) : { ok: false, code: "no-table" };
  }
  let firstMissing: FindResult | null = null;
  for (const grid of searchOrder(sheets)) {
    if (opts.skip?.(grid.name)) continue;
    const found = findTableInSheet(grid);
    if (found.ok) return found;
    if (found.code === "missing-column" && firstMissing === null) firstMissing = found;
  }
  return firstMissing ?? { ok: false, code: "no-table" };
}
