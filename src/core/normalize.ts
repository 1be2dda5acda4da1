/**
 * Text normalisation for matching wordings typed by hand (SPEC "Status": normalise first).
 *
 * - lower case;
 * - Latin look-alikes (a c e o p x y k m t h b i) folded to Cyrillic, so `Aткарылды` typed with a
 *   Latin `A` still matches;
 * - Kyrgyz letters typed without a Kyrgyz keyboard folded (ө→о, ү→у, ң→н, and the stand-ins people
 *   type for them: ö ӧ ø ɵ θ, ü ӱ ұ ў ÿ, ñ ҥ ӈ ӊ); ё→е;
 * - every other character that is not a letter or digit separates words; a run of separators is
 *   one space. Sentence breaks (. ; ! ?) are remembered, so a qualifier after a full stop is not read
 *   as part of the leading phrase. A line break is only a separator: officials break lines inside a
 *   phrase to fit a narrow column (`В процессе⏎исполнения`);
 * - invisible characters pasted from the web or Word (soft hyphen, zero-width space, BOM) are
 *   ignored, so they do not split a word.
 *
 * Matching runs on every status cell, so it works on character codes through lookup tables and a
 * character trie: no lower-casing of whole strings, no allocation per cell.
 */

/** Folded code of a separator. */
const SEP = 32;
/** Folded code of a sentence break. */
const BREAK = 124;
/** Folded code of a character that is skipped altogether (soft hyphen, zero-width space). */
const IGNORE = 0;
const TABLE_SIZE = 0x530;
/** code → folded code (a lower-case letter or digit), SEP or BREAK. Codes beyond the table are separators. */
const FOLDED = new Uint16Array(TABLE_SIZE);

const LOOKALIKES: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  h: "н",
  b: "в",
  i: "і",
};
const KYRGYZ: Record<string, string> = {
  ө: "о",
  ö: "о",
  ӧ: "о",
  ø: "о",
  ɵ: "о",
  θ: "о",
  ү: "у",
  ü: "у",
  ӱ: "у",
  ұ: "у",
  ў: "у",
  ÿ: "у",
  ң: "н",
  ñ: "н",
  ҥ: "н",
  ӈ: "н",
  ӊ: "н",
  ё: "е",
  // The old Cyrillic fita, a common stand-in for ө in fonts and keyboards without it.
  ѳ: "о",
};

function isLetterOrDigit(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  if (code === 0xad) {
    FOLDED[code] = IGNORE;
    continue;
  }
  if (!isLetterOrDigit(ch)) {
    FOLDED[code] = ".;!?".includes(ch) ? BREAK : SEP;
    continue;
  }
  let lower = ch.toLowerCase();
  if (lower.length !== 1) lower = ch;
  lower = LOOKALIKES[lower] ?? KYRGYZ[lower] ?? lower;
  FOLDED[code] = lower.charCodeAt(0);
}

/** Folded code of one character code: a lower-case letter or digit, or SEP / BREAK / IGNORE. */
export function foldCode(code: number): number {
  if (code < TABLE_SIZE) return FOLDED[code];
  if (code === 0x2116) return 0x2116; // keep `№`
  // Zero-width space / non-joiner / joiner, word joiner, BOM.
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return IGNORE;
  return SEP;
}

/**
 * Normalised text: folded letters and digits, words separated by single spaces, sentence breaks
 * dropped. For header and vocabulary matching, where speed does not matter.
 */
export function normalize(text: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === IGNORE) continue;
    if (f === SEP || f === BREAK) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += String.fromCharCode(f);
  }
  return out;
}

/** Normalised words of `text`. */
export function words(text: string): string[] {
  const n = normalize(text);
  return n === "" ? [] : n.split(" ");
}

/**
 * Expand `{a,b}` alternatives: `исполнен{о,а,}` → `исполнено`, `исполнена`, `исполнен`.
 * Vocabularies stay readable while covering grammatical forms.
 */
export function expand(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const head = pattern.slice(0, m.index);
  const tail = pattern.slice(m.index + m[0].length);
  return m[1].split(",").flatMap((alt) => expand(head + alt + tail));
}

