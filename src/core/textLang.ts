/**
 * The language a workbook's texts are written in (ky, ru or en), for the consolidated item sheet,
 * which shows every measure in one language (issue 8): the sheet's when a body's workbook has it,
 * else the lead executor's. Latin letters are English; Cyrillic with the letters only Kyrgyz has
 * (ө, ү, ң) is Kyrgyz, Cyrillic without them Russian — measured over many texts together, so one
 * Russian loanword in a Kyrgyz plan, or a Kyrgyz name in a Russian one, does not decide.
 */
import type { Lang, Measure, TableLayout } from "./types";

/**
 * Kyrgyz letters per Cyrillic letter from which texts are Kyrgyz: Kyrgyz prose has ө, ү, ң in 5–15 %
 * of its letters, Russian none but in a quoted Kyrgyz name (`«Түндүк»`).
 */
const KYRGYZ_SHARE = 0.03;

/** The language of the texts together, or null when they hold too few letters to tell. */
export function textLang(texts: Iterable<string>): Lang | null {
  let latin = 0;
  let cyrillic = 0;
  let kyrgyz = 0;
  for (const t of texts) {
    for (const ch of t.toLowerCase()) {
      if (ch >= "a" && ch <= "z") latin++;
      else if (ch === "ө" || ch === "ү" || ch === "ң") {
        kyrgyz++;
        cyrillic++;
      } else if (ch >= "а" && ch <= "я") cyrillic++;
      else if (ch === "ё") cyrillic++;
    }
  }
  if (latin + cyrillic < 20) return null;
  if (latin > cyrillic) return "en";
  return kyrgyz / cyrillic >= KYRGYZ_SHARE ? "ky" : "ru";
}

/**
 * The language of one line — a plan's title or its approving act. A single line is too short for
 * the share above (an act names one `кеңешинин` among Cyrillic dates and numbers), but a Russian or
 * English title has no ө, ү, ң at all, so any of them makes it Kyrgyz; else Cyrillic is Russian,
 * Latin English, and a line of neither (`444`) is taken as Kyrgyz, the plans' own language.
 */
export function lineLang(text: string): Lang {
  if (/[өүң]/iu.test(text)) return "ky";
  if (/[а-яё]/iu.test(text)) return "ru";
  return /[a-z]/iu.test(text) ? "en" : "ky";
}

/**
 * The language Table 1 is written in: its headers and its measures' texts together (the first 200
 * are plenty), or null when they hold too few letters (an empty sheet). Drop-down lists offer the
 * wordings of this language, whatever the pane's (issue 8).
 */
export function tableLang(analysis: {
  readonly layout: TableLayout;
  readonly measures: readonly Measure[];
}): Lang | null {
  const texts: string[] = Object.values(analysis.layout.headers).filter(
    (h): h is string => typeof h === "string"
  );
  for (const m of analysis.measures.slice(0, 200)) texts.push(m.measure, m.statusText);
  return textLang(texts);
}
