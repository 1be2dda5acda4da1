/**
 * The standalone page's {@link WorkbookPort}s, over files the official opened in the browser; the
 * file on disk is never touched and nothing leaves the page.
 * - `createFileWorkbook`: the user's workbook, read with the one reader (src/xlsx/read). Generated
 *   sheets, marks and drop-downs are kept as requests; the download is the user's own package with
 *   them applied by the copy writer (src/xlsx/write/patchPackage.ts) — every other part kept (SPEC Rule).
 * - `createNewWorkbook`: a brand-new workbook (consolidation), written with ExcelJS.
 */
import type { SheetGrid, SheetModel } from "../../core";
import { BROWSER_IO } from "../../xlsx/browser";
import type { ReadBook } from "../../xlsx/read";
import { patchPackage } from "../../xlsx/write/patchPackage";
import type { SheetToWrite } from "../../xlsx/write/patchPackage";
import { addValidations, fillCells } from "../../xlsx/write/sheetEdits";
import type { SheetListValidation } from "../../xlsx/write/sheetEdits";
import { inlineListFormula, INLINE_LIST_MAX } from "../../xlsx/write/sheetXml";
import type { CellMark, PaneSettings, SheetInfo, WorkbookPort, WriteSheetOptions } from "../port";
import type { SettingsTarget } from "../settings";

/** Excel's "Bad" and "Neutral" cell fills: the marks read as error and warning in any theme. */
const MARK_FILL: Readonly<Record<CellMark["severity"], string>> = {
  error: "FFC7CE",
  warning: "FFEB9C",
};

export interface FileWorkbook extends WorkbookPort {
  /** The .xlsx bytes of the workbook with every change made so far. */
  toBytes(): Promise<Uint8Array>;
}

