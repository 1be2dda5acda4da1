/**
 * A core `SheetModel` → an ExcelJS worksheet: values, shared styles (font, alignment, thin borders,
 * fill, number format), merges, column widths, hidden columns, row heights, print setup (A4,
 * orientation, fit to width, repeated title rows, footer, page breaks), frozen header, list validations, data bars, defined names and an
 * Excel table. The model decides what the sheet holds; this file only translates it. The streaming
 * writer (`modelsToXlsx` in stream.ts) uses the same translation of styles, cells, print setup,
 * frozen header and data bars.
 */
import type {
  Alignment,
  Borders,
  Cell,
  ConditionalFormattingOptions,
  DataValidation,
  Fill,
  Font,
  PageSetup,
  Style,
  Workbook,
  Worksheet,
  WorksheetView,
} from "exceljs";
import {
  a1,
  columnLetter,
  modelExtent,
  quoteSheetName,
  rangeA1,
  rowHeightsOf,
  uniqueName,
} from "../core";
import type {
  CellStyle,
  DataBar,
  ListValidation,
  ModelCell,
  PrintSetup,
  SheetModel,
} from "../core";

/** The font of a model style that names none (Excel's default). */
const DEFAULT_FONT = "Calibri";
/** Excel's limit on an inline list (`"a,b,c"`) in a data validation. */
const INLINE_LIST_MAX = 255;
const THIN = { style: "thin", color: { argb: "FF808080" } } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** `RRGGBB` → ExcelJS's opaque `FFRRGGBB`. */
export function argb(rgb: string): string {
  return "FF" + rgb.replace(/^#/, "").toUpperCase();
}

/** One ExcelJS style object per model style, shared by every cell that uses it. */
export function excelStyle(s: CellStyle): Partial<Style> {
  // Every font named and sized: a reader shows an unnamed font in its own default (often a serif).
  const font: Partial<Font> = {
    name: s.fontName ?? DEFAULT_FONT,
    size: s.fontSize ?? 11,
    family: 2,
  };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.color !== undefined) font.color = { argb: argb(s.color) };
  const alignment: Partial<Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.hAlign !== undefined) alignment.horizontal = s.hAlign;
  if (s.vAlign !== undefined) alignment.vertical = s.vAlign;
  const style: Partial<Style> = {};
  style.font = font;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (s.border) style.border = BORDER;
  if (s.fill !== undefined) {
    const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    style.fill = fill;
  }
  if (s.numberFormat !== undefined) style.numFmt = s.numberFormat;
  return style;
}

/** A model cell's style and value onto an ExcelJS cell (an empty string is written as no value). */
export function fillCell(cell: Cell, c: ModelCell, styles: readonly Partial<Style>[]): void {
  if (c.style !== undefined) cell.style = styles[c.style] ?? {};
  if (c.value !== null && c.value !== "") cell.value = c.value;
}

/** The model's print setup: A4, orientation, fit to one page wide, margins, title rows repeated on every page. */
export function excelPageSetup(p: PrintSetup): Partial<PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    ...(p.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(p.repeatRows
      ? { printTitlesRow: `${p.repeatRows.top + 1}:${p.repeatRows.bottom + 1}` }
      : {}),
  };
}

/** The model's footer (page numbers) as ExcelJS's header/footer settings; none without one. */
export function excelHeaderFooter(p: PrintSetup): { oddFooter: string } | undefined {
  return p.footer !== undefined ? { oddFooter: p.footer } : undefined;
}

/** The frozen header rows as a sheet view; none when the model freezes nothing. */
export function excelViews(model: SheetModel): Partial<WorksheetView>[] {
  return model.freezeRows !== undefined && model.freezeRows > 0
    ? [
        {
          state: "frozen",
          xSplit: 0,
          ySplit: model.freezeRows,
          topLeftCell: a1(model.freezeRows, 0),
        },
      ]
    : [];
}

/** A data bar over values 0–100, as a conditional format (`priority`: 1 for the sheet's first rule). */
export function excelDataBar(bar: DataBar, priority: number): ConditionalFormattingOptions {
  return {
    ref: rangeA1(bar.top, bar.col, bar.bottom, bar.col),
    rules: [
      {
        type: "dataBar",
        priority,
        gradient: true,
        cfvo: [
          { type: "num", value: 0 },
          { type: "num", value: 100 },
        ],
        // `color` is read by ExcelJS's writer but missing from its typings.
        ...({ color: { argb: argb(bar.color) } } as object),
      },
    ],
  } as ConditionalFormattingOptions;
}

