/**
 * What the pane's buttons do, as plain functions over a {@link WorkbookPort}: no React, no Office.
 * Every rule comes from the core; this module only sequences reads, core calls and writes.
 */
import {
  ANNEX2_SHEET_NAMES,
  isGeneratedSheetName,
  PLAN_ITEMS_444,
  analyseWorkbook,
  buildAnnex2,
  buildSnapshotSheet,
  buildTemplate,
  columnLetter,
  coreCatalog,
  findTable,
  findTableInSheet,
  HEADER_SEARCH_ROWS,
  isIsoDate,
  roundLevel,
  rowLabeller,
  tableLang,
  uniqueSheetName,
} from "../core";
import type {
  Analysis,
  IsoDate,
  Issue,
  Lang,
  ReportMeta,
  RowLabel,
  SheetGrid,
  SheetModel,
  TableLayout,
} from "../core";
import type { AnnexStep } from "./i18n";
import { paneCatalog } from "./i18n";
import { settingsPlan } from "./plan/workflow";
import type { CellMark, PaneSettings, SheetInfo, WorkbookPort } from "./port";

/** Rows below the last used row that still get drop-down lists, so new measures have them too. */
export const DROPDOWN_HEADROOM = 200;

/** Sheets an official may pick as Table 1: everything but the sheets the tool writes itself. */
export function selectableSheets(sheets: readonly SheetInfo[]): SheetInfo[] {
  return sheets.filter((s) => !isGeneratedSheetName(s.name));
}

/**
 * The sheet holding Table 1 (core `findTable`), or null. A sheet whose header lacks a required
 * column is still the table the official means; the check then explains what is missing.
 */
export function detectTableSheet(grids: readonly SheetGrid[]): string | null {
  const found = findTable(grids, { skip: isGeneratedSheetName });
  if (found.ok) return found.layout.sheet;
  return found.code === "missing-column" ? found.sheet : null;
}

export interface Discovery {
  readonly sheets: SheetInfo[];
  /** The sheet core discovery picks as Table 1. */
  readonly detected: string | null;
  /** Every sheet with a Table 1 header row (complete or not). */
  readonly withTable: ReadonlySet<string>;
}

/**
 * Find Table 1 among the selectable sheets, reading only the rows its header may be in
 * (`HEADER_SEARCH_ROWS`); the chosen sheet is read in full when it is checked.
 */
export async function discoverSheets(port: WorkbookPort): Promise<Discovery> {
  const sheets = selectableSheets(await port.listSheets());
  if (sheets.length === 0) return { sheets, detected: null, withTable: new Set() };
  const grids = await port.readSheets(
    sheets.map((s) => s.name),
    { maxRows: HEADER_SEARCH_ROWS }
  );
  const withTable = new Set<string>();
  for (const g of grids) {
    const found = findTableInSheet(g);
    if (found.ok || found.code === "missing-column") withTable.add(g.name);
  }
  return { sheets, detected: detectTableSheet(grids), withTable };
}

/**
 * The sheet to start with: the one chosen last time if it still holds a table, else the detected
 * one, else the first visible sheet.
 */
export function initialSheet(d: Discovery, remembered: string): string {
  if (
    remembered !== "" &&
    d.withTable.has(remembered) &&
    d.sheets.some((s) => s.name === remembered)
  )
    return remembered;
  if (d.detected !== null) return d.detected;
  return (d.sheets.find((s) => !s.hidden) ?? d.sheets[0])?.name ?? "";
}

/**
 * `.csv` or `.xls` when the workbook's file (a name, path or URL) is one — Excel opens both, but a
 * .csv keeps one plain sheet and an .xls neither the lists nor the layout written here, so the pane
 * advises saving as .xlsx first; else null.
 */
