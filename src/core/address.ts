/** A1 addresses from 0-based coordinates and back. */

/** `0 → A`, `25 → Z`, `26 → AA`. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `(11, 5) → F12`. */
export function a1(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

/** `F12 → { row: 11, col: 5 }`; null when the text is not an A1 cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** `A1:G40` for a 0-based inclusive rectangle. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** A sheet name quoted for a reference (`'2-тиркеме'`): always quoting is valid Excel syntax; `'` is doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
