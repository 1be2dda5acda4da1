/** The consolidated workbook's summary sheet: one row per body, the overall row, data bars. */
import { formatDmy } from "../dates";
import { coreCatalog } from "../i18n";
import { PAGE_NUMBER_FOOTER } from "../printLayout";
import type { SheetModel } from "../sheetModel";
import { SheetModelBuilder } from "../sheetModel";
import type { BodyFigures, Consolidation } from "./result";
import { headerWidths, S } from "./sheetStyles";

/** Column of the execution level on the summary sheet (for the data bars and the pane's chart). */
export const SUMMARY_LEVEL_COL = 7;
/** Row of the summary sheet's column headers; body rows follow. */
export const SUMMARY_HEADER_ROW = 2;

/**
 * The summary sheet: one row per body (sorted by execution level, then name), the overall row from
 * summed counts, data bars on the execution level.
 */
export function buildSummarySheet(c: Consolidation): SheetModel {
  const cat = coreCatalog(c.lang);
  const t = cat.consolidation;
  const b = new SheetModelBuilder(t.summarySheet);
  const last = t.summaryHeaders.length - 1;
  b.set(0, 0, t.title(formatDmy(c.asOf)), S.title, { right: last }).height(0, 30);
  const h = SUMMARY_HEADER_ROW;
  t.summaryHeaders.forEach((text, col) => b.set(h, col, text, S.header));
  b.height(h, 45);
  const row = (
    r: number,
    f: Omit<BodyFigures, "body" | "file">,
    label: string,
    file: string,
    total: boolean
  ): void => {
    b.set(r, 0, label, total ? S.totalText : S.text);
    b.set(r, 1, file, total ? S.totalText : S.text);
    const n = total ? S.totalCount : S.count;
    [f.total, f.completed, f.completedOnTime, f.completedLate, f.inProgress].forEach((v, i) =>
      b.set(r, 2 + i, v, n)
    );
    if (f.executionLevel === null)
      b.set(r, SUMMARY_LEVEL_COL, cat.annex2.levelUndefined, total ? S.totalText : S.text);
    else b.set(r, SUMMARY_LEVEL_COL, f.executionLevel, total ? S.totalLevel : S.level);
    [f.lead, f.co, f.errors, f.warnings].forEach((v, i) => b.set(r, 8 + i, v, n));
  };
  c.bodies.forEach((body, i) => row(h + 1 + i, body, body.body, body.file, false));
  const overallRow = h + 1 + c.bodies.length;
  row(overallRow, c.overall, t.overall, "", true);
  return b.build({
    columnWidths: headerWidths([40, 24, 9, 11, 10, 12, 11, 14, 12, 12, 9, 12], t.summaryHeaders),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: h, bottom: h },
      footer: PAGE_NUMBER_FOOTER,
    },
    freezeRows: h + 1,
    dataBars:
      c.bodies.length > 0
        ? [{ top: h + 1, bottom: overallRow - 1, col: SUMMARY_LEVEL_COL, color: "5B9BD5" }]
        : [],
  });
}
