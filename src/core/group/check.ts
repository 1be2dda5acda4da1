/**
 * `checkGroup`: a group workbook's sheets → members, meetings, work plan, acts, the calendar, the
 * counts of the SPEC's JSON and every issue. A workbook without a members sheet is the one fatal
 * case; everything else is issues at cells.
 */
import { isGeneratedSheetName } from "../sheetNames";
import type { IsoDate, Lang, SheetGrid } from "../types";
import { buildCalendar } from "./calendar";
import type { CalendarDay, WorkCalendar } from "./calendar";
import { readActs } from "./acts";
import { SHIPPED_DAYS } from "./holidayData";
import { readHolidays } from "./holidays";
import { groupCatalog } from "./i18n";
import { GroupIssues } from "./issues";
import { findCreationDate, readMembers } from "./members";
import { readMeetings } from "./meetings";
import { checkComposition, checkMeetings, checkTerm } from "./rules";
import { findGroupSheets } from "./sheets";
import type { GroupLayouts } from "./sheets";
import type { Act, CompositionCounts, GroupIssue, Meeting, Member, WorkItem } from "./types";
import { readWorkPlan } from "./workPlan";
import { isGroupOutputSheet } from "./names";

export interface GroupCheckOptions {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  /** The council decision's date when the title rows do not give it (`--created`, the view's field). */
  readonly created?: IsoDate;
  /**
   * How the user can give that date where they work, ending the `missing-creation-date` sentence (the
   * adapter's words: the CLI names `--created`, the pane and the page their field, a formula its argument).
   */
  readonly createdAlternative?: string;
}

export interface GroupCheck {
  readonly layouts: GroupLayouts;
  readonly membersSheet: string;
  readonly created: IsoDate | null;
  readonly createdCell: {
    readonly sheet: string;
    readonly row: number;
    readonly col: number;
  } | null;
  /** First day without authority (creation + 4 years). */
  readonly termEnd: IsoDate | null;
  readonly members: readonly Member[];
  readonly meetings: readonly Meeting[];
  readonly workPlan: readonly WorkItem[];
  readonly acts: readonly Act[];
  readonly calendarDays: readonly CalendarDay[];
  readonly calendar: WorkCalendar;
  readonly counts: CompositionCounts;
  readonly meetingCounts: { readonly held: number; readonly withQuorum: number };
  readonly actCounts: {
    readonly total: number;
    readonly responsesOnTime: number;
    readonly responsesLate: number;
    readonly responsesMissing: number;
  };
  readonly issues: readonly GroupIssue[];
  readonly asOf: IsoDate;
}

export type GroupCheckResult =
  | { readonly ok: true; readonly check: GroupCheck }
  | { readonly ok: false; readonly fatal: { readonly code: "no-table"; readonly message: string } };

/** Years the calendar covers: from the earliest date involved to a few years after the as-of date. */
function calendarYears(created: IsoDate | null, asOf: IsoDate): [number, number] {
  const asOfYear = Number(asOf.slice(0, 4));
  const from = Math.min(created === null ? asOfYear : Number(created.slice(0, 4)), asOfYear) - 1;
  return [from, asOfYear + 5];
}

export function checkGroup(
  sheets: readonly SheetGrid[],
  opts: GroupCheckOptions,
  fileName = ""
): GroupCheckResult {
  const skip = (name: string): boolean => isGeneratedSheetName(name) || isGroupOutputSheet(name);
  const layouts = findGroupSheets(sheets, skip);
  const t = groupCatalog(opts.lang);
  if (layouts.members === undefined)
    return { ok: false, fatal: { code: "no-table", message: t.noMembers(fileName) } };
  const grid = (name: string): SheetGrid => sheets.find((s) => s.name === name)!;
  const issues = new GroupIssues(opts.lang);
  const membersGrid = grid(layouts.members.sheet);
  const sheet = membersGrid.name;

  const found = findCreationDate(membersGrid, layouts.members.headerRow);
  let created: IsoDate | null = opts.created ?? null;
  let createdCell: GroupCheck["createdCell"] = null;
  if (found !== null) {
    createdCell = { sheet, row: found.row, col: found.col };
    if (found.date !== null) created = opts.created ?? found.date;
    else if (opts.created === undefined && found.text !== "")
      issues.add("unparsed-date", sheet, found.row, found.col, { text: found.text });
  }
  if (created === null && (found === null || (found.date === null && found.text === "")))
    issues.add("missing-creation-date", sheet, found?.row ?? 0, found?.col ?? 0, {
      alternative: opts.createdAlternative,
    });

  let calendarDays: CalendarDay[] = [...SHIPPED_DAYS];
  if (layouts.holidays !== undefined)
    calendarDays = readHolidays(grid(layouts.holidays.sheet), layouts.holidays, issues);
  else issues.add("no-sheet", sheet, 0, 0, { sheetKind: "holidays" });
  const [fromYear, toYear] = calendarYears(created, opts.asOf);
  const calendar = buildCalendar(calendarDays, fromYear, toYear);

  const { members, hasCategory } = readMembers(membersGrid, layouts.members, issues);
  const counts = checkComposition(members, layouts.members, hasCategory, created, sheet, issues);
  const termEnd =
    created !== null
      ? checkTerm(created, opts.asOf, createdCell ?? { sheet, row: 0, col: 0 }, issues)
      : null;

  let meetings: Meeting[] = [];
  if (layouts.meetings !== undefined) {
    const g = grid(layouts.meetings.sheet);
    meetings = readMeetings(g, layouts.meetings, members.length, issues);
    checkMeetings(
      meetings,
      layouts.meetings,
      g.name,
      members.length,
      created,
      termEnd,
      opts.asOf,
      calendar,
      issues,
      t.period.quarter
    );
  } else issues.add("no-sheet", sheet, 0, 0, { sheetKind: "meetings" });

  const workPlan =
    layouts.workPlan !== undefined
      ? readWorkPlan(grid(layouts.workPlan.sheet), layouts.workPlan)
      : [];
  let acts: Act[] = [];
  if (layouts.acts !== undefined)
    acts = readActs(grid(layouts.acts.sheet), layouts.acts, calendar, opts.asOf, issues);
  else issues.add("no-sheet", sheet, 0, 0, { sheetKind: "acts" });

  const check: GroupCheck = {
    layouts,
    membersSheet: sheet,
    created,
    createdCell,
    termEnd,
    members,
    meetings,
    workPlan,
    acts,
    calendarDays,
    calendar,
    counts,
    meetingCounts: { held: meetings.length, withQuorum: meetings.filter((m) => m.quorum).length },
    actCounts: {
      total: acts.length,
      responsesOnTime: acts.filter((a) => a.response === "on_time").length,
      responsesLate: acts.filter((a) => a.response === "late").length,
      responsesMissing: acts.filter((a) => a.response === "missing").length,
    },
    issues: issues.list,
    asOf: opts.asOf,
  };
  return { ok: true, check };
}
