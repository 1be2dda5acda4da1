/**
 * The pane's "Local monitoring" view as plain functions over a {@link WorkbookPort}: no React, no
 * Office. Every rule and sheet is the core's (`src/core/group`: `checkGroup`, `buildActSheet`,
 * `buildGroupReport`, `buildComposition`, `buildGroupTemplate`), so the pane writes what
 * `atkaruu group act|report|composition` and `template --kind group` write; this module only
 * sequences reads, core calls and writes (docs/group.md, "In the pane and on the page").
 */
import {
  HEADER_SEARCH_ROWS,
  LANGS,
  analyseWorkbook,
  buildActSheet,
  buildComposition,
  buildGroupReport,
  buildGroupTemplate,
  checkGroup,
  findAct,
  findGroupSheets,
  findTableInSheet,
  groupCatalog,
  isGeneratedSheetName,
  isGroupOutputSheet,
  parseReportPeriod,
  summariseGroupPeriod,
  uniqueSheetName,
} from "../../core";
import type {
  GroupCheck,
  GroupPeriodFigures,
  IsoDate,
  Lang,
  ReportPeriod,
  SheetGrid,
  SheetModel,
  Summary,
} from "../../core";
import type { SheetInfo, WorkbookPort } from "../port";
import { groupPaneCatalog } from "./i18n";

/** Sheets that may belong to the group workbook: not the ones Atkaruu wrote (Annex 2, an act, a report). */
const isInputSheet = (s: SheetInfo): boolean =>
  !isGeneratedSheetName(s.name) && !isGroupOutputSheet(s.name);

/**
 * The group workbook's sheets, read in two steps so a workbook with other long sheets is not read
 * whole: the first rows of every sheet to find the group's tables by their headers (core
 * `findGroupSheets`), then those sheets in full.
 */
export async function readGroupSheets(port: WorkbookPort): Promise<SheetGrid[]> {
  const names = (await port.listSheets()).filter(isInputSheet).map((s) => s.name);
  if (names.length === 0) return [];
  const heads = await port.readSheets(names, { maxRows: HEADER_SEARCH_ROWS });
  const layouts = findGroupSheets(heads, (n) => isGeneratedSheetName(n) || isGroupOutputSheet(n));
  const found = new Set(
    [layouts.members, layouts.meetings, layouts.workPlan, layouts.acts, layouts.holidays].flatMap(
      (l) => (l === undefined ? [] : [l.sheet])
    )
  );
  if (found.size === 0) return heads;
  return port.readSheets(names.filter((n) => found.has(n)));
}

export type GroupOutcome =
  | { readonly ok: true; readonly check: GroupCheck }
  | { readonly ok: false; readonly message: string };

export interface GroupCheckInView {
  /** The view's creation date field, used as `--created` is (instead of the members sheet's date). */
  readonly created?: IsoDate;
  /** On the standalone page, which downloads a blank workbook instead of inserting one. */
  readonly page?: boolean;
}

/**
 * Check the open workbook as a group workbook (core `checkGroup`, SPEC "Local joint monitoring and
 * evaluation groups"). The messages say what to do in the view, never the CLI's flags: a missing
 * creation date points at the view's field, a missing members sheet at the view's blank workbook.
 */
export async function checkGroupWorkbook(
  port: WorkbookPort,
  asOf: IsoDate,
  lang: Lang,
  view: GroupCheckInView = {}
): Promise<GroupOutcome> {
  const g = groupPaneCatalog(lang);
  const grids = await readGroupSheets(port);
  const result = checkGroup(grids, {
    asOf,
    lang,
    created: view.created,
    createdAlternative: g.check.createdAlternative(g.check.created),
  });
  if (!result.ok)
    return {
      ok: false,
      message: view.page === true ? g.page.noGroup(g.page.blank) : g.check.noGroup,
    };
  return { ok: true, check: result.check };
}

/** The names a generated sheet has in every language, so writing it again in another one replaces it. */
function otherNames(model: SheetModel, name: (lang: Lang) => string): string[] {
  return LANGS.map(name).filter((n) => n !== model.name);
}

/** Write the printable act of one register row (core `buildActSheet`, A4 portrait) and show it; returns its sheet. */
export async function writeAct(
  port: WorkbookPort,
  check: GroupCheck,
  no: string,
  lang: Lang
): Promise<string | null> {
  const act = findAct(check, no);
  if (act === null) return null;
  const model = buildActSheet(check, act, lang);
  await port.writeSheet(model, {
    replaces: otherNames(model, (l) => groupCatalog(l).act.sheetName(act.no)),
    activate: true,
  });
  return model.name;
}

