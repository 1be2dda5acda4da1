/**
 * What the row of an issue is, for lists that show issues away from the sheet (the pane, the page,
 * `atkaruu validate`): the item number and the first words of the measure (issue 8), so an official
 * knows which measure to fix without going back to the cell. A row that is not a measure (an item
 * number without its measure) still shows what its cells hold.
 */
import { cellText, itemNumber } from "./cells";
import type { Analysis, SheetGrid } from "./types";

export interface RowLabel {
  /** The item number (`12`, `1.2`), or null when the row has none. */
  readonly item: string | null;
  /** The measure's first words (`firstWords`), or null when the row has no measure text. */
  readonly measureStart: string | null;
}

/** How much of a measure a list shows: a few words, enough to tell measures apart at a glance. */
export const MEASURE_START_WORDS = 6;
export const MEASURE_START_CHARS = 60;

/**
 * The first `words` words of a text (line breaks and runs of spaces as one space), cut at a word end
 * within `chars` characters; `…` when something was left off.
 */
export function firstWords(
  text: string,
  words = MEASURE_START_WORDS,
  chars = MEASURE_START_CHARS
): string {
  const all = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  let out = "";
  let taken = 0;
  for (const w of all) {
    if (taken === words) break;
    const next = out === "" ? w : `${out} ${w}`;
    if (next.length > chars) {
      // A first word longer than the limit is cut inside it rather than shown as nothing.
      if (out === "") out = w.slice(0, chars);
      break;
    }
    out = next;
    taken++;
  }
  return out.length < all.join(" ").length ? `${out.replace(/[\s,.;:–—-]+$/, "")}…` : out;
}

/**
 * Row labels for the issues of an analysis: the measure's number and text, else what the row's `№`
 * and measure cells hold in `grid` (the sheet the analysis read; may be omitted).
 */
export function rowLabeller(analysis: Analysis, grid?: SheetGrid): (row: number) => RowLabel {
  const byRow = new Map(analysis.measures.map((m) => [m.row, m]));
  const { no: noCol, measure: measureCol } = analysis.layout.columns;
  const seen = new Map<number, RowLabel>();
  return (row) => {
    const known = seen.get(row);
    if (known !== undefined) return known;
    const m = byRow.get(row);
    const cells = grid?.rows[row];
    const no =
      m !== undefined ? m.no : noCol !== undefined ? itemNumber(cells?.[noCol] ?? null) : "";
    const measure =
      m !== undefined
        ? m.measure
        : measureCol !== undefined
          ? cellText(cells?.[measureCol] ?? null)
          : "";
    const label: RowLabel = {
      item: no === "" ? null : no,
      measureStart: measure.trim() === "" ? null : firstWords(measure),
    };
    seen.set(row, label);
    return label;
  };
}
