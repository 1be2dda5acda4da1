/**
 * The consolidated workbook's completeness sheet (`consolidate --plan`): one row per executor of each
 * plan item — the name as the plan writes it, its role, whether it reported the item and its status —
 * the item's rows marked when the lead executor did not report it; under the table, the bodies the
 * plan names that sent no workbook.
 */
import { formatDmy } from "../dates";
import { coreCatalog } from "../i18n";
import { planTexts } from "../plan/i18n";
import { PAGE_NUMBER_FOOTER } from "../printLayout";
import type { SheetModel } from "../sheetModel";
import { SheetModelBuilder } from "../sheetModel";
import type { Consolidation } from "./result";
import { missingBodyName } from "./planCompleteness";
import type { PlanCompleteness } from "./planCompleteness";
import { headerWidths, S } from "./sheetStyles";

/** Row of the completeness sheet's column headers; executor rows follow. */
export const COMPLETENESS_HEADER_ROW = 2;

export function buildCompletenessSheet(c: Consolidation, plan: PlanCompleteness): SheetModel {
  const cat = coreCatalog(c.lang);
  const p = planTexts(c.lang);
  const b = new SheetModelBuilder(p.completenessSheet);
  const last = p.completenessHeaders.length - 1;
  b.set(0, 0, p.completenessTitle(plan.title, formatDmy(c.asOf)), S.title, { right: last }).height(
    0,
    45
  );
  const h = COMPLETENESS_HEADER_ROW;
  p.completenessHeaders.forEach((text, col) => b.set(h, col, text, S.header));
  b.height(h, 45);
  let r = h + 1;
  for (const item of plan.items) {
    // An item without executors in the plan still has its row, so every plan item is on the sheet.
    const executors = item.executors.length > 0 ? item.executors : [null];
    for (const e of executors) {
      const style = item.leadMissing ? S.flag : S.text;
      b.set(
        r,
        0,
        /^\d+$/.test(item.no) ? Number(item.no) : item.no,
        item.leadMissing ? { ...S.flag, hAlign: "center" } : S.center
      );
      b.set(r, 1, item.measure, style);
      b.set(r, 2, e?.name ?? "", style);
      b.set(r, 3, e === null ? "" : cat.template.roleChoices[e.role === "lead" ? 0 : 1], style);
      b.set(
        r,
        4,
        e === null
          ? ""
          : e.body === null
            ? p.noWorkbook
            : e.status === null
              ? p.notReported
              : p.reported,
        e !== null && e.status === null ? S.error : style
      );
      b.set(r, 5, e?.status != null ? cat.statusNames[e.status] : "", style);
      b.set(r, 6, item.leadMissing ? p.leadMissing : "", style);
      r++;
    }
  }
  r++;
  if (plan.bodiesMissing.length === 0) b.set(r, 0, p.allReported, S.totalText, { right: last });
  else {
    b.set(r, 0, p.bodiesMissingHeading, S.totalText, { right: last });
    for (const m of plan.bodiesMissing) b.set(++r, 0, missingBodyName(m), S.error, { right: last });
  }
  return b.build({
    columnWidths: headerWidths([9, 52, 30, 18, 16, 22, 18], p.completenessHeaders),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: h, bottom: h },
      footer: PAGE_NUMBER_FOOTER,
    },
    freezeRows: h + 1,
  });
}
