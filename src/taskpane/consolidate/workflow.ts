/**
 * The coordinator's consolidation in the pane, as plain functions over a {@link WorkbookPort} and the
 * on-demand file reader: no React, no Office. Every rule is the core's (`consolidationEntry`,
 * `Consolidator`, `buildConsolidationSheets`), so the sheets are those `atkaruu consolidate` writes;
 * this module only sequences reading, the core and writing (docs/taskpane.md, "Consolidation").
 */
import {
  Consolidator,
  isGeneratedSheetName,
  LANGS,
  PLAN_ITEMS_444,
  PERIODS_HEADER_ROW,
  SUMMARY_HEADER_ROW,
  SUMMARY_LEVEL_COL,
  buildConsolidationSheets,
  compareCatalog,
  consolidationEntry,
  coreCatalog,
  expectedBodiesFromGrid,
  findTableInSheet,
  HEADER_SEARCH_ROWS,
  planTexts,
} from "../../core";
import type {
  Consolidation,
  ConsolidationEntry,
  IsoDate,
  Lang,
  PlanBook,
  SheetGrid,
} from "../../core";
import type { BarChartSpec, LineChartSpec, SheetInfo, WorkbookPort } from "../port";
import type { Reader } from "./loadReader";

/** Summary, items, issues and periods sheet names in every language: writing in one language replaces the others. */
export const CONSOLIDATION_SHEET_NAMES: readonly (readonly string[])[] = [
  LANGS.map((l) => coreCatalog(l).consolidation.summarySheet),
  LANGS.map((l) => coreCatalog(l).consolidation.itemsSheet),
  LANGS.map((l) => coreCatalog(l).consolidation.issuesSheet),
  // Written with a plan only (`consolidate --plan`).
  LANGS.map((l) => planTexts(l).completenessSheet),
  LANGS.map((l) => compareCatalog(l).periodsSheet),
];

/** The name of the pane's chart on the summary sheet (so consolidating again replaces it). */
export const LEVEL_CHART_NAME = "AtkaruuExecutionLevel";
/** The name of the pane's line chart on the periods sheet. */
export const PERIODS_CHART_NAME = "AtkaruuLevelByPeriod";

/** A file the coordinator picked (a browser `File`, or a test's stand-in). */
export interface PickedFile {
  readonly name: string;
  /** Modification time, ms since the epoch (of two files of one body the newer is used). */
  readonly lastModified: number;
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

/** The same file picked twice (same name, size and time) is read once. */
export function fileKey(f: Pick<PickedFile, "name" | "size" | "lastModified">): string {
  return `${f.name}\u0000${f.size}\u0000${f.lastModified}`;
}

export interface ConsolidationOptions {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  /** Bodies expected to report; undefined when completeness is not checked. */
  readonly expected?: readonly string[];
  /**
   * The plan workbook picked: each item's executors checked against the reports, its bodies the
   * expected ones when no list is given, every report's deadlines against its years (core
   * planCompleteness.ts, as `atkaruu consolidate --plan`).
   */
  readonly plan?: PlanBook;
}

/** The consolidator of these options: the plan's items (else 444-р's 334), the expected bodies. */
function consolidator(options: ConsolidationOptions): Consolidator {
  return new Consolidator({
    asOf: options.asOf,
    lang: options.lang,
    planItems: options.plan?.plan.items ?? PLAN_ITEMS_444,
    expected: options.expected,
    plan: options.plan,
  });
}

/** What each report is analysed with: the date, the language, the plan's years. */
function entryOptions(options: ConsolidationOptions): {
  asOf: IsoDate;
  lang: Lang;
  plan?: PlanBook["plan"];
} {
  return {
    asOf: options.asOf,
    lang: options.lang,
    ...(options.plan !== undefined ? { plan: options.plan.plan } : {}),
  };
}

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
  /** The file or sheet being read, or null when all are done. */
  readonly current: string | null;
}

