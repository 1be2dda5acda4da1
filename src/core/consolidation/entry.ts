/**
 * What consolidation is handed: one entry per workbook (analysed, or fatal), and the rule that names
 * the body a workbook reports for (SPEC "Figures → Consolidation": the stored body, else the file name).
 */
import { analyseWorkbook } from "../analyse";
import { ownAsOf } from "../compare/sides";
import type { Snapshot } from "../compare/snapshot";
import { ANNEX2_BODY_CELL } from "../annex2";
import { cellText, isEmptyCell } from "../cells";
import { normalize } from "../normalize";
import { isAnnex2Sheet } from "../sheetNames";
import type { Plan } from "../plan/model";
import type { PlanBook } from "../plan/read";
import type { Analysis, CellValue, FatalError, IsoDate, Lang, SheetGrid } from "../types";

/** One workbook handed to consolidation: analysed, or fatal (unreadable, no Table 1, …). */
export type ConsolidationEntry =
  | {
      /** File name as shown to the user (usually the base name). */
      readonly file: string;
      /** Last modification time, ms since the epoch (decides which of two files of a body is newer). */
      readonly modified: number;
      /** The body this workbook reports for ({@link workbookBody}). */
      readonly body: string;
      readonly analysis: Analysis;
      /**
       * The date the report is as of by itself (core `ownAsOf`: snapshot, title rows, stored), or
       * null; it decides the report's period when files of several periods are consolidated.
       */
      readonly reportAsOf?: IsoDate | null;
      readonly fatal?: undefined;
    }
  | {
      readonly file: string;
      readonly modified: number;
      readonly body: string | null;
      readonly fatal: FatalError;
      readonly analysis?: undefined;
    };

export interface ConsolidationOptions {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  /** Items of the plan, listed 1…planItems in the item view (default 334, order 444-р). */
  readonly planItems?: number;
  /** Bodies expected to report (`--expect`); undefined when completeness is not checked. */
  readonly expected?: readonly string[];
  /**
   * The plan workbook (`--plan`): the item view lists the plan's items in its order, and each item's
   * executors are checked against the reports (planCompleteness.ts). Without `expected`, the bodies
   * the plan names are the expected ones.
   */
  readonly plan?: PlanBook;
}

/** The file name without folders and without its extension: the body of last resort (SPEC). */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

/** SPEC: the body stored in the workbook, failing that the file name without extension. */
export function workbookBody(stored: string | null | undefined, file: string): string {
  const s = stored?.trim();
  return s ? s : fileStem(file);
}

/** Two body names are the same body when these keys are equal. */
export function bodyKey(name: string): string {
  return normalize(name);
}

/**
 * The body written on an Annex 2 sheet among the grids (its body cell, {@link ANNEX2_BODY_CELL}), or
 * null. For readers without the workbook's defined names (the task pane reading several sheets).
 */
export function storedBodyInGrids(sheets: readonly SheetGrid[]): string | null {
  for (const s of sheets) {
    if (!isAnnex2Sheet(s.name)) continue;
    const v: CellValue | undefined = s.rows[ANNEX2_BODY_CELL.row]?.[ANNEX2_BODY_CELL.col];
    if (v !== undefined && !isEmptyCell(v)) return cellText(v);
  }
  return null;
}

/**
 * Analyse one workbook's grids for consolidation: decide its body (stored body, else Annex 2 in the
 * grids, else the file name), then find and read Table 1 as that body, its deadlines checked against
 * `plan` (the coordinator's plan, else the one the workbook stores, else 444-р).
 */
export function consolidationEntry(
  input: {
    readonly file: string;
    readonly modified: number;
    readonly sheets: readonly SheetGrid[];
    readonly storedBody?: string | null;
    /** What the reader found of the report's own date: the snapshot of its Annex 2, the stored as-of. */
    readonly snapshot?: Snapshot | null;
    readonly storedAsOf?: IsoDate | null;
  },
  options: { readonly asOf: IsoDate; readonly lang: Lang; readonly plan?: Plan | null }
): ConsolidationEntry {
  const body = workbookBody(input.storedBody ?? storedBodyInGrids(input.sheets), input.file);
  const result = analyseWorkbook(
    input.sheets,
    { body, asOf: options.asOf, lang: options.lang, plan: options.plan ?? undefined },
    input.file
  );
  if (!result.ok) return { file: input.file, modified: input.modified, body, fatal: result.fatal };
  const a = result.analysis;
  const grid = input.sheets.find((g) => g.name === a.layout.sheet)!;
  const reportAsOf = ownAsOf(
    { snapshot: input.snapshot ?? null, storedAsOf: input.storedAsOf ?? null },
    grid,
    a
  );
  return { file: input.file, modified: input.modified, body, analysis: a, reportAsOf };
}
