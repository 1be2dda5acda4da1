/**
 * SPEC "Comparing two reporting periods": what changed between two reports of one body. Items are
 * matched by item number, then by measure text when numbers were changed ({@link matchItems}); each
 * matched pair yields the changes of its kinds, an unmatched item is `added` or `removed`.
 *
 * Rules decided here (docs/compare.md):
 * - `completed`: not completed before, completed now; `reopened`: the reverse (an error — a completed
 *   measure does not become uncompleted); `status-changed`: any other change of category (on time ↔
 *   late, in progress → not completed, a status filled in or lost).
 * - `became-overdue`: overdue as of the current date and not overdue as of the previous one (SPEC
 *   "Figures": not completed, deadline end before the as-of date). `from` is the deadline end, `to`
 *   the current as-of date.
 * - `deadline-changed`: the deadline's type or end moved; `from` / `to` are the ends (`YYYY-MM-DD`),
 *   or the type (`ongoing`, `staged`) for a deadline without an end, or null when not understood.
 * - An item may change in several ways at once (completed after its deadline moved): one change each.
 * - `levelChange` = current level − previous level, one decimal; null when either is undefined.
 */
import { compareItems } from "../itemList";
import { executionLevel, roundLevel } from "../figures";
import { normalize } from "../normalize";
import { isCompleted, isOverdue } from "../status";
import type { IsoDate, Measure, MeasureStatus, Summary, TableLayout } from "../types";
import { a1 } from "../address";
import { MEASURE_KEPT } from "./snapshot";

