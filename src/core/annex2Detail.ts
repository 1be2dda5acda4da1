/**
 * SPEC "Annex 2", the detail table as it prints: every row tall enough for its text (the merged
 * task cells too), page breaks placed by the core, and a task merged over rows that cross a page
 * break shown again at the top of the next page — a merged cell prints its text only on the page
 * where it starts, so the task is split at the break into one merged cell per page. The breaks
 * follow from the row heights and the page's height at the model's print scale (printLayout.ts).
 * The heights are counted here as `rowHeightsOf` (rowHeights.ts) will write them — the tallest cell
 * of a row, a merged task's shortfall spread evenly over its rows — so the rows stay without heights
 * of their own: the Office adapter leaves unmerged rows to Excel's own fitting, and its requests do
 * not grow with the row count.
 */
import { DEFAULT_ROW_POINTS, textPoints } from "./rowHeights";
import type { TextFont } from "./rowHeights";
import type { CellStyle, SheetModelBuilder } from "./sheetModel";
import type { Measure } from "./types";

export interface DetailLayout {
  /** 0-based row of the first measure. */
  readonly start: number;
  readonly columnWidths: readonly number[];
  readonly cell: CellStyle;
  readonly cellCenter: CellStyle;
  /** Points of rows a printed page holds. */
  readonly pageRows: number;
  /** Points already used on the page where the first measure would go. */
  readonly usedBefore: number;
  /** Points the rows repeated at the top of every page take (the detail header). */
  readonly repeatPoints: number;
}

/** One printed piece of a task: its text merged over `from`…`to` (indexes into the measures). */
interface TaskSegment {
  readonly from: number;
  to: number;
}

const fontOf = (s: CellStyle): TextFont => s;

/** A measure's item number as a number when it is a plain integer, as the plan prints it. */
function itemValue(no: string): string | number {
  return /^\d+$/.test(no) ? Number(no) : no;
}

/**
 * Write the detail rows of `measures` from `layout.start`; returns the rows that begin a new page.
 * Consecutive measures of one task share a merged task cell, as in the plan, one per page.
 */
export function writeDetailRows(
  b: SheetModelBuilder,
  measures: readonly Measure[],
  layout: DetailLayout
): number[] {
  const w = layout.columnWidths;
  const own = measures.map((m) => {
    let h = DEFAULT_ROW_POINTS;
    const texts: [string, number, CellStyle][] = [
      [m.no, 0, layout.cellCenter],
      [m.measure, 2, layout.cell],
      [m.deadlineText, 3, layout.cell],
      [m.result, 4, layout.cell],
      [m.executors, 5, layout.cell],
      [m.statusText, 6, layout.cell],
    ];
    for (const [text, col, style] of texts)
      if (text !== "") h = Math.max(h, textPoints(text, w[col] ?? 9, fontOf(style)));
    return h;
  });
  const taskPoints = measures.map((m) =>
    m.task === "" ? 0 : textPoints(m.task, w[1] ?? 9, fontOf(layout.cell))
  );
  const sameTask = (k: number): boolean =>
    k > 0 && measures[k].task !== "" && measures[k].task === measures[k - 1].task;

  const breaks: number[] = [];
  const segments: TaskSegment[] = [];
  let used = layout.usedBefore;
  let pageHasRows = false;
  let segStartUsed = used;
  let segSum = 0;
  // Where the running segment ends on the page: its rows, or the task's text when that is taller.
  const segmentEnd = (): number => {
    const seg = segments[segments.length - 1];
    return seg === undefined ? used : segStartUsed + Math.max(segSum, taskPoints[seg.from]);
  };
  // A segment ends (its rows grow evenly when the task's text needs more than they have).
  const closeSegment = (): void => {
    used = segmentEnd();
  };
  const openSegment = (k: number): void => {
    segments.push({ from: k, to: k });
    segStartUsed = used;
    segSum = own[k];
  };
  for (let k = 0; k < measures.length; k++) {
    const continues = sameTask(k) && segments.length > 0;
    const seg = segments[segments.length - 1];
    // Where the page would end with this row: in the running segment, or in a new one after it.
    const endIfAdded = continues
      ? segStartUsed + Math.max(segSum + own[k], taskPoints[seg.from])
      : segmentEnd() + Math.max(own[k], taskPoints[k]);
    if (pageHasRows && endIfAdded > layout.pageRows) {
      closeSegment();
      breaks.push(layout.start + k);
      used = layout.repeatPoints;
      openSegment(k);
    } else if (continues) {
      seg.to = k;
      segSum += own[k];
    } else {
      closeSegment();
      openSegment(k);
    }
    pageHasRows = true;
  }
  closeSegment();

  const starts = new Map(segments.map((s) => [s.from, s.to]));
  measures.forEach((m, k) => {
    const row = layout.start + k;
    b.set(row, 0, itemValue(m.no), layout.cellCenter);
    const to = starts.get(k);
    if (to !== undefined)
      b.set(row, 1, m.task, layout.cell, to > k ? { bottom: layout.start + to } : undefined);
    b.set(row, 2, m.measure, layout.cell);
    b.set(row, 3, m.deadlineText, layout.cell);
    b.set(row, 4, m.result, layout.cell);
    b.set(row, 5, m.executors, layout.cell);
    b.set(row, 6, m.statusText, layout.cell);
  });
  return breaks;
}
