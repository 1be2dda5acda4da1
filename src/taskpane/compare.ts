/**
 * "Compare with the previous report" in the pane and on the page, as plain functions over a
 * {@link WorkbookPort}: PREVIOUS is a picked file (read by the reader bundle) or the snapshot the
 * workbook keeps of its last Annex 2; CURRENT is the chosen Table 1. Every rule is the core's
 * (`previousSide`, `currentSide`, `compareReports`); docs/compare.md.
 */
import {
  compareReports,
  currentSide,
  isSnapshotSheet,
  previousSide,
  readSnapshot,
  tableRowSpan,
} from "../core";
import type {
  Change,
  Comparison,
  IsoDate,
  Lang,
  ReportSource,
  SheetGrid,
  Snapshot,
  TableLayout,
} from "../core";
import type { Reader } from "./consolidate/loadReader";
import { paneCompareTexts } from "./i18n/compare";
import type { CellBlock, PaneSettings, WorkbookPort } from "./port";
import { asOfDate } from "./workflow";

/** The snapshot the workbook keeps of its last Annex 2, or null. */
export async function workbookSnapshot(port: WorkbookPort): Promise<Snapshot | null> {
  const sheet = (await port.listSheets()).find((s) => isSnapshotSheet(s.name));
  if (sheet === undefined) return null;
  const [grid] = await port.readSheets([sheet.name]);
  return grid === undefined ? null : readSnapshot(grid);
}

/** A picked file as the previous report, or the one-sentence reason it cannot be used. */
export type PreviousFile =
  | { readonly ok: true; readonly name: string; readonly source: ReportSource }
  | { readonly ok: false; readonly message: string };

export interface PickedFile {
  readonly name: string;
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

export async function readPreviousFile(
  file: PickedFile,
  reader: Reader,
  lang: Lang
): Promise<PreviousFile> {
  const fileName = file.name;
  if (file.size > reader.MAX_FILE_BYTES)
    return {
      ok: false,
      message: reader.unreadableFile("too-large", { lang, fileName, size: file.size }).message,
    };
  let bytes: Uint8Array;
  try {
    bytes = await file.bytes();
  } catch {
    return { ok: false, message: reader.unreadableFile("not-found", { lang, fileName }).message };
  }
  const read = reader.readWorkbookBytes(bytes, { lang, fileName });
  if (!read.ok) return { ok: false, message: read.fatal.message };
  return {
    ok: true,
    name: fileName,
    source: {
      sheets: read.sheets,
      snapshot: read.snapshot,
      storedAsOf: read.storedAsOf,
      storedBody: read.storedBody,
    },
  };
}

/** The current Table 1 the changes point into. */
export interface ComparedTable {
  readonly grid: SheetGrid;
  readonly layout: TableLayout;
}

export type CompareOutcome =
  | {
      readonly ok: true;
      readonly comparison: Comparison;
      readonly previousFrom: "snapshot" | "table1";
      readonly body: string | null;
      readonly table: ComparedTable;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Compare PREVIOUS (a file, or `"snapshot"`: the workbook's own) with the chosen Table 1. CURRENT's
 * as-of date, when its workbook says none, is the report's (`asOfDate`: the end of the reporting
 * period when one is entered, else today).
 */
export async function compareWithPrevious(
  port: WorkbookPort,
  sheet: string,
  previous: ReportSource | "snapshot",
  settings: PaneSettings,
  lang: Lang,
  today: IsoDate
): Promise<CompareOutcome> {
  const snapshot = await workbookSnapshot(port);
  const grids = await port.readSheets([sheet]);
  const body = settings.body.trim() === "" ? undefined : settings.body.trim();
  const common = { body, today, lang, sheet };
  const prevSource: ReportSource =
    previous === "snapshot"
      ? { sheets: [], snapshot, storedAsOf: null, storedBody: null }
      : previous;
  if (prevSource.snapshot === null && prevSource.sheets.length === 0)
    return { ok: false, message: paneCompareTexts(lang).noSnapshot };
  const p = previousSide(prevSource, { ...common, sheet: undefined, givenAsOf: null });
  if (!p.ok) return { ok: false, message: p.fatal.message };
  const c = currentSide(
    { sheets: grids, snapshot, storedAsOf: null, storedBody: null },
    { ...common, givenAsOf: asOfDate(settings, today) }
  );
  if (!c.ok) return { ok: false, message: c.fatal.message };
  // CURRENT is always its Table 1, analysed (core `currentSide`).
  if (c.analysis === null) throw new Error("currentSide gave no analysis");
  const layout = c.analysis.layout;
  const grid = grids.find((g) => g.name === layout.sheet)!;
  return {
    ok: true,
    comparison: compareReports(p.state, c.state),
    previousFrom: p.from,
    body: c.body ?? p.body,
    table: { grid, layout },
  };
}

/** The item's row of Table 1 a change points at (its mapped columns), or null for a removed item. */
export function changeRowBlock(layout: TableLayout, change: Change): CellBlock | null {
  if (change.row === null) return null;
  const { left, right } = tableRowSpan(layout);
  return { top: change.row, bottom: change.row, left, right };
}