/** Let the page paint the progress between two files (reading one file is synchronous). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** One picked file → a consolidation entry (analysed, or with its one-sentence reason). */
export async function fileEntry(
  file: PickedFile,
  reader: Reader,
  options: ConsolidationOptions
): Promise<ConsolidationEntry> {
  const { lang } = options;
  const unusable = (fatal: ReturnType<Reader["unreadableFile"]>): ConsolidationEntry => ({
    file: file.name,
    modified: file.lastModified,
    body: null,
    fatal,
  });
  // Not loaded at all when over the limit: the page must not hold a huge file in memory.
  if (file.size > reader.MAX_FILE_BYTES)
    return unusable(
      reader.unreadableFile("too-large", { lang, fileName: file.name, size: file.size })
    );
  let bytes: Uint8Array;
  try {
    bytes = await file.bytes();
  } catch {
    // Moved or deleted since it was picked.
    return unusable(reader.unreadableFile("not-found", { lang, fileName: file.name }));
  }
  const read = reader.readWorkbookBytes(bytes, { lang, fileName: file.name });
  if (!read.ok) return unusable(read.fatal);
  const { sheets, storedBody, snapshot, storedAsOf } = read;
  // Without a plan picked, each report's deadlines are checked against the plan it stores (else 444-р), as the CLI does.
  return consolidationEntry(
    { file: file.name, modified: file.lastModified, sheets, storedBody, snapshot, storedAsOf },
    { ...entryOptions(options), plan: options.plan?.plan ?? read.storedPlan }
  );
}

/**
 * Read the picked files one at a time — each is analysed and reduced to what consolidation keeps
 * before the next is read — and consolidate them. `onProgress` sees files done / total.
 */
export async function consolidateFiles(
  files: readonly PickedFile[],
  reader: Reader,
  options: ConsolidationOptions,
  onProgress: (p: ReadProgress) => void = () => undefined
): Promise<Consolidation> {
  const c = consolidator(options);
  for (let i = 0; i < files.length; i++) {
    onProgress({ done: i, total: files.length, current: files[i].name });
    await nextTask();
    c.add(await fileEntry(files[i], reader, options));
  }
  onProgress({ done: files.length, total: files.length, current: null });
  return c.result();
}

/**
 * Sheets of the current workbook that hold a Table 1 header row (complete or not), in workbook
 * order; the tool's own sheets (Annex 2, consolidation) are never offered.
 */
export function table1Sheets(sheets: readonly SheetInfo[], grids: readonly SheetGrid[]): string[] {
  const withTable = new Set<string>();
  for (const g of grids) {
    const found = findTableInSheet(g);
    if (found.ok || found.code === "missing-column") withTable.add(g.name);
  }
  return sheets
    .filter((s) => !isGeneratedSheetName(s.name) && withTable.has(s.name))
    .map((s) => s.name);
}

/** Every sheet of the workbook, and which of them hold Table 1 (one read for all). */
export async function discoverBodySheets(
  port: WorkbookPort
): Promise<{ readonly sheets: SheetInfo[]; readonly table1: string[] }> {
  const sheets = (await port.listSheets()).filter((s) => !isGeneratedSheetName(s.name));
  if (sheets.length === 0) return { sheets, table1: [] };
  // Only the rows a Table 1 header may be in: the bodies' sheets are read in full when consolidated.
  const grids = await port.readSheets(
    sheets.map((s) => s.name),
    { maxRows: HEADER_SEARCH_ROWS }
  );
  return { sheets, table1: table1Sheets(sheets, grids) };
}

/**
 * Decision (docs/taskpane.md): a Table 1 sheet of the current workbook is one body, named by the
 * sheet. Nothing stores a body per sheet — the body the tool stores (settings, Annex 2) belongs to
 * the whole workbook — and a coordinator who pastes each body's table into its own sheet names the
 * sheet after the body. The sheet's name is also what the summary's "file" column shows.
 */
export function sheetEntry(grid: SheetGrid, options: ConsolidationOptions): ConsolidationEntry {
  return consolidationEntry(
    { file: grid.name, modified: 0, sheets: [grid], storedBody: grid.name },
    entryOptions(options)
  );
}

/** Consolidate Table 1 sheets of the current workbook (one read for all of them). */
export async function consolidateSheets(
  port: WorkbookPort,
  names: readonly string[],
  options: ConsolidationOptions,
  onProgress: (p: ReadProgress) => void = () => undefined
): Promise<Consolidation> {
  onProgress({ done: 0, total: names.length, current: null });
  const grids = await port.readSheets(names);
  const c = consolidator(options);
  for (const g of grids) c.add(sheetEntry(g, options));
  onProgress({ done: names.length, total: names.length, current: null });
  return c.result();
}

/** Expected bodies listed on a sheet of the workbook (its first text column; core `expectedBodiesFromGrid`). */
export async function expectedFromSheet(port: WorkbookPort, sheet: string): Promise<string[]> {
  const [grid] = await port.readSheets([sheet]);
  return grid === undefined ? [] : expectedBodiesFromGrid(grid);
}

export interface ChartTexts {
  readonly title: string;
}

/** Rows of the chart: bodies with a defined execution level (sorted first on the summary sheet). */
export function chartedBodies(c: Consolidation): number {
  let n = 0;
  while (n < c.bodies.length && c.bodies[n].executionLevel !== null) n++;
  return n;
}

