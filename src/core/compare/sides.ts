/**
 * The two sides of a comparison from what a reader found in each workbook (grids, snapshot, stored
 * as-of date and body) — one home for the CLI, the standalone page and the task pane.
 *
 * PREVIOUS is its snapshot when it has one (what its Annex 2 reported, even if Table 1 was edited
 * since); otherwise its Table 1, analysed as of its own as-of date. CURRENT is always its Table 1 (the
 * changes point at its cells). A snapshot in CURRENT gives CURRENT's as-of date only while Table 1
 * still says what the snapshot kept: once Table 1 was edited, that snapshot (and the `ATKARUU_AS_OF`
 * of the same Annex 2) describes the report before, not this one.
 */
import { analyseWorkbook } from "../analyse";
import { summarise } from "../figures";
import type { Analysis, FatalError, IsoDate, Lang, SheetGrid } from "../types";
import { resolveAsOf, titleAsOf } from "./asOf";
import { sameReport } from "./changes";
import type { ReportState } from "./changes";
import type { Snapshot } from "./snapshot";

/** What a reader found in one workbook. */
export interface ReportSource {
  readonly sheets: readonly SheetGrid[];
  readonly snapshot: Snapshot | null;
  readonly storedAsOf: IsoDate | null;
  readonly storedBody: string | null;
}

export interface SideOptions {
  /** The reporting body given by the user; else the one stored in the workbook. */
  readonly body?: string;
  /** The as-of date given by the user (`--as-of`, `--previous-as-of`), used when the workbook says none. */
  readonly givenAsOf?: IsoDate | null;
  readonly today: IsoDate;
  readonly lang: Lang;
  readonly sheet?: string;
  readonly fileName?: string;
}

export type Side =
  | {
      readonly ok: true;
      readonly state: ReportState;
      readonly from: "snapshot" | "table1";
      readonly body: string | null;
      readonly analysis: Analysis | null;
    }
  | { readonly ok: false; readonly fatal: FatalError };

function analyse(
  src: ReportSource,
  o: SideOptions
): { ok: true; analysis: Analysis; body: string | null } | { ok: false; fatal: FatalError } {
  const body = o.body?.trim() || src.storedBody || null;
  const result = analyseWorkbook(
    src.sheets,
    { body: body ?? undefined, asOf: o.givenAsOf ?? o.today, lang: o.lang, sheet: o.sheet },
    o.fileName ?? ""
  );
  return result.ok ? { ok: true, analysis: result.analysis, body } : result;
}

function gridOf(src: ReportSource, analysis: Analysis): SheetGrid {
  return src.sheets.find((g) => g.name === analysis.layout.sheet)!;
}

/** PREVIOUS: its snapshot, else its Table 1 as of its own date. */
export function previousSide(src: ReportSource, o: SideOptions): Side {
  const s = src.snapshot;
  if (s !== null) {
    return {
      ok: true,
      from: "snapshot",
      body: o.body?.trim() || s.body || src.storedBody,
      analysis: null,
      state: { asOf: s.asOf, measures: s.measures, summary: summarise(s.measures), layout: null },
    };
  }
  const read = analyse(src, o);
  if (!read.ok) return read;
  const a = read.analysis;
  const asOf = resolveAsOf(
    { title: titleAsOf(gridOf(src, a), a.layout), stored: src.storedAsOf, given: o.givenAsOf },
    o.today
  );
  return {
    ok: true,
    from: "table1",
    body: read.body,
    analysis: a,
    state: { asOf, measures: a.measures, summary: a.summary, layout: a.layout },
  };
}

/**
 * The date a workbook's Table 1 is as of by itself, in the SPEC's order, or null when it says none:
 * its snapshot's (and the same Annex 2's `ATKARUU_AS_OF`) only while Table 1 still says what the
 * snapshot kept, else a date in the title rows, else the stored as-of date.
 */
export function ownAsOf(
  src: Pick<ReportSource, "snapshot" | "storedAsOf">,
  grid: SheetGrid,
  analysis: Analysis
): IsoDate | null {
  const s = src.snapshot;
  const fresh = s !== null && sameReport(s.measures, analysis.measures);
  return (
    (fresh ? s.asOf : null) ??
    titleAsOf(grid, analysis.layout) ??
    (s === null || fresh ? src.storedAsOf : null)
  );
}

/** CURRENT: its Table 1; its snapshot's date only while Table 1 is unchanged since. */
export function currentSide(src: ReportSource, o: SideOptions): Side {
  const read = analyse(src, o);
  if (!read.ok) return read;
  const a = read.analysis;
  const asOf = ownAsOf(src, gridOf(src, a), a) ?? o.givenAsOf ?? o.today;
  return {
    ok: true,
    from: "table1",
    body: read.body,
    analysis: a,
    state: { asOf, measures: a.measures, summary: a.summary, layout: a.layout },
  };
}
