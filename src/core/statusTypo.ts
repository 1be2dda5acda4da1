/**
 * SPEC "Status" Rule: a core word with one letter doubled, dropped, swapped or replaced (`аткарлды`,
 * `выполненно`) is read as that word, with the warning `status-typo`, when no other vocabulary word
 * is as close — or every word as close reads the same (`completd`: `completed` or `complete`).
 *
 * Only words long enough to be unambiguous are corrected (the word as typed at least 5 letters,
 * the vocabulary word at least 6), on folded text. The vocabulary holds every word of the status
 * dictionaries and the negative forms of the Kyrgyz verbs, so a mistyped negative
 * (`аткарылбды`: one letter from `аткарылбады` and from `аткарылды`) has two neighbours and is
 * never read as the positive.
 */
import { expand, normalize, oneEditApart } from "./normalize";

export const MIN_TYPED = 5;
export const MIN_WORD = 6;

export class TypoVocabulary {
  /** Folded word → the word as the dictionary writes it (Kyrgyz letters kept). */
  private readonly words = new Map<string, string>();
  /** Folded words by length. */
  private readonly byLength = new Map<number, string[]>();

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      for (const variant of expand(p)) {
        for (const raw of variant.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
          const w = normalize(raw);
          if (w === "" || this.words.has(w)) continue;
          this.words.set(w, raw);
          const list = this.byLength.get(w.length) ?? [];
          list.push(w);
          this.byLength.set(w.length, list);
        }
      }
    }
  }

  has(folded: string): boolean {
    return this.words.has(folded);
  }

  /**
   * The vocabulary words (as the dictionary writes them) a single edit away from `folded`; none
   * for a short word or a vocabulary word.
   */
  neighbours(folded: string): string[] {
    if (folded.length < MIN_TYPED || this.words.has(folded)) return [];
    const found: string[] = [];
    for (let len = folded.length - 1; len <= folded.length + 1; len++) {
      if (len < MIN_WORD) continue;
      for (const w of this.byLength.get(len) ?? [])
        if (oneEditApart(folded, w)) found.push(this.words.get(w)!);
    }
    return found;
  }
}
