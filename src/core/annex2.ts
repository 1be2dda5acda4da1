/**
 * SPEC "Annex 2": the report form at the end of the Methodology, as a sheet model. In order: body
 * name; reporting period and as-of date; responsible person and contacts; "the plan has N items in
 * total, of which:"; I lead executor (per year, then fixed / ongoing / staged with item numbers);
 * II co-executor (the same); III status as of the date; IV execution level; the detail table.
 * Printable: A4 landscape, wrapped text, the detail header repeated on each page.
 */
import { formatDmy } from "./dates";
import { compressItems } from "./itemList";
import { coreCatalog } from "./i18n";
import type { CellStyle, SheetModel } from "./sheetModel";
import { SheetModelBuilder } from "./sheetModel";
import type { Analysis, IsoDate, Lang, Measure, RoleFigures } from "./types";
import { PLAN_444, planAct, planTitle, planYears } from "./plan/model";
import type { Plan } from "./plan/model";

export { PLAN_ITEMS_444 } from "./plan/model";

/** What the official enters about the report itself (task pane form, CLI options). */
export interface ReportMeta {
  readonly body: string | null;
  readonly periodFrom: IsoDate | null;
  readonly periodTo: IsoDate | null;
  readonly asOf: IsoDate;
  /** Name and position of the responsible person. */
  readonly person: string;
  readonly contacts: string;
  readonly planItems: number;
  readonly lang: Lang;
  /** The plan reported on: title and year lines follow it (SPEC "Plans other than 444-р"); 444-р when absent. */
  readonly plan?: Plan;
}

/** Annex 2's title: the Methodology's own for 444-р, else the plan's name and act. */
function formTitle(meta: ReportMeta): string {
  const t = coreCatalog(meta.lang).annex2;
  const plan = meta.plan ?? PLAN_444;
  return plan.builtin === "444-р" ? t.title(meta.planItems) : t.planTitle(planTitle(plan, meta.lang), planAct(plan, meta.lang), meta.planItems);
}

/** Defined names the Annex 2 sheet carries, so coordinators (and formulas) find its figures. */
export const ANNEX2_NAMES = {
  body: "ATKARUU_BODY",
  asOf: "ATKARUU_AS_OF",
  total: "ATKARUU_TOTAL",
  completed: "ATKARUU_COMPLETED",
  level: "ATKARUU_LEVEL",
} as const;

/** Where the body name sits on the Annex 2 sheet (0-based), for readers without defined names. */
export const ANNEX2_BODY_CELL = { row: 2, col: 0 } as const;

const WIDTHS = [7, 28, 40, 18, 30, 26, 46];
const LAST = WIDTHS.length - 1;

const S = {
  title: { bold: true, fontSize: 12, wrap: true, hAlign: "center", vAlign: "middle" },
  value: { bold: true, fontSize: 12, wrap: true, hAlign: "center" },
  plain: { wrap: true, hAlign: "center" },
  caption: { italic: true, fontSize: 9, hAlign: "center", color: "595959", wrap: true },
  text: { wrap: true },
  heading: { bold: true, wrap: true },
  label: { wrap: true, border: true, vAlign: "top" },
  count: { border: true, hAlign: "center", vAlign: "top", numberFormat: "0" },
  items: { wrap: true, border: true, vAlign: "top" },
  colHeader: { bold: true, wrap: true, border: true, hAlign: "center", vAlign: "middle", fill: "D9E1F2" },
  level: { bold: true, border: true, hAlign: "center", vAlign: "top", numberFormat: "0.0" },
  numbering: { italic: true, fontSize: 9, border: true, hAlign: "center" },
  cell: { wrap: true, border: true, vAlign: "top" },
  cellCenter: { wrap: true, border: true, vAlign: "top", hAlign: "center" },
} satisfies Record<string, CellStyle>;

/** The default reporting period: from 1 January of the as-of year to the as-of date. */
export function defaultPeriod(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
}

