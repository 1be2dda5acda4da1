/**
 * Number formats and date systems, for adapters that get a cell's serial number and its format code
 * instead of a date (the Office adapter: `Range.values` and `Range.numberFormat`).
 */
import type { SheetModel } from "./sheetModel";

/**
 * Does a number format code show a date or time? The same test the xlsx reader uses (ExcelJS's
 * `isDateFmt`): any of `y m d h s b` (and `M`) outside quoted text and `[…]` sections (colours,
 * conditions, locales, elapsed-time brackets are removed first).
 */
export function isDateNumberFormat(format: string | null | undefined): boolean {
  if (format === null || format === undefined || format === "") return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/**
 * Days between the 1900 and the 1904 date systems: serial n of a workbook in the 1904 system is the
 * day of serial n + 1462 in the 1900 system (support.microsoft.com, "Date systems in Excel").
 */
export const DATE_1904_OFFSET = 1462;

/**
 * The model as a workbook kept in the 1904 date system stores it: a model's dates are 1900-system
 * serials under a date format (`SheetModel`), so each such number becomes serial − 1462 and the
 * workbook shows the same day. Used by the adapters that write into the user's workbook (Office.js,
 * the package writer); a model without dates comes back as it is.
 */
export function modelIn1904System(model: SheetModel): SheetModel {
  const dated = model.styles.map((s) => isDateNumberFormat(s.numberFormat));
  if (!dated.includes(true)) return model;
  const cells = model.cells.map((c) =>
    typeof c.value === "number" && c.style !== undefined && dated[c.style]
      ? { ...c, value: c.value - DATE_1904_OFFSET }
      : c
  );
  return { ...model, cells };
}