export function notXlsxExtension(fileName: string): ".csv" | ".xls" | null {
  const path = fileName.split(/[?#]/)[0] ?? "";
  const ext = /\.(csv|xls)$/i.exec(path.trim())?.[1]?.toLowerCase();
  return ext === "csv" ? ".csv" : ext === "xls" ? ".xls" : null;
}

/** The as-of date of the report: the end of the reporting period when given, else today. */
export function asOfDate(settings: PaneSettings, today: IsoDate): IsoDate {
  return isIsoDate(settings.periodTo) ? settings.periodTo : today;
}

/** True when both ends of the period are given and the end comes first. */
export function periodReversed(settings: PaneSettings): boolean {
  return (
    isIsoDate(settings.periodFrom) &&
    isIsoDate(settings.periodTo) &&
    settings.periodTo < settings.periodFrom
  );
}

/** The report's details; the plan is the one the settings keep (Table 1 made from a plan), else 444-р. */
export function reportMeta(settings: PaneSettings, lang: Lang, today: IsoDate): ReportMeta {
  const body = settings.body.trim();
  const plan = settingsPlan(settings);
  return {
    body: body === "" ? null : body,
    periodFrom: isIsoDate(settings.periodFrom) ? settings.periodFrom : null,
    periodTo: isIsoDate(settings.periodTo) ? settings.periodTo : null,
    asOf: asOfDate(settings, today),
    person: settings.person.trim(),
    contacts: settings.contacts.trim(),
    planItems: plan?.items ?? PLAN_ITEMS_444,
    lang,
    ...(plan !== null ? { plan } : {}),
  };
}

/** A checked Table 1: the analysis, the sheet's row count (for drop-downs) and what each issue's row is. */
export interface Checked {
  readonly analysis: Analysis;
  readonly rowCount: number;
  /** Item number and measure's first words of a row (core `rowLabeller`), shown beside each issue. */
  readonly rowLabel: (row: number) => RowLabel;
}

export type CheckOutcome =
  ({ readonly ok: true } & Checked) | { readonly ok: false; readonly message: string };

/** Read the chosen sheet and analyse it (core `analyseWorkbook`): issues, figures, layout. */
export async function checkTable(
  port: WorkbookPort,
  sheet: string,
  settings: PaneSettings,
  lang: Lang,
  today: IsoDate
): Promise<CheckOutcome> {
  const grids = await port.readSheets([sheet]);
  return analyseGrids(grids, sheet, settings, lang, today);
}

function analyseGrids(
  grids: readonly SheetGrid[],
  sheet: string,
  settings: PaneSettings,
  lang: Lang,
  today: IsoDate
): CheckOutcome {
  const body = settings.body.trim();
  const plan = settingsPlan(settings) ?? undefined;
  const result = analyseWorkbook(grids, {
    body: body === "" ? undefined : body,
    asOf: asOfDate(settings, today),
    lang,
    sheet,
    plan,
  });
  if (!result.ok) {
    const message =
      result.fatal.code === "no-table"
        ? paneCatalog(lang).sheet.noTableOnSheet(sheet)
        : result.fatal.message;
    return { ok: false, message };
  }
  const grid = grids.find((g) => g.name === result.analysis.layout.sheet);
  return {
    ok: true,
    analysis: result.analysis,
    rowCount: grid?.rows.length ?? 0,
    rowLabel: rowLabeller(result.analysis, grid),
  };
}

export type GenerateOutcome =
  | ({ readonly ok: true; readonly sheetName: string } & Checked)
  | { readonly ok: false; readonly message: string };

/**
 * SPEC "Annex 2": analyse Table 1, build the form and write it, replacing an earlier Annex 2 in any
 * language. Table 1 is only read. `onStep` reports progress for the pane's progress bar.
 */
export async function generateAnnex2(
  port: WorkbookPort,
  sheet: string,
  settings: PaneSettings,
  lang: Lang,
  today: IsoDate,
  onStep: (step: AnnexStep) => void = () => undefined
): Promise<GenerateOutcome> {
  onStep("reading");
  const grids = await port.readSheets([sheet]);
  onStep("analysing");
  const checked = analyseGrids(grids, sheet, settings, lang, today);
  if (!checked.ok) return checked;
  const model = buildAnnex2(checked.analysis, reportMeta(settings, lang, today));
  onStep("writing");
  await port.writeSheet(model, {
    replaces: ANNEX2_SHEET_NAMES.filter((n) => n !== model.name),
    activate: true,
  });
  // What this report said, for a later "compare with the previous report" (docs/compare.md).
  const meta = reportMeta(settings, lang, today);
  await port.writeSheet(buildSnapshotSheet(checked.analysis, meta.asOf, meta.body), {
    veryHidden: true,
  });
  return { ...checked, sheetName: model.name };
}

/** Issues split by severity, each list in sheet order. */
export function groupIssues<I extends Pick<Issue, "severity" | "row" | "col">>(
  issues: readonly I[]
): { errors: I[]; warnings: I[] } {
  const byPlace = (a: I, b: I): number => a.row - b.row || a.col - b.col;
  return {
    errors: issues.filter((i) => i.severity === "error").sort(byPlace),
    warnings: issues.filter((i) => i.severity === "warning").sort(byPlace),
  };
}

/** One mark per cell; an error outranks a warning on the same cell. */
export function issueMarks(issues: readonly Issue[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const i of issues) {
    const key = `${i.row}:${i.col}`;
    const seen = byCell.get(key);
    if (seen === undefined || (seen.severity === "warning" && i.severity === "error"))
      byCell.set(key, { row: i.row, col: i.col, severity: i.severity });
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

export interface DropdownPlan {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  readonly values: readonly string[];
  readonly errorStyle: "stop" | "warning";
  readonly message: string;
}

/**
 * Drop-down lists for the status column (a warning only: progress notes may follow the status) and,
 * when there is one, the role column (strict), with the wordings of the core template catalogue in
 * `lang` — the table's language, not the pane's (see `addDropdowns`).
 */
export function dropdownPlans(layout: TableLayout, rowCount: number, lang: Lang): DropdownPlan[] {
  const t = coreCatalog(lang).template;
  const top = layout.firstDataRow;
  const bottom = Math.max(rowCount - 1, top) + DROPDOWN_HEADROOM;
  const plans: DropdownPlan[] = [];
  const status = layout.columns.status;
  if (status !== undefined)
    plans.push({
      col: status,
      top,
      bottom,
      values: t.statusChoices,
      errorStyle: "warning",
      message: t.statusListError,
    });
  const role = layout.columns.role;
  if (role !== undefined)
    plans.push({
      col: role,
      top,
      bottom,
      values: t.roleChoices,
      errorStyle: "stop",
      message: t.roleListError,
    });
  return plans;
}

/**
 * Add the drop-down lists in the wordings of the table's own language (core `tableLang`; the pane's
 * `uiLang` only for a table too empty to tell): a Kyrgyz table gets Kyrgyz statuses whatever
 * language the pane speaks. Returns the column letters that got one.
 */
export async function addDropdowns(
  port: WorkbookPort,
  analysis: Analysis,
  rowCount: number,
  uiLang: Lang
): Promise<string[]> {
  const plans = dropdownPlans(analysis.layout, rowCount, tableLang(analysis) ?? uiLang);
  for (const p of plans)
    await port.addListValidation(
      analysis.layout.sheet,
      p.col,
      p.top,
      p.bottom,
      p.values,
      p.errorStyle,
      p.message
    );
  return plans.map((p) => columnLetter(p.col));
}

/**
 * The blank Table 1 (core `buildTemplate`) under a sheet name no existing sheet has, so inserting it
 * never replaces a sheet; its Excel table gets a name tied to the sheet's so two templates can coexist.
 */
export function templateModel(lang: Lang, existingSheets: readonly string[]): SheetModel {
  const model = buildTemplate(lang);
  const name = uniqueSheetName(model.name, existingSheets);
  if (name === model.name) return model;
  const n = /\((\d+)\)$/.exec(name)?.[1] ?? "2";
  return {
    ...model,
    name,
    table: model.table ? { ...model.table, name: `${model.table.name}_${n}` } : undefined,
  };
}

/** Insert the blank Table 1 as a new sheet and show it; returns the sheet's name. */
export async function insertTemplate(port: WorkbookPort, lang: Lang): Promise<string> {
  const existing = (await port.listSheets()).map((s) => s.name);
  const model = templateModel(lang, existing);
  await port.writeSheet(model, { activate: true });
  return model.name;
}

/**
 * The execution level as shown (SPEC: one decimal) with the language's decimal mark, or null when
 * undefined. Not `Intl`: browsers' bundled locale data may lack Kyrgyz.
 */
export function formatLevel(level: number | null, decimalMark: string): string | null {
  const rounded = roundLevel(level);
  if (rounded === null) return null;
  return `${rounded.toFixed(1).replace(".", decimalMark)} %`;
}
