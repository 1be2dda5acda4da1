/**
 * SPEC "Role of the reporting body": a body has a full name and an abbreviation (`Санариптик
 * өнүктүрүү министрлиги`, `МЦРИТ`); the official gives either, and the Annex 2 form prints the full
 * name as the plan writes it. The plan says both where it names the body as `Full name (ABBR)` in
 * an executors cell or another cell (a title row), or in its list of abbreviations (`МЦРИТ – Министерство цифрового развития…`,
 * as seed 002 ends); failing those, a full name's initials written as an abbreviation
 * (`Министерство цифрового развития и инновационных технологий` → `МЦРИТ`) are its abbreviation.
 */
import { normalize } from "./normalize";
import { splitExecutors } from "./role";

/** The reporting body's names. */
export interface Body {
  /** The full name, as the plan writes it when it does; else as given (an abbreviation when only that is known). */
  readonly fullName: string;
  /** The abbreviation, as the plan writes it when it does; null when none is known. */
  readonly abbreviation: string | null;
}

/** A single word of capitals and digits, maybe with a case ending: `МЦРИТ`, `ЖӨБ`, `МЭББнын` — or any one word. */
const ABBREVIATION = /^[\p{L}\p{N}«»"'.&-]{2,16}$/u;
/** An abbreviation written in capitals, and the capitals (without a case ending such as `МЦРИТке`). */
const CAPITALS = /^[«"]?(\p{Lu}[\p{Lu}\p{N}]+)\p{Ll}*[»"]?$/u;
/** Words not counted in initials. */
const SMALL_WORDS = new Set(
  ["и", "жана", "and", "of", "the", "for", "&", "по", "боюнча"].map(normalize)
);

/** One word, in capitals (`МЦРИТ`, `MDDIT`) or short (`мцрит`, `Финмин`). */
function isAbbreviation(s: string): boolean {
  const t = s.trim();
  if (!ABBREVIATION.test(t)) return false;
  return (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || t.replace(/[^\p{L}\p{N}]/gu, "").length <= 6;
}
const fold = (s: string): string => normalize(s);

/** `Full (ABBR)`, `ABBR (Full)`, `ABBR`, `Full`, `A|B`: the first full name and the first abbreviation given. */
export function givenBodyNames(given: string): {
  full: string | null;
  abbreviation: string | null;
} {
  let full: string | null = null;
  let abbreviation: string | null = null;
  const take = (s: string): void => {
    const t = s.trim();
    if (t === "") return;
    if (isAbbreviation(t)) abbreviation ??= t;
    else full ??= t;
  };
  for (const part of given.split("|")) {
    const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(part.trim());
    if (m !== null) {
      take(m[1]);
      take(m[2]);
    } else take(part);
  }
  return { full, abbreviation };
}

/** Initials of a full name in capitals: `Министерство цифрового развития и инновационных технологий` → `МЦРИТ`. */
export function initials(full: string): string {
  return full
    .split(/[\s\-–—/]+/)
    .filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(fold(w)))
    .map((w) => /\p{L}/u.exec(w)![0].toUpperCase())
    .join("");
}

/** `Full name (ABBR)` in an executor entry: the two as written, or null. */
function bracketed(entry: string): { full: string; abbreviation: string } | null {
  const m = /^(.*\S)\s*\(([^()]+)\)/.exec(entry.trim());
  if (m === null) return null;
  const [outer, inner] = [m[1].trim(), m[2].trim()];
  if (isAbbreviation(inner) && !isAbbreviation(outer)) return { full: outer, abbreviation: inner };
  if (isAbbreviation(outer) && !isAbbreviation(inner)) return { full: inner, abbreviation: outer };
  return null;
}

/** `МЦРИТ – Министерство …`, `МЦРИТ: …` — a line of a list of abbreviations. */
const GLOSSARY = /^\s*(\S{2,16})\s*[–—:-]\s*(\S.{4,}?)[\s.;,]*$/su;

/** Whether `written` names the same body as `full` (folded; the plan may add `Кыргыз Республикасынын` or a case ending). */
function sameFullName(written: string, full: string): boolean {
  const w = fold(written);
  const f = fold(full);
  return (
    w === f ||
    w.includes(f) ||
    (f.length > 8 && w.startsWith(f.slice(0, -3)) && Math.abs(w.length - f.length) <= 4)
  );
}

/** The capital part of an abbreviation (`МЦРИТке` → `МЦРИТ`), folded. */
function abbreviationKey(word: string): string {
  const m = CAPITALS.exec(word.trim());
  return fold(m !== null ? m[1] : word);
}

/**
 * The reporting body as the plan writes it (SPEC Rule), from the name the official gave and the
 * plan's executors cells; `otherCells` (any other text of the workbook, read only when needed) may
 * hold its list of abbreviations.
 */
export function resolveBody(
  given: string,
  executorCells: Iterable<string>,
  otherCells: () => Iterable<string> = () => []
): Body {
  const names = givenBodyNames(given);
  const givenAbbr = names.abbreviation === null ? null : abbreviationKey(names.abbreviation);
  const abbreviationOfFull = names.full === null ? null : fold(initials(names.full));
  let writtenAbbr: string | null = null;
  let writtenFull: string | null = null;
  let initialsWritten: string | null = null;
  // `Full name (ABBR)` naming the body given.
  const bracketMatch = (text: string): Body | null => {
    const b = bracketed(text);
    if (b === null) return null;
    const named =
      (givenAbbr !== null && abbreviationKey(b.abbreviation) === givenAbbr) ||
      (names.full !== null && sameFullName(b.full, names.full));
    return named ? { fullName: b.full, abbreviation: b.abbreviation } : null;
  };
  const entries: string[] = [];
  for (const cell of executorCells) entries.push(...splitExecutors(cell));
  for (const e of entries) {
    const both = bracketMatch(e);
    if (both !== null) return both;
    for (const word of e.split(/[\s,;()]+/)) {
      if (!CAPITALS.test(word)) continue;
      const key = abbreviationKey(word);
      if (givenAbbr !== null && key === givenAbbr) writtenAbbr ??= CAPITALS.exec(word)![1];
      if (
        abbreviationOfFull !== null &&
        abbreviationOfFull.length >= 2 &&
        key === abbreviationOfFull
      )
        initialsWritten ??= CAPITALS.exec(word)![1];
    }
    if (names.full !== null && writtenFull === null && fold(e) === fold(names.full))
      writtenFull = e;
  }
  for (const cell of otherCells()) {
    if (cell.length > 400) continue;
    // A title row naming the body as `Full name (ABBR)`, as the bundled Table 1 does.
    const both = bracketMatch(cell);
    if (both !== null) return both;
    const m = GLOSSARY.exec(cell);
    if (m === null || !isAbbreviation(m[1])) continue;
    if (givenAbbr !== null && abbreviationKey(m[1]) === givenAbbr)
      return { fullName: m[2].trim(), abbreviation: writtenAbbr ?? m[1] };
    if (names.full !== null && sameFullName(m[2], names.full))
      return { fullName: writtenFull ?? names.full, abbreviation: m[1] };
  }
  if (names.full !== null)
    return {
      fullName: writtenFull ?? names.full,
      abbreviation: names.abbreviation ?? initialsWritten,
    };
  return {
    fullName: writtenAbbr ?? names.abbreviation ?? given.trim(),
    abbreviation: writtenAbbr ?? names.abbreviation,
  };
}

/** The names the body goes by, for matching executors: what was given and what the plan adds (`A|B`, see `bodyAliases`). */
export function bodyQuery(given: string, body: Body): string {
  return [given, body.fullName, body.abbreviation]
    .filter((s): s is string => s !== null && s.trim() !== "")
    .join("|");
}
