/**
 * The height of every row of a sheet model, in points: the model's own heights, else an estimate
 * for rows of wrapped text, so the text shows (and prints) in full. One rule for every writer — the
 * ExcelJS renderer, the streaming writer and the Office adapter's write plan — because no writer can
 * leave it to the spreadsheet program: LibreOffice and Excel keep rows of a file written without a
 * height at one line until someone edits them, and Excel's `autofitRows` ignores merged cells
 * (support.microsoft.com "You can't use the AutoFit feature for rows or columns that contain merged
 * cells"), which is where the Annex 2 item lists are.
 */
import type { SheetModel } from "./sheetModel";

/** Default font size and the height of one line of it, in points (Calibri 11 in Excel, 15 pt rows). */
const BASE_FONT = 11;
const LINE_POINTS = 15;
/** A row without a height of its own (Excel's default for Calibri 11). */
export const DEFAULT_ROW_POINTS = 15;
/** Excel's largest row height. */
export const MAX_ROW_POINTS = 409;
/** Width of a column the model does not size (Excel's default, in characters). */
const DEFAULT_COLUMN_CHARS = 9;
/** Excel's maximum digit width of the default font (Calibri 11) at 96 dpi: column widths count in it. */
const DIGIT_PX = 7;
/** Pixels of a column's width the text cannot use (the cell's inner margins and its grid line). */
const CELL_PADDING_PX = 6;

/**
 * Average width of a character of running Cyrillic or Latin text, in ems, by font (measured on
 * the plans' own texts: Liberation Sans is metric-compatible with Arial, Carlito with Calibri).
 * A font not listed counts as Arial, the widest of the two, so the estimate errs on the tall side.
 */
const AVERAGE_CHAR_EM: Readonly<
  Record<string, { readonly regular: number; readonly bold: number }>
> = {
  calibri: { regular: 0.48, bold: 0.505 },
  arial: { regular: 0.525, bold: 0.565 },
};

/** How a cell's text is drawn, as far as its height depends on it. */
export interface TextFont {
  /** Points (default 11). */
  readonly fontSize?: number;
  readonly bold?: boolean;
  /** Default: the workbook's default font, Calibri. */
  readonly fontName?: string;
}

/** Characters of running text that fit on one line of a column `width` characters wide. */
export function lineCapacity(width: number, font: TextFont = {}): number {
  const px =
    Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX) - CELL_PADDING_PX;
  const metrics =
    AVERAGE_CHAR_EM[(font.fontName ?? "Calibri").toLowerCase()] ?? AVERAGE_CHAR_EM.arial;
  const charPx =
    (font.bold ? metrics.bold : metrics.regular) * (font.fontSize ?? BASE_FONT) * (96 / 72);
  return Math.max(1, Math.floor(px / charPx));
}

/**
 * The narrowest width (characters, at least `width`) at which no word of `text` is broken across
 * lines — a header such as `Мөөнөтүндө` in a column a letter too narrow prints as `Мөөнөтүнд` / `ө`.
 */
export function widthForWords(width: number, text: string, font: TextFont = {}): number {
  const longest = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
  let w = width;
  while (lineCapacity(w, font) < longest && w < 255) w += 0.5;
  return w;
}

/**
 * How many lines a text takes in a column `width` characters wide: explicit breaks kept, words
 * wrapped whole at spaces as Excel and LibreOffice do (a word longer than a line is broken).
 * `font` is a font size (points) or the whole font.
 */
export function wrappedLines(text: string, width: number, font: number | TextFont = {}): number {
  const capacity = lineCapacity(width, typeof font === "number" ? { fontSize: font } : font);
  let lines = 0;
  for (const part of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of part.split(/[ \t]+/)) {
      if (word === "") continue;
      if (used > 0 && used + 1 + word.length <= capacity) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) count++;
      // A word longer than a line runs over whole lines of it.
      count += Math.ceil(word.length / capacity) - 1;
      used = word.length % capacity === 0 ? capacity : word.length % capacity;
    }
    lines += count;
  }
  return lines;
}

