/**
 * The Office.js adapter: the task pane's {@link WorkbookPort} over the open workbook, and the only
 * code in the product that calls `Excel.run` (through host.ts). Each job has its module — reading
 * (read.ts), writing a sheet (writePlan.ts plans, write.ts applies), highlights (marks.ts), charts
 * (charts.ts), settings (settings.ts), sheet events (events.ts); this file makes them one port:
 * every call waits in one queue, and Excel's refusals become sentences in the user's language
 * (hostErrors.ts). Design, sync budget, host behaviours and requirement sets: docs/office-adapter.md.
 */
import type { Lang, SheetGrid, SheetModel } from "../../core";
import type {
  BarChartSpec,
  CellBlock,
  CellMark,
  LineChartSpec,
  PaneSettings,
  ReadSheetsOptions,
  SheetInfo,
  WorkbookPort,
} from "../port";
import { addBarChart, addLineChart } from "./charts";
import { watchSheets } from "./events";
import { describeHostError } from "./hostErrors";
import { markCells } from "./marks";
import { WorkQueue } from "./queue";
import { SheetReader } from "./read";
import { loadSettings, saveSettings } from "./settings";
import { addListValidation, selectRange, writeSheet } from "./write";
import type { WriteSheetOptions } from "./write";
import { DEFAULT_REQUEST_BUDGET } from "./writePlan";

export { MARK_TAG, markAddresses, markRuns } from "./marks";
export { parseStoredSettings, SETTINGS_KEY } from "./settings";
export { officeErrorCode } from "./host";
export { HostError } from "./hostErrors";

export interface OfficeWorkbookOptions {
  /** Largest estimated request, in bytes (default 4 MB, under Excel on the web's 5 MB limit). */
  readonly requestBudgetBytes?: number;
  /** Cells per request when a sheet is too big to read in one response (default 20 000; halved on failure). */
  readonly readBlockCells?: number;
  /** The language of error sentences (the pane's current language; English when not given). */
  readonly lang?: () => Lang;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly budget: number;
  private readonly reader: SheetReader;
  private readonly queue = new WorkQueue();
  private readonly lang: () => Lang;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET;
    this.reader = new SheetReader(options.readBlockCells ?? 20_000);
    this.lang = options.lang ?? (() => "en");
  }

  /** Run a port call in the queue; Excel's refusals come out as catalogue sentences. */
  private call<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      try {
        return await task();
      } catch (e) {
        throw describeHostError(e, this.lang());
      }
    });
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.call(() => this.reader.listSheets());
  }

  readSheets(names?: readonly string[], options?: ReadSheetsOptions): Promise<SheetGrid[]> {
    return this.call(() => this.reader.readSheets(names, options));
  }

  writeSheet(model: SheetModel, options: WriteSheetOptions = {}): Promise<void> {
    return this.call(() => writeSheet(model, options, this.budget));
  }

  selectCell(sheet: string, row: number, col: number): Promise<void> {
    return this.selectRange(sheet, { top: row, left: col, bottom: row, right: col });
  }

  selectRange(sheet: string, block: CellBlock): Promise<void> {
    return this.call(() => selectRange(sheet, block));
  }

  markCells(sheet: string, marks: readonly CellMark[]): Promise<void> {
    return this.call(() => markCells(sheet, marks, this.budget));
  }

  addListValidation(
    sheet: string,
    col: number,
    top: number,
    bottom: number,
    values: readonly string[],
    errorStyle: "stop" | "warning",
    message: string
  ): Promise<void> {
    return this.call(() => addListValidation(sheet, col, top, bottom, values, errorStyle, message));
  }

  addBarChart(sheet: string, chart: BarChartSpec): Promise<boolean> {
    return this.call(() => addBarChart(sheet, chart));
  }

  addLineChart(sheet: string, chart: LineChartSpec): Promise<boolean> {
    return this.call(() => addLineChart(sheet, chart));
  }

  loadSettings(): Promise<PaneSettings> {
    return this.call(() => loadSettings());
  }

  saveSettings(settings: PaneSettings): Promise<void> {
    return this.call(() => saveSettings(settings));
  }

  /** Calls `listener` when a sheet is added, renamed or deleted (also by someone else); returns the unsubscribe. */
  onSheetsChanged(listener: () => void): () => void {
    return watchSheets(listener, (task) => this.queue.run(task));
  }
}

/** The port the task pane boots with. */
export function createOfficeWorkbook(options?: OfficeWorkbookOptions): OfficeWorkbook {
  return new OfficeWorkbook(options);
}