/**
 * The bar chart of the execution level per body on the summary sheet: the body names (column A) and
 * the levels (column {@link SUMMARY_LEVEL_COL}) of the body rows, below the overall row. Null when
 * no body has a defined level. Bodies without measures (level undefined) are listed last on the sheet
 * and left out of the chart rather than drawn as 0.
 */
export function levelChart(c: Consolidation, texts: ChartTexts): BarChartSpec | null {
  const n = chartedBodies(c);
  if (n === 0) return null;
  const first = SUMMARY_HEADER_ROW + 1;
  const last = first + n - 1;
  const overallRow = first + c.bodies.length;
  const top = overallRow + 2;
  // About 20 pt per bar plus room for the title and the axis.
  const height = Math.max(14, Math.ceil(n * 1.4) + 6);
  return {
    name: LEVEL_CHART_NAME,
    title: texts.title,
    seriesName: coreCatalog(c.lang).consolidation.summaryHeaders[SUMMARY_LEVEL_COL],
    categories: { top: first, left: 0, bottom: last, right: 0 },
    values: { top: first, left: SUMMARY_LEVEL_COL, bottom: last, right: SUMMARY_LEVEL_COL },
    placement: { top, left: 0, bottom: top + height - 1, right: SUMMARY_LEVEL_COL },
    min: 0,
    max: 100,
  };
}

/**
 * The line chart of each body's level per period on the periods sheet, with the overall line: the
 * body and overall rows (their names in column A), the periods' dates of the header row as
 * categories, below the table. Null without levels per period.
 */
export function periodsChart(c: Consolidation): LineChartSpec | null {
  const p = c.periods;
  if (p === null) return null;
  const t = compareCatalog(c.lang);
  const first = PERIODS_HEADER_ROW + 1;
  const last = first + p.bodies.length;
  const right = p.periods.length;
  const top = last + 2;
  return {
    name: PERIODS_CHART_NAME,
    title: t.periodsTitle,
    seriesNames: [...p.bodies.map((b) => b.body), t.periodsOverall],
    values: { top: first, left: 1, bottom: last, right },
    categories: { top: PERIODS_HEADER_ROW, left: 1, bottom: PERIODS_HEADER_ROW, right },
    placement: { top, left: 0, bottom: top + 17, right: Math.max(right, 4) },
    min: 0,
    max: 100,
  };
}

export type WriteStep = "sheets" | "chart";

/** `added`: the native chart is there; `unsupported`: the port cannot draw charts (standalone page: the data bars stand in); `none`: nothing to chart. */
export type ChartOutcome = "added" | "unsupported" | "none";

export interface Written {
  /** The sheets written, in order: summary, items, issues (then completeness with a plan, levels per period over several periods). */
  readonly sheets: readonly string[];
  /** The bar chart on the summary sheet (`none`: no body has a defined level). */
  readonly chart: ChartOutcome;
  /** The line chart on the periods sheet (`none`: the files span one period). */
  readonly periodsChart: ChartOutcome;
}

/**
 * Write the sheets in order (each replaces the same sheet made earlier in any language; nothing
 * else is touched; the summary is the one shown), then the chart on the summary sheet and, over
 * several periods, the line chart on the periods sheet.
 */
export async function writeConsolidation(
  port: WorkbookPort,
  c: Consolidation,
  texts: ChartTexts,
  onStep: (step: WriteStep) => void = () => undefined
): Promise<Written> {
  const models = buildConsolidationSheets(c);
  onStep("sheets");
  for (let i = 0; i < models.length; i++) {
    const model = models[i];
    // The same sheet in the other languages (found by name: which sheets there are depends on the input).
    const replaces = (
      CONSOLIDATION_SHEET_NAMES.find((names) => names.includes(model.name)) ?? []
    ).filter((n) => n !== model.name);
    await port.writeSheet(model, { replaces, activate: i === 0 });
  }
  const sheets = models.map((m) => m.name);
  const spec = levelChart(c, texts);
  const lines = periodsChart(c);
  if (spec !== null || lines !== null) onStep("chart");
  const outcome = (added: boolean): ChartOutcome => (added ? "added" : "unsupported");
  const chart = spec === null ? "none" : outcome(await port.addBarChart(models[0].name, spec));
  const periodsChartOutcome =
    lines === null
      ? "none"
      : outcome(await port.addLineChart(compareCatalog(c.lang).periodsSheet, lines));
  return { sheets, chart, periodsChart: periodsChartOutcome };
}
