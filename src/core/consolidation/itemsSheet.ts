/** The consolidated workbook's item sheet: one row per plan item, each executor's status. */
import { coreCatalog } from "../i18n";
import { PAGE_NUMBER_FOOTER } from "../printLayout";
import type { SheetModel } from "../sheetModel";
import { SheetModelBuilder } from "../sheetModel";
import type { Lang } from "../types";
import type { Consolidation, ItemReport } from "./result";
import { headerWidths, S } from "./sheetStyles";

/** Status names of a list of reports: `МЭК: In progress; МЮ: Completed on time`. */
function reportsText(reports: readonly ItemReport[], lang: Lang): string {
  const names = coreCatalog(lang).statusNames;
  return reports.map((r) => `${r.body}: ${names[r.status]}`).join("; ");
}

/** The item sheet: one row per plan item 1…planItems (and any other item reported). */
export function buildItemsSheet(c: Consolidation): SheetModel {
  const cat = coreCatalog(c.lang);
  const t = cat.consolidation;
  const b = new SheetModelBuilder(t.itemsSheet);
  t.itemHeaders.forEach((text, col) => b.set(0, col, text, S.header));
  b.height(0, 45);
  c.items.forEach((it, i) => {
    const r = i + 1;
    const flagged = it.disagree || it.severalLeads;
    b.set(r, 0, /^\d+$/.test(it.no) ? Number(it.no) : it.no, S.center);
    b.set(r, 1, it.measure, S.text);
    b.set(r, 2, it.lead, S.text);
    b.set(
      r,
      3,
      it.leads.length === 0
        ? t.notReported
        : it.leads.length === 1
          ? cat.statusNames[it.leads[0].status]
          : reportsText(it.leads, c.lang),
      S.text
    );
    b.set(r, 4, reportsText(it.co, c.lang), S.text);
    b.set(r, 5, it.status === null ? t.notReported : cat.statusNames[it.status], S.text);
    const flags = [it.disagree ? t.disagree : "", it.severalLeads ? t.severalLeads : ""]
      .filter((x) => x !== "")
      .join("; ");
    b.set(r, 6, flags, flagged ? S.flag : S.text);
  });
  return b.build({
    columnWidths: headerWidths([7, 48, 28, 22, 44, 22, 26], t.itemHeaders),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: 0, bottom: 0 },
      footer: PAGE_NUMBER_FOOTER,
    },
    freezeRows: 1,
  });
}
