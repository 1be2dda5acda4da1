/**
 * The rules of SPEC "Local joint monitoring and evaluation groups" (Typical Regulation, seed 004
 * §5.2–5.3, §7.2; seed 001 for the quarterly meetings), each issue at the cell to fix. The act rules
 * (`act-missing-part`, `response-overdue`, `council-report-overdue`) are checked as acts are read
 * (`acts.ts`).
 */
import { addDays, formatDmy, isoDate, isoToSerial, isValidDate } from "../dates";
import type { IsoDate } from "../types";
import { addWorkingDays } from "./calendar";
import type { WorkCalendar } from "./calendar";
import { isAdultOn } from "./members";
import type { GroupIssues } from "./issues";
import type {
  CompositionCounts,
  GroupLayout,
  Meeting,
  MeetingKey,
  Member,
  MemberKey,
} from "./types";

export const MIN_MEMBERS = 5;
export const MAX_MEMBERS = 15;
export const MAX_SEX_SHARE_PERCENT = 70;
export const TERM_YEARS = 4;
export const TERM_WARNING_DAYS = 90;
export const FIRST_MEETING_WORKING_DAYS = 10;

/** The bounds of each category for n members (SPEC Rules): municipal ≥ ⌊n/4⌋, deputies ⌊n/4⌋…⌈n/4⌉, citizens ≥ ⌈n/2⌉. */
export function shareBounds(n: number): {
  municipalMin: number;
  deputiesMin: number;
  deputiesMax: number;
  citizensMin: number;
  sexMax: number;
} {
  // Neither sex above 70 %: the most members of one sex is ⌊0.7·n⌋, in integers.
  return {
    municipalMin: Math.floor(n / 4),
    deputiesMin: Math.floor(n / 4),
    deputiesMax: Math.ceil(n / 4),
    citizensMin: Math.ceil(n / 2),
    sexMax: Math.floor((MAX_SEX_SHARE_PERCENT * n) / 100),
  };
}

export function countComposition(members: readonly Member[]): CompositionCounts {
  let municipal = 0,
    deputies = 0,
    citizens = 0,
    women = 0,
    men = 0;
  for (const m of members) {
    if (m.category === "municipal") municipal++;
    else if (m.category === "deputy") deputies++;
    else if (m.category === "citizen") citizens++;
    if (m.sex === "female") women++;
    else if (m.sex === "male") men++;
  }
  return { total: members.length, municipal, deputies, citizens, women, men };
}

const percent = (count: number, n: number): string =>
  n === 0 ? "0" : String(Math.round((count * 1000) / n) / 10);

/** Size, odd number, category shares, sex share, one chair, age on the creation date. */
export function checkComposition(
  members: readonly Member[],
  layout: GroupLayout<MemberKey>,
  hasCategory: boolean,
  created: IsoDate | null,
  sheet: string,
  issues: GroupIssues
): CompositionCounts {
  const counts = countComposition(members);
  const n = counts.total;
  const c = layout.columns;
  const h = layout.headerRow;
  const sizeCol = c.no ?? c.name!;
  if (n < MIN_MEMBERS || n > MAX_MEMBERS)
    issues.add("group-size", sheet, h, sizeCol, { n, min: MIN_MEMBERS, max: MAX_MEMBERS });
  if (n > 0 && n % 2 === 0) issues.add("group-even", sheet, h, sizeCol, { n });
  const b = shareBounds(n);
  if (hasCategory && n > 0) {
    const col = c.category!;
    if (counts.municipal < b.municipalMin)
      issues.add("municipal-share", sheet, h, col, {
        count: counts.municipal,
        n,
        min: b.municipalMin,
      });
    if (counts.deputies < b.deputiesMin || counts.deputies > b.deputiesMax)
      issues.add("deputy-share", sheet, h, col, {
        count: counts.deputies,
        n,
        min: b.deputiesMin,
        max: b.deputiesMax,
      });
    if (counts.citizens < b.citizensMin)
      issues.add("citizen-share", sheet, h, col, { count: counts.citizens, n, min: b.citizensMin });
  }
  const sexCol = c.sex ?? c.name!;
  if (counts.women > b.sexMax)
    issues.add("sex-share", sheet, h, sexCol, {
      sex: "female",
      count: counts.women,
      n,
      share: percent(counts.women, n),
    });
  if (counts.men > b.sexMax)
    issues.add("sex-share", sheet, h, sexCol, {
      sex: "male",
      count: counts.men,
      n,
      share: percent(counts.men, n),
    });

  const chairs = members.filter((m) => m.isChair);
  const roleCol = c.role ?? c.position ?? c.name!;
  if (chairs.length === 0 && n > 0) issues.add("no-chair", sheet, h, roleCol, { count: 0 });
  for (const extra of chairs.slice(1))
    issues.add("no-chair", sheet, extra.row, roleCol, { count: chairs.length, name: extra.name });

  if (created !== null) {
    const createdYear = Number(created.slice(0, 4));
    for (const m of members) {
      const under =
        m.birthDate !== null
          ? !isAdultOn(m.birthDate, created)
          : m.birthYear !== null
            ? createdYear - m.birthYear < 18
            : m.age !== null
              ? m.age < 18
              : false;
      if (!under) continue;
      const col = m.birthDate !== null || m.birthYear !== null ? c.birth! : c.age!;
      issues.add("member-under-18", sheet, m.row, col, { name: m.name, date: formatDmy(created) });
    }
  }
  return counts;
}

