/** Calendar dates as `YYYY-MM-DD` strings, Excel serial numbers and the date wordings of plans. */
import type { CellValue, IsoDate } from "./types";

const pad2 = (n: number): string => (n < 10 ? "0" + n : String(n));

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** A real calendar date (rejects 31.02.2025). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Today in the local time zone of the machine, as the default as-of date. */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `YYYY-MM-DD` → true when it is a real date. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `2025-06-30` → `30.06.2025`, the way dates are written in official documents here. */
export function formatDmy(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel serial numbers treated as dates where a date is expected: 01.01.1990 … 31.12.2199. */
export const MIN_DATE_SERIAL = 32874;
export const MAX_DATE_SERIAL = 109573;

/** Excel serial (1900 date system) → ISO date; the time of day is dropped. */
export function serialToIso(serial: number): IsoDate {
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel serial (1900 date system). */
export function isoToSerial(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS);
}

/**
 * A `Date` from a file reader → ISO date. ExcelJS gives dates as UTC midnight of the shown day, so
 * UTC parts are the shown date.
 */
export function dateToIso(d: Date): IsoDate | null {
  if (Number.isNaN(d.getTime())) return null;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A date written as text: `dd.mm.yyyy` (also with `/` or `-`, two-digit years 00–79 → 20xx),
 * `yyyy-mm-dd`. Returns null for anything else or for impossible dates.
 */
export function parseDateText(text: string): IsoDate | null {
  const t = text.trim().replace(/\s*(ж\.?|г\.?|жыл|года?)\s*$/iu, "");
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    let y = Number(m[3]);
    if (m[3].length === 2) y += y < 80 ? 2000 : 1900;
    const mo = Number(m[2]);
    const d = Number(m[1]);
    return isValidDate(y, mo, d) ? isoDate(y, mo, d) : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    return isValidDate(y, mo, d) ? isoDate(y, mo, d) : null;
  }
  return null;
}

/**
 * A cell where a date is expected (completion date): a date cell, an Excel serial (Office.js) or
 * date text. `undefined` when the cell is empty, null when it holds something that is not a date.
 */
export function cellDate(value: CellValue): IsoDate | null | undefined {
  if (value === null || value === "") return undefined;
  if (value instanceof Date) return dateToIso(value);
  if (typeof value === "number") {
    return value >= MIN_DATE_SERIAL && value <= MAX_DATE_SERIAL ? serialToIso(value) : null;
  }
  if (typeof value === "string") {
    if (value.trim() === "") return undefined;
    return parseDateText(value);
  }
  return null;
}
