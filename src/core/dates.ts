/** Calendar dates as `YYYY-MM-DD` strings, Excel serial numbers and the date wordings of plans. */
import type { CellValue, IsoDate } from "./types";

const pad2 = (n: number): string => (n < 10 ? "0" + n : String(n));

/**
 * Dates already written, by year·month·day: a table repeats a few hundred dates over thousands of
 * rows, so each is formatted once and the same string is shared.
 */
const written = new Map<number, IsoDate>();

export function isoDate(year: number, month: number, day: number): IsoDate {
  const key = year * 10000 + month * 100 + day;
  let text = written.get(key);
  if (text === undefined) {
    text = `${year}-${pad2(month)}-${pad2(day)}`;
    if (written.size >= 100_000) written.clear();
    written.set(key, text);
  }
  return text;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** A real calendar date (rejects 31.02.2025). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    year >= 1900 &&
    year <= 2200 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
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

const dmy = new Map<IsoDate, string>();

/** `2025-06-30` → `30.06.2025`, the way dates are written in official documents here. */
export function formatDmy(date: IsoDate): string {
  let text = dmy.get(date);
  if (text === undefined) {
    text = `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
    if (dmy.size >= 100_000) dmy.clear();
    dmy.set(date, text);
  }
  return text;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;

/** Excel serial numbers treated as dates where a date is expected: 01.01.1990 … 31.12.2199. */
export const MIN_DATE_SERIAL = 32874;
export const MAX_DATE_SERIAL = 109573;

/** Days since 1970-01-01 → ISO date, by arithmetic (H. Hinnant's `civil_from_days`), shared strings. */
const byDay = new Map<number, IsoDate>();
function isoFromDays(days: number): IsoDate {
  let text = byDay.get(days);
  if (text !== undefined) return text;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  text = isoDate(year, month, day);
  if (byDay.size >= 100_000) byDay.clear();
  byDay.set(days, text);
  return text;
}

/** Excel serial (1900 date system) → ISO date; the time of day is dropped. */
export function serialToIso(serial: number): IsoDate {
  return isoFromDays(Math.floor(serial) + EXCEL_EPOCH_UTC / DAY_MS);
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
  const time = d.getTime();
  return Number.isNaN(time) ? null : isoFromDays(Math.floor(time / DAY_MS));
}

/** The two digits at `i` as a number, or -1. */
const twoDigits = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The common case of {@link parseDateText} without regular expressions: exactly `dd.mm.yyyy`
 * (or with `/`, `-`). undefined when the text has another shape.
 */
function parseDmy(s: string): IsoDate | null | undefined {
  if (s.length !== 10) return undefined;
  const sep = s.charCodeAt(2);
  if ((sep !== 46 && sep !== 47 && sep !== 45) || s.charCodeAt(5) !== sep) return undefined;
  const d = twoDigits(s, 0);
  const m = twoDigits(s, 3);
  const century = twoDigits(s, 6);
  const yy = twoDigits(s, 8);
  if (d < 0 || m < 0 || century < 0 || yy < 0) return undefined;
  const y = century * 100 + yy;
  return isValidDate(y, m, d) ? isoDate(y, m, d) : null;
}

/**
 * A date written as text: `dd.mm.yyyy` (also with `/` or `-`, two-digit years 00–79 → 20xx, the
 * year's word after it: `2024-ж.`, `2024 г.`), `yyyy-mm-dd`. Returns null for anything else or for
 * impossible dates.
 */
export function parseDateText(text: string): IsoDate | null {
  const quick = parseDmy(text);
  if (quick !== undefined) return quick;
  // The year's word may follow the year after a hyphen too, as Kyrgyz writes it: `17.09.2024-ж.`, `17.09.2024-жылы`.
  const t = text.trim().replace(/\s*-?\s*(ж|жыл|жылы|г|год|года)\.?\s*$/iu, "");
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

/** Month by the start of its name in Kyrgyz/Russian (Kyrgyz uses the Russian names with suffixes) and English. */
const MONTH_STEMS: readonly (readonly [string, number])[] = [
  ["январ", 1],
  ["феврал", 2],
  ["март", 3],
  ["апрел", 4],
  ["май", 5],
  ["мая", 5],
  ["мае", 5],
  ["июн", 6],
  ["июл", 7],
  ["август", 8],
  ["сентябр", 9],
  ["октябр", 10],
  ["ноябр", 11],
  ["декабр", 12],
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
];
const MONTH_ABBR: Record<string, number> = {
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  сент: 9,
  окт: 10,
  ноя: 11,
  нояб: 11,
  дек: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The month a lower-case word names (`сентябрь`, `сентября`, `июлуна`, `sept`), or null. */
export function monthOf(w: string): number | null {
  if (w in MONTH_ABBR) return MONTH_ABBR[w];
  for (const [stem, m] of MONTH_STEMS) if (w.startsWith(stem)) return m;
  return null;
}

/** Words that may stand beside a written date without changing it (`2024-жылдын`, `2024 г.`, `of`). */
const DATE_FILLER = /^(ж|жыл|жылы|жылдын|жылга|г|год|года|гг|of|the|th|st|nd|rd|күнү|куну)$/;

/**
 * A date written with the month as a word, as documents here write it: `17-сентябрь, 2024-жыл`,
 * `“17” сентябрь 2024-жылдын`, `2024-жылдын 17-сентябры`, `17 сентября 2024 г.`, `September 17, 2024`;
 * also everything {@link parseDateText} reads. Exactly one day, one month word and one year; null
 * otherwise (a month without a day is a period, not a date).
 */
export function parseWrittenDate(text: string): IsoDate | null {
  const plain = parseDateText(text);
  if (plain !== null) return plain;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const m of text.toLowerCase().matchAll(/(\d+)|(\p{L}+)/gu)) {
    if (m[1] !== undefined) {
      const n = Number(m[1]);
      if (m[1].length === 4 && year === null && n >= 1900 && n <= 2200) year = n;
      else if (m[1].length <= 2 && day === null && n >= 1 && n <= 31) day = n;
      else return null;
    } else {
      const w = m[2];
      const mo = monthOf(w);
      if (mo !== null && month === null) month = mo;
      else if (!DATE_FILLER.test(w)) return null;
    }
  }
  return day !== null && month !== null && year !== null && isValidDate(year, month, day)
    ? isoDate(year, month, day)
    : null;
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return serialToIso(isoToSerial(date) + days);
}

/** Day of the week of a date: 0 Sunday … 6 Saturday. */
export function weekday(date: IsoDate): number {
  // Serial 1 (1900-01-01 in Excel's count, which skips the phantom 29.02.1900 from March 1900 on) is a Sunday.
  return (((isoToSerial(date) - 1) % 7) + 7) % 7;
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
