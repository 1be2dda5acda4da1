/**
 * The printed page as every writer sets it up (A4, the same margins, one page wide) and what follows
 * from it for a sheet model: the print scale that fits its columns on the page width, and how many
 * points of rows a page holds at that scale — so the core can place page breaks itself (SPEC "Annex
 * 2": a task merged over a page break is shown again on the next page) and every writer (the package
 * writer, ExcelJS, the Office adapter) prints the same pages.
 */
import type { SheetModel } from "./sheetModel";
import { modelExtent } from "./sheetModel";

/** Page numbers, centred in the footer: `3 / 12` (Excel's header/footer codes). */
export const PAGE_NUMBER_FOOTER = "&C&P / &N";

/** What of a model decides how it prints. */
export type PrintedModel = Pick<
  SheetModel,
  "columnWidths" | "hiddenColumns" | "print" | "cells" | "merges"
>;

/** A4 in points (210 × 297 mm). */
export const A4_POINTS = { short: 595.28, long: 841.89 } as const;
/** The margins every writer uses, in inches (the footer with the page numbers sits in the bottom margin). */
export const PRINT_MARGINS_INCHES = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.5,
  header: 0.3,
  footer: 0.3,
} as const;

/** Excel's default column width (8.43 characters of Calibri 11: 64 px, 48 pt). */
const DEFAULT_COLUMN_CHARS = 8.43;

/**
 * A column width in characters (the file's width) → points. Excel's formula for the default font
 * (Calibri 11, maximum digit width 7 px): pixels = trunc(((256·w + trunc(128/7)) / 256) · 7);
 * points = pixels · 0.75.
 */
export function widthToPoints(chars: number): number {
  const mdw = 7;
  const px = Math.trunc(((256 * chars + Math.trunc(128 / mdw)) / 256) * mdw);
  return px * 0.75;
}

/**
 * The print scale (percent) that fits the model's columns on one page width — what "fit to 1 page
 * wide" computes for these fixed widths. Between Excel's limits 10 and 400, never above 100 (a
 * narrow sheet prints at its size).
 */
export function fitToWidthScale(model: PrintedModel): number {
  const { cols } = modelExtent(model);
  const hidden = new Set(model.hiddenColumns ?? []);
  let width = 0;
  for (let c = 0; c < cols; c++)
    if (!hidden.has(c)) width += widthToPoints(model.columnWidths[c] ?? DEFAULT_COLUMN_CHARS);
  const page = model.print.orientation === "landscape" ? A4_POINTS.long : A4_POINTS.short;
  const printable = page - (PRINT_MARGINS_INCHES.left + PRINT_MARGINS_INCHES.right) * 72;
  if (width <= 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((100 * printable) / width)));
}

/**
 * Points of the sheet's rows one printed page holds at the model's scale, with a reserve for the
 * programs that round row heights to whole pixels or their scale to a percent below ours, so a page
 * the core fills never gets an automatic break of the program's before the core's own. (LibreOffice
 * without Calibri measures columns in a wider font: its scale is smaller and its pages hold more.)
 */
export function pageRowPoints(model: PrintedModel): number {
  const page = model.print.orientation === "landscape" ? A4_POINTS.short : A4_POINTS.long;
  const printable = page - (PRINT_MARGINS_INCHES.top + PRINT_MARGINS_INCHES.bottom) * 72;
  const scale = model.print.fitToWidth ? fitToWidthScale(model) / 100 : 1;
  return Math.floor((printable / scale) * 0.97);
}
