/** The consolidated workbook's sheets, in order. */
import type { SheetModel } from "../sheetModel";
import { buildCompletenessSheet } from "./completenessSheet";
import { buildIssuesSheet } from "./issuesSheet";
import { buildItemsSheet } from "./itemsSheet";
import { buildPeriodsSheet } from "./periodsSheet";
import type { Consolidation } from "./result";
import { buildSummarySheet } from "./summarySheet";

/**
 * The sheets of the consolidated workbook, in order: summary, items, issues, completeness with a
 * plan, and levels per period when the files span several.
 */
export function buildConsolidationSheets(c: Consolidation): SheetModel[] {
  const sheets = [buildSummarySheet(c), buildItemsSheet(c), buildIssuesSheet(c)];
  if (c.plan !== undefined) sheets.push(buildCompletenessSheet(c, c.plan));
  const periods = buildPeriodsSheet(c);
  if (periods !== null) sheets.push(periods);
  return sheets;
}
