/**
 * The composition summary, fit to attach to the council's decision on the group: each count and
 * share against its rule of the Typical Regulation §5.2 (the same `shareBounds` the check uses), and
 * the list of members with category, sex and role.
 */
import { formatDmy } from "../dates";
import type { SheetModel } from "../sheetModel";
import { COLUMN_HEADER_STYLE, SheetModelBuilder, TITLE_STYLE } from "../sheetModel";
import type { Lang } from "../types";
import type { GroupCheck } from "./check";
import { groupCatalog } from "./i18n";
import { MAX_MEMBERS, MIN_MEMBERS, shareBounds } from "./rules";

const S = {
  title: TITLE_STYLE,
  plain: { wrap: true },
  caption: { italic: true, fontSize: 9, wrap: true },
  heading: { bold: true, wrap: true },
  colHeader: COLUMN_HEADER_STYLE,
  label: { wrap: true, border: true, vAlign: "top" },
  count: { border: true, hAlign: "center", vAlign: "top" },
  share: { border: true, hAlign: "center", vAlign: "top", numberFormat: "0.0" },
  ok: { border: true, hAlign: "center", vAlign: "top", color: "006100", fill: "C6EFCE" },
  bad: {
    border: true,
    hAlign: "center",
    vAlign: "top",
    bold: true,
    color: "9C0006",
    fill: "FFC7CE",
  },
} as const;

export function buildComposition(check: GroupCheck, lang: Lang): SheetModel {
  const c = groupCatalog(lang);
  const t = c.composition;
  const b = new SheetModelBuilder(t.sheetName);
  const k = check.counts;
  const n = k.total;
  const bounds = shareBounds(n);
  const chairs = check.members.filter((m) => m.isChair).length;
  let r = 0;
  b.set(r, 0, t.title, S.title, { right: 4 }).height(r, 36);
  b.set(
    ++r,
    0,
    check.created === null ? t.createdUnknown : t.created(formatDmy(check.created)),
    S.plain,
    { right: 4 }
  );
  r++;
  t.headers.forEach((h, col) => b.set(r, col, h, S.colHeader));
  const row = (label: string, count: number, rule: string, met: boolean, share: boolean): void => {
    b.set(++r, 0, label, S.label);
    b.set(r, 1, count, S.count);
    b.set(r, 2, share && n > 0 ? Math.round((count * 1000) / n) / 10 : null, S.share);
    b.set(r, 3, rule, S.label);
    b.set(r, 4, met ? t.met : t.notMet, met ? S.ok : S.bad);
  };
  row(
    t.rowTotal,
    n,
    `${t.ruleSize}; ${t.ruleOdd}`,
    n >= MIN_MEMBERS && n <= MAX_MEMBERS && n % 2 === 1,
    false
  );
  row(
    t.rowMunicipal,
    k.municipal,
    t.ruleMunicipal(bounds.municipalMin),
    k.municipal >= bounds.municipalMin,
    true
  );
  row(
    t.rowDeputies,
    k.deputies,
    t.ruleDeputies(bounds.deputiesMin, bounds.deputiesMax),
    k.deputies >= bounds.deputiesMin && k.deputies <= bounds.deputiesMax,
    true
  );
  row(
    t.rowCitizens,
    k.citizens,
    t.ruleCitizens(bounds.citizensMin),
    k.citizens >= bounds.citizensMin,
    true
  );
  row(t.rowWomen, k.women, t.ruleSex(bounds.sexMax), k.women <= bounds.sexMax, true);
  row(t.rowMen, k.men, t.ruleSex(bounds.sexMax), k.men <= bounds.sexMax, true);
  row(t.rowChair, chairs, t.ruleChair, chairs === 1, false);
  r += 2;
  b.set(r, 0, t.membersHeading, S.heading, { right: 4 });
  r++;
  t.memberHeaders.forEach((h, col) => b.set(r, col, h, S.colHeader));
  check.members.forEach((m, i) => {
    b.set(++r, 0, m.no === "" ? String(i + 1) : m.no, S.count);
    b.set(r, 1, m.name, S.label);
    b.set(r, 2, m.category === null ? "" : c.categoryNames[m.category], S.label);
    b.set(r, 3, m.sex === null ? "" : c.sexNames[m.sex], S.count);
    b.set(r, 4, m.role, S.label);
  });
  r += 2;
  b.set(r, 0, t.basis, S.caption, { right: 4 });
  return b.build({
    columnWidths: [34, 12, 12, 26, 18],
    print: { orientation: "portrait", paper: "A4", fitToWidth: true },
  });
}
