/** Cell styles shared by the consolidation sheets. */
import type { CellStyle } from "../sheetModel";

export const S = {
  title: { bold: true, fontSize: 12, wrap: true, hAlign: "center", vAlign: "middle" },
  header: { bold: true, wrap: true, border: true, hAlign: "center", vAlign: "middle", fill: "D9E1F2" },
  text: { wrap: true, border: true, vAlign: "top" },
  center: { border: true, vAlign: "top", hAlign: "center" },
  count: { border: true, vAlign: "top", hAlign: "center", numberFormat: "0" },
  level: { border: true, vAlign: "top", hAlign: "center", numberFormat: "0.0" },
  totalText: { bold: true, wrap: true, border: true, vAlign: "top", fill: "F2F2F2" },
  totalCount: { bold: true, border: true, vAlign: "top", hAlign: "center", numberFormat: "0", fill: "F2F2F2" },
  totalLevel: { bold: true, border: true, vAlign: "top", hAlign: "center", numberFormat: "0.0", fill: "F2F2F2" },
  flag: { wrap: true, border: true, vAlign: "top", fill: "FCE4D6" },
  error: { wrap: true, border: true, vAlign: "top", color: "C00000" },
} satisfies Record<string, CellStyle>;
