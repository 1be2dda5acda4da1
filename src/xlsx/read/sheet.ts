/**
 * One worksheet part → the grid of values a user sees (SPEC "Reading every workbook"): shared and
 * inline strings (runs joined, phonetic guides and stray elements left out), numbers, dates by the
 * cell's number format or as ISO text (`t="d"`), the 1904 date system, booleans, errors, formula
 * results; rows and cells with or without `r` references; `extLst` and other extensions inside a
 * cell ignored; merged areas with only the top-left value. Row and column indexes stay inside
 * Excel's sheet (1 048 576 × 16 384): beyond it the part is damaged.
 *
 * A generator: it yields every few thousand cells, so a caller in Node can let signals through
 * (src/xlsx/files.ts) while the browser runs it straight through.
 */
import type { CellValue, MergeArea } from "../../core";
import { XmlError, XmlScanner, EOF, END, START } from "./xml";

/** Excel's sheet size (ECMA-376 Part 1 §18.3.1.73, Excel's specifications and limits). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Cells the reader will hold (per workbook, empty ones between values included): ~128 MB of slots. */
export const MAX_GRID_CELLS = 16_000_000;

/** The grid would not fit the reader's memory bound: the file is "too large", not damaged. */
export class GridTooLarge extends Error {}

/** How often (in tags) the scan yields. */
const YIELD_EVERY = 50_000;

export interface SheetContext {
  readonly strings: readonly string[];
  /** Per cell style index: shows a date. */
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
  /** Shared count of cell slots held so far (across sheets), against {@link MAX_GRID_CELLS}. */
  readonly budget: { cells: number };
}

export interface ScanPlan {
  /**
   * Whether to keep the sheet, asked once its first `decideAfter` rows are read (with those rows);
   * `true` keeps it whatever it holds, `false` reads only the wanted cells.
   */
  readonly keep: true | false | ((rows: readonly (readonly CellValue[])[]) => boolean);
  readonly decideAfter: number;
  /** Cells to pick up on the way (0-based), keyed `row:col`. */
  readonly wanted: ReadonlySet<string>;
}

export interface ScanResult {
  /** Rows and merges, when kept. */
  readonly rows: (readonly CellValue[])[] | null;
  readonly merges: MergeArea[];
  readonly picked: Map<string, CellValue>;
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/** `_x000D_` and the like (ST_Xstring escapes of characters XML cannot hold) → the characters. */
export function unescapeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) =>
    String.fromCharCode(Number.parseInt(h, 16))
  );
}

/** 1-based row number of an `r` attribute, bounded. */
function rowNumber(r: string): number {
  if (!/^[0-9]{1,7}$/.test(r)) throw new XmlError("bad row number");
  const n = Number(r);
  if (n < 1 || n > MAX_ROWS) throw new XmlError("row outside the sheet");
  return n;
}

/** 0-based column of an A1 reference (`B3`, `$B$3`), bounded; -1 when it has no letters. */
export function refColumn(ref: string): number {
  let col = 0;
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  const first = i;
  for (; i < ref.length && i - first < 4; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === first) return -1;
  if (col > MAX_COLS) throw new XmlError("column outside the sheet");
  return col - 1;
}

