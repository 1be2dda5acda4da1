/** Item numbers: natural order and the compressed form `3-5, 9, 12` (SPEC "Figures"). */

/** Whether `s` is all ASCII digits (and not empty). */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Compare two digit strings as numbers, without converting them (`007` = `7`, any length). */
function compareDigits(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length - 1 && a.charCodeAt(i) === 48) i++;
  while (j < b.length - 1 && b.charCodeAt(j) === 48) j++;
  const la = a.length - i;
  const lb = b.length - j;
  if (la !== lb) return la - lb;
  for (; i < a.length; i++, j++) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d !== 0) return d;
  }
  return 0;
}

/** Compare item numbers naturally: `2` < `10`, `1.2` < `1.10`, text after numbers. */
export function compareItems(a: string, b: string): number {
  // Whole numbers are by far the most common ids (the 444-р plan numbers its items 1–334).
  if (isDigits(a) && isDigits(b)) return compareDigits(a, b);
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (Number.isNaN(nx) !== Number.isNaN(ny)) {
      return Number.isNaN(nx) ? 1 : -1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

/**
 * Unique item numbers in natural order. Input already strictly in order (the usual case) is
 * returned as a copy, without hashing or sorting.
 */
export function sortItems(items: Iterable<string>): string[] {
  const list = Array.isArray(items) ? (items as string[]) : [...items];
  let ordered = true;
  for (let i = 1; i < list.length && ordered; i++) ordered = compareItems(list[i - 1], list[i]) < 0;
  if (ordered) return list.slice();
  return [...new Set(list)].sort(compareItems);
}

/**
 * `["3","4","5","9","12"]` → `3-5, 9, 12`. Runs of consecutive whole numbers (three or more) become
 * ranges; other ids (`1.2`) are listed as they are. Input is sorted first.
 */
export function compressItems(items: Iterable<string>): string {
  const sorted = sortItems(items).filter((s) => s !== "");
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i];
    if (/^\d+$/.test(start)) {
      let j = i;
      while (
        j + 1 < sorted.length &&
        /^\d+$/.test(sorted[j + 1]) &&
        Number(sorted[j + 1]) === Number(sorted[j]) + 1
      )
        j++;
      if (j - i >= 2) {
        parts.push(`${start}-${sorted[j]}`);
        i = j + 1;
        continue;
      }
      if (j - i === 1) {
        parts.push(start, sorted[j]);
        i = j + 1;
        continue;
      }
    }
    parts.push(start);
    i++;
  }
  return parts.join(", ");
}
