/**
 * The consolidated workbook's sheet of levels per period (SPEC "Comparing two reporting periods"):
 * one row per body, one column per period (its as-of date), the overall row from summed counts, data
 * bars in each period's column (the file's picture of the trend; the pane adds a native line chart
 * over the same cells). A period a body sent no report for is an empty cell, so a chart draws a gap
 * there instead of a zero.
 */
import { compareCatalog } from "../compare/i18n";
import { formatDmy } from "../dates";
import { PAGE_NUMBER_FOOTER } from "../printLayout";
import type { SheetModel } from "../sheetModel";
import { SheetModelBuilder } from "../sheetModel";
import type { PeriodFigures } from "./periods";
import type { Consolidation } from "./result";
import { headerWidths, S } from "./sheetStyles";

/** Row of the periods sheet's header (body, then the periods' dates); body rows follow, then the overall row. */
export const PERIODS_HEADER_ROW = 2;

/** The sheet, or null when the files span fewer than two periods. */
export function buildPeriodsSheet(c: Consolidation): SheetModel | null {
  const p = c.periods;
  if (p === null) return null;
  const t = compareCatalog(c.lang);
  const b = new SheetModelBuilder(t.periodsSheet);
  const h = PERIODS_HEADER_ROW;
  const headers = [t.periodsBodyHeader, ...p.periods.map(formatDmy)];
  b.set(0, 0, t.periodsTitle, S.title, { right: headers.length - 1 }).height(0, 30);
  headers.forEach((text, col) => b.set(h, col, text, S.header));
  const level = (r: number, col: number, f: PeriodFigures | null, total: boolean): void => {
    if (f === null || f.executionLevel === null)
      b.set(r, col, null, total ? S.totalLevel : S.level);
    else b.set(r, col, f.executionLevel, total ? S.totalLevel : S.level);
  };
  p.bodies.forEach((body, i) => {
    b.set(h + 1 + i, 0, body.body, S.text);
    body.periods.forEach((f, j) => level(h + 1 + i, 1 + j, f, false));
  });
  const overallRow = h + 1 + p.bodies.length;
  b.set(overallRow, 0, t.periodsOverall, S.totalText);
  p.overall.forEach((f, j) => level(overallRow, 1 + j, f, true));
  return b.build({
    columnWidths: headerWidths([40, ...p.periods.map(() => 12)], headers),
    print: {
      orientation: p.periods.length > 6 ? "landscape" : "portrait",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: h, bottom: h },
      footer: PAGE_NUMBER_FOOTER,
    },
    freezeRows: h + 1,
    dataBars:
      p.bodies.length === 0
        ? []
        : p.periods.map((_, j) => ({
            top: h + 1,
            bottom: overallRow - 1,
            col: 1 + j,
            color: "5B9BD5",
          })),
  });
}
