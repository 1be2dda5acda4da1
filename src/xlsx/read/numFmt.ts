/**
 * Which cell styles show a number as a date: the style's number format (ECMA-376 Part 1 §18.8.30),
 * built-in or custom. A date format holds day, month, year, hour or second codes once quoted text,
 * escaped characters, fill and padding codes and bracketed sections (colours, locales, conditions)
 * are set aside; `DD.MM.YYYY` (LibreOffice) counts as much as `dd.mm.yyyy`.
 */

/** Built-in number formats that show dates or times (§18.8.30; 27–36 and 50–58 are the East Asian dates). */
function isBuiltInDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** A custom format code shows a date or a time. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h") // elapsed time
    .replace(/\[[^\]]*\]/g, "");
  if (/^\s*general\s*$/i.test(bare)) return false;
  return /[dmyhs]/i.test(bare.replace(/general/gi, ""));
}

/** Whether the format of number-format id `id` (custom formats by id in `custom`) is a date. */
export function isDateFormat(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  if (code !== undefined) return isDateFormatCode(code);
  return isBuiltInDate(id);
}
