/**
 * SPEC "Figures → Consolidation": many bodies' workbooks → per-body figures, overall figures from
 * summed counts, one row per plan item, and the problems a coordinator must chase (unreadable files,
 * two files from one body, bodies that sent nothing). Pure: adapters read the files (CLI, task pane)
 * and hand over one {@link ConsolidationEntry} per workbook.
 *
 * Rules decided here (documented in docs/consolidate.md), each in its module:
 * - Body identity: the body stored in the workbook (Annex 2 header / defined name / add-in settings),
 *   else the file name without extension. Two names are the same body when their normalised forms
 *   are equal (case, spacing, punctuation and Latin look-alikes ignored — `normalize`).
 * - Two readable files for the same body: the newer is used — the later modification time; on equal
 *   times the file name that sorts later (plain code-unit order). The others are listed as duplicates.
 *   An unreadable file never replaces a readable one.
 * - Overall = Σ completed ÷ Σ total × 100 over the bodies used (never an average of percentages). A plan
 *   item reported by its lead and two co-executors counts three times, as it does in each body's report.
 * - Item view: a body's status for an item with several measures is its least-done measure
 *   (no status / unrecognised < not completed < in progress < late < on time). The item's status is
 *   its lead executor's. Executors *disagree* when one says completed (on time or late) and another
 *   says not completed (in progress, not completed, no or unrecognised status); on time vs late is not
 *   a disagreement. Several bodies reporting themselves as lead is flagged separately.
 * - Expected bodies match a body by equal normalised name or equal alias (`bodyAliases`: the name, the
 *   name without brackets, the abbreviation in brackets, `A|B`); expected names still unmatched then
 *   match an unmatched body whose name contains one of their aliases as whole words.
 * - With a plan workbook (`--plan`): per plan item each executor the plan names and whether it reported
 *   the item (a row with the item's number in its Table 1), the items whose lead did not report, and the
 *   plan's bodies that sent nothing — the expected list when none is given (planCompleteness.ts).
 */
export * from "./entry";
export * from "./expected";
export * from "./result";
export { isNewer, Consolidator, consolidate } from "./consolidator";
export { SUMMARY_LEVEL_COL, SUMMARY_HEADER_ROW, buildSummarySheet } from "./summarySheet";
export { buildItemsSheet } from "./itemsSheet";
export { CONSOLIDATION_CODES, buildIssuesSheet } from "./issuesSheet";
export { buildConsolidationSheets } from "./sheets";
export { COMPLETENESS_HEADER_ROW, buildCompletenessSheet } from "./completenessSheet";
export { missingBodyName, planCompleteness } from "./planCompleteness";
export type {
  PlanBodyMissing,
  PlanCompleteness,
  PlanExecutorReport,
  PlanItemCompleteness,
} from "./planCompleteness";
export { levelsByPeriod } from "./periods";
export type { BodyPeriods, PeriodFigures, PeriodLevels, PeriodReport } from "./periods";
export { PERIODS_HEADER_ROW, buildPeriodsSheet } from "./periodsSheet";
