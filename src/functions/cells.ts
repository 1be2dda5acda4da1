/**
 * Reading the arguments Excel hands to custom functions, before any rule is applied.
 *
 * - Blank cells: Excel on Windows/Mac passes a blank cell in an `any` argument as `0`, Excel on the
 *   web as `null` or `""`. All three (and text of spaces only, and `undefined` for an omitted
 *   argument) are blank. So a real `0` is blank too: no status, deadline, date or item number is 0.
 * - Errors: with `allowErrorForDataTypeAny` in the metadata Excel passes error cells instead of
 *   refusing to call us; they arrive as `CustomFunctions.Error` (`{ code: "#N/A" }`) or, as rich
 *   values, `{ type: "Error", basicValue: "#N/A" }`. Error text (`#N/A` typed as text, how Office.js
 *   reports errors) is recognised by the core's `cellErrorText`.
 * - Rich values (`allowCustomDataForDataTypeAny`): read by their `basicValue`, entities by their text.
 */
import { cellErrorText, classifyStatus } from "../core";
import type { CellValue, StatusReading } from "../core";

/** A range argument as Excel passes it: rows of cells. */
export type Matrix = readonly (readonly unknown[])[];

/** The error an input value holds (`#N/A`), or null. */
export function inputErrorText(value: unknown): string | null {
  if (typeof value === "string") return cellErrorText(value);
  if (typeof value !== "object" || value === null || value instanceof Date) return null;
  const o = value as {
    readonly code?: unknown;
    readonly type?: unknown;
    readonly basicValue?: unknown;
    readonly error?: unknown;
  };
  if (typeof o.code === "string" && o.code.startsWith("#")) return o.code;
  if (o.type === "Error")
    return typeof o.basicValue === "string" && o.basicValue.startsWith("#")
      ? o.basicValue
      : "#VALUE!";
  if (typeof o.error === "string" && o.error.startsWith("#")) return o.error;
  return null;
}

/** True for text made of white space only (no allocation, unlike `trim()`). */
function isWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160 && c !== 0x202f && c !== 0x2007)
      return false;
  }
  return true;
}

/** Blank in every convention: `null`, `undefined`, `""`, spaces, `0`, an empty rich value. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === 0) return true;
  if (typeof value === "string") return value.length === 0 || isWhiteSpace(value);
  if (typeof value === "object" && !(value instanceof Date)) {
    const o = value as { readonly type?: unknown; readonly basicValue?: unknown };
    if (o.type === "Empty") return true;
    if (o.type !== "Error" && o.basicValue !== undefined && typeof o.basicValue !== "object")
      return isBlank(o.basicValue);
  }
  return false;
}

/**
 * An input value as the core's cell value: blank → null, errors → `{ error }`, rich values → their
 * basic value (entities → their text); anything else unreadable → `#VALUE!`.
 */
export function toCellValue(value: unknown): CellValue {
  if (isBlank(value)) return null;
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  )
    return value;
  const error = inputErrorText(value);
  if (error !== null) return { error };
  const o = value as { readonly basicValue?: unknown; readonly text?: unknown };
  if (
    typeof o.basicValue === "string" ||
    typeof o.basicValue === "number" ||
    typeof o.basicValue === "boolean"
  )
    return o.basicValue;
  if (typeof o.text === "string") return o.text;
  return { error: "#VALUE!" };
}

/**
 * What a status cell says (SPEC "Status"), for the per-cell loops: text goes straight to the core's
 * allocation-free `classifyStatus`. Blank → `empty`; numbers, booleans, dates and error cells →
 * `unknown` (SPEC: counted as not completed, like the core's `formula-error` cells).
 */
export function statusReadingOf(value: unknown): StatusReading {
  if (typeof value === "string") return classifyStatus(value);
  if (value === null || value === undefined || value === 0) return "empty";
  if (typeof value !== "object" || value instanceof Date) return "unknown";
  const cell = toCellValue(value);
  if (cell === null) return "empty";
  return typeof cell === "string" && cellErrorText(cell) === null
    ? classifyStatus(cell)
    : "unknown";
}

/** A range argument as rows of cells; a single value (a one-cell range called from code) as 1×1. */
export function asMatrix(value: unknown): Matrix {
  if (Array.isArray(value)) {
    if (value.length === 0 || Array.isArray(value[0])) return value as Matrix;
    return [value]; // a flat list: one row
  }
  return [[value]];
}

/** An optional range: null when the argument was omitted (Excel passes null or undefined). */
export function optionalMatrix(value: unknown): Matrix | null {
  return value === null || value === undefined ? null : asMatrix(value);
}

/** Rows × columns of a rectangular range (Excel's ranges are rectangular). */
export function matrixSize(m: Matrix): { readonly rows: number; readonly cols: number } {
  return { rows: m.length, cols: m.length === 0 ? 0 : m[0].length };
}

/** One column or one row (or a single cell): a list of cells. */
export function isVector(m: Matrix): boolean {
  const { rows, cols } = matrixSize(m);
  return rows <= 1 || cols <= 1;
}

/** Number of cells in a vector. */
export function vectorLength(m: Matrix): number {
  const { rows, cols } = matrixSize(m);
  return rows === 0 || cols === 0 ? 0 : rows * cols;
}
