/**
 * A workbook's as-of date for a comparison (SPEC "Comparing two reporting periods"), in order: its
 * snapshot's; a date in Table 1's title rows said with `карата` / `по состоянию на` / `as of`
 * (`30.06.2025-ж. карата`, `по состоянию на 1 июля 2025 г.`); the stored `ATKARUU_AS_OF`; else the
 * date given on the command line (or today).
 */
import { cellDate, parseDateText, parseWrittenDate } from "../dates";
import type { CellValue, IsoDate, SheetGrid, TableLayout } from "../types";

/** Kyrgyz puts the date before `карата`; Russian and English after their words. */
const BEFORE = /карата|караты/iu;
const AFTER = /по\s+состоянию\s+на|as\s+(?:of|at)|состоянием\s+на/iu;
const NUMERIC = /(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})/gu;

/** A date written in `text` next to its as-of word, on the side the language puts it. */
function dateBesideWord(text: string): IsoDate | null | undefined {
  const before = BEFORE.exec(text);
  const after = AFTER.exec(text);
  if (before === null && after === null) return undefined;
  const side =
    before !== null ? text.slice(0, before.index) : text.slice(after!.index + after![0].length);
  const numeric = [...side.matchAll(NUMERIC)].map((m) => parseDateText(m[1]));
  const near = before !== null ? numeric[numeric.length - 1] : numeric[0];
  if (near !== undefined && near !== null) return near;
  // A date with the month as a word: the few words next to the as-of word.
  const words = side
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  for (let n = Math.min(5, words.length); n >= 2; n--) {
    const part = (before !== null ? words.slice(words.length - n) : words.slice(0, n))
      .join(" ")
      .replace(/[«»"“”„(),;:]/g, " ");
    const d = parseWrittenDate(
      part.replace(/(\d)-(?=\p{L})/gu, "$1 ").replace(/(\d{4})-?(ж|жыл)\.?/gu, "$1 ")
    );
    if (d !== null) return d;
  }
  return null;
}

/**
 * The as-of date written in Table 1's title rows (above its header), or null. A title cell holding the
 * words and no date takes the date in the next non-empty cell of its row (a date cell or text).
 */
export function titleAsOf(grid: SheetGrid, layout: TableLayout): IsoDate | null {
  for (let r = 0; r < layout.headerRow; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const found = dateBesideWord(v);
      if (found === undefined) continue;
      if (found !== null) return found;
      const next = nextValue(row, c);
      const d = next === null ? undefined : cellDate(next);
      if (typeof d === "string") return d;
    }
  }
  return null;
}

function nextValue(row: readonly CellValue[], c: number): CellValue {
  for (let k = c + 1; k < row.length; k++) if (row[k] !== null && row[k] !== "") return row[k];
  return null;
}

/** The first date that is known, in the SPEC's order. */
export function resolveAsOf(
  candidates: {
    readonly snapshot?: IsoDate | null;
    readonly title?: IsoDate | null;
    readonly stored?: IsoDate | null;
    readonly given?: IsoDate | null;
  },
  today: IsoDate
): IsoDate {
  return candidates.snapshot ?? candidates.title ?? candidates.stored ?? candidates.given ?? today;
}