export const CHANGE_KINDS = [
  "reopened",
  "completed",
  "became-overdue",
  "deadline-changed",
  "status-changed",
  "added",
  "removed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One side of the comparison: the measures as reported, the as-of date and figures. */
export interface ReportState {
  readonly asOf: IsoDate;
  readonly measures: readonly Measure[];
  readonly summary: Summary;
  /** Where Table 1 is (current side: the changes point at its cells); null for a snapshot. */
  readonly layout: TableLayout | null;
}

export interface Change {
  /** The item number in the current report (the previous one's for `removed`); "" when the row has none. */
  readonly item: string;
  readonly kind: ChangeKind;
  readonly from: string | null;
  readonly to: string | null;
  /** A1 address of the current Table 1 cell to look at, or null (`removed`). */
  readonly cell: string | null;
  /** 0-based row and column of that cell. */
  readonly row: number | null;
  readonly col: number | null;
  /** The item's number in the previous report when it was renumbered, else null. */
  readonly previousItem: string | null;
  readonly measure: string;
  /** `reopened` is an error (SPEC). */
  readonly severity: "error" | "info";
}

export interface Comparison {
  readonly previous: { readonly asOf: IsoDate; readonly summary: Summary };
  readonly current: { readonly asOf: IsoDate; readonly summary: Summary };
  /** Percentage points, one decimal; null when either level is undefined. */
  readonly levelChange: number | null;
  /** Grouped by kind ({@link CHANGE_KINDS} order), items in natural order within a kind. */
  readonly changes: readonly Change[];
  /** Table 1's sheet in the current workbook. */
  readonly sheet: string | null;
}

export interface MatchedPair {
  readonly previous: Measure;
  readonly current: Measure;
}

/** The key measure texts are matched by: folded case, spacing and look-alikes (`normalize`). */
const textKey = (m: Measure): string =>
  normalize(m.measure.length > MEASURE_KEPT ? m.measure.slice(0, MEASURE_KEPT) : m.measure);

/**
 * Pair the measures of two reports: first same number and same text, then same text alone (the item
 * was renumbered), then same number alone (its wording was edited). Repeated keys pair in order.
 */
export function matchItems(
  previous: readonly Measure[],
  current: readonly Measure[]
): { pairs: MatchedPair[]; removed: Measure[]; added: Measure[] } {
  const prevLeft = new Set(previous);
  const curLeft = new Set(current);
  const pairs: MatchedPair[] = [];
  const pass = (key: (m: Measure) => string | null): void => {
    const waiting = new Map<string, Measure[]>();
    for (const p of prevLeft) {
      const k = key(p);
      if (k === null) continue;
      const list = waiting.get(k);
      if (list === undefined) waiting.set(k, [p]);
      else list.push(p);
    }
    for (const c of curLeft) {
      const k = key(c);
      if (k === null) continue;
      const p = waiting.get(k)?.shift();
      if (p === undefined) continue;
      pairs.push({ previous: p, current: c });
      prevLeft.delete(p);
      curLeft.delete(c);
    }
  };
  pass((m) => (m.no === "" || m.measure === "" ? null : `${m.no}\u0000${textKey(m)}`));
  pass((m) => (m.measure === "" ? null : textKey(m)));
  pass((m) => (m.no === "" ? null : m.no));
  return { pairs, removed: [...prevLeft], added: [...curLeft] };
}

/** A deadline as `from` / `to` show it. */
function deadlineValue(m: Measure): string | null {
  return m.deadline.end ?? m.deadline.type;
}

/** Changes of one matched item. */
function pairChanges(
  pair: MatchedPair,
  previousAsOf: IsoDate,
  currentAsOf: IsoDate,
  cellOf: CellFinder
): Change[] {
  const p = pair.previous;
  const c = pair.current;
  const out: Change[] = [];
  const renumbered = p.no !== c.no ? p.no : null;
  const change = (
    kind: ChangeKind,
    from: string | null,
    to: string | null,
    column: "status" | "deadline"
  ): void => {
    const at = cellOf(c, column);
    out.push({
      item: c.no,
      kind,
      from,
      to,
      ...at,
      previousItem: renumbered,
      measure: c.measure,
      severity: kind === "reopened" ? "error" : "info",
    });
  };
  const was = isCompleted(p.status);
  const is = isCompleted(c.status);
  if (!was && is) change("completed", p.status, c.status, "status");
  else if (was && !is) change("reopened", p.status, c.status, "status");
  else if (p.status !== c.status) change("status-changed", p.status, c.status, "status");
  if (
    isOverdue(c.status, c.deadline.end, currentAsOf) &&
    !isOverdue(p.status, p.deadline.end, previousAsOf)
  )
    change("became-overdue", c.deadline.end, currentAsOf, "status");
  if (p.deadline.type !== c.deadline.type || p.deadline.end !== c.deadline.end)
    change("deadline-changed", deadlineValue(p), deadlineValue(c), "deadline");
  return out;
}

type CellFinder = (
  m: Measure,
  column: "status" | "deadline" | "no"
) => { cell: string | null; row: number | null; col: number | null };

function cellFinder(layout: TableLayout | null): CellFinder {
  return (m, column) => {
    const col = layout === null ? undefined : (layout.columns[column] ?? layout.columns.measure);
    return col === undefined
      ? { cell: null, row: null, col: null }
      : { cell: a1(m.row, col), row: m.row, col };
  };
}

const KIND_ORDER = new Map<ChangeKind, number>(CHANGE_KINDS.map((k, i) => [k, i]));

/** Compare two reports of one body (SPEC "Comparing two reporting periods"). */
export function compareReports(previous: ReportState, current: ReportState): Comparison {
  const cellOf = cellFinder(current.layout);
  const { pairs, removed, added } = matchItems(previous.measures, current.measures);
  const changes: Change[] = [];
  for (const pair of pairs) changes.push(...pairChanges(pair, previous.asOf, current.asOf, cellOf));
  for (const m of added)
    changes.push({
      item: m.no,
      kind: "added",
      from: null,
      to: m.status,
      ...cellOf(m, "no"),
      previousItem: null,
      measure: m.measure,
      severity: "info",
    });
  for (const m of removed)
    changes.push({
      item: m.no,
      kind: "removed",
      from: m.status,
      to: null,
      cell: null,
      row: null,
      col: null,
      previousItem: null,
      measure: m.measure,
      severity: "info",
    });
  changes.sort(
    (a, b) =>
      KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
      compareItems(a.item, b.item) ||
      (a.row ?? 0) - (b.row ?? 0)
  );
  const before = executionLevel(previous.summary.completed, previous.summary.total);
  const after = executionLevel(current.summary.completed, current.summary.total);
  return {
    previous: { asOf: previous.asOf, summary: previous.summary },
    current: { asOf: current.asOf, summary: current.summary },
    levelChange: before === null || after === null ? null : roundLevel(after - before),
    changes,
    sheet: current.layout?.sheet ?? null,
  };
}

/** Changes of each kind, in {@link CHANGE_KINDS} order (kinds without changes left out). */
export function changesByKind(
  changes: readonly Change[]
): { kind: ChangeKind; changes: Change[] }[] {
  return CHANGE_KINDS.map((kind) => ({
    kind,
    changes: changes.filter((c) => c.kind === kind),
  })).filter((g) => g.changes.length > 0);
}

/** True when the measures a snapshot kept are what Table 1 says now (same items, categories, deadlines, dates). */
export function sameReport(a: readonly Measure[], b: readonly Measure[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (
      x.no !== y.no ||
      x.status !== y.status ||
      x.deadline.end !== y.deadline.end ||
      x.deadline.type !== y.deadline.type ||
      x.completedOn !== y.completedOn
    )
      return false;
    if (textKey(x) !== textKey(y)) return false;
  }
  return true;
}

export type { MeasureStatus };
