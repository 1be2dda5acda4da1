/**
 * SPEC "Table 1": find the sheet, the header row and the column of each key.
 *
 * Rule — the header row is the first row (within the first 30 of a sheet) where at least four of the
 * six Table 1 columns are recognised; a required column (`measure`, `deadline`, `status`) then
 * missing is the fatal `missing-column`; no such row in any sheet is the fatal `no-table`.
 * Sheets whose names hint at Table 1 (`1-таблица`, `Таблица 1`, `Table 1`) are looked at first.
 * The header may be a block of up to three rows, and is matched by `table1Headers.ts`.
 */
import { headerBlockAt, headerMerges, isNumberingRow, MAX_HEADER_ROWS } from "./table1Headers";
import type { ColumnKey, SheetGrid, TableLayout } from "./types";
import { REQUIRED_KEYS, TABLE1_KEYS } from "./types";

export const HEADER_SEARCH_ROWS = 30;
export const MIN_RECOGNISED = 4;
export { headerKey, isNumberingRow, mapHeaderRow } from "./table1Headers";

/** How many of the six Table 1 columns a mapping has. */
function recognised(columns: Partial<Record<ColumnKey, number>>): number {
  return TABLE1_KEYS.filter((k) => columns[k] !== undefined).length;
}

const SHEET_HINT =
  /(^|[^0-9])1\s*[-‐–]?\s*(таблица|таблицы|table)|(таблица|table)\s*(№\s*)?1([^0-9]|$)/i;

/** Sheets to search, hinted names first, otherwise in workbook order. */
function searchOrder(sheets: readonly SheetGrid[]): SheetGrid[] {
  const hinted = sheets.filter((s) => SHEET_HINT.test(s.name));
  return [...hinted, ...sheets.filter((s) => !hinted.includes(s))];
}

export type FindResult =
  | { readonly ok: true; readonly layout: TableLayout; readonly grid: SheetGrid }
  | {
      readonly ok: false;
      readonly code: "no-table";
      /** The sheet asked for is not in the workbook. */ readonly missingSheet?: string;
    }
  | {
      readonly ok: false;
      readonly code: "missing-column";
      readonly column: ColumnKey;
      readonly sheet: string;
    };

/**
 * Find Table 1 in one sheet, or report why this sheet has none. The header is a block of one to
 * three rows (see `headers.ts`); the numbering row, if any, follows the block.
 */
export function findTableInSheet(grid: SheetGrid): FindResult {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  const merges = headerMerges(grid, 0, limit + MAX_HEADER_ROWS);
  for (let r = 0; r < limit; r++) {
    if (!grid.rows[r]) continue;
    const block = headerBlockAt(grid, r, merges);
    const { columns, headers } = block;
    if (recognised(columns) < MIN_RECOGNISED) continue;
    const missing = REQUIRED_KEYS.find((k) => columns[k] === undefined);
    if (missing !== undefined)
      return { ok: false, code: "missing-column", column: missing, sheet: grid.name };
    const firstDataRow = isNumberingRow(grid.rows[block.bottom + 1])
      ? block.bottom + 2
      : block.bottom + 1;
    return {
      ok: true,
      grid,
      layout: {
        sheet: grid.name,
        headerRow: block.top,
        headerBottom: block.bottom,
        firstDataRow,
        columns,
        headers,
      },
    };
  }
  return { ok: false, code: "no-table" };
}

/**
 * Find Table 1 in a workbook (SPEC Rule above). `sheetName` forces one sheet. Sheets the tool wrote
 * itself (Annex 2, consolidation) are skipped: they carry a detail table with the same headers.
 */
export function findTable(
  sheets: readonly SheetGrid[],
  opts: { sheetName?: string; skip?: (name: string) => boolean } = {}
): FindResult {
  if (opts.sheetName !== undefined) {
    const grid =
      sheets.find((s) => s.name === opts.sheetName) ??
      sheets.find((s) => s.name.trim().toLowerCase() === opts.sheetName!.trim().toLowerCase());
    return grid
      ? findTableInSheet(grid)
      : { ok: false, code: "no-table", missingSheet: opts.sheetName };
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
