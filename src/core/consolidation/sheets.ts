/** The consolidated workbook's sheets, in order. */
import type { SheetModel } from "../sheetModel";
import { buildCompletenessSheet } from "./completenessSheet";
import { buildIssuesSheet } from "./issuesSheet";
import { buildItemsSheet } from "./itemsSheet";
import type { Consolidation } from "./result";
import { buildSummarySheet } from "./summarySheet";

/** The sheets of the consolidated workbook, in order: summary, items, issues, and completeness with a plan. */
export function buildConsolidationSheets(c: Consolidation): SheetModel[] {
  const sheets = [buildSummarySheet(c), buildItemsSheet(c), buildIssuesSheet(c)];
  if (c.plan !== undefined) sheets.push(buildCompletenessSheet(c, c.plan));
  return sheets;
}
