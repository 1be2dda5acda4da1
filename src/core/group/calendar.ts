/**
 * Working days in the Kyrgyz Republic: Monday to Friday, less the non-working public holidays of the
 * Labour Code (fixed by date, in code below), less the days the workbook's `Майрамдар` sheet lists
 * (Orozo Ait and Kurman Ait, whose dates the Muftiate announces each year by the lunar calendar, and
 * days off the Cabinet of Ministers moves), plus the Saturdays that sheet makes working days.
 * Movable holidays and moved days are data, never code: docs/group.md says where the shipped years
 * come from.
 *
 * Sources of the fixed holidays:
 * - up to 2024, the Labour Code of 4 August 2004 No. 106, Article 113 "Non-working holidays" (as
 *   amended): 1 and 7 January, 23 February, 8 and 21 March, 7 April, 1, 5 and 9 May, 31 August,
 *   7 and 8 November; and its rule that a holiday falling on a Saturday or Sunday moves the day off
 *   to the next working day;
 * - from 2025, the new Labour Code of the Kyrgyz Republic (in force from 2025; Ministry of Labour,
 *   Social Security and Migration, 04.02.2025): 1–6 January (New Year holidays), 7 January
 *   (Orthodox Christmas), 8 March, 21 March (Nooruz), 1–9 May, 31 August (Independence Day). 23
 *   February, 7 April and 7–8 November stay state holidays but working days; a holiday on a weekend
 *   is not moved.
 */
import { addDays, isoDate, weekday } from "../dates";
import type { IsoDate } from "../types";

/** What a row of the holidays sheet says of a day. */
export type DayKind = "holiday" | "day-off" | "working-day";

export type FixedHoliday =
  | "new-year"
  | "new-year-holidays"
  | "christmas"
  | "defenders-day"
  | "womens-day"
  | "nooruz"
  | "april-revolution"
  | "labour-day"
  | "constitution-day"
  | "victory-day"
  | "may-holidays"
  | "independence-day"
  | "history-memory-days";

/** The first year the new Labour Code's list applies to. */
export const NEW_LABOUR_CODE_YEAR = 2025;

const OLD_CODE: readonly (readonly [number, number, FixedHoliday])[] = [
  [1, 1, "new-year"],
  [1, 7, "christmas"],
  [2, 23, "defenders-day"],
  [3, 8, "womens-day"],
  [3, 21, "nooruz"],
  [4, 7, "april-revolution"],
  [5, 1, "labour-day"],
  [5, 5, "constitution-day"],
  [5, 9, "victory-day"],
  [8, 31, "independence-day"],
  [11, 7, "history-memory-days"],
  [11, 8, "history-memory-days"],
];
const NEW_CODE: readonly (readonly [number, number, FixedHoliday])[] = [
  [1, 1, "new-year-holidays"],
  [1, 2, "new-year-holidays"],
  [1, 3, "new-year-holidays"],
  [1, 4, "new-year-holidays"],
  [1, 5, "new-year-holidays"],
  [1, 6, "new-year-holidays"],
  [1, 7, "christmas"],
  [3, 8, "womens-day"],
  [3, 21, "nooruz"],
  [5, 1, "may-holidays"],
  [5, 2, "may-holidays"],
  [5, 3, "may-holidays"],
  [5, 4, "may-holidays"],
  [5, 5, "may-holidays"],
  [5, 6, "may-holidays"],
  [5, 7, "may-holidays"],
  [5, 8, "may-holidays"],
  [5, 9, "may-holidays"],
  [8, 31, "independence-day"],
];

/** The Labour Code's non-working holidays of a year, in date order. */
export function fixedHolidays(
  year: number
): { readonly date: IsoDate; readonly name: FixedHoliday }[] {
  return (year >= NEW_LABOUR_CODE_YEAR ? NEW_CODE : OLD_CODE).map(([m, d, name]) => ({
    date: isoDate(year, m, d),
    name,
  }));
}

/** One dated entry of the holidays sheet. */
export interface CalendarDay {
  readonly date: IsoDate;
  readonly kind: DayKind;
}

/** The days that differ from "Monday to Friday work" for one workbook. */
export interface WorkCalendar {
  readonly daysOff: ReadonlySet<IsoDate>;
  readonly workingDays: ReadonlySet<IsoDate>;
}

const isWeekend = (date: IsoDate): boolean => {
  const w = weekday(date);
  return w === 0 || w === 6;
};

/**
 * The calendar of the years `from`–`to`: the Labour Code's holidays and the sheet's days. Under the
 * old Code a holiday on a weekend moves the day off to the next working day.
 */
export function buildCalendar(
  days: readonly CalendarDay[],
  fromYear: number,
  toYear: number
): WorkCalendar {
  const daysOff = new Set<IsoDate>();
  const workingDays = new Set<IsoDate>();
  for (const d of days) if (d.kind === "working-day") workingDays.add(d.date);
  const holidays: IsoDate[] = [];
  for (let y = fromYear; y <= toYear; y++) for (const h of fixedHolidays(y)) holidays.push(h.date);
  for (const d of days) if (d.kind !== "working-day") holidays.push(d.date);
  holidays.sort();
  const listed = new Set(holidays);
  for (const date of holidays) {
    daysOff.add(date);
    const year = Number(date.slice(0, 4));
    if (year < NEW_LABOUR_CODE_YEAR && isWeekend(date) && !workingDays.has(date)) {
      let next = addDays(date, 1);
      while (isWeekend(next) || daysOff.has(next) || listed.has(next)) next = addDays(next, 1);
      daysOff.add(next);
    }
  }
  return { daysOff, workingDays };
}

/** A day people work on: a listed working day (a moved Saturday), else Monday–Friday that is not a day off. */
export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  if (calendar.workingDays.has(date)) return true;
  return !isWeekend(date) && !calendar.daysOff.has(date);
}

/**
 * The last day of a limit of `n` working days counted from the day after `start` (the day the act is
 * received does not count): the n-th working day after it. n = 0 gives `start`.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: WorkCalendar): IsoDate {
  let date = start;
  let left = n;
  // A limit over ten years is not a working-day limit any more: stop rather than loop on bad input.
  for (let guard = 0; left > 0 && guard < 3700; guard++) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}
