/**
 * SPEC "Figures": counts by status and role, per year, item numbers per deadline type, and the
 * execution level (Methodology §7) = completed ÷ total × 100. Always computed from counts.
 */
import { sortItems } from "./itemList";
import { isCompleted } from "./status";
import type { Measure, RoleFigures, Summary } from "./types";

/** The years of 444-р, the default plan (SPEC "Plans other than 444-р": another plan gives its own). */
export const PLAN_YEARS: readonly string[] = ["2024", "2025", "2026", "2027", "2028"];

/** completed ÷ total × 100, or null when total is 0 (SPEC: never 0, never NaN). */
export function executionLevel(completed: number, total: number): number | null {
  if (!(total > 0)) return null;
  const level = (completed / total) * 100;
  return Math.min(100, Math.max(0, level));
}

/** The execution level rounded to one decimal, as shown (SPEC: "shown with one decimal"). */
export function roundLevel(level: number | null): number | null {
  return level === null ? null : Math.round(level * 10) / 10;
}

class RoleAccumulator {
  total = 0;
  /** Measures per year 2000–2099 (index year − 2000); other years in `otherYears`. */
  private readonly years = new Array<number>(100).fill(0);
  private readonly otherYears = new Map<number, number>();
  readonly fixed: string[] = [];
  readonly ongoing: string[] = [];
  readonly staged: string[] = [];

  add(m: Measure): void {
    this.total++;
    const end = m.deadline.end;
    if (end !== null) {
      // The year of `YYYY-MM-DD`, read without slicing the string.
      const y =
        (end.charCodeAt(0) - 48) * 1000 +
        (end.charCodeAt(1) - 48) * 100 +
        (end.charCodeAt(2) - 48) * 10 +
        (end.charCodeAt(3) - 48);
      if (y >= 2000 && y < 2100) this.years[y - 2000]++;
      else this.otherYears.set(y, (this.otherYears.get(y) ?? 0) + 1);
    }
    if (m.no !== "") {
      const t = m.deadline.type;
      if (t === "fixed") this.fixed.push(m.no);
      else if (t === "ongoing") this.ongoing.push(m.no);
      else if (t === "staged") this.staged.push(m.no);
    }
  }

  /** `inOrder`: the item numbers were added strictly in natural order, so the lists need no sorting. */
  figures(inOrder: boolean, planYears: readonly string[]): RoleFigures {
    const byYear: Record<string, number> = {};
    for (const y of planYears) byYear[y] = 0;
    this.years.forEach((n, i) => {
      if (n > 0) byYear[String(2000 + i)] = n;
    });
    for (const [y, n] of this.otherYears) byYear[String(y)] = n;
    const ordered: Record<string, number> = {};
    for (const y of Object.keys(byYear).sort()) ordered[y] = byYear[y];
    const list = inOrder ? (items: string[]) => items : sortItems;
    return {
      total: this.total,
      byYear: ordered,
      fixed: list(this.fixed),
      ongoing: list(this.ongoing),
      staged: list(this.staged),
    };
  }
}

/**
 * Counts figures one measure at a time, so a reader can count while it reads (each measure is
 * still in the cache) instead of walking a million measures again.
 */
export class FigureCounter {
  private total = 0;
  private onTime = 0;
  private late = 0;
  private readonly lead = new RoleAccumulator();
  private readonly co = new RoleAccumulator();

  /** `planYears`: the years every `byYear` lists, zeros included (the plan's; 444-р by default). */
  constructor(private readonly planYears: readonly string[] = PLAN_YEARS) {}

  add(m: Measure): void {
    this.total++;
    if (m.status === "on_time") this.onTime++;
    else if (m.status === "late") this.late++;
    (m.role === "co" ? this.co : this.lead).add(m);
  }

  /** `itemsInOrder`: see {@link summarise}. */
  summary(itemsInOrder: boolean): Summary {
    const completed = this.onTime + this.late;
    return {
      total: this.total,
      completed,
      completedOnTime: this.onTime,
      completedLate: this.late,
      inProgress: this.total - completed,
      executionLevel: executionLevel(completed, this.total),
      lead: this.lead.figures(itemsInOrder, this.planYears),
      co: this.co.figures(itemsInOrder, this.planYears),
    };
  }
}

/**
 * All figures of a body's measures. `hint.itemsInOrder` (from the reader, which has already
 * compared every item number with the one before) says the numbered measures come strictly in
 * natural order, so the item lists need neither sorting nor de-duplication.
 */
export function summarise(
  measures: readonly Measure[],
  hint: { readonly itemsInOrder?: boolean; readonly planYears?: readonly string[] } = {}
): Summary {
  const counter = new FigureCounter(hint.planYears);
  for (const m of measures) counter.add(m);
  return counter.summary(hint.itemsInOrder === true);
}

export { isCompleted };

/**
 * The measures Annex 2 section III counts as "in progress" (SPEC: `inProgress` = total − completed),
 * split by what their status says: work goes on (`inProgress`), or not completed — said so, or a
 * status that is empty or unrecognised (SPEC: both count as not completed). For the pane's figures,
 * which show "not completed" beside "in progress"; the form keeps the Methodology's one line.
 */
export function uncompletedSplit(measures: readonly Measure[]): {
  readonly inProgress: number;
  readonly notCompleted: number;
} {
  let inProgress = 0;
  let notCompleted = 0;
  for (const m of measures) {
    if (m.status === "in_progress") inProgress++;
    else if (!isCompleted(m.status)) notCompleted++;
  }
  return { inProgress, notCompleted };
}
