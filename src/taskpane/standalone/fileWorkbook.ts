/**
 * The standalone page's {@link WorkbookPort}: an .xlsx opened in the browser with the ExcelJS adapter
 * (`src/xlsx/workbook.ts`). Every change goes to an in-memory copy that the official downloads;
 * the file on disk is never touched and nothing leaves the page.
 */
import type { Fill, Workbook, Worksheet } from "exceljs";
import { a1, rangeA1 } from "../../core";
import type { SheetGrid, SheetModel } from "../../core";
import { worksheetGrid, workbookToBuffer, writeSheetModel } from "../../xlsx/workbook";
import type { CellMark, PaneSettings, SheetInfo, WorkbookPort } from "../port";
import type { SettingsTarget } from "../settings";

/** Excel's "Bad" and "Neutral" cell fills: the marks read as error and warning in any theme. */
const MARK_FILL: Readonly<Record<CellMark["severity"], string>> = { error: "FFFFC7CE", warning: "FFFFEB9C" };
/** Excel's limit on an inline list (`"a,b,c"`) in a data validation. */
const INLINE_LIST_MAX = 255;

interface DataValidationsLike {
  add(address: string, validation: Record<string, unknown>): void;
}

export interface FileWorkbook extends WorkbookPort {
  /** The .xlsx bytes of the workbook with every change made so far. */
  toBytes(): Promise<Uint8Array>;
}

export function createFileWorkbook(workbook: Workbook, settings: SettingsTarget, read: readonly SheetGrid[] = []): FileWorkbook {
  /** Fills of marked cells before they were marked, per sheet, to restore when marks are cleared. */
  const marked = new Map<string, Map<string, Fill | undefined>>();
  /** The sheets as the workbook reader read them (src/xlsx/read), until the page writes over one. */
  const original = new Map(read.map((g) => [g.name, g]));

  const sheet = (name: string): Worksheet => {
    const ws = workbook.getWorksheet(name);
    if (ws === undefined) throw new Error(`"${name}"?`);
    return ws;
  };

  return {
    async listSheets(): Promise<SheetInfo[]> {
      return workbook.worksheets.map((ws) => ({ name: ws.name, hidden: ws.state !== "visible" && ws.state !== undefined }));
    },

    async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
      const wanted = names === undefined ? null : new Set(names);
      return workbook.worksheets.filter((ws) => wanted === null || wanted.has(ws.name)).map((ws) => original.get(ws.name) ?? worksheetGrid(ws));
    },

    async writeSheet(model: SheetModel, options?: { readonly replaces?: readonly string[]; readonly activate?: boolean }): Promise<void> {
      // `activate` is not applied: changing the active tab in a file can leave two tabs selected
      // (grouped) when Excel opens it. The copy opens where the original did.
      writeSheetModel(workbook, model, { replaces: options?.replaces });
      for (const n of [model.name, ...(options?.replaces ?? [])]) original.delete(n);
      marked.delete(model.name);
    },

    async selectCell(name: string, row: number, col: number): Promise<void> {
      // In a file, "select" means the copy opens with the cursor on this cell of that sheet.
      const ws = sheet(name);
      const view = ws.views[0] ?? {};
      ws.views = [{ ...view, activeCell: a1(row, col) }];
    },

    async markCells(name: string, marks: readonly CellMark[]): Promise<void> {
      const ws = sheet(name);
      const previous = marked.get(name) ?? new Map<string, Fill | undefined>();
      for (const [address, fill] of previous) {
        const cell = ws.getCell(address);
        const style = { ...cell.style };
        if (fill === undefined) delete style.fill;
        else style.fill = fill;
        cell.style = style;
      }
      const now = new Map<string, Fill | undefined>();
      for (const m of marks) {
        const address = a1(m.row, m.col);
        const cell = ws.getCell(address);
        if (!now.has(address)) now.set(address, cell.style.fill);
        // A new style object per cell: ExcelJS may share one between cells of the same format.
        cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: MARK_FILL[m.severity] } } };
      }
      marked.set(name, now);
    },

    async addListValidation(name, col, top, bottom, values, errorStyle, message): Promise<void> {
      const inline = values.join(",");
      if (values.some((v) => v.includes(",") || v.includes('"')) || inline.length > INLINE_LIST_MAX) {
        throw new RangeError(`list too long for a drop-down: ${inline.length} > ${INLINE_LIST_MAX}`);
      }
      const validations = (sheet(name) as unknown as { dataValidations: DataValidationsLike }).dataValidations;
      validations.add(rangeA1(top, col, bottom, col), {
        type: "list",
        allowBlank: true,
        formulae: [`"${inline}"`],
        showErrorMessage: true,
        errorStyle,
        error: message,
      });
    },

    // ExcelJS cannot write charts; the consolidation summary sheet carries data bars instead.
    addBarChart: async (): Promise<boolean> => false,

    loadSettings: (): Promise<PaneSettings> => settings.loadSettings(),
    saveSettings: (s: PaneSettings): Promise<void> => settings.saveSettings(s),
    toBytes: (): Promise<Uint8Array> => workbookToBuffer(workbook),
  };
}
