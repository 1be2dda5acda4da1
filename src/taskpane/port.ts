/**
 * What the task pane's components need from a workbook. Two implementations:
 * - `excel/officeWorkbook.ts`: the Office.js adapter (the only code that calls `Excel.run`);
 * - `standalone/fileWorkbook.ts`: an in-memory `.xlsx` opened in the browser with ExcelJS.
 * Components receive a port as a prop and never call Office or ExcelJS themselves.
 */
import type { SheetGrid, SheetModel } from "../core";

export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
}

/** What the official enters once and the workbook remembers (Office settings / workbook storage). */
export interface PaneSettings {
  readonly body: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly person: string;
  readonly contacts: string;
  /** UI language chosen by hand, or "" to follow Office's display language. */
  readonly lang: string;
  readonly sheet: string;
  /**
   * The plan the workbook reports on (SPEC "Plans other than 444-р", core plan/stored.ts), set when
   * Table 1 is made from a plan: its title, act, years (`2014–2017`) and item count. Absent or
   * empty: 444-р.
   */
  readonly planTitle?: string;
  readonly planAct?: string;
  readonly planYears?: string;
  readonly planItems?: string;
}

export const EMPTY_SETTINGS: PaneSettings = {
  body: "",
  periodFrom: "",
  periodTo: "",
  person: "",
  contacts: "",
  lang: "",
  sheet: "",
};

/** A cell to mark (validation issue) on a sheet. */
export interface CellMark {
  readonly row: number;
  readonly col: number;
  readonly severity: "error" | "warning";
}

/** A block of cells, 0-based and inclusive. */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A native clustered bar chart over one column of labels and one column of numbers on a sheet. */
export interface BarChartSpec {
  /** Names the chart on its sheet: adding a chart of the same name again replaces it. */
  readonly name: string;
  readonly title: string;
  /** Name of the chart's one series. */
  readonly seriesName: string;
  /** The labels (one column). */
  readonly categories: CellBlock;
  /** The numbers, one per label (one column, same rows). */
  readonly values: CellBlock;
  /** The cells the chart covers. */
  readonly placement: CellBlock;
  /** Bounds of the value axis. */
  readonly min: number;
  readonly max: number;
}

/**
 * A native line chart: one line per row of `values` (a body's level per period, the overall), the
 * periods from one row of `categories`; empty cells are gaps.
 */
export interface LineChartSpec {
  /** Names the chart on its sheet: adding a chart of the same name again replaces it. */
  readonly name: string;
  readonly title: string;
  /** One name per row of `values`. */
  readonly seriesNames: readonly string[];
  readonly values: CellBlock;
  /** The labels of the values' columns (one row, the same columns). */
  readonly categories: CellBlock;
  readonly placement: CellBlock;
  readonly min: number;
  readonly max: number;
}

export interface ReadSheetsOptions {
  /**
   * Read only the first rows of each sheet (from row 1), e.g. `HEADER_SEARCH_ROWS` to find Table 1
   * without loading every sheet whole. A port may read more (a file already in memory) but not less.
   */
  readonly maxRows?: number;
}

export interface WriteSheetOptions {
  /** Other names of the same sheet (Annex 2 in the other languages): such a sheet is deleted first. */
  readonly replaces?: readonly string[];
  /** Show the sheet once written. */
  readonly activate?: boolean;
  /** Keep the sheet very hidden (the snapshot of a report: machine data no user should trip over). */
  readonly veryHidden?: boolean;
}

export interface WorkbookPort {
  /** Sheets in workbook order. */
  listSheets(): Promise<SheetInfo[]>;
  /** Visible values (and merges) of the used range of each named sheet; all sheets when omitted. */
  readSheets(names?: readonly string[], options?: ReadSheetsOptions): Promise<SheetGrid[]>;
  /**
   * Write a generated sheet (Annex 2, Table 1 template, consolidation sheets). An existing sheet with
   * `model.name` or one of `replaces` is deleted first; no other sheet is touched.
   */
  writeSheet(model: SheetModel, options?: WriteSheetOptions): Promise<void>;
  /** Select (and show) one cell, for "go to the issue". */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** Select (and show) a block of cells: an item's row of Table 1, for "go to the change". */
  selectRange(sheet: string, block: CellBlock): Promise<void>;
  /** Fill the given cells to mark issues; `clear` first removes the previous marks on that sheet. */
  markCells(sheet: string, marks: readonly CellMark[]): Promise<void>;
  /** Add drop-down lists on one column of a sheet (rows inclusive, 0-based). */
  addListValidation(
    sheet: string,
    col: number,
    top: number,
    bottom: number,
    values: readonly string[],
    errorStyle: "stop" | "warning",
    message: string
  ): Promise<void>;
  /**
   * Add a native bar chart (consolidation: execution level per body on the summary sheet). Resolves
   * true when a chart was added, false where the port cannot draw charts (a file written with ExcelJS:
   * the sheet's data bars stand in for it).
   */
  addBarChart(sheet: string, chart: BarChartSpec): Promise<boolean>;
  /** Add a native line chart (consolidation over several periods: each body's level per period); false where the port cannot draw charts. */
  addLineChart(sheet: string, chart: LineChartSpec): Promise<boolean>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /**
   * Where the workbook can tell: call `listener` when a sheet is added, renamed or deleted (by
   * anyone); returns the unsubscribe. A port without it is refreshed by hand.
   */
  onSheetsChanged?(listener: () => void): () => void;
}
