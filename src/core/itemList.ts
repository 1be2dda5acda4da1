/** Item numbers: natural order and the compressed form `3-5, 9, 12` (SPEC "Figures"). */

/** Compare item numbers naturally: `2` < `10`, `1.2` < `1.10`, text after numbers. */
export function compareItems(a: string, b: string): number {
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

/** Unique item numbers in natural order. Input already in order (the usual case) is not re-sorted. */
export function sortItems(items: Iterable<string>): string[] {
  const unique = [...new Set(items)];
  for (let i = 1; i < unique.length; i++) {
    if (compareItems(unique[i - 1], unique[i]) > 0) return unique.sort(compareItems);
  }
  return unique;
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
      while (j + 1 < sorted.length && /^\d+$/.test(sorted[j + 1]) && Number(sorted[j + 1]) === Number(sorted[j]) + 1) j++;
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
