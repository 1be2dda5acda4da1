/** The group part of the core (SPEC "Local joint monitoring and evaluation groups"); docs/group.md. */
export * from "./types";
export { checkGroup } from "./check";
export type { GroupCheck, GroupCheckOptions, GroupCheckResult } from "./check";
export {
  addWorkingDays,
  buildCalendar,
  fixedHolidays,
  isWorkingDay,
  NEW_LABOUR_CODE_YEAR,
} from "./calendar";
export type { CalendarDay, DayKind, FixedHoliday, WorkCalendar } from "./calendar";
export { SHIPPED_DAYS } from "./holidayData";
export type { MovableHoliday, ShippedDay } from "./holidayData";
export { readDayKind } from "./holidays";
export { readCategory, readSex, sexFromName, isChairRole, readYesNo } from "./vocabulary";
export { readDate, readCount } from "./cells";
export { findGroupSheets, groupHeaderKey } from "./sheets";
export { answerState, RESPONSE_WORKING_DAYS, COUNCIL_CALENDAR_DAYS } from "./acts";
export {
  shareBounds,
  termEnd,
  fullQuarters,
  MIN_MEMBERS,
  MAX_MEMBERS,
  TERM_WARNING_DAYS,
  FIRST_MEETING_WORKING_DAYS,
} from "./rules";
export { isAdultOn } from "./members";
export { parseReportPeriod, periodWords } from "./period";
export type { ReportPeriod } from "./period";
export { summariseGroupPeriod, buildGroupReport, actDate } from "./report";
export type { GroupPeriodFigures } from "./report";
export { buildActSheet, findAct } from "./actSheet";
export { buildComposition } from "./composition";
export { buildGroupTemplate, ACT_COLUMNS, GROUP_TEMPLATE_FILE } from "./template";
export { groupCatalog } from "./i18n";
export type { GroupCatalog } from "./i18n";
export { isGroupOutputSheet } from "./names";
export { groupSeverity } from "./issues";