/** Points that `lines` lines of a font need, with the cell's padding. */
export function linesPoints(lines: number, fontSize = BASE_FONT): number {
  return Math.ceil(lines * LINE_POINTS * (fontSize / BASE_FONT)) + 2;
}

/** Points a wrapped text needs in a column `width` characters wide (at least one line). */
export function textPoints(text: string, width: number, font: TextFont = {}): number {
  return Math.min(
    MAX_ROW_POINTS,
    linesPoints(wrappedLines(text, width, font), font.fontSize ?? BASE_FONT)
  );
}

export interface RowHeightOptions {
  /**
   * The host fits rows to the wrapped text of cells that are not merged by itself (Excel's
   * `autofitRows`, better than any estimate): only the model's own heights and the rows whose text
   * sits in merged cells are given. Also keeps the Office request size independent of the row count.
   */
  readonly hostFitsUnmerged?: boolean;
}

/**
 * Heights to write, by 0-based row: the model's own (they always win), else the estimate for rows
 * holding wrapped text that needs more than one line. A cell merged across columns wraps in the
 * merged width; a cell merged down over several rows shares its height among them — the rows it
 * spans that the model does not size grow evenly until the text fits.
 */
export function rowHeightsOf(
  model: SheetModel,
  options: RowHeightOptions = {}
): Record<number, number> {
  const spanRight = new Map<string, number>();
  const tall = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  for (const m of model.merges) {
    if (m.bottom > m.top) tall.set(`${m.top}:${m.left}`, m);
    else spanRight.set(`${m.top}:${m.left}`, m.right);
  }
  const covered = new Set<string>();
  for (const m of tall.values())
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) covered.add(`${r}:${c}`);
  const own = model.rowHeights ?? {};
  const width = (left: number, right: number): number => {
    let w = 0;
    for (let k = left; k <= right; k++) w += model.columnWidths[k] ?? DEFAULT_COLUMN_CHARS;
    return w;
  };

  const heights: Record<number, number> = {};
  const downs: { top: number; bottom: number; points: number }[] = [];
  for (const c of model.cells) {
    if (typeof c.value !== "string" || c.value === "" || c.style === undefined) continue;
    const s = model.styles[c.style];
    if (!s?.wrap) continue;
    const fontSize = s.fontSize ?? BASE_FONT;
    const font: TextFont = s;
    const key = `${c.row}:${c.col}`;
    const down = tall.get(key);
    if (down !== undefined) {
      const lines = wrappedLines(c.value, width(down.left, down.right), font);
      if (lines > 1)
        downs.push({ top: down.top, bottom: down.bottom, points: linesPoints(lines, fontSize) });
      continue;
    }
    if (covered.has(key) || own[c.row] !== undefined) continue;
    const right = spanRight.get(key);
    if (right === undefined && options.hostFitsUnmerged === true) continue;
    const lines = wrappedLines(c.value, width(c.col, right ?? c.col), font);
    if (lines <= 1) continue;
    const h = Math.min(MAX_ROW_POINTS, linesPoints(lines, fontSize));
    if (h > (heights[c.row] ?? 0)) heights[c.row] = h;
  }
  for (const [r, h] of Object.entries(own)) heights[Number(r)] = h;

  // Cells merged down, after the rows' own estimates: only the shortfall is spread.
  for (const d of downs) {
    let have = 0;
    const free: number[] = [];
    for (let r = d.top; r <= d.bottom; r++) {
      have += heights[r] ?? DEFAULT_ROW_POINTS;
      if (own[r] === undefined) free.push(r);
    }
    if (have >= d.points || free.length === 0) continue;
    const extra = Math.ceil((d.points - have) / free.length);
    for (const r of free)
      heights[r] = Math.min(MAX_ROW_POINTS, (heights[r] ?? DEFAULT_ROW_POINTS) + extra);
  }
  return heights;
}
