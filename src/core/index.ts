/**
 * The public API of Atkaruu's core: pure functions over cell grids. No Office.js, no Node, no ExcelJS.
 * Adapters (src/xlsx, src/taskpane, src/functions, src/cli) call only what is exported here.
 */
export * from "./types";
export type {
  CellStyle,
  ModelCell,
  ModelValue,
  SheetModel,
  ListValidation,
  DataBar,
  PrintSetup,
  SheetLink,
  HAlign,
  VAlign,
} from "./sheetModel";
export { SheetModelBuilder, modelExtent } from "./sheetModel";
export { a1, columnLetter, parseA1, quoteSheetName, rangeA1 } from "./address";
export { cellText, cellErrorText, isCellError, isEmptyCell, itemNumber } from "./cells";
export {
  addDays,
  cellDate,
  dateToIso,
  formatDmy,
  isIsoDate,
  isoDate,
  isoToSerial,
  parseDateText,
  parseWrittenDate,
  serialToIso,
  todayIso,
  weekday,
} from "./dates";
export { classifyStatus, resolveStatus, isCompleted, isOverdue, STATUS_CODES } from "./status";
export type { StatusReading, StatusCode, StatusNote, StatusTypo } from "./status";
export { parseDeadline, deadlineYear } from "./deadline";
export {
  classifyRole,
  bodyAliases,
  splitExecutors,
  findBodyInExecutors,
  roleFromExecutors,
  executorRoleResolver,
} from "./role";
export { resolveBody, givenBodyNames, bodyQuery, initials } from "./body";
export type { Body } from "./body";
export { compareItems, sortItems, compressItems } from "./itemList";
export { executionLevel, roundLevel, summarise, uncompletedSplit, PLAN_YEARS } from "./figures";
export {
  findTable,
  findTableInSheet,
  headerKey,
  isNumberingRow,
  HEADER_SEARCH_ROWS,
} from "./table1";
export { analyseWorkbook, readMeasures, reportingBodyOf, fatalError, severityOf } from "./analyse";
export {
  ANNEX2_SHEET_NAMES,
  GENERATED_SHEET_NAMES,
  MAX_SHEET_NAME,
  SNAPSHOT_SHEET_NAME,
  isAnnex2Sheet,
  isSnapshotSheet,
  isGeneratedSheetName,
  sameSheetName,
  uniqueName,
  uniqueSheetName,
} from "./sheetNames";
export {
  DEFAULT_ROW_POINTS,
  MAX_ROW_POINTS,
  lineCapacity,
  linesPoints,
  rowHeightsOf,
  textPoints,
  widthForWords,
  wrappedLines,
} from "./rowHeights";
export type { TextFont } from "./rowHeights";
export {
  A4_POINTS,
  PAGE_NUMBER_FOOTER,
  PRINT_MARGINS_INCHES,
  fitToWidthScale,
  pageRowPoints,
  widthToPoints,
} from "./printLayout";
export { DATE_1904_OFFSET, isDateNumberFormat, modelIn1904System } from "./numberFormats";
export type { RowHeightOptions } from "./rowHeights";
export {
  buildAnnex2,
  defaultPeriod,
  ANNEX2_NAMES,
  ANNEX2_BODY_CELL,
  PLAN_ITEMS_444,
} from "./annex2";
export type { ReportMeta } from "./annex2";
export { buildTemplate, templateHeader, TEMPLATE_COLUMNS } from "./template";
export { coreCatalog, langFromTag } from "./i18n";
export { russianPlural } from "./i18n/plural";
export { lowerFirst, upperFirst } from "./i18n/letterCase";
export type { CoreCatalog, IssueArgs, FatalArgs, UnreadableReason } from "./i18n";
export { normalize } from "./normalize";
export { tableLang, textLang } from "./textLang";
export { firstWords, rowLabeller, MEASURE_START_CHARS, MEASURE_START_WORDS } from "./issueRows";
export type { RowLabel } from "./issueRows";
export * from "./consolidation";
export * from "./plan";
export * from "./group";
export * from "./compare";