/** The grid a sheet model shows (values, merges), as the reader would read it back. */
export function modelGrid(model: SheetModel): SheetGrid {
  const rows: (string | number | null)[][] = [];
  for (const c of model.cells) {
    if (c.value === null || c.value === "") continue;
    const row = (rows[c.row] ??= []);
    while (row.length < c.col) row.push(null);
    row[c.col] = c.value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const merges = model.merges
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .map((m) => ({ ...m }));
  return { name: model.name, rows, ...(merges.length > 0 ? { merges } : {}) };
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function createFileWorkbook(
  bytes: Uint8Array,
  book: ReadBook,
  settings: SettingsTarget
): FileWorkbook {
  /** Generated sheets, in the order written (a later one of the same name replaces the earlier). */
  let written: (SheetToWrite & { readonly model: SheetModel })[] = [];
  let active: string | undefined;
  const marks = new Map<string, readonly CellMark[]>();
  const lists = new Map<string, SheetListValidation[]>();

  const isReplaced = (name: string): boolean =>
    written.some((w) => same(w.model.name, name) || (w.replaces ?? []).some((r) => same(r, name)));

  return {
    async listSheets(): Promise<SheetInfo[]> {
      const out: SheetInfo[] = [];
      for (const s of book.sheetList) {
        const w = written.find(
          (x) => same(x.model.name, s.name) || (x.replaces ?? []).some((r) => same(r, s.name))
        );
        if (w === undefined) out.push({ name: s.name, hidden: s.hidden });
        else if (!out.some((o) => o.name === w.model.name))
          out.push({ name: w.model.name, hidden: w.state === "veryHidden" });
      }
      for (const w of written)
        if (!out.some((o) => o.name === w.model.name))
          out.push({ name: w.model.name, hidden: w.state === "veryHidden" });
      return out;
    },

    async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
      const wanted = (n: string): boolean => names === undefined || names.includes(n);
      const grids = book.sheets.filter((g) => !isReplaced(g.name) && wanted(g.name));
      for (const w of written) if (wanted(w.model.name)) grids.push(modelGrid(w.model));
      return grids;
    },

    async writeSheet(given: SheetModel, options?: WriteSheetOptions): Promise<void> {
      // The copy writer adds sheets without Excel tables (a ListObject needs its own part and
      // relationships): a blank Table 1 in the copy keeps its header, widths, frozen header and
      // drop-downs, and Excel turns it into a table with one click (Insert → Table).
      const model = given.table !== undefined ? { ...given, table: undefined } : given;
      const doomed = [model.name, ...(options?.replaces ?? [])];
      written = written.filter((w) => !doomed.some((d) => same(d, w.model.name)));
      written.push({
        model,
        replaces: options?.replaces,
        ...(options?.veryHidden === true ? { state: "veryHidden" as const } : {}),
      });
      if (options?.activate === true && options.veryHidden !== true) active = model.name;
      marks.delete(model.name);
    },

    // In a file, the copy opens on the generated sheet; there is no cursor to move.
    selectCell: async (): Promise<void> => undefined,
    selectRange: async (): Promise<void> => undefined,

    async markCells(name: string, cellMarks: readonly CellMark[]): Promise<void> {
      // Each call replaces the sheet's marks (the copy is always made from the untouched original).
      marks.set(name, [...cellMarks]);
    },

    async addListValidation(name, col, top, bottom, values, errorStyle, message): Promise<void> {
      const formula = inlineListFormula(values);
      if (formula === null)
        throw new RangeError(
          `list too long for a drop-down: ${values.join(",").length} > ${INLINE_LIST_MAX}`
        );
      const list = (lists.get(name) ?? []).filter(
        (v) => !(v.col === col && v.top === top && v.bottom === bottom)
      );
      list.push({ col, top, bottom, formula, errorStyle, message });
      lists.set(name, list);
    },

    // The copy writer draws no charts; the consolidation summary sheet carries data bars instead.
    addBarChart: async (): Promise<boolean> => false,
    addLineChart: async (): Promise<boolean> => false,

    loadSettings: (): Promise<PaneSettings> => settings.loadSettings(),
    saveSettings: (s: PaneSettings): Promise<void> => settings.saveSettings(s),

    async toBytes(): Promise<Uint8Array> {
      const sheetEdits = new Map<
        string,
        (xml: string, fillFormat: (xf: number, rgb: string) => number) => string
      >();
      for (const name of new Set([...marks.keys(), ...lists.keys()])) {
        if (isReplaced(name)) continue;
        const m = marks.get(name) ?? [];
        const l = lists.get(name) ?? [];
        sheetEdits.set(name, (xml, fillFormat) =>
          addValidations(
            fillCells(
              xml,
              m.map((x) => ({ row: x.row, col: x.col, rgb: MARK_FILL[x.severity] })),
              fillFormat
            ),
            l
          )
        );
      }
      if (written.length === 0 && sheetEdits.size === 0) return bytes;
      return patchPackage(bytes, { sheets: written, activate: active, sheetEdits }, BROWSER_IO);
    },
  };
}

/** A brand-new workbook (the page's consolidation): generated sheets only, written with ExcelJS when downloaded. */
export function createNewWorkbook(settings: SettingsTarget): FileWorkbook {
  let models: SheetModel[] = [];
  return {
    listSheets: async () => models.map((m) => ({ name: m.name, hidden: false })),
    readSheets: async (names) =>
      models.filter((m) => names === undefined || names.includes(m.name)).map(modelGrid),
    async writeSheet(model, options) {
      const doomed = [model.name, ...(options?.replaces ?? [])];
      models = [...models.filter((m) => !doomed.some((d) => same(d, m.name))), model];
    },
    selectCell: async () => undefined,
    selectRange: async () => undefined,
    markCells: async () => undefined,
    addListValidation: async () => undefined,
    addBarChart: async () => false,
    addLineChart: async () => false,
    loadSettings: () => settings.loadSettings(),
    saveSettings: (s) => settings.saveSettings(s),
    async toBytes() {
      const { workbookFromModels, workbookToBuffer } = await import("../../xlsx/workbook");
      return workbookToBuffer(workbookFromModels(models));
    },
  };
}
