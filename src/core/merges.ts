/**
 * Merged cells as the user sees them, read row by row. In Excel's `range.values` (and in a file)
 * only the top-left cell of a merge holds the value; the cells below it show that same value. Real
 * plans merge the task over its measures (SPEC "Table 1"), and often the deadline, executors and
 * status over several measures too (seed 002). A merge across three or more columns through the
 * measure column is a section heading.
 *
 * Rows are asked in increasing order, so each column keeps a cursor into its merges sorted by top
 * row: no lookup table per covered cell, nothing allocated per row.
 */
import type { MergeArea } from "./types";

/** Merges of one column, sorted by top row, swept downwards. */
class Sweep {
  private k = 0;
  constructor(private readonly areas: readonly MergeArea[]) {}

  /** The merge containing `row` (below its top row only, unless `withTop`), or null. */
  at(row: number, withTop: boolean): MergeArea | null {
    const a = this.areas;
    while (this.k < a.length && a[this.k].bottom < row) this.k++;
    const m = a[this.k];
    if (m === undefined || row > m.bottom) return null;
    return m.top < row || (withTop && m.top === row) ? m : null;
  }
}

/** Merges sorted by top row (readers list them in sheet order already: then nothing is sorted). */
function sortedByTop(list: MergeArea[]): MergeArea[] {
  for (let i = 1; i < list.length; i++)
    if (list[i - 1].top > list[i].top) return list.sort((a, b) => a.top - b.top);
  return list;
}

export class MergedCells {
  private constructor(
    /** Per column: its vertical merges, or undefined when it has none. */
    private readonly columns: readonly (Sweep | undefined)[],
    private readonly headings: Sweep | null
  ) {}

  /**
   * The merges that matter for the given columns, or null when there are none (the usual case for
   * a big table: the reader then takes every cell as it is).
   */
  static of(
    merges: readonly MergeArea[] | undefined,
    columns: readonly number[],
    measureCol: number
  ): MergedCells | null {
    if (merges === undefined || merges.length === 0) return null;
    const lastColumn = Math.max(...columns);
    const wanted: boolean[] = [];
    for (const c of columns) wanted[c] = true;
    const perColumn: MergeArea[][] = [];
    const headings: MergeArea[] = [];
    for (const m of merges) {
      if (m.right - m.left >= 2 && m.left <= measureCol && measureCol <= m.right) headings.push(m);
      if (m.bottom <= m.top) continue;
      for (let c = m.left, last = Math.min(m.right, lastColumn); c <= last; c++)
        if (wanted[c]) (perColumn[c] ??= []).push(m);
    }
    if (headings.length === 0 && perColumn.length === 0) return null;
    const sweeps: (Sweep | undefined)[] = [];
    perColumn.forEach((list, c) => (sweeps[c] = new Sweep(sortedByTop(list))));
    return new MergedCells(sweeps, headings.length > 0 ? new Sweep(sortedByTop(headings)) : null);
  }

  /** The merge whose value shows at (row, col) when that cell lies below the merge's top row, or null. */
  from(row: number, col: number): MergeArea | null {
    return this.columns[col]?.at(row, false) ?? null;
  }

  /** The measure cell of `row` is part of a section heading merged across the table. */
  isHeading(row: number): boolean {
    return this.headings !== null && this.headings.at(row, true) !== null;
  }
}
