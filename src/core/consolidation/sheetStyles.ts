/** Cell styles shared by the consolidation sheets, and their column widths. */
import { widthForWords } from "../rowHeights";
import type { CellStyle } from "../sheetModel";
import { COLUMN_HEADER_STYLE, TITLE_STYLE } from "../sheetModel";

export const S = {
  title: TITLE_STYLE,
  header: COLUMN_HEADER_STYLE,
  text: { wrap: true, border: true, vAlign: "top" },
  center: { border: true, vAlign: "top", hAlign: "center" },
  count: { border: true, vAlign: "top", hAlign: "center", numberFormat: "0" },
  level: { border: true, vAlign: "top", hAlign: "center", numberFormat: "0.0" },
  totalText: { bold: true, wrap: true, border: true, vAlign: "top", fill: "F2F2F2" },
  totalCount: {
    bold: true,
    border: true,
    vAlign: "top",
    hAlign: "center",
    numberFormat: "0",
    fill: "F2F2F2",
  },
  totalLevel: {
    bold: true,
    border: true,
    vAlign: "top",
    hAlign: "center",
    numberFormat: "0.0",
    fill: "F2F2F2",
  },
  flag: { wrap: true, border: true, vAlign: "top", fill: "FCE4D6" },
  error: { wrap: true, border: true, vAlign: "top", color: "C00000" },
} satisfies Record<string, CellStyle>;

/** Column widths widened where a header's longest word would otherwise break inside it in print. */
export function headerWidths(widths: readonly number[], headers: readonly string[]): number[] {
  return widths.map((w, i) => widthForWords(w, headers[i] ?? "", S.header));
}
