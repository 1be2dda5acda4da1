/**
 * The Office.js adapter: the task pane's {@link WorkbookPort} over the open workbook. The only code
 * in the product that calls `Excel.run`. Design, sync budget and requirement sets:
 * docs/office-adapter.md.
 *
 * - Reads take one round trip for any number of named sheets (values only, placed at their absolute
 *   position, merged areas where ExcelApi 1.13 is available).
 * - `writeSheet` builds the new sheet hidden under a temporary name, in a constant number of syncs
 *   (1 probe + ceil(bytes / budget) requests of at most 4 MB each), and only in its last request
 *   deletes the sheet it replaces, renames the new one and adds the defined names — so a failure
 *   leaves the workbook as it was. No other sheet is touched.
 * - Issue highlights are conditional formats tagged in their formula, so they never overwrite the
 *   user's own fills and are found and removed again later.
 * - Settings live in the workbook (`workbook.settings`, ExcelApi 1.4), validated with zod (as
 *   `zod/mini`: the same checks, tree-shaken, ~90 KB gzip less in the pane).
 * - Charts (consolidation's execution level per body) are native Excel charts, 2 syncs each.
 */
import * as z from "zod/mini";
import { columnLetter, quoteSheetName, uniqueName } from "../../core";
import type { CellStyle, CellValue, MergeArea, SheetGrid, SheetModel } from "../../core";
import type { BarChartSpec, CellBlock, CellMark, PaneSettings, SheetInfo, WorkbookPort } from "../port";
import { EMPTY_SETTINGS } from "../port";
import { ACTION_BYTES, DEFAULT_REQUEST_BUDGET, listSource, packRequests, planRequests } from "./writePlan";
import type { CellInput, Rect, WriteOp } from "./writePlan";

export interface OfficeWorkbookOptions {
  /** Largest estimated request, in bytes (default 4 MB, under Excel on the web's 5 MB limit). */
  readonly requestBudgetBytes?: number;
  /** Cells per request when a sheet is too big to read in one response (default 20 000; halved on failure). */
  readonly readBlockCells?: number;
}

/** The key of the pane's settings in `workbook.settings`. */
export const SETTINGS_KEY = "atkaruu.pane";
/** Highlights are custom conditional formats whose formula carries this tag (always true, never a real test). */
export const MARK_TAG = "atkaruu-mark:";
/** Title of the error box of drop-down lists (the product's name, the same in every language). */
const PRODUCT_TITLE = "Atkaruu";

const MARK_COLORS = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
} as const;

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

// ---------------------------------------------------------------------------------------------
// Helpers

/** The error code of an Office.js error (`OfficeExtension.Error.code`), or null. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/**
 * Errors raised in the pane's own JavaScript (a property read before it was loaded, an object used
 * outside its `Excel.run`): bugs, never worth a retry.
 */
const CLIENT_ERRORS = new Set(["PropertyNotLoaded", "ValueNotLoaded", "InvalidRequestContext", "RunMustReturnPromise"]);

/** An error Excel returned from a sync (worth another, simpler request), not a bug in the pane. */
function fromExcel(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code !== null && !CLIENT_ERRORS.has(code);
}

/** Is a requirement set available on this host? (False outside Office.) */
function isSetSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** An Office.js value as the core's cell value: `""` is an empty cell; errors stay text (`#N/A`). */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return null;
}

/** Place a block of values read at (rowIndex, columnIndex) into a sheet grid from A1. */
function placeRows(rows: CellValue[][], rowIndex: number, columnIndex: number, values: readonly (readonly unknown[])[]): void {
  while (rows.length < rowIndex) rows.push([]);
  values.forEach((vr, i) => {
    const row: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
    for (const v of vr) row.push(cellValue(v));
    rows[rowIndex + i] = row;
  });
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const lower = (s: string): string => s.toLowerCase();

/** Settings as stored: every field text; a missing or wrong field becomes "" without losing the others. */
const storedText = z.catch(z.string(), "");
const storedSettings = z.object({
  body: storedText,
  periodFrom: storedText,
  periodTo: storedText,
  person: storedText,
  contacts: storedText,
  lang: storedText,
  sheet: storedText,
});

/** Settings to store: each field must be text. */
const settingsToSave = z.object({
  body: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  person: z.string(),
  contacts: z.string(),
  lang: z.string(),
  sheet: z.string(),
});

/** A stored settings value (JSON text, or an object written by another version) → settings. */
export function parseStoredSettings(value: unknown): PaneSettings {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return EMPTY_SETTINGS;
    }
  }
  const parsed = storedSettings.safeParse(v);
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

