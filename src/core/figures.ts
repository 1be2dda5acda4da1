/**
 * SPEC "Figures": counts by status and role, per year, item numbers per deadline type, and the
 * execution level (Methodology §7) = completed ÷ total × 100. Always computed from counts.
 */
import { sortItems } from "./itemList";
import { isCompleted } from "./status";
import type { Measure, RoleFigures, Summary } from "./types";

/** The plan's years; Annex 2 always lists them, other years only when they occur. */
export const PLAN_YEARS = ["2024", "2025", "2026", "2027", "2028"] as const;

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
  readonly byYear = new Map<string, number>();
  readonly fixed: string[] = [];
  readonly ongoing: string[] = [];
  readonly staged: string[] = [];

  add(m: Measure): void {
    this.total++;
    const end = m.deadline.end;
    if (end !== null) {
      const y = end.slice(0, 4);
      this.byYear.set(y, (this.byYear.get(y) ?? 0) + 1);
    }
    if (m.no !== "") {
      const t = m.deadline.type;
      if (t === "fixed") this.fixed.push(m.no);
      else if (t === "ongoing") this.ongoing.push(m.no);
      else if (t === "staged") this.staged.push(m.no);
    }
  }

  figures(): RoleFigures {
    const byYear: Record<string, number> = {};
    for (const y of PLAN_YEARS) byYear[y] = 0;
    for (const y of [...this.byYear.keys()].sort()) byYear[y] = this.byYear.get(y)!;
    const ordered: Record<string, number> = {};
    for (const y of Object.keys(byYear).sort()) ordered[y] = byYear[y];
    return { total: this.total, byYear: ordered, fixed: sortItems(this.fixed), ongoing: sortItems(this.ongoing), staged: sortItems(this.staged) };
  }
}

/** All figures of a body's measures. */
export function summarise(measures: readonly Measure[]): Summary {
  let onTime = 0;
  let late = 0;
  const lead = new RoleAccumulator();
  const co = new RoleAccumulator();
  for (const m of measures) {
    if (m.status === "on_time") onTime++;
    else if (m.status === "late") late++;
    (m.role === "co" ? co : lead).add(m);
  }
  const total = measures.length;
  const completed = onTime + late;
  return {
    total,
    completed,
    completedOnTime: onTime,
    completedLate: late,
    inProgress: total - completed,
    executionLevel: executionLevel(completed, total),
    lead: lead.figures(),
    co: co.figures(),
  };
}

export { isCompleted };