/** Position after the separators (and sentence breaks) at `pos`. */
export function skipSeparators(text: string, pos: number): number {
  let i = pos;
  for (; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f !== SEP && f !== BREAK && f !== IGNORE) break;
  }
  return i;
}

/** Whether two words differ by one letter doubled, dropped, added, replaced, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // Replaced, or swapped with the next letter.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Position after the letters and digits of the word at `pos` (soft hyphens and zero-width spaces inside it too). */
export function wordEnd(text: string, pos: number): number {
  let i = pos;
  for (; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === SEP || f === BREAK) break;
  }
  return i;
}

/** Whether a sentence break (`.`, `;`, `!`, `?`) lies between `from` and `to`. */
export function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (foldCode(text.charCodeAt(i)) === BREAK) return true;
  return false;
}

/** Column codes of the dense transition table, besides real letter columns (> 0). */
const COL_SEP = 0;
const COL_IGNORE = -1;
const COL_BREAK = -2;
/** A letter or digit that no phrase of this dictionary contains. */
const COL_NONE = -3;

/** A trie compiled for matching (see {@link PhraseTrie}). */
interface Compiled {
  /** Raw character code (< TABLE_SIZE) → column, or COL_SEP / COL_IGNORE / COL_BREAK / COL_NONE. */
  readonly columnOf: Int16Array;
  readonly width: number;
  /** Per node: 0 no child; > 0 its only child and column packed as `child << 8 | column`; < 0 −(row + 1) in `dense`. */
  readonly link: Int32Array;
  /** Rows of `width` children (0 = none) for the nodes with several children. */
  readonly dense: Int32Array;
  /** Per node: 1 when a stem (`word*`) ends there. */
  readonly stem: Uint8Array;
  /** Folded code → column, for characters beyond the raw table. */
  readonly folded: Map<number, number>;
}

/** The child of `node` along column `col`, or 0. */
function follow(t: Compiled, node: number, col: number): number {
  const k = t.link[node];
  if (k > 0) return (k & 255) === col ? k >> 8 : 0;
  return k < 0 ? t.dense[(-k - 1) * t.width + col] : 0;
}

/**
 * A dictionary of phrases matched at a position of raw text, character by character through the
 * folding table: the longest phrase that ends on a word boundary wins.
 *
 * Phrases are collected in a small map-based trie; on the first match it is compiled into typed
 * arrays: a table from raw character code to column, one packed link per node for the (many)
 * nodes with a single child, and a dense row per branching node. A few kilobytes in all, so it
 * stays in the CPU cache while a million cells stream past; matching a cell costs a couple of
 * array reads per character and no allocation.
 */
export class PhraseTrie<T> {
  /** While adding: edges[node] maps a folded code (or SEP for a word gap) to the child node. */
  private readonly edges: Map<number, number>[] = [new Map()];
  private readonly values: (T | undefined)[] = [undefined];
  /** Values of stems (`phrase*`: the last word may go on with any letters), per node. */
  private readonly stems: (T | undefined)[] = [undefined];
  private compiled: Compiled | null = null;
  /** The value of the phrase found by the last {@link matchEnd} that found one. */
  lastValue: T | undefined = undefined;

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  /** Add a phrase (`{a,b}` alternatives); a trailing `*` makes its last word a stem (`перенес*`). */
  add(phrase: string, value: T): void {
    this.compiled = null;
    for (const variant of expand(phrase)) {
      const stem = variant.endsWith("*");
      const n = normalize(stem ? variant.slice(0, -1) : variant);
      if (n === "") continue;
      let node = 0;
      for (let i = 0; i < n.length; i++) {
        const code = n.charCodeAt(i);
        let next = this.edges[node].get(code);
        if (next === undefined) {
          next = this.edges.length;
          this.edges.push(new Map());
          this.values.push(undefined);
          this.stems.push(undefined);
          this.edges[node].set(code, next);
        }
        node = next;
      }
      if (stem) {
        if (this.stems[node] === undefined) this.stems[node] = value;
      } else if (this.values[node] === undefined) this.values[node] = value;
    }
  }