/** Marks grouped into vertical runs per column and severity (one conditional format each); an error outranks a warning on a cell. */
export function markRuns(marks: readonly CellMark[]): { rect: Rect; severity: CellMark["severity"] }[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.col}:${m.row}`;
    const prev = byCell.get(key);
    if (prev === undefined || (prev.severity === "warning" && m.severity === "error")) byCell.set(key, m);
  }
  const sorted = [...byCell.values()].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { rect: { top: number; left: number; rows: number; cols: number }; severity: CellMark["severity"] }[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.severity === m.severity && last.rect.left === m.col && last.rect.top + last.rect.rows === m.row) last.rect.rows++;
    else out.push({ rect: { top: m.row, left: m.col, rows: 1, cols: 1 }, severity: m.severity });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The port

type Mark = { readonly kind: "mark"; readonly rect: Rect; readonly severity: CellMark["severity"] };

export class OfficeWorkbook implements WorkbookPort {
  private readonly budget: number;
  private readonly readBlockCells: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET;
    this.readBlockCells = options.readBlockCells ?? 20_000;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== "Visible" }));
    });
  }

  /**
   * One round trip for all named sheets (two when no names are given: the list first). Missing
   * sheets are left out. Only when Excel refuses that batch does it take more: the names are checked
   * against the sheets that exist (a renamed sheet), then the sheets are read again with, and at
   * last without, merged areas (Excel returns at most 512; ExcelApi < 1.13 has none; the core
   * inherits empty task cells without them). A response over the payload limit is read in row blocks.
   */
  async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
    const merges = isSetSupported("ExcelApi", "1.13");
    try {
      return await this.readAtOnce(names, merges);
    } catch (e) {
      if (officeErrorCode(e) === "ResponsePayloadSizeLimitExceeded") return this.readInBlocks(names);
      if (!fromExcel(e)) throw e;
    }
    const existing = names === undefined ? undefined : await this.existingSheets(names);
    for (const withMerges of merges ? [true, false] : [false]) {
      try {
        return await this.readAtOnce(existing, withMerges);
      } catch (e) {
        if (officeErrorCode(e) === "ResponsePayloadSizeLimitExceeded") return this.readInBlocks(existing);
        if (!withMerges || !fromExcel(e)) throw e;
      }
    }
    throw new Error("readSheets: unreachable");
  }

  /** The given names that are sheets of the workbook (ignoring case, as Excel does). */
  private existingSheets(names: readonly string[]): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const have = new Map(sheets.items.map((s) => [lower(s.name), s.name]));
      return names.map((n) => have.get(lower(n))).filter((n): n is string => n !== undefined);
    });
  }

  private async sheetNames(context: Excel.RequestContext, names: readonly string[] | undefined): Promise<readonly string[]> {
    if (names !== undefined) return names;
    const all = context.workbook.worksheets;
    all.load("items/name");
    await context.sync();
    return all.items.map((s) => s.name);
  }

  private readAtOnce(names: readonly string[] | undefined, withMerges: boolean): Promise<SheetGrid[]> {
    return Excel.run(async (context) => {
      const list = await this.sheetNames(context, names);
      const requests = list.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name,visibility");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("values,rowIndex,columnIndex");
        let merged: Excel.RangeAreas | null = null;
        if (withMerges) {
          // From the whole sheet, not the used range: never a method call on a null object.
          merged = sheet.getRange().getMergedAreasOrNullObject();
          merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
        }
        return { sheet, used, merged };
      });
      await context.sync();
      const grids: SheetGrid[] = [];
      for (const { sheet, used, merged } of requests) {
        if (sheet.isNullObject) continue;
        const rows: CellValue[][] = [];
        if (!used.isNullObject) placeRows(rows, used.rowIndex, used.columnIndex, used.values as unknown[][]);
        const areas: MergeArea[] = [];
        if (merged !== null && !merged.isNullObject) {
          for (const a of merged.areas.items) areas.push({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 });
        }
        const grid: SheetGrid = { name: sheet.name, rows, ...(withMerges ? { merges: areas } : {}), hidden: sheet.visibility !== "Visible" };
        grids.push(grid);
      }
      return grids;
    });
  }

  /** Fallback for sheets whose values exceed one response: dimensions first, then row blocks, halving a block that is still too big. */
  private readInBlocks(names: readonly string[] | undefined): Promise<SheetGrid[]> {
    return Excel.run(async (context) => {
      // Only sheets that exist: nothing below is asked of a null object.
      const all = await this.sheetNames(context, undefined);
      const have = new Map(all.map((n) => [lower(n), n]));
      const list = names === undefined ? all : names.map((n) => have.get(lower(n))).filter((n): n is string => n !== undefined);
      const requests = list.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name,visibility");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        return { sheet, used };
      });
      await context.sync();
      const grids: SheetGrid[] = [];
      for (const { sheet, used } of requests) {
        if (sheet.isNullObject) continue;
        const rows: CellValue[][] = [];
        if (!used.isNullObject) {
          let block = Math.max(1, Math.floor(this.readBlockCells / used.columnCount));
          for (let r = 0; r < used.rowCount; ) {
            const n = Math.min(block, used.rowCount - r);
            const part = sheet.getRangeByIndexes(used.rowIndex + r, used.columnIndex, n, used.columnCount);
            part.load("values");
            try {
              await context.sync();
            } catch (e) {
              if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || n === 1) throw e;
              block = Math.ceil(n / 2);
              continue;
            }
            placeRows(rows, used.rowIndex + r, used.columnIndex, part.values as unknown[][]);
            r += n;
          }
        }
        grids.push({ name: sheet.name, rows, hidden: sheet.visibility !== "Visible" });
      }
      return grids;
    });
  }

  /**
   * Write a generated sheet. Syncs: 1 probe + the packed requests (see writePlan.ts); the sheet is
   * built hidden under a temporary name and swapped in by the last request.
   */
  async writeSheet(model: SheetModel, options: { readonly replaces?: readonly string[]; readonly activate?: boolean } = {}): Promise<void> {
    const requests = planRequests(model, this.budget, options.replaces?.length ?? 0);
    let temp: string | null = null;
    try {
      await Excel.run(async (context) => {
        const wb = context.workbook;
        const sheets = wb.worksheets;
        sheets.load("items/name");
        const names = wb.names;
        names.load("items/name");
        const tables = wb.tables;
        tables.load("items/name,items/worksheet/name");
        await context.sync();

        const existing = sheets.items.map((s) => s.name);
        const replaced = new Set([model.name, ...(options.replaces ?? [])].map(lower));
        const doomed = existing.filter((n) => replaced.has(lower(n)));
        const oldIndex = existing.findIndex((n) => lower(n) === lower(model.name));
        const position = oldIndex < 0 ? null : existing.slice(0, oldIndex).filter((n) => !replaced.has(lower(n))).length;
        temp = uniqueName("Atkaruu~", existing);
        const modelNames = new Set((model.names ?? []).map((n) => lower(n.name)));
        const staleNames = names.items.map((n) => n.name).filter((n) => modelNames.has(lower(n)));
        const keptTables = tables.items.filter((t) => !replaced.has(lower(t.worksheet.name))).map((t) => t.name);
        const keptNames = names.items.map((n) => n.name).filter((n) => !modelNames.has(lower(n)));
        const tableName = model.table === undefined ? null : uniqueName(model.table.name, [...keptTables, ...keptNames], { max: 255 });

        let sheet: Excel.Worksheet | null = null;
        let table: Excel.Table | null = null;
        const target = (): Excel.Worksheet => {
          if (sheet === null) throw new Error("writeSheet: the sheet is used before it is added");
          return sheet;
        };
        for (const request of requests) {
          for (const op of request.ops) {
            if (op.kind === "begin") {
              sheet = wb.worksheets.add(temp);
              sheet.visibility = "Hidden";
            } else if (op.kind === "finish") {
              for (const n of staleNames) wb.names.getItem(n).delete();
              const s = target();
              s.visibility = "Visible";
              for (const d of doomed) wb.worksheets.getItem(d).delete();
              s.name = model.name;
              if (position !== null) s.position = position;
              for (const n of model.names ?? []) wb.names.add(n.name, `=${quoteSheetName(model.name)}!$${columnLetter(n.col)}$${n.row + 1}`);
              if (table !== null && tableName !== null) table.name = tableName;
              if (options.activate === true) s.activate();
            } else {
              const t = applyOp(target(), op);
              if (t !== null) table = t;
            }
          }
          await context.sync();
        }
      });
    } catch (e) {
      if (temp !== null) await this.deleteSheetIfPresent(temp).catch(() => undefined);
      throw e;
    }
  }

  private deleteSheetIfPresent(name: string): Promise<void> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.delete();
      await context.sync();
    });
  }

  async selectCell(sheet: string, row: number, col: number): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRangeByIndexes(row, col, 1, 1).select();
      await context.sync();
    });
  }

  /**
   * Highlight issue cells with conditional formats tagged {@link MARK_TAG}: the cells' own fills and
   * fonts are never changed, and the previous highlights (and only them) are removed first. Syncs:
   * 1 to list the sheet's conditional formats, 1 to read the custom ones' formulas (when there are
   * any), then the removal and the new marks (packed by size, normally 1).
   */
  async markCells(sheet: string, marks: readonly CellMark[]): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const formats = ws.getRange().conditionalFormats;
      formats.load("items/type");
      await context.sync();
      const customs = formats.items.filter((f) => f.type === "Custom").map((f) => {
        const rule = f.custom.rule;
        rule.load("formula");
        return { format: f, rule };
      });
      if (customs.length > 0) await context.sync();
      for (const { format, rule } of customs) if (rule.formula.includes(MARK_TAG)) format.delete();
      const runs = markRuns(marks);
      const requests = packRequests<Mark>(
        runs.map((r) => ({ fixed: { kind: "mark", rect: r.rect, severity: r.severity }, bytes: 7 * ACTION_BYTES })),
        this.budget,
      );
      if (requests.length === 0) await context.sync();
      for (const request of requests) {
        for (const op of request.ops) {
          if (op.kind !== "mark") continue;
          const cf = ws.getRangeByIndexes(op.rect.top, op.rect.left, op.rect.rows, op.rect.cols).conditionalFormats.add("Custom");
          cf.custom.rule.formula = `=ISTEXT("${MARK_TAG}${op.severity}")`;
          cf.custom.format.fill.color = MARK_COLORS[op.severity].fill;
          cf.custom.format.font.color = MARK_COLORS[op.severity].font;
        }
        await context.sync();
      }
    });
  }

  async addListValidation(sheet: string, col: number, top: number, bottom: number, values: readonly string[], errorStyle: "stop" | "warning", message: string): Promise<void> {
    const source = listSource(values);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top, col, bottom - top + 1, 1);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      range.dataValidation.errorAlert = { showAlert: true, style: errorStyle === "stop" ? "Stop" : "Warning", title: PRODUCT_TITLE, message: clip(message, 255) };
      await context.sync();
    });
  }

  /**
   * A native clustered bar chart (ExcelApi 1.1 charts; the categories from another column and the
   * reversed category order need 1.7). Syncs: 2 — the sheet's charts are listed, then a chart of the
   * same name is deleted and the new one added, whatever the number of bars.
   */
  async addBarChart(sheet: string, chart: BarChartSpec): Promise<boolean> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const charts = ws.charts;
      charts.load("items/name");
      await context.sync();
      for (const old of charts.items) if (old.name === chart.name) old.delete();
      const added = charts.add("BarClustered", blockRange(ws, chart.values), "Columns");
      added.name = chart.name;
      added.title.text = chart.title;
      added.legend.visible = false;
      const series = added.series.getItemAt(0);
      series.name = chart.seriesName;
      series.setXAxisValues(blockRange(ws, chart.categories));
      // Bars are drawn bottom-up; reversed, the first row of the table is the top bar.
      added.axes.categoryAxis.reversePlotOrder = true;
      added.axes.valueAxis.minimum = chart.min;
      added.axes.valueAxis.maximum = chart.max;
      added.dataLabels.showValue = true;
      const p = chart.placement;
      added.setPosition(ws.getRangeByIndexes(p.top, p.left, 1, 1), ws.getRangeByIndexes(p.bottom, p.right, 1, 1));
      await context.sync();
    });
    return true;
  }

  /** Settings are kept in `workbook.settings` (saved with the workbook, same `Excel.run` channel as everything else). */
  async loadSettings(): Promise<PaneSettings> {
    return Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await context.sync();
      return item.isNullObject ? EMPTY_SETTINGS : parseStoredSettings(item.value);
    });
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    const valid = settingsToSave.parse(settings);
    await Excel.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(valid));
      await context.sync();
    });
  }
}

/** The port the task pane boots with. */
export function createOfficeWorkbook(options?: OfficeWorkbookOptions): WorkbookPort {
  return new OfficeWorkbook(options);
}

// ---------------------------------------------------------------------------------------------
// Rendering operations

function blockRange(sheet: Excel.Worksheet, b: CellBlock): Excel.Range {
  return sheet.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
}

function rangeOf(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRangeByIndexes(r.top, r.left, r.rows, r.cols);
}

function applyStyle(range: Excel.Range, s: CellStyle, r: Rect): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.color !== undefined) f.font.color = `#${s.color}`;
  if (s.fill !== undefined) f.fill.color = `#${s.fill}`;
  if (s.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign !== undefined) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) {
    const sides: BorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (r.rows > 1) sides.push("InsideHorizontal");
    if (r.cols > 1) sides.push("InsideVertical");
    for (const side of sides) {
      const b = f.borders.getItem(side);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
}

/** Border sides as Office.js names them (`Excel.BorderIndex`). */
type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Queue one planned operation on the new sheet; returns the table when it creates one. */
function applyOp(sheet: Excel.Worksheet, op: WriteOp): Excel.Table | null {
  switch (op.kind) {
    case "columnWidth":
      sheet.getRangeByIndexes(0, op.left, 1, op.count).getEntireColumn().format.columnWidth = op.points;
      return null;
    case "values":
      if (op.data.length > 0) rangeOf(sheet, { top: op.top, left: op.left, rows: op.data.length, cols: op.data[0].length }).values = op.data as CellInput[][];
      return null;
    case "numberFormat":
      if (op.data.length > 0) rangeOf(sheet, { top: op.top, left: op.left, rows: op.data.length, cols: op.data[0].length }).numberFormat = op.data as string[][];
      return null;
    case "format":
      applyStyle(rangeOf(sheet, op.rect), op.style, op.rect);
      return null;
    case "merge":
      rangeOf(sheet, op.rect).merge(false);
      return null;
    case "autofitRows":
      rangeOf(sheet, op.rect).format.autofitRows();
      return null;
    case "rowHeight":
      sheet.getRangeByIndexes(op.top, 0, op.count, 1).format.rowHeight = op.points;
      return null;
    case "print": {
      const layout = sheet.pageLayout;
      layout.orientation = op.print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      // One page wide, as many pages tall as needed (0 = automatic, like the file's fitToHeight="0").
      if (op.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (op.print.repeatRows !== undefined) layout.setPrintTitleRows(`$${op.print.repeatRows.top + 1}:$${op.print.repeatRows.bottom + 1}`);
      return null;
    }
    case "freezeRows":
      sheet.freezePanes.freezeRows(op.rows);
      return null;
    case "validation": {
      const v = op.validation;
      const dv = sheet.getRangeByIndexes(v.top, v.col, v.bottom - v.top + 1, 1).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: listSource(v.values) } };
      dv.errorAlert = { showAlert: true, style: v.errorStyle === "stop" ? "Stop" : "Warning", title: clip(v.errorTitle, 32), message: clip(v.errorMessage, 255) };
      return null;
    }
    case "dataBar": {
      const b = op.bar;
      const cf = sheet.getRangeByIndexes(b.top, b.col, b.bottom - b.top + 1, 1).conditionalFormats.add("DataBar");
      cf.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
      cf.dataBar.upperBoundRule = { type: "Number", formula: "100" };
      cf.dataBar.positiveFormat.fillColor = `#${b.color}`;
      return null;
    }
    case "table":
      return sheet.tables.add(rangeOf(sheet, op.rect), true);
  }
}
