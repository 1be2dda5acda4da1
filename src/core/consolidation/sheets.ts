/** The consolidated workbook's sheets, in order. */
import type { SheetModel } from "../sheetModel";
import { buildIssuesSheet } from "./issuesSheet";
import { buildItemsSheet } from "./itemsSheet";
import type { Consolidation } from "./result";
import { buildSummarySheet } from "./summarySheet";

/** The three sheets of the consolidated workbook, in order: summary, items, issues. */
export function buildConsolidationSheets(c: Consolidation): SheetModel[] {
  return [buildSummarySheet(c), buildItemsSheet(c), buildIssuesSheet(c)];
}