/** Build the Annex 2 sheet for an analysed Table 1. */
export function buildAnnex2(analysis: Analysis, meta: ReportMeta): SheetModel {
  const t = coreCatalog(meta.lang).annex2;
  const b = new SheetModelBuilder(t.sheetName);
  const s = analysis.summary;
  const period = defaultPeriod(meta.asOf);
  const from = formatDmy(meta.periodFrom ?? period.from);
  const to = formatDmy(meta.periodTo ?? period.to);
  const asOf = formatDmy(meta.asOf);
  const names: { name: string; row: number; col: number }[] = [];

  let r = 0;
  b.set(r, 0, formTitle(meta), S.title, { right: LAST }).height(r, 48);
  r += 2;
  b.set(r, 0, meta.body ?? "", S.value, { right: LAST });
  names.push({ name: ANNEX2_NAMES.body, row: r, col: 0 });
  b.set(++r, 0, t.bodyCaption, S.caption, { right: LAST });
  b.set(++r, 0, `${t.period(from, to)}; ${t.asOf(asOf)}`, S.plain, { right: LAST - 1 });
  b.set(r, LAST, asOf, S.plain);
  names.push({ name: ANNEX2_NAMES.asOf, row: r, col: LAST });
  b.set(++r, 0, t.periodCaption, S.caption, { right: LAST });
  b.set(++r, 0, meta.person, S.plain, { right: LAST });
  b.set(++r, 0, t.personCaption, S.caption, { right: LAST });
  b.set(++r, 0, meta.contacts, S.plain, { right: LAST });
  b.set(++r, 0, t.contactsCaption, S.caption, { right: LAST });
  r += 2;
  b.set(r, 0, t.planTotal(meta.planItems), S.heading, { right: LAST });
  r += 1;

  // SPEC Rule: one line for every year of the plan, zeros included, no other year.
  const years = planYears(meta.plan ?? analysis.plan);
  const roleBlock = (heading: string, f: RoleFigures): void => {
    r += 1;
    b.set(r, 0, heading, S.heading, { right: 2 });
    b.set(r, 3, t.countHeader, S.colHeader);
    b.set(r, 4, t.itemsHeader, S.colHeader, { right: LAST });
    for (const year of years) {
      const n = f.byYear[year] ?? 0;
      b.set(++r, 0, t.inYear(year), S.label, { right: 2 });
      b.set(r, 3, n, S.count);
      b.set(r, 4, t.measuresUnitFor(n), S.items, { right: LAST });
    }
    const typeLine = (label: string, items: readonly string[]): void => {
      b.set(++r, 0, label, S.label, { right: 2 });
      b.set(r, 3, items.length, S.count);
      b.set(r, 4, items.length > 0 ? `${compressItems(items)} ${t.itemsCaption}` : "", S.items, { right: LAST });
    };
    typeLine(t.fixedLine, f.fixed);
    typeLine(t.ongoingLine, f.ongoing);
    typeLine(t.stagedLine, f.staged);
    r += 1;
  };
  roleBlock(t.leadHeading(s.lead.total), s.lead);
  roleBlock(t.coHeading(s.co.total), s.co);

  r += 1;
  b.set(r, 0, t.statusHeading(asOf), S.heading, { right: LAST });
  const statusLine = (label: string, n: number, name?: string): void => {
    b.set(++r, 0, label, S.label, { right: 2 });
    b.set(r, 3, n, S.count);
    if (name) names.push({ name, row: r, col: 3 });
  };
  statusLine(t.inProgress, s.inProgress);
  statusLine(t.onTime, s.completedOnTime);
  statusLine(t.late, s.completedLate);
  statusLine(t.total, s.total, ANNEX2_NAMES.total);
  statusLine(t.totalCompleted, s.completed, ANNEX2_NAMES.completed);

  r += 2;
  b.set(r, 0, t.levelLine, S.heading, { right: 2 });
  if (s.executionLevel === null) b.set(r, 3, t.levelUndefined, S.label);
  else b.set(r, 3, s.executionLevel, S.level);
  names.push({ name: ANNEX2_NAMES.level, row: r, col: 3 });
  b.set(r, 4, t.levelFormula, S.caption, { right: LAST });

  r += 2;
  const headerRow = r;
  t.detailHeaders.forEach((h, c) => b.set(r, c, h, S.colHeader));
  b.height(r, 60);
  r += 1;
  for (let c = 0; c <= LAST; c++) b.set(r, c, c + 1, S.numbering);
  writeDetailRows(b, analysis.measures, r + 1);
  if (analysis.measures.length === 0) b.set(r + 1, 0, t.noMeasures, S.cell, { right: LAST });

  return b.build({
    columnWidths: WIDTHS,
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { top: headerRow, bottom: headerRow + 1 } },
    names,
  });
}

/** The detail table; consecutive measures of one task share a merged task cell, as in the plan. */
function writeDetailRows(b: SheetModelBuilder, measures: readonly Measure[], start: number): void {
  let i = 0;
  while (i < measures.length) {
    let j = i;
    while (j + 1 < measures.length && measures[j + 1].task === measures[i].task && measures[i].task !== "") j++;
    for (let k = i; k <= j; k++) {
      const m = measures[k];
      const row = start + k;
      b.set(row, 0, /^\d+$/.test(m.no) ? Number(m.no) : m.no, S.cellCenter);
      if (k === i) b.set(row, 1, m.task, S.cell, j > i ? { bottom: start + j } : undefined);
      b.set(row, 2, m.measure, S.cell);
      b.set(row, 3, m.deadlineText, S.cell);
      b.set(row, 4, m.result, S.cell);
      b.set(row, 5, m.executors, S.cell);
      b.set(row, 6, m.statusText, S.cell);
    }
    i = j + 1;
  }
}
