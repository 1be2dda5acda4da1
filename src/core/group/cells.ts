/** Reading the cells of a group workbook: text, dates in any of the forms people write, counts. */
import { cellText, isCellError } from "../cells";
import { dateToIso, isValidDate, MAX_DATE_SERIAL, parseWrittenDate, serialToIso } from "../dates";
import type { CellValue, IsoDate, SheetGrid } from "../types";

export function cellAt(grid: SheetGrid, row: number, col: number | undefined): CellValue {
  if (col === undefined) return null;
  return grid.rows[row]?.[col] ?? null;
}

export function textAt(grid: SheetGrid, row: number, col: number | undefined): string {
  return cellText(cellAt(grid, row, col));
}

/** A date cell: `empty`, a date, only a year (birth years), or `bad` (text that is no date). */
export type DateReading =
  | { readonly kind: "empty" }
  | { readonly kind: "date"; readonly date: IsoDate }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "bad" };

/**
 * A date as people keep it: a date cell, an Excel serial (Office.js; any serial, birth dates are
 * older than 1990), `17.09.2024`, `2024-09-17`, `17-сентябрь 2024-ж.`, `17 сентября 2024 г.`; a
 * whole number 1900–2100 or `1980-ж.` is a year only.
 */
export function readDate(value: CellValue): DateReading {
  if (value === null || value === "") return { kind: "empty" };
  if (value instanceof Date) {
    const iso = dateToIso(value);
    return iso === null ? { kind: "bad" } : { kind: "date", date: iso };
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100)
      return { kind: "year", year: value };
    return value >= 1 && value <= MAX_DATE_SERIAL
      ? { kind: "date", date: serialToIso(value) }
      : { kind: "bad" };
  }
  if (typeof value === "boolean" || isCellError(value)) return { kind: "bad" };
  const text = value.trim();
  if (text === "") return { kind: "empty" };
  const date = parseWrittenDate(text);
  if (date !== null) return { kind: "date", date };
  const year = /^(\d{4})\s*(-?\s*(ж|жыл|жылы|г|год)\.?)?$/iu.exec(text);
  if (year !== null && isValidDate(Number(year[1]), 1, 1))
    return { kind: "year", year: Number(year[1]) };
  return { kind: "bad" };
}

/**
 * How many people a cell counts: a number, `9`, `9/15`, `9 из 15`, `9 (15)`, or a list of names
 * (one a line, or separated by commas or semicolons). null when it says nothing countable.
 */
export function readCount(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : null;
  const text = cellText(value);
  if (text === "") return null;
  const lead = /^\s*(\d{1,3})(?!\s*[.,]\d)(\D|$)/.exec(text);
  if (lead !== null) return Number(lead[1]);
  const names = text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}{2,}/u.test(s));
  return names.length >= 2 ? names.length : null;
}

/** A row that closes a table (`Бардыгы:`, `Итого`), not a member or an act. */
export function isTotalRow(text: string): boolean {
  return /^(бардыгы|баары|жыйынтыгы|итого|всего|total)(?!\p{L})/iu.test(text.trim());
}
