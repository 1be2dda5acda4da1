/**
 * Text normalisation for matching wordings typed by hand (SPEC "Status": normalise first).
 *
 * - lower case;
 * - Latin look-alikes (a c e o p x y k m t h b i) folded to Cyrillic, so `Aткарылды` typed with a
 *   Latin `A` still matches;
 * - Kyrgyz letters typed without a Kyrgyz keyboard folded (ө→о, ү→у, ң→н, and the stand-ins people
 *   type for them: ö ӧ ø ɵ θ, ü ӱ ұ ў ÿ, ñ ҥ ӈ ӊ); ё→е;
 * - every other character that is not a letter or digit separates words; a run of separators is
 *   one space. Sentence breaks (. ; ! ? line break) are remembered, so a qualifier after a full stop
 *   is not read as part of the leading phrase.
 *
 * Matching runs on every status cell, so it works on character codes through lookup tables and a
 * character trie: no lower-casing of whole strings, no allocation per cell.
 */

/** Folded code of a separator. */
const SEP = 32;
/** Folded code of a sentence break. */
const BREAK = 124;
const TABLE_SIZE = 0x530;
/** code → folded code (a lower-case letter or digit), SEP or BREAK. Codes beyond the table are separators. */
const FOLDED = new Uint16Array(TABLE_SIZE);

const LOOKALIKES: Record<string, string> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", t: "т", h: "н", b: "в", i: "і",
};
const KYRGYZ: Record<string, string> = {
  ө: "о", ö: "о", ӧ: "о", ø: "о", ɵ: "о", θ: "о",
  ү: "у", ü: "у", ӱ: "у", ұ: "у", ў: "у", ÿ: "у",
  ң: "н", ñ: "н", ҥ: "н", ӈ: "н", ӊ: "н",
  ё: "е",
};

function isLetterOrDigit(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  if (!isLetterOrDigit(ch)) {
    FOLDED[code] = ".;!?\n\r".includes(ch) ? BREAK : SEP;
    continue;
  }
  let lower = ch.toLowerCase();
  if (lower.length !== 1) lower = ch;
  lower = LOOKALIKES[lower] ?? KYRGYZ[lower] ?? lower;
  FOLDED[code] = lower.charCodeAt(0);
}

/** Folded code of one character code: a lower-case letter or digit, or SEP / BREAK. */
export function foldCode(code: number): number {
  return code < TABLE_SIZE ? FOLDED[code] : code === 0x2116 ? 0x2116 : SEP; // keep `№`
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

/** Position after the separators at `pos`, and whether a sentence break was among them. */
export function skipSeparators(text: string, pos: number): { pos: number; sawBreak: boolean } {
  let sawBreak = false;
  let i = pos;
  for (; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === BREAK) sawBreak = true;
    else if (f !== SEP) break;
  }
  return { pos: i, sawBreak };
}

/**
 * A dictionary of phrases matched at a position of raw text, character by character through the
 * folding table: the longest phrase that ends on a word boundary wins.
 */
export class PhraseTrie<T> {
  /** children[node] maps a folded code (or SEP for a word gap) to the child node. */
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly values: (T | undefined)[] = [undefined];

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    for (const variant of expand(phrase)) {
      const n = normalize(variant);
      if (n === "") continue;
      let node = 0;
      for (let i = 0; i < n.length; i++) {
        const code = n.charCodeAt(i) === 32 ? SEP : n.charCodeAt(i);
        let next = this.children[node].get(code);
        if (next === undefined) {
          next = this.children.length;
          this.children.push(new Map());
          this.values.push(undefined);
          this.children[node].set(code, next);
        }
        node = next;
      }
      if (this.values[node] === undefined) this.values[node] = value;
    }
  }

  /**
   * The longest phrase starting at `pos` of `text` (which must be at a word start) and ending on a
   * word boundary: its value and the position just after it. A sentence break inside stops it.
   */
  match(text: string, pos: number): { value: T; end: number } | null {
    let node = 0;
    let best: { value: T; end: number } | null = null;
    let i = pos;
    const len = text.length;
    while (i < len) {
      const f = foldCode(text.charCodeAt(i));
      if (f === SEP || f === BREAK) {
        // Word boundary: the phrase so far may end here.
        const v = this.values[node];
        if (v !== undefined) best = { value: v, end: i };
        if (f === BREAK) return best;
        const next = this.children[node].get(SEP);
        if (next === undefined) return best;
        node = next;
        // Collapse the run of separators; a sentence break inside ends the phrase.
        while (i < len) {
          const g = foldCode(text.charCodeAt(i));
          if (g === BREAK) return best;
          if (g !== SEP) break;
          i++;
        }
        continue;
      }
      const next = this.children[node].get(f);
      if (next === undefined) return best;
      node = next;
      i++;
    }
    const v = this.values[node];
    return v !== undefined ? { value: v, end: i } : best;
  }
}
