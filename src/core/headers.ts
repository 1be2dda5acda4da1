/**
 * Header wordings matched the same way everywhere a table is found by its headers (Table 1, the
 * group workbook's sheets): a trailing `*` makes the last word a stem (`мероприяти*` matches
 * `мероприятия`); otherwise the header must start with the whole phrase, followed by the end or by
 * more words (`Статус (чара аткарылды же …)`). Keys are tried in the order given, so the more
 * specific wordings come first.
 */
import { normalize } from "./normalize";

export interface Wording {
  readonly text: string;
  readonly stem: boolean;
}

export type Wordings<K> = readonly (readonly [K, readonly Wording[]])[];

/** Normalise a table of wordings once, at module load. */
export function compileWordings<K>(
  table: readonly (readonly [K, readonly string[]])[]
): Wordings<K> {
  return table.map(([key, list]) => [
    key,
    list.map((w) =>
      w.endsWith("*")
        ? { text: normalize(w.slice(0, -1)), stem: true }
        : { text: normalize(w), stem: false }
    ),
  ]);
}

/** The key whose wording a normalised header starts with, or null. */
export function matchWordings<K>(normalisedHeader: string, wordings: Wordings<K>): K | null {
  const h = normalisedHeader;
  if (h === "") return null;
  for (const [key, list] of wordings) {
    for (const w of list) {
      if (h === w.text) return key;
      if (!h.startsWith(w.text)) continue;
      const next = h.charAt(w.text.length);
      if (next === " " || w.stem) return key;
    }
  }
  return null;
}