/** `'Sheet name'!$A$3`, quoting as Excel does. */
export function sheetReference(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!$${columnLetter(col)}$${row + 1}`;
}

/** A list written inline when Excel allows it, else as a range of cells in a hidden column. */
function listFormula(ws: Worksheet, v: ListValidation, spareCol: number): string {
  const inline = v.values.join(",");
  const safe = v.values.every((x) => !x.includes(",") && !x.includes('"'));
  if (safe && inline.length <= INLINE_LIST_MAX) return `"${inline}"`;
  v.values.forEach((x, i) => {
    ws.getCell(i + 1, spareCol + 1).value = x;
  });
  ws.getColumn(spareCol + 1).hidden = true;
  const col = columnLetter(spareCol);
  return `$${col}$1:$${col}$${v.values.length}`;
}

/** ExcelJS keeps validations per address or range; its typings omit the collection. */
function dataValidations(ws: Worksheet): {
  add(address: string, validation: DataValidation): void;
} {
  return (
    ws as unknown as { dataValidations: { add(address: string, validation: DataValidation): void } }
  ).dataValidations;
}

/** Render a model onto a fresh worksheet. */
export function renderModel(wb: Workbook, ws: Worksheet, model: SheetModel): void {
  const styles = model.styles.map(excelStyle);
  for (const c of model.cells) fillCell(ws.getCell(c.row + 1, c.col + 1), c, styles);
  for (const m of model.merges) {
    if (m.bottom > m.top || m.right > m.left)
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  model.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [row, h] of Object.entries(rowHeightsOf(model))) ws.getRow(Number(row) + 1).height = h;

  ws.pageSetup = excelPageSetup(model.print);
  const footer = excelHeaderFooter(model.print);
  if (footer !== undefined) ws.headerFooter = footer;
  // ExcelJS's break follows the row it is added to: the row above the one that starts the page. The
  // last column is given: ExcelJS's default (16838) is past Excel's last column (16384, `max` 16383).
  for (const r of model.print.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak(0, 16384);
  for (const c of model.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  const views = excelViews(model);
  if (views.length > 0) ws.views = views;

  let spareCol = modelExtent(model).cols + 1;
  for (const v of model.validations ?? []) {
    const formula = listFormula(ws, v, spareCol);
    if (!formula.startsWith('"')) spareCol++;
    const dv: DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: v.errorStyle,
      errorTitle: v.errorTitle,
      error: v.errorMessage,
    };
    dataValidations(ws).add(rangeA1(v.top, v.col, v.bottom, v.col), dv);
  }
  (model.dataBars ?? []).forEach((bar, i) => ws.addConditionalFormatting(excelDataBar(bar, i + 1)));
  for (const n of model.names ?? [])
    wb.definedNames.add(sheetReference(model.name, n.row, n.col), n.name);
  for (const l of model.links ?? []) {
    const cell = ws.getCell(l.row + 1, l.col + 1);
    cell.value = {
      text:
        typeof cell.value === "string" || typeof cell.value === "number" ? String(cell.value) : "",
      hyperlink: `#${quoteSheetName(l.sheet)}!${l.cell}`,
    };
  }
  if (model.table) addTable(ws, model);
}

/** An Excel table over the model's range; header cells become the column names (unique, as Excel requires). */
function addTable(ws: Worksheet, model: SheetModel): void {
  const t = model.table!;
  const used = new Set<string>();
  const columns: { name: string }[] = [];
  for (let c = t.left; c <= t.right; c++) {
    const v = ws.getCell(t.top + 1, c + 1).value;
    let name = typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
    if (name === "") name = `${c + 1}`;
    const unique = uniqueName(name, used, { max: 255, suffix: (k) => ` ${k}` });
    used.add(unique);
    columns.push({ name: unique });
  }
  const rows: (string | number | null)[][] = [];
  for (let r = t.top + 1; r <= t.bottom; r++) {
    const row: (string | number | null)[] = [];
    for (let c = t.left; c <= t.right; c++) {
      const v = ws.getCell(r + 1, c + 1).value;
      row.push(typeof v === "string" || typeof v === "number" ? v : null);
    }
    rows.push(row);
  }
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: a1(t.top, t.left),
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns,
    rows,
  });
}
