/**
 * SPEC "Comparing two reporting periods": the snapshot an Annex 2 copy keeps, the as-of date of each
 * side, the changes between two reports and the sheets showing them. docs/compare.md.
 */
export { SNAPSHOT_FORMAT, buildSnapshotSheet, readSnapshot, snapshotSummary } from "./snapshot";
export type { Snapshot } from "./snapshot";
export { resolveAsOf, titleAsOf } from "./asOf";
export { CHANGE_KINDS, changesByKind, compareReports, matchItems, sameReport } from "./changes";
export type { Change, ChangeKind, Comparison, MatchedPair, ReportState } from "./changes";
export {
  changeItemLabel,
  changeLine,
  changeRowCells,
  changeValue,
  changeValues,
  tableRowSpan,
} from "./describe";
export type { RowCell } from "./describe";
export { buildChangesSheet, levelChangeText, levelText } from "./changesSheet";
export { compareCatalog } from "./i18n";
export type { CompareTexts } from "./i18n";
export { currentSide, ownAsOf, previousSide } from "./sides";
export type { ReportSource, Side, SideOptions } from "./sides";
