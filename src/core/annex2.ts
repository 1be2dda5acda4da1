/**
 * SPEC "Annex 2": the report form at the end of the Methodology, as a sheet model. In order: body
 * name; reporting period and as-of date; responsible person and contacts; "the plan has N items in
 * total, of which:"; I lead executor (per year, then fixed / ongoing / staged with item numbers);
 * II co-executor (the same); III status as of the date; IV execution level; the detail table.
 * Printable: A4 landscape, wrapped text, the detail header repeated on each page, page numbers in
 * the footer, fonts named (Arial: Excel has it, LibreOffice prints it as the metric-compatible
 * Liberation Sans, so the row heights the core estimates hold in both), page breaks and row heights
 * of the detail table from annex2Detail.ts.
 */
import { writeDetailRows } from "./annex2Detail";
import { givenBodyNames } from "./body";
import type { Body } from "./body";
import { formatDmy } from "./dates";
import { compressItems } from "./itemList";
import { coreCatalog } from "./i18n";
import { PAGE_NUMBER_FOOTER, pageRowPoints } from "./printLayout";
import { DEFAULT_ROW_POINTS, rowHeightsOf, textPoints } from "./rowHeights";
import type { CellStyle, PrintSetup, SheetModel } from "./sheetModel";
import { COLUMN_HEADER_STYLE, SheetModelBuilder, TITLE_STYLE } from "./sheetModel";
import type { Analysis, IsoDate, Lang, RoleFigures } from "./types";
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
  return plan.builtin === "444-р"
    ? t.title(meta.planItems)
    : t.planTitle(planTitle(plan, meta.lang), planAct(plan, meta.lang), meta.planItems);
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
/** A column past the form, hidden from view and print: the as-of date for other tools (`ATKARUU_AS_OF`). */
const MACHINE_COL = LAST + 1;
/** The form's font (see the file comment). */
export const FORM_FONT = "Arial";

const STYLES = {
  title: TITLE_STYLE,
  value: { bold: true, fontSize: 12, wrap: true, hAlign: "center" },
  plain: { wrap: true, hAlign: "center" },
  caption: { italic: true, fontSize: 9, hAlign: "center", color: "595959", wrap: true },
  text: { wrap: true },
  heading: { bold: true, wrap: true },
  label: { wrap: true, border: true, vAlign: "top" },
  count: { border: true, hAlign: "center", vAlign: "top", numberFormat: "0" },
  items: { wrap: true, border: true, vAlign: "top" },
  colHeader: COLUMN_HEADER_STYLE,
  level: { bold: true, border: true, hAlign: "center", vAlign: "top", numberFormat: "0.0" },
  numbering: { italic: true, fontSize: 9, border: true, hAlign: "center" },
  cell: { wrap: true, border: true, vAlign: "top" },
  cellCenter: { wrap: true, border: true, vAlign: "top", hAlign: "center" },
} satisfies Record<string, CellStyle>;
const S = Object.fromEntries(
  Object.entries(STYLES).map(([k, v]) => [k, { ...v, fontName: FORM_FONT }])
) as { readonly [K in keyof typeof STYLES]: CellStyle };

/** The default reporting period: from 1 January of the as-of year to the as-of date. */
export function defaultPeriod(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
}

/**
 * The body line (SPEC "Role"): the full name as the plan writes it, whichever name the official
 * gave; the name given when the plan knows only an abbreviation and a full name was given.
 */
export function printedBody(body: Body | null, given: string | null): string {
  if (given === null || given.trim() === "") return "";
  if (body === null) return given.trim();
  if (body.fullName === body.abbreviation && givenBodyNames(given).full !== null)
    return given.trim();
  return body.fullName;
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
  // The body's full name as the plan writes it, whichever name the official gave (SPEC Rule).
  b.set(r, 0, printedBody(analysis.reportingBody, meta.body), S.value, { right: LAST });
  names.push({ name: ANNEX2_NAMES.body, row: r, col: 0 });
  b.set(++r, 0, t.bodyCaption, S.caption, { right: LAST });
  b.set(++r, 0, t.periodLine(asOf, from, to), S.plain, { right: LAST });
  b.set(r, MACHINE_COL, asOf);
  names.push({ name: ANNEX2_NAMES.asOf, row: r, col: MACHINE_COL });
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
      // The year lines have no item numbers (SPEC "Annex 2").
      b.set(r, 4, "", S.items, { right: LAST });
    }
    const typeLine = (label: string, items: readonly string[]): void => {
      b.set(++r, 0, label, S.label, { right: 2 });
      b.set(r, 3, items.length, S.count);
      b.set(r, 4, items.length > 0 ? `${compressItems(items)} ${t.itemsCaption}` : "", S.items, {
        right: LAST,
      });
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
  const headerPoints = Math.max(
    DEFAULT_ROW_POINTS,
    ...t.detailHeaders.map((h, c) => textPoints(h, WIDTHS[c], S.colHeader))
  );
  b.height(r, headerPoints);
  r += 1;
  for (let c = 0; c <= LAST; c++) b.set(r, c, c + 1, S.numbering);
  b.height(r, DEFAULT_ROW_POINTS);

  const print: PrintSetup = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    repeatRows: { top: headerRow, bottom: headerRow + 1 },
    footer: PAGE_NUMBER_FOOTER,
  };
  const rest = { columnWidths: WIDTHS, hiddenColumns: [MACHINE_COL], names };
  const repeatPoints = headerPoints + DEFAULT_ROW_POINTS;
  const form = pagesOfForm(b, b.build({ ...rest, print }), headerRow, repeatPoints);
  const detailBreaks = writeDetailRows(b, analysis.measures, {
    start: r + 1,
    columnWidths: WIDTHS,
    cell: S.cell,
    cellCenter: S.cellCenter,
    pageRows: form.pageRows,
    usedBefore: form.usedBefore,
    repeatPoints,
  });
  if (analysis.measures.length === 0) b.set(r + 1, 0, t.noMeasures, S.cell, { right: LAST });

  const rowBreaks = [...form.breaks, ...detailBreaks];
  return b.build({ ...rest, print: rowBreaks.length > 0 ? { ...print, rowBreaks } : print });
}

/**
 * The form above the detail table on its pages: a break wherever its rows fill a page, and one
 * before the detail header when the header and a first measure would not fit under the form. Every
 * row gets its height written, so the pages the core counts are the pages every program prints.
 */
function pagesOfForm(
  b: SheetModelBuilder,
  model: SheetModel,
  headerRow: number,
  header: number
): { pageRows: number; usedBefore: number; breaks: number[] } {
  const pageRows = pageRowPoints(model);
  const heights = rowHeightsOf(model);
  const breaks: number[] = [];
  let used = 0;
  for (let row = 0; row < headerRow; row++) {
    const h = heights[row] ?? DEFAULT_ROW_POINTS;
    b.height(row, h);
    if (used > 0 && used + h > pageRows) {
      breaks.push(row);
      used = 0;
    }
    used += h;
  }
  if (used + header + 4 * DEFAULT_ROW_POINTS > pageRows) {
    breaks.push(headerRow);
    used = 0;
  }
  return { pageRows, usedBefore: used + header, breaks };
}