/** `A1` / `$A$1` → 0-based cell, bounded, or null. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (m === null) return null;
  const col = refColumn(m[1]);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS) return null;
  return { row: row - 1, col };
}

/** `A1:C3` (or one cell) → merge area, or null. */
export function parseArea(ref: string): MergeArea | null {
  const [a, b] = ref.split(":");
  const tl = parseRef(a);
  const br = parseRef(b ?? a);
  if (tl === null || br === null) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

/** An ISO 8601 date or date-time (`t="d"`) → the date shown, as UTC (as every reader's dates are). */
export function isoCellDate(text: string): Date | null {
  const m =
    /^\s*(-?\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(
      text
    );
  if (m === null) {
    const t = /^\s*(\d{2}):(\d{2})(?::(\d{2}))?/.exec(text); // a time alone: on Excel's day zero
    return t === null
      ? null
      : new Date(Date.UTC(1899, 11, 30, Number(t[1]), Number(t[2]), Number(t[3] ?? 0)));
  }
  const d = new Date(
    Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0)
    )
  );
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Excel serial → the date shown, as UTC (1900 or 1904 date system). */
export function serialDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** The value a user sees, from a cell's parts. */
function cellValue(
  ctx: SheetContext,
  t: string | undefined,
  s: number,
  formula: boolean,
  v: string | undefined,
  inline: string | undefined
): CellValue {
  const asNumber = (text: string): CellValue => {
    const n = Number(text.trim());
    if (!Number.isFinite(n) || text.trim() === "") return null;
    return s > 0 && ctx.dates[s] === true ? serialDate(n, ctx.date1904) : n;
  };
  const str = (x: string | undefined): CellValue => (x === undefined || x === "" ? null : x);
  switch (t) {
    case "s":
      if (formula) return v === undefined ? null : str(v);
      return v === undefined ? null : str(ctx.strings[Number.parseInt(v, 10)]);
    case "inlineStr":
      return str(inline ?? v);
    case "str":
      return v === undefined ? null : str(unescapeXstring(v));
    case "b":
      return v === undefined ? null : v.trim() === "1" || v.trim().toLowerCase() === "true";
    case "e":
      return v === undefined ? null : { error: v.trim() };
    case "d":
      return v === undefined ? null : (isoCellDate(v) ?? str(v));
    default:
      return v === undefined ? (inline !== undefined ? str(inline) : null) : asNumber(v);
  }
}

/** Scan one sheet's XML (see the file comment). Throws XmlError when the part is damaged. */
export function* scanSheet(
  xml: string,
  ctx: SheetContext,
  plan: ScanPlan
): Generator<void, ScanResult> {
  const picked = new Map<string, CellValue>();
  let lastWantedRow = -1;
  for (const key of plan.wanted) lastWantedRow = Math.max(lastWantedRow, Number(key.split(":")[0]));
  let keep: boolean | null = plan.keep === true ? true : plan.keep === false ? false : null;
  const rows: (readonly CellValue[])[] = [];
  const merges: MergeArea[] = [];
  const s = new XmlScanner(xml);
  let tags = 0;
  let rowIndex = -1;
  let row: CellValue[] | null = null;
  let col = -1;
  let held = 0;

  const finishRow = (): void => {
    if (row === null) return;
    let n = row.length;
    while (n > 0 && row[n - 1] === null) n--;
    row.length = n;
    if (n > 0 && keep !== false) {
      while (rows.length < rowIndex) rows.push(EMPTY_ROW);
      rows[rowIndex] = row;
      held += n;
      ctx.budget.cells += n;
      if (ctx.budget.cells > MAX_GRID_CELLS) throw new GridTooLarge();
    }
    row = null;
  };
  const decide = (): void => {
    if (keep !== null || typeof plan.keep !== "function") return;
    keep = plan.keep(rows);
    if (!keep) {
      rows.length = 0;
      ctx.budget.cells -= held;
    }
  };

  let inSheetData = false;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (++tags % YIELD_EVERY === 0) yield;
    const name = s.name;
    if (t === END) {
      if (name === "row" && inSheetData) finishRow();
      else if (name === "sheetData") inSheetData = false;
      continue;
    }
    if (name === "sheetData") {
      inSheetData = !s.selfClosing;
      continue;
    }
    if (!inSheetData) {
      if (name === "mergeCell") {
        const area = parseArea(s.attr("ref") ?? "");
        if (area !== null) merges.push(area);
      } else if (name === "extLst" || name === "AlternateContent") s.skipElement();
      continue;
    }
    if (name === "row") {
      finishRow();
      const r = s.attr("r");
      rowIndex = r !== undefined ? rowNumber(r) - 1 : rowIndex + 1;
      if (rowIndex >= MAX_ROWS) throw new XmlError("row outside the sheet");
      col = -1;
      if (keep === null && rowIndex >= plan.decideAfter) decide();
      if (keep === false && rowIndex > lastWantedRow) return { rows: null, merges: [], picked };
      // A row listed twice keeps the cells of both.
      const existing = keep !== false && rowIndex < rows.length ? rows[rowIndex] : EMPTY_ROW;
      if (existing.length > 0) {
        ctx.budget.cells -= existing.length;
        held -= existing.length;
      }
      row = s.selfClosing ? null : existing.length > 0 ? [...existing] : [];
      continue;
    }
    if (name !== "c") {
      // Anything else inside a row (extLst, AlternateContent …) is skipped whole.
      if (!s.selfClosing) s.skipElement();
      continue;
    }
    if (row === null) {
      // A cell outside any row: the sheet is not what SpreadsheetML allows.
      throw new XmlError("cell outside a row");
    }
    const ref = s.attr("r");
    const rc = ref !== undefined ? refColumn(ref) : -1;
    col = rc >= 0 ? rc : col + 1;
    if (col >= MAX_COLS) throw new XmlError("column outside the sheet");
    if (s.selfClosing) continue;
    const sAttr = s.attr("s");
    const style = sAttr !== undefined ? Number.parseInt(sAttr, 10) || 0 : 0;
    const type = s.attr("t");
    let formula = false;
    let v: string | undefined;
    let inline: string | undefined;
    // The cell's children: f, v, is (inline string), extLst … — only f, v and is matter.
    const depth = s.depth;
    for (let u = s.next(); !(u === END && s.depth === depth - 1); u = s.next()) {
      if (u === EOF) throw new XmlError("document ends early");
      if (u !== START) continue;
      const cn = s.name;
      if (cn === "f") {
        if (s.attr("t") !== undefined) formula = true;
        if (!s.selfClosing && s.text() !== "") formula = true;
      } else if (cn === "v") {
        const x = s.selfClosing ? "" : s.text();
        if (x !== "") v = x;
      } else if (cn === "is") {
        inline = inlineString(s);
      } else if (!s.selfClosing) s.skipElement();
    }
    const value = cellValue(ctx, type, style, formula, v, inline);
    if (value === null) continue;
    if (plan.wanted.size > 0) {
      const key = `${rowIndex}:${col}`;
      if (plan.wanted.has(key)) picked.set(key, value);
    }
    if (keep === false) continue;
    while (row.length < col) row.push(null);
    row[col] = value;
  }
  finishRow();
  decide();
  if (keep !== true) return { rows: null, merges: [], picked };
  yield* clearMerged(rows, merges, ctx);
  let last = rows.length;
  while (last > 0 && rows[last - 1].length === 0) last--;
  rows.length = last;
  return { rows, merges, picked };
}

