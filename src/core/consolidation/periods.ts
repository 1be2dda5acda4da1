/**
 * SPEC "Comparing two reporting periods": consolidation over several periods' files of the same
 * bodies gives each body's level per period, and the overall level per period from summed counts.
 *
 * Rules decided here (docs/consolidate.md, "Several periods"):
 * - A report's period is the date it is as of by itself (`ownAsOf`: its snapshot while fresh, a date in
 *   Table 1's title rows, the stored `ATKARUU_AS_OF`); a report that says none belongs to the
 *   consolidation's own as-of date. Periods are these dates, oldest first.
 * - One report per body and period: of two, the newer file (`isNewer`); the other is a duplicate.
 * - A body's level in a period is its report's completed ÷ total × 100; the overall level of a period
 *   is Σ completed ÷ Σ total × 100 over the bodies that reported for it (never an average of levels).
 * - Levels per period are given only when the files span at least two periods.
 */
import { executionLevel } from "../figures";
import type { IsoDate } from "../types";

/** A body's (or all bodies') counts in one period. */
export interface PeriodFigures {
  readonly total: number;
  readonly completed: number;
  /** completed ÷ total × 100, unrounded; null when total is 0. */
  readonly executionLevel: number | null;
}

export interface BodyPeriods {
  readonly body: string;
  /** One per period ({@link PeriodLevels.periods} order); null when the body sent no report for it. */
  readonly periods: readonly ((PeriodFigures & { readonly file: string }) | null)[];
}

export interface PeriodLevels {
  /** The periods' as-of dates, oldest first. */
  readonly periods: readonly IsoDate[];
  /** Bodies in name order. */
  readonly bodies: readonly BodyPeriods[];
  /** Per period, from the counts summed over the bodies that reported for it. */
  readonly overall: readonly PeriodFigures[];
}

/** What the levels per period need of one body's report (the body's key names it across files). */
export interface PeriodReport {
  readonly key: string;
  readonly body: string;
  readonly file: string;
  readonly period: IsoDate;
  readonly total: number;
  readonly completed: number;
}

/**
 * Levels per period of the reports used (one per body and period, chosen by the caller), or null
 * when they span fewer than two periods. `compareNames` orders the bodies.
 */
export function levelsByPeriod(
  reports: readonly PeriodReport[],
  compareNames: (a: string, b: string) => number
): PeriodLevels | null {
  const periods = [...new Set(reports.map((r) => r.period))].sort();
  if (periods.length < 2) return null;
  const index = new Map(periods.map((p, i) => [p, i]));
  const byBody = new Map<
    string,
    { body: string; latest: IsoDate; cells: ((PeriodFigures & { file: string }) | null)[] }
  >();
  const sums = periods.map(() => ({ total: 0, completed: 0 }));
  for (const r of reports) {
    const i = index.get(r.period)!;
    let row = byBody.get(r.key);
    if (row === undefined) {
      row = { body: r.body, latest: r.period, cells: periods.map(() => null) };
      byBody.set(r.key, row);
    }
    // The body is named as in its latest report.
    if (r.period > row.latest) {
      row.body = r.body;
      row.latest = r.period;
    }
    row.cells[i] = {
      total: r.total,
      completed: r.completed,
      executionLevel: executionLevel(r.completed, r.total),
      file: r.file,
    };
    sums[i].total += r.total;
    sums[i].completed += r.completed;
  }
  const bodies = [...byBody.values()]
    .map((b) => ({ body: b.body, periods: b.cells }))
    .sort((a, b) => compareNames(a.body, b.body));
  return {
    periods,
    bodies,
    overall: sums.map((s) => ({ ...s, executionLevel: executionLevel(s.completed, s.total) })),
  };
}
