/**
 * The printable act (seed 004 §8.1) from one row of the acts register: purpose, subject and object,
 * place, dates, results, recommendations and proposals, attachments; to whom it is sent (§8.2) and
 * the answer limits of §4.3 with their dates. A4 portrait, two columns: part and text.
 */
import { formatDmy } from "../dates";
import { upperFirst } from "../i18n/letterCase";
import type { SheetModel } from "../sheetModel";
import { SheetModelBuilder } from "../sheetModel";
import type { Lang } from "../types";
import type { GroupCheck } from "./check";
import { groupCatalog } from "./i18n";
import { chairName } from "./report";
import type { Act, ActPart } from "./types";

const S = {
  title: { bold: true, wrap: true, hAlign: "center", vAlign: "middle", fontSize: 13 },
  center: { wrap: true, hAlign: "center" },
  label: { bold: true, wrap: true, border: true, vAlign: "top" },
  text: { wrap: true, border: true, vAlign: "top" },
  plain: { wrap: true, vAlign: "top" },
  caption: { italic: true, fontSize: 9, wrap: true },
} as const;

/** The act a register number names (`3`, `№3`, `3.`), or null. */
export function findAct(check: GroupCheck, no: string): Act | null {
  const wanted = no
    .trim()
    .replace(/^№\s*/, "")
    .replace(/[.)]+$/, "");
  return check.acts.find((a) => a.no === wanted) ?? null;
}

/** The order of the parts on the printed act (the subject and object are one part in §8.1, two lines here). */
const PART_ORDER: readonly ActPart[] = [
  "purpose",
  "subject",
  "object",
  "place",
  "period",
  "findings",
  "recommendations",
];

export function buildActSheet(check: GroupCheck, act: Act, lang: Lang): SheetModel {
  const c = groupCatalog(lang);
  const t = c.act;
  const b = new SheetModelBuilder(t.sheetName(act.no));
  let r = 0;
  b.set(r, 0, t.title(act.no), S.title, { right: 1 }).height(r, 36);
  b.set(++r, 0, t.group, S.center, { right: 1 });
  b.set(++r, 0, t.dateLine(act.date === null ? "" : formatDmy(act.date)), S.center, { right: 1 });
  r++;
  for (const part of PART_ORDER) {
    const text = act[part];
    b.set(++r, 0, upperFirst(c.partNames[part]), S.label);
    b.set(r, 1, text === "" ? t.none : text, S.text);
  }
  b.set(++r, 0, t.attachments, S.label);
  b.set(r, 1, act.attachments === "" ? t.none : act.attachments, S.text);
  b.set(++r, 0, t.deliveredTo, S.label);
  b.set(
    r,
    1,
    act.delivered === null ? t.deliveredList : `${t.deliveredList}: ${formatDmy(act.delivered)}`,
    S.text
  );
  r++;
  if (act.responseDue !== null)
    b.set(++r, 0, t.responseNote(formatDmy(act.responseDue)), S.plain, { right: 1 });
  if (act.councilDue !== null)
    b.set(++r, 0, t.councilNote(formatDmy(act.councilDue)), S.plain, { right: 1 });
  r++;
  b.set(++r, 0, t.chairSignature(chairName(check)), S.plain, { right: 1 });
  b.set(++r, 0, t.membersSignature, S.plain, { right: 1 });
  r++;
  b.set(++r, 0, t.basis, S.caption, { right: 1 });
  return b.build({
    columnWidths: [28, 62],
    print: { orientation: "portrait", paper: "A4", fitToWidth: true },
  });
}