  private compile(): Compiled {
    // Column 0 is the word gap; every folded letter the phrases use gets its own column.
    const folded = new Map<number, number>();
    for (const e of this.edges)
      for (const code of e.keys())
        if (code !== SEP && !folded.has(code)) folded.set(code, folded.size + 1);
    const width = folded.size + 1;
    const col = (code: number): number => (code === SEP ? COL_SEP : folded.get(code)!);
    // Most nodes have one child (a phrase spelled letter by letter): `link` packs it with its
    // column; only branching nodes get a row of the dense table.
    const link = new Int32Array(this.edges.length);
    const branching = this.edges.filter((e) => e.size > 1 || width > 255).length;
    const dense = new Int32Array(branching * width);
    let rows = 0;
    this.edges.forEach((e, node) => {
      if (e.size === 1 && width <= 255) {
        const [[code, child]] = e;
        link[node] = (child << 8) | col(code);
      } else if (e.size > 0) {
        const row = rows++;
        link[node] = -(row + 1);
        e.forEach((child, code) => (dense[row * width + col(code)] = child));
      }
    });
    const columnOf = new Int16Array(TABLE_SIZE);
    for (let code = 0; code < TABLE_SIZE; code++)
      columnOf[code] = this.column(foldCode(code), folded);
    const stem = new Uint8Array(this.edges.length);
    this.stems.forEach((v, node) => (stem[node] = v === undefined ? 0 : 1));
    this.compiled = { columnOf, width, link, dense, folded, stem };
    return this.compiled;
  }

  private column(f: number, folded: Map<number, number>): number {
    if (f === SEP) return COL_SEP;
    if (f === BREAK) return COL_BREAK;
    if (f === IGNORE) return COL_IGNORE;
    return folded.get(f) ?? COL_NONE;
  }

  /**
   * The longest phrase starting at `pos` of `text` (which must be at a word start) and ending on a
   * word boundary: its value and the position just after it. A sentence break inside stops it. A
   * stem matches up to the end of the word it starts; a longer phrase through it (a whole word, or a
   * longer stem) wins.
   */
  match(text: string, pos: number): { value: T; end: number } | null {
    const end = this.matchEnd(text, pos);
    return end < 0 ? null : { value: this.lastValue as T, end };
  }

  /** Like {@link match} without allocating: the end position (or -1); the value is left in {@link lastValue}. */
  matchEnd(text: string, pos: number): number {
    const t = this.compiled ?? this.compile();
    const columnOf = t.columnOf;
    const values = this.values;
    const len = text.length;
    let node = 0;
    let bestEnd = -1;
    let bestNode = 0;
    let bestStem = false;
    let i = pos;
    while (i < len) {
      const code = text.charCodeAt(i);
      const col = code < TABLE_SIZE ? columnOf[code] : this.column(foldCode(code), t.folded);
      if (col > 0) {
        node = follow(t, node, col);
        if (node === 0) break;
        i++;
        if (t.stem[node] === 1) {
          bestEnd = wordEnd(text, i);
          bestNode = node;
          bestStem = true;
        }
        continue;
      }
      if (col === COL_IGNORE) {
        i++;
        continue;
      }
      if (col === COL_NONE) break;
      // A word boundary: the phrase so far may end here.
      if (values[node] !== undefined) {
        bestEnd = i;
        bestNode = node;
        bestStem = false;
      }
      if (col === COL_BREAK) break;
      node = follow(t, node, COL_SEP);
      if (node === 0) break;
      // Collapse the run of separators; a sentence break inside ends the phrase.
      for (i++; i < len; i++) {
        const c = text.charCodeAt(i);
        const g = c < TABLE_SIZE ? columnOf[c] : this.column(foldCode(c), t.folded);
        if (g === COL_BREAK) {
          node = 0;
          break;
        }
        if (g !== COL_SEP && g !== COL_IGNORE) break;
      }
      if (node === 0) break;
    }
    if (i >= len && node !== 0 && values[node] !== undefined) {
      bestEnd = len;
      bestNode = node;
      bestStem = false;
    }
    if (bestEnd < 0) return -1;
    this.lastValue = bestStem ? this.stems[bestNode] : values[bestNode];
    return bestEnd;
  }
}
