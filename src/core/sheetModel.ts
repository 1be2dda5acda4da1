/**
 * A description of a sheet to write: values, merges, formats, widths, print setup. The core builds it
 * (Annex 2, the blank Table 1 template, consolidation sheets); the ExcelJS and Office.js adapters
 * render it. Keeping the description here means both adapters write exactly the same sheet.
 */

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** A font by name (`Arial`); without one, the workbook's default font. */
  readonly fontName?: string;
  readonly wrap?: boolean;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  /** Thin border on all four sides. */
  readonly border?: boolean;
  /** Background as `RRGGBB`. */
  readonly fill?: string;
  /** Font colour as `RRGGBB`. */
  readonly color?: string;
  /** Excel number format, e.g. `0.0` or `dd.mm.yyyy`. */
  readonly numberFormat?: string;
}

/** The title over a generated sheet (Annex 2, templates, consolidation, group and compare sheets). */
export const TITLE_STYLE = {
  bold: true,
  fontSize: 12,
  wrap: true,
  hAlign: "center",
  vAlign: "middle",
} as const satisfies CellStyle;

/** A column header of a generated table: every sheet the tool writes heads its columns alike. */
export const COLUMN_HEADER_STYLE = {
  bold: true,
  wrap: true,
  border: true,
  hAlign: "center",
  vAlign: "middle",
  fill: "D9E1F2",
} as const satisfies CellStyle;

/**
 * Values a model cell may hold. A date is its Excel serial in the 1900 date system (`isoToSerial`)
 * under a date number format (`dd.mm.yyyy`); an adapter writing into a workbook kept in the 1904
 * system shifts it (`DATE_1904_OFFSET`). Dates shown inside sentences stay text (`formatDmy`).
 */
export type ModelValue = string | number | null;

export interface ModelCell {
  /** 0-based row and column. */
  readonly row: number;
  readonly col: number;
  readonly value: ModelValue;
  /** Index into `SheetModel.styles`, so thousands of cells share a handful of styles. */
  readonly style?: number;
}

/** A list validation (drop-down) on a column range. */
export interface ListValidation {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly bottom: number;
  readonly col: number;
  readonly values: readonly string[];
  /** Shown when the user types something else. */
  readonly errorTitle: string;
  readonly errorMessage: string;
  /** `stop` rejects other values; `warning` lets the user keep them (a status followed by progress notes). */
  readonly errorStyle: "stop" | "warning";
}

/** A data bar on a numeric column range (0–100). */
export interface DataBar {
  readonly top: number;
  readonly bottom: number;
  readonly col: number;
  /** `RRGGBB`. */
  readonly color: string;
}

/** An internal hyperlink: the cell at (row, col) goes to `cell` (A1) on `sheet`. */
export interface SheetLink {
  readonly row: number;
  readonly col: number;
  readonly sheet: string;
  readonly cell: string;
}

export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  /** Fit all columns on one page width. */
  readonly fitToWidth: boolean;
  /** 0-based inclusive rows repeated at the top of every printed page. */
  readonly repeatRows?: { readonly top: number; readonly bottom: number };
  /**
   * The footer in Excel's header/footer codes (`&C` centre section, `&P` page number, `&N` number
   * of pages; ECMA-376 Part 1 §18.3.1.46), e.g. `&C&P / &N`.
   */
  readonly footer?: string;
  /** 0-based rows that start a new printed page (manual page breaks, above the row). */
  readonly rowBreaks?: readonly number[];
}

export interface SheetModel {
  readonly name: string;
  /** Column widths in characters, index = 0-based column. */
  readonly columnWidths: readonly number[];
  /** Row heights in points where one is needed (0-based row → height). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly styles: readonly CellStyle[];
  /** Sorted by row, then column. */
  readonly cells: readonly ModelCell[];
  readonly merges: readonly {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  }[];
  readonly print: PrintSetup;
  /** 0-based columns hidden from view and print (values other tools read, such as a date in machine form). */
  readonly hiddenColumns?: readonly number[];
  /** Freeze panes above this 0-based row (the header of a table). */
  readonly freezeRows?: number;
  readonly validations?: readonly ListValidation[];
  readonly dataBars?: readonly DataBar[];
  /** Cells that name things other tools look up later, e.g. the reporting body (defined names). */
  readonly names?: readonly { readonly name: string; readonly row: number; readonly col: number }[];
  /** Cells that jump to a cell of another sheet of the same workbook when clicked (internal hyperlinks). */
  readonly links?: readonly SheetLink[];
  /** An Excel table (ListObject) over a range, with its header row at `top`. */
  readonly table?: {
    readonly name: string;
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
}

/** Number of rows and columns the model spans (for adapters that write a rectangle). */
export function modelExtent(model: Pick<SheetModel, "columnWidths" | "cells" | "merges">): {
  rows: number;
  cols: number;
} {
  let rows = 0;
  let cols = model.columnWidths.length;
  for (const c of model.cells) {
    if (c.row + 1 > rows) rows = c.row + 1;
    if (c.col + 1 > cols) cols = c.col + 1;
  }
  for (const m of model.merges) {
    if (m.bottom + 1 > rows) rows = m.bottom + 1;
    if (m.right + 1 > cols) cols = m.right + 1;
  }
  return { rows, cols };
}

/** Builds a {@link SheetModel}: cells in order, styles shared by value. */
export class SheetModelBuilder {
  private readonly cells: ModelCell[] = [];
  private readonly styles: CellStyle[] = [];
  private readonly styleIndex = new Map<string, number>();
  /** The same style object again (a layout's `cell` on every row): its index without serialising it. */
  private readonly styleOfObject = new Map<CellStyle, number>();
  private readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  private readonly rowHeights: Record<number, number> = {};

  constructor(readonly name: string) {}

  style(s: CellStyle): number {
    const known = this.styleOfObject.get(s);
    if (known !== undefined) return known;
    const key = JSON.stringify(s);
    let i = this.styleIndex.get(key);
    if (i === undefined) {
      i = this.styles.length;
      this.styles.push(s);
      this.styleIndex.set(key, i);
    }
    this.styleOfObject.set(s, i);
    return i;
  }

  /** Set one cell; `right` > `col` merges the cells across, `bottom` > `row` down. */
  set(
    row: number,
    col: number,
    value: ModelValue,
    style?: CellStyle,
    span?: { right?: number; bottom?: number }
  ): this {
    const styleIndex = style === undefined ? undefined : this.style(style);
    this.cells.push(
      styleIndex === undefined ? { row, col, value } : { row, col, value, style: styleIndex }
    );
    const right = span?.right ?? col;
    const bottom = span?.bottom ?? row;
    if (right > col || bottom > row) {
      this.merges.push({ top: row, left: col, bottom, right });
      // Borders of merged areas are drawn on every cell of the area.
      if (style !== undefined && styleIndex !== undefined) {
        for (let r = row; r <= bottom; r++)
          for (let c = col; c <= right; c++)
            if (r !== row || c !== col)
              this.cells.push({ row: r, col: c, value: null, style: styleIndex });
      }
    }
    return this;
  }

  height(row: number, points: number): this {
    this.rowHeights[row] = points;
    return this;
  }

  build(rest: Omit<SheetModel, "name" | "styles" | "cells" | "merges" | "rowHeights">): SheetModel {
    const cells = [...this.cells].sort((a, b) => a.row - b.row || a.col - b.col);
    return {
      name: this.name,
      styles: this.styles,
      cells,
      merges: this.merges,
      rowHeights: this.rowHeights,
      ...rest,
    };
  }
}