/** The first day the group has no authority: four years after its creation (29 February → 1 March). */
export function termEnd(created: IsoDate): IsoDate {
  const y = Number(created.slice(0, 4)) + TERM_YEARS;
  const m = Number(created.slice(5, 7));
  const d = Number(created.slice(8, 10));
  return isValidDate(y, m, d) ? isoDate(y, m, d) : addDays(isoDate(y, m, d - 1), 1);
}

export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  isoToSerial(to) - isoToSerial(from);

/** `term-expired` from the end on; `term-expiring` within 90 days before it. */
export function checkTerm(
  created: IsoDate,
  asOf: IsoDate,
  at: { sheet: string; row: number; col: number },
  issues: GroupIssues
): IsoDate {
  const end = termEnd(created);
  const left = daysBetween(asOf, end);
  if (left <= 0) issues.add("term-expired", at.sheet, at.row, at.col, { date: formatDmy(end) });
  else if (left <= TERM_WARNING_DAYS)
    issues.add("term-expiring", at.sheet, at.row, at.col, { date: formatDmy(end), days: left });
  return end;
}

/** The calendar quarters lying wholly between `from` and `to` (inclusive), as [year, quarter]. */
export function fullQuarters(
  from: IsoDate,
  to: IsoDate
): { year: number; q: number; start: IsoDate; end: IsoDate }[] {
  const out: { year: number; q: number; start: IsoDate; end: IsoDate }[] = [];
  let y = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1;
  for (let guard = 0; guard < 400; guard++) {
    const start = isoDate(y, q * 3 - 2, 1);
    const end = addDays(q === 4 ? isoDate(y + 1, 1, 1) : isoDate(y, q * 3 + 1, 1), -1);
    if (end > to) break;
    if (start >= from) out.push({ year: y, q, start, end });
    if (q === 4) {
      q = 1;
      y++;
    } else q++;
  }
  return out;
}

/** First meeting in time, quorum at each meeting, a meeting in every full quarter. */
export function checkMeetings(
  meetings: readonly Meeting[],
  layout: GroupLayout<MeetingKey>,
  sheet: string,
  members: number,
  created: IsoDate | null,
  end: IsoDate | null,
  asOf: IsoDate,
  calendar: WorkCalendar,
  issues: GroupIssues,
  quarterName: (year: number, q: number) => string
): void {
  const c = layout.columns;
  for (const m of meetings) {
    if (m.present !== null && !m.quorum)
      issues.add("no-quorum", sheet, m.row, c.present!, {
        count: m.present,
        n: members,
        min: Math.floor(members / 2) + 1,
        date: formatDmy(m.date!),
      });
  }
  if (created === null) return;
  const due = addWorkingDays(created, FIRST_MEETING_WORKING_DAYS, calendar);
  const first = meetings.find((m) => m.date! >= created);
  if (first !== undefined && first.date! > due)
    issues.add("first-meeting-late", sheet, first.row, c.date!, {
      date: formatDmy(first.date!),
      due: formatDmy(due),
      days: FIRST_MEETING_WORKING_DAYS,
    });
  if (first === undefined && asOf > due)
    issues.add("first-meeting-late", sheet, layout.headerRow, c.date!, {
      due: formatDmy(due),
      days: FIRST_MEETING_WORKING_DAYS,
    });
  const last = end !== null && addDays(end, -1) < asOf ? addDays(end, -1) : asOf;
  for (const quarter of fullQuarters(created, last)) {
    const held = meetings.some(
      (m) => m.quorum && m.date! >= quarter.start && m.date! <= quarter.end
    );
    if (!held)
      issues.add("quarter-without-meeting", sheet, layout.headerRow, c.date!, {
        quarter: quarterName(quarter.year, quarter.q),
      });
  }
}