/** The reporting periods a group can report on: each half-year and year from its creation (or first record) to the as-of date. */
export function reportPeriods(check: GroupCheck): ReportPeriod[] {
  const dates = [
    check.created,
    ...check.meetings.map((m) => m.date),
    ...check.acts.map((a) => a.date ?? a.delivered),
  ].filter((d): d is IsoDate => d !== null);
  const asOfYear = Number(check.asOf.slice(0, 4));
  const first =
    dates.length === 0 ? asOfYear : Math.min(asOfYear, ...dates.map((d) => Number(d.slice(0, 4))));
  const out: ReportPeriod[] = [];
  for (let y = asOfYear; y >= first; y--) {
    for (const code of [`${y}-H2`, `${y}-H1`, `${y}`]) {
      const p = parseReportPeriod(code);
      // A period not yet begun has nothing to report.
      if (p !== null && p.from <= check.asOf) out.push(p);
    }
  }
  return out;
}

/** The period to offer first: the last half-year that has ended by the as-of date, else the current one. */
export function defaultPeriod(
  periods: readonly ReportPeriod[],
  asOf: IsoDate
): ReportPeriod | null {
  return periods.find((p) => p.half !== null && p.to <= asOf) ?? periods[0] ?? null;
}

export type PlanOutcome =
  | { readonly ok: true; readonly summary: Summary }
  | { readonly ok: false; readonly message: string };

/**
 * A local plan's figures at the end of the reported period (core `analyseWorkbook`, as
 * `atkaruu group report --table1` does), from its Table 1 in `grids`; `sheet` picks one.
 */
export function planFigures(
  grids: readonly SheetGrid[],
  period: ReportPeriod,
  lang: Lang,
  fileName: string,
  sheet?: string
): PlanOutcome {
  const r = analyseWorkbook(grids, { asOf: period.to, lang, sheet }, fileName);
  return r.ok ? { ok: true, summary: r.analysis.summary } : { ok: false, message: r.fatal.message };
}

/** The sheets of the open workbook holding a Table 1, offered as the local plan. */
export async function planSheets(port: WorkbookPort): Promise<string[]> {
  const names = (await port.listSheets()).filter(isInputSheet).map((s) => s.name);
  if (names.length === 0) return [];
  const heads = await port.readSheets(names, { maxRows: HEADER_SEARCH_ROWS });
  return heads.filter((g) => findTableInSheet(g).ok).map((g) => g.name);
}

/** A plan's Table 1 on a sheet of the open workbook, read in full. */
export async function planFromSheet(
  port: WorkbookPort,
  sheet: string,
  period: ReportPeriod,
  lang: Lang
): Promise<PlanOutcome> {
  return planFigures(await port.readSheets([sheet]), period, lang, "", sheet);
}

export interface ReportWritten {
  readonly sheetName: string;
  readonly figures: GroupPeriodFigures;
}

/** Write the summary report of a period (core `buildGroupReport`) and show it. */
export async function writeGroupReport(
  port: WorkbookPort,
  check: GroupCheck,
  period: ReportPeriod,
  plan: Summary | null,
  lang: Lang
): Promise<ReportWritten> {
  const figures = summariseGroupPeriod(check, period);
  const model = buildGroupReport(check, figures, lang, plan);
  await port.writeSheet(model, {
    replaces: otherNames(model, (l) => groupCatalog(l).report.sheetName(period.code)),
    activate: true,
  });
  return { sheetName: model.name, figures };
}

/** Write the composition summary (core `buildComposition`) and show it. */
export async function writeComposition(
  port: WorkbookPort,
  check: GroupCheck,
  lang: Lang
): Promise<string> {
  const model = buildComposition(check, lang);
  await port.writeSheet(model, {
    replaces: otherNames(model, (l) => groupCatalog(l).composition.sheetName),
    activate: true,
  });
  return model.name;
}

/** The blank group workbook's five sheets (core `buildGroupTemplate`) under names no existing sheet has. */
export function groupTemplateModels(lang: Lang, existing: readonly string[]): SheetModel[] {
  const taken = [...existing];
  return buildGroupTemplate(lang).map((m) => {
    const name = uniqueSheetName(m.name, taken);
    taken.push(name);
    return name === m.name ? m : { ...m, name };
  });
}

/** Insert the blank group workbook's sheets into the open workbook, never replacing one; returns their names. */
export async function insertGroupTemplate(port: WorkbookPort, lang: Lang): Promise<string[]> {
  const models = groupTemplateModels(
    lang,
    (await port.listSheets()).map((s) => s.name)
  );
  for (const [i, m] of models.entries()) await port.writeSheet(m, { activate: i === 0 });
  return models.map((m) => m.name);
}
