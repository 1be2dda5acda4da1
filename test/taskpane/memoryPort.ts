/**
 * An in-memory {@link WorkbookPort} for the pane's workflow tests: sheets as grids, every call
 * recorded, unknown sheets rejected as Excel would (`ItemNotFound`), writes applied to the grids.
 */
import type { SheetGrid, SheetModel } from "../../src/core";
import type {
  BarChartSpec,
  CellBlock,
  CellMark,
  LineChartSpec,
  PaneSettings,
  SheetInfo,
  WorkbookPort,
  WriteSheetOptions,
} from "../../src/taskpane/port";
import { EMPTY_SETTINGS } from "../../src/taskpane/port";

export type Call =
  | { readonly op: "listSheets" }
  | { readonly op: "readSheets"; readonly names: readonly string[] | undefined }
  | {
      readonly op: "writeSheet";
      readonly model: SheetModel;
      readonly replaces: readonly string[];
      readonly activate: boolean;
      readonly veryHidden: boolean;
    }
  | {
      readonly op: "selectCell";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
    }
  | { readonly op: "selectRange"; readonly sheet: string; readonly block: CellBlock }
  | { readonly op: "markCells"; readonly sheet: string; readonly marks: readonly CellMark[] }
  | {
      readonly op: "addListValidation";
      readonly sheet: string;
      readonly col: number;
      readonly top: number;
      readonly bottom: number;
      readonly values: readonly string[];
      readonly errorStyle: string;
      readonly message: string;
    }
  | { readonly op: "addBarChart"; readonly sheet: string; readonly chart: BarChartSpec }
  | { readonly op: "addLineChart"; readonly sheet: string; readonly chart: LineChartSpec }
  | { readonly op: "saveSettings"; readonly settings: PaneSettings };

export class MemoryPort implements WorkbookPort {
  readonly calls: Call[] = [];
  sheets: SheetGrid[];
  settings: unknown = EMPTY_SETTINGS;
  /** Whether this port draws charts (the Office adapter does, the file port does not). */
  readonly charts: boolean;

  constructor(sheets: readonly SheetGrid[], options: { readonly charts?: boolean } = {}) {
    this.sheets = [...sheets];
    this.charts = options.charts ?? true;
  }

  private find(name: string): SheetGrid {
    const s = this.sheets.find((g) => g.name.toLowerCase() === name.toLowerCase());
    if (s === undefined) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.calls.push({ op: "listSheets" });
    return this.sheets.map((s) => ({ name: s.name, hidden: s.hidden === true }));
  }

  async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
    this.calls.push({ op: "readSheets", names });
    return names === undefined ? [...this.sheets] : names.map((n) => this.find(n));
  }

  async writeSheet(model: SheetModel, options?: WriteSheetOptions): Promise<void> {
    const replaces = options?.replaces ?? [];
    this.calls.push({
      op: "writeSheet",
      model,
      replaces,
      activate: options?.activate === true,
      veryHidden: options?.veryHidden === true,
    });
    const doomed = new Set([model.name, ...replaces].map((n) => n.toLowerCase()));
    this.sheets = this.sheets.filter((s) => !doomed.has(s.name.toLowerCase()));
    const rows: (string | number | null)[][] = [];
    for (const c of model.cells) {
      while (rows.length <= c.row) rows.push([]);
      rows[c.row][c.col] = c.value;
    }
    this.sheets.push({
      name: model.name,
      rows,
      ...(options?.veryHidden === true ? { hidden: true } : {}),
    });
  }

  async selectCell(sheet: string, row: number, col: number): Promise<void> {
    this.find(sheet);
    this.calls.push({ op: "selectCell", sheet, row, col });
  }

  async selectRange(sheet: string, block: CellBlock): Promise<void> {
    this.find(sheet);
    this.calls.push({ op: "selectRange", sheet, block });
  }

  async markCells(sheet: string, marks: readonly CellMark[]): Promise<void> {
    this.find(sheet);
    this.calls.push({ op: "markCells", sheet, marks });
  }

  async addListValidation(
    sheet: string,
    col: number,
    top: number,
    bottom: number,
    values: readonly string[],
    errorStyle: "stop" | "warning",
    message: string
  ): Promise<void> {
    this.find(sheet);
    this.calls.push({
      op: "addListValidation",
      sheet,
      col,
      top,
      bottom,
      values,
      errorStyle,
      message,
    });
  }

  async addBarChart(sheet: string, chart: BarChartSpec): Promise<boolean> {
    this.find(sheet);
    this.calls.push({ op: "addBarChart", sheet, chart });
    return this.charts;
  }

  async addLineChart(sheet: string, chart: LineChartSpec): Promise<boolean> {
    this.find(sheet);
    this.calls.push({ op: "addLineChart", sheet, chart });
    return this.charts;
  }

  async loadSettings(): Promise<PaneSettings> {
    return this.settings as PaneSettings;
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.calls.push({ op: "saveSettings", settings });
    this.settings = settings;
  }
}
