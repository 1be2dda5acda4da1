/**
 * An ExcelJS worksheet → a core `SheetGrid` of the values a user sees: shared and inline strings,
 * rich text (runs joined), hyperlinks (their text), dates, formulas (their cached result, errors as
 * `{ error }`), booleans, error cells. In a merged area only the top-left cell keeps the value, as in
 * Excel's `range.values`; the areas are listed in `merges`. Rows are materialised only up to the
 * last row holding a value; rows without values share one empty array.
 */
import type { Cell, Worksheet } from "exceljs";
import type { CellValue, MergeArea, SheetGrid } from "../core";

// ExcelJS `ValueType` (kept as numbers: the enum is only declared in its typings).
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

interface RichTextLike {
  readonly richText: readonly { readonly text?: unknown }[];
}

function isRichText(v: unknown): v is RichTextLike {
  return typeof v === "object" && v !== null && Array.isArray((v as RichTextLike).richText);
}

function richTextString(v: RichTextLike): string {
  let s = "";
  for (const run of v.richText) if (typeof run.text === "string") s += run.text;
  return s;
}

function isErrorObject(v: unknown): v is { error: string } {
  return (
    typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string"
  );
}

/** A raw value (a formula result, a hyperlink text) → what the user sees. */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
      return v === "" ? null : v;
    case "number":
      return Number.isFinite(v) ? v : null;
    case "boolean":
      return v;
    case "object":
      if (v instanceof Date) return v;
      if (isErrorObject(v)) return { error: v.error };
      if (isRichText(v)) return richTextString(v) || null;
      return null;
    default:
      return null;
  }
}

/** The visible value of one cell; null for empty cells and for covered cells of a merged area. */
export function visibleValue(cell: Cell): CellValue {
  switch (cell.type as number) {
    case T_NULL:
    case T_MERGE:
      return null;
    case T_NUMBER:
    case T_STRING:
    case T_SHARED_STRING:
    case T_DATE:
    case T_BOOLEAN:
      return plain(cell.value);
    case T_RICH_TEXT:
      return plain(cell.value);
    case T_HYPERLINK: {
      const v = cell.value as { text?: unknown };
      return plain(v.text);
    }
    case T_FORMULA:
      return plain(cell.result);
    case T_ERROR:
      return plain(cell.value);
    default:
      return plain(cell.value);
  }
}

/** Merged areas of a worksheet, 0-based (ExcelJS keeps them by their master cell). */
export function worksheetMerges(ws: Worksheet): MergeArea[] {
  const merges = (
    ws as unknown as {
      _merges?: Record<
        string,
        { top: number; left: number; bottom: number; right: number } | undefined
      >;
    }
  )._merges;
  const out: MergeArea[] = [];
  if (merges === undefined || merges === null) return out;
  for (const key of Object.keys(merges)) {
    const m = merges[key];
    if (!m) continue;
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return out;
}

/** One worksheet as a grid of visible values. */
export function worksheetGrid(ws: Worksheet): SheetGrid {
  const rows: (readonly CellValue[])[] = [];
  ws.eachRow((row, rowNumber) => {
    let values: CellValue[] | null = null;
    row.eachCell((cell, colNumber) => {
      const v = visibleValue(cell);
      if (v === null) return;
      if (values === null) values = [];
      const c = colNumber - 1;
      while (values.length < c) values.push(null);
      values[c] = v;
    });
    if (values === null) return;
    const r = rowNumber - 1;
    while (rows.length < r) rows.push(EMPTY_ROW);
    rows[r] = values;
  });
  const merges = worksheetMerges(ws);
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  return {
    name: ws.name,
    rows,
    ...(merges.length > 0 ? { merges } : {}),
    ...(hidden ? { hidden: true } : {}),
  };
}
