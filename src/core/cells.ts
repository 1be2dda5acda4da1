/** The text a user sees in a cell, for the columns that hold text. */
import { formatDmy, dateToIso } from "./dates";
import type { CellError, CellValue } from "./types";

export function isCellError(value: CellValue): value is CellError {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Date) &&
    typeof (value as CellError).error === "string"
  );
}

/** Office.js gives errors as their text (`#N/A`); files give `{ error }`. Both are errors. */
const ERROR_TEXT =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/** The error a cell shows (`#N/A`), or null when it holds a value. */
export function cellErrorText(value: CellValue): string | null {
  if (isCellError(value)) return value.error;
  if (
    typeof value === "string" &&
    value.length <= 14 &&
    value.charCodeAt(0) === 35 &&
    ERROR_TEXT.test(value)
  )
    return value;
  return null;
}

/** Whether a string starts or ends with a character `trim` might remove (anything but visible ASCII or Cyrillic). */
export function hasEdgeSpace(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return (
    !((a > 32 && a < 127) || (a >= 0x400 && a < 0x530)) ||
    !((b > 32 && b < 127) || (b >= 0x400 && b < 0x530))
  );
}

/** Visible text of a cell, trimmed; "" for empty cells. Dates are written dd.mm.yyyy. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return hasEdgeSpace(value) ? value.trim() : value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const iso = dateToIso(value);
    return iso === null ? "" : formatDmy(iso);
  }
  return value.error;
}

export function isEmptyCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  if (value.length === 0) return true;
  // Most cells start with a visible Latin or Cyrillic character: no need to trim them.
  const c = value.charCodeAt(0);
  if ((c > 32 && c < 127) || (c >= 0x400 && c < 0x530)) return false;
  return value.trim() === "";
}

/**
 * An item number as text: `12`, `12.` → `12`; `1.2` stays `1.2` (plans other than 444-р use such ids);
 * `№ 12`, `п. 12` → `12`.
 */
export function itemNumber(value: CellValue): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let t = cellText(value);
  if (t === "") return "";
  t = t
    .replace(/^(№|no\.?|п\.|пункт)\s*/i, "")
    .replace(/[.)]+$/, "")
    .trim();
  return t;
}