/**
 * The text of an inline string (`<is>`), after its start tag: its `t`, or its runs' `t`, joined;
 * phonetic runs (`rPh`) and any other element left out.
 */
export function inlineString(s: XmlScanner): string {
  if (s.selfClosing) return "";
  const depth = s.depth;
  let out = "";
  for (let u = s.next(); !(u === END && s.depth === depth - 1); u = s.next()) {
    if (u === EOF) throw new XmlError("document ends early");
    if (u !== START) continue; // the end of a run
    // 0: a child of <is>; 1: a child of a run (the only element descended into).
    const level = s.depth - (s.selfClosing ? 0 : 1) - depth;
    if (s.name === "t") out += s.text();
    else if (s.name === "r" && level === 0 && !s.selfClosing) continue;
    else if (!s.selfClosing) s.skipElement();
  }
  return unescapeXstring(out);
}

/** Merged areas: only the top-left cell keeps its value (Excel's `range.values`), within a bounded amount of work. */
function* clearMerged(
  rows: (readonly CellValue[])[],
  merges: readonly MergeArea[],
  ctx: SheetContext
): Generator<void, void> {
  let work = 0;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      // Overlapping merges (invalid, but possible in a hostile file) cannot cost more than the grid's bound.
      if (++work > MAX_GRID_CELLS) throw new GridTooLarge();
      if (work % YIELD_EVERY === 0) yield;
      const rv = rows[r];
      if (rv.length <= m.left) continue;
      let changed: CellValue[] | null = null;
      for (let c = m.left; c <= m.right && c < rv.length; c++) {
        if ((r === m.top && c === m.left) || rv[c] === null) continue;
        changed ??= [...rv];
        changed[c] = null;
      }
      if (changed !== null) {
        let n = changed.length;
        while (n > 0 && changed[n - 1] === null) n--;
        changed.length = n;
        ctx.budget.cells -= rv.length - n;
        rows[r] = n === 0 ? EMPTY_ROW : changed;
      }
    }
  }
}
