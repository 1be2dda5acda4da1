/**
 * SPEC "Role of the reporting body".
 *
 * Rule — from the `role` column when present; else from `executors`: the first body named is the lead
 * executor, any later one a co-executor. The reporting body is given by name or abbreviation
 * (case-insensitive, whole token). Not found → warning `body-not-in-executors`, treated as lead.
 * No executors column and no role column → every measure is the body's as lead.
 *
 * Rule — a name matches an executor entry only as that entry's own name: a case ending on its last
 * word is allowed (`МЭББнын`), but a name in the genitive that goes on into another name is that
 * other, subordinate body (`Билим берүү министрлигинин Мектептер департаменти`); so is a body named
 * after `при` or an office noun (`Агентство при МЦРИТ`, `Департамент цифровизации МЦРИТ`) or before
 * `караштуу`/`алдындагы`. A line break inside a name is a space when the joined words form the
 * body's name (or the line ends in a genitive, or the next starts with `и`/`жана`); otherwise it
 * separates entries.
 */
import { normalize, PhraseTrie } from "./normalize";
import type { Role } from "./types";

const ROLE_WORDS = new PhraseTrie<Role>([
  ["негизги аткаруучу", "lead"],
  ["негизги", "lead"],
  ["башкы аткаруучу", "lead"],
  ["жооптуу аткаруучу", "lead"],
  ["основной {исполнитель,}", "lead"],
  ["головной {исполнитель,}", "lead"],
  ["ответственный {исполнитель,}", "lead"],
  ["lead{, executor}", "lead"],
  ["main{, executor}", "lead"],
  ["кошо аткаруучу", "co"],
  ["кошо", "co"],
  ["тең аткаруучу", "co"],
  ["тең", "co"],
  ["соисполнитель", "co"],
  ["со исполнитель", "co"],
  ["co{, executor}", "co"],
  ["coexecutor", "co"],
]);

/** The role a `role` cell states, or null when empty or unrecognised. */
export function classifyRole(text: string): Role | null {
  return ROLE_WORDS.match(text.trim(), 0)?.value ?? null;
}

/**
 * Kyrgyz case and possessive endings, folded (ө→о, ү→у): genitive `-нын/-дын/-тын…`, dative `-га/-ке…`,
 * locative `-да/-те…`, ablative `-дан/-тен…`, accusative `-ны/-ди…`, possessive `-сы/-и`, and their
 * combinations (`-сынын`, `-ндагы`). Officials write `МЭББнын`, `МЦРИТке`, `министрлигинин`.
 */
const KYRGYZ_ENDING =
  /^(?:с?[ыиуо]|н?[ыиуо]н|[нтд][ыиуо]н|[гк][аео]|н?[дт][аео](?:гы|ги|гу|н)?|н[аео]|н[дт][аео]н?|[нтд][ыиуо]|н[ыиуо]н|с[ыиуо]н[ыиуо]н|с[ыиуо]н[аео]|с[ыиуо]н[дт][аео]|ч[ыиуо]л[аео]р|л[аео]р(?:[дт][ыиуо]н|г[ао]|д[ао])?)$/;

interface NameToken {
  /** Folded word (see `normalize`). */
  readonly word: string;
  /** An abbreviation typed in capitals (`МЭББ`, `МЭББнын`): its capital part, folded; else null. */
  readonly abbr: string | null;
  /** Index of the bracket group the word is in (`(…)`, `[…]`), or -1 outside brackets. */
  readonly group: number;
}

/** Whether an executor-list word names the alias word, allowing a Kyrgyz case ending after it. */
function tokenMatches(token: NameToken, alias: string): boolean {
  const t = token.word;
  if (t === alias || token.abbr === alias) return true;
  return (
    alias.length >= 2 &&
    t.length > alias.length &&
    t.startsWith(alias) &&
    KYRGYZ_ENDING.test(t.slice(alias.length))
  );
}

/** Words of an entry, for whole-token matching, with the bracket group each is in. */
function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  let depth = 0;
  let groups = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\u00ad\u200b-\u200d]+|[([)\]]/gu)) {
    const raw = m[0];
    if (raw === "(" || raw === "[") {
      if (depth++ === 0) groups++;
      continue;
    }
    if (raw === ")" || raw === "]") {
      depth = Math.max(0, depth - 1);
      continue;
    }
    const word = normalize(raw);
    if (word === "") continue;
    const abbr = /^(\p{Lu}{2,})\p{Ll}*$/u.exec(raw.replace(/[\u00ad\u200b-\u200d]/g, ""));
    out.push({ word, abbr: abbr ? normalize(abbr[1]) : null, group: depth > 0 ? groups : -1 });
  }
  return out;
}

/** `/`, `+` and `&` join bodies as `жана` does: make them a word so they can be seen (names and lists alike). */
const joinersAsWords = (text: string): string => text.replace(/\s*[/+&]\s*/g, " и ");

/** Words that join two bodies inside one entry: `МЦРИТ жана МЭК`, `МЦРИТ и МЭК`, `МЦРИТ / МЭК`. */
const JOINERS = new Set(["жана", "менен", "и", "and"].map(normalize));

/** The names a body goes by: `Министерство … (МЦРИТ)` → the full text, the text without the brackets, `МЦРИТ`; `A|B` → A, B. */
export function bodyAliases(body: string): string[][] {
  const names = new Set<string>();
  for (const part of body.split("|")) {
    const p = part.trim();
    if (p === "") continue;
    names.add(p);
    const outside = p.replace(/\([^)]*\)/g, " ").trim();
    if (outside !== "") names.add(outside);
    for (const m of p.matchAll(/\(([^)]*)\)/g)) if (m[1].trim() !== "") names.add(m[1].trim());
  }
  return [...names]
    .map((n) => normalize(joinersAsWords(n)).split(" "))
    .filter((t) => t.length > 0 && t[0] !== "");
}

/** An executor entry and whether a line break (not a comma or semicolon) parts it from the one before. */
interface Entry {
  readonly text: string;
  readonly afterLineBreak: boolean;
}

/** A word in the Kyrgyz genitive (`министрлигинин`, `МЭББнын`), folded: it needs the noun after it. */
const GENITIVE_WORD = /[\p{L}][нтд][ыиуо]н$/u;
const GENITIVE_ENDING = /^(?:[ыиуо]?н[ыиуо]н|[тд][ыиуо]н|с[ыиуо]н[ыиуо]н)$/;

function lastWord(text: string): string {
  const m = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(text);
  return m === null ? "" : normalize(m[1]);
}
function firstWord(text: string): string {
  const m = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(text);
  return m === null ? "" : normalize(m[1]);
}

/**
 * Executor entries: split on commas, semicolons and line breaks, but not inside brackets. A line
 * that ends in a genitive, or a next line that starts with a joining word, goes on over the break.
 */
function executorEntries(text: string): Entry[] {
  const out: Entry[] = [];
  let depth = 0;
  let current = "";
  /** What parts the next entry from the one before: nothing yet, only line breaks, or a comma / semicolon. */
  let parted: "none" | "line" | "comma" = "none";
  const push = (): void => {
    const t = current.trim();
    current = "";
    if (t === "") return;
    const prev = out[out.length - 1];
    if (
      parted === "line" &&
      prev !== undefined &&
      (GENITIVE_WORD.test(lastWord(prev.text)) || JOINERS.has(firstWord(t)))
    ) {
      out[out.length - 1] = { text: `${prev.text} ${t}`, afterLineBreak: prev.afterLineBreak };
    } else out.push({ text: t, afterLineBreak: parted === "line" });
  };
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    const isBreak = ch === "\n" || ch === "\r";
    if (depth > 0 || (ch !== "," && ch !== ";" && !isBreak)) {
      current += ch;
      continue;
    }
    if (current.trim() !== "") {
      push();
      parted = isBreak ? "line" : "comma";
    } else if (!isBreak && parted !== "none") parted = "comma";
    current = "";
  }
  push();
  // A note in brackets on its own (`(макулдашуу боюнча)`) is not a body.
  return out.filter((e) => !/^\(.*\)$/.test(e.text));
}

/** Executor entries (see {@link executorEntries}). */
export function splitExecutors(text: string): string[] {
  return executorEntries(text).map((e) => e.text);
}

/** Index of the first token of `tokens` at or after `from` where `alias` starts, or -1. */
function findSequence(tokens: readonly NameToken[], alias: readonly string[], from = 0): number {
  outer: for (let i = from; i + alias.length <= tokens.length; i++) {
    for (let k = 0; k < alias.length; k++)
      if (!tokenMatches(tokens[i + k], alias[k])) continue outer;
    return i;
  }
  return -1;
}

/** Words after a body that make the entry a body under it: `МЦРИТке караштуу…`, `МЦРИТтин алдындагы…`. */
const UNDER_AFTER = /^(?:караштуу|алдындагы|карамагындагы|астындагы|карамагында|алдында)$/;
/** Heads that name the body itself, not another one: `ЖӨБдүн органдары`, `МЦРИТтин аппараты`. */
const SAME_BODY_HEAD = /^(?:орган|аппарат|жетекчилиг)/;
/** Office nouns naming a unit of another body before it (`Департамент цифровизации МЦРИТ`), and `при`. */
const UNIT_BEFORE =
  /^(?:департамент|управлени|агентств|служб|отдел|инспекци|дирекци|предприяти|учреждени|подразделени|подведомствен|department|agency|office|unit|division|service)/;
const UNDER = normalize("при");
const UNIT_BEFORE_FOLDED = new RegExp(UNIT_BEFORE.source.replace(/[a-z]+/g, (w) => normalize(w)));

/**
 * Whether the body found at tokens `at…at+len−1` is only part of another body's name (SPEC Rule):
 * in the genitive and going on into a name (`Билим берүү министрлигинин Мектептер департаменти`),
 * followed by `караштуу`/`алдындагы`, or after `при` or an office noun outside brackets. A genitive
 * at the end (`МЭББнын`) or before a joining word stays the body; so does one before a head that
 * names the body itself (`ЖӨБдүн катышуучу органдары`).
 */
function isPartOfAnother(
  toks: readonly NameToken[],
  at: number,
  len: number,
  aliasLast: string
): boolean {
  const last = toks[at + len - 1];
  let next = at + len;
  let ending = last.word.startsWith(aliasLast) ? last.word.slice(aliasLast.length) : "";
  // `МЦРИТ-тин`: the ending typed after a hyphen is a token of its own.
  if (
    ending === "" &&
    next < toks.length &&
    toks[next].group === last.group &&
    GENITIVE_ENDING.test(toks[next].word)
  )
    ending = toks[next++].word;
  const rest: NameToken[] = [];
  for (
    let i = next;
    i < toks.length && toks[i].group === last.group && !JOINERS.has(toks[i].word);
    i++
  )
    rest.push(toks[i]);
  if (rest.length > 0 && UNDER_AFTER.test(rest[0].word)) return true;
  if (
    GENITIVE_ENDING.test(ending) &&
    rest.length > 0 &&
    !SAME_BODY_HEAD.test(rest[rest.length - 1].word)
  )
    return true;
  if (toks[at].group >= 0) return false;
  for (let i = at - 1; i >= 0 && toks[i].group < 0 && !JOINERS.has(toks[i].word); i--) {
    if ((i === at - 1 && toks[i].word === UNDER) || UNIT_BEFORE_FOLDED.test(toks[i].word))
      return true;
  }
  return false;
}

/**
 * Whether another body is named before the body found at tokens `at…at+len−1` of one entry: an
 * abbreviation before it (`МЦРИТ жана МЭК`, `МЦРИТ (МЭК менен бирге)`) or, outside brackets, a joining
 * word (`Санарип министрлиги жана МЭК`, `/`). A body named only in brackets right after a name
 * (`Министерство цифрового развития и инновационных технологий (МЦРИТ)`) is that name, whose own words
 * may well contain `и`/`жана`: then only an abbreviation before it counts. Capitals mean nothing in
 * an entry written all in capitals.
 */
function namedAfterAnother(
  toks: readonly NameToken[],
  at: number,
  len: number,
  allCaps: boolean
): boolean {
  const before = toks.slice(0, at);
  const abbreviationBefore = !allCaps && before.some((t) => t.abbr !== null);
  const group = toks[at].group;
  const annotation =
    group >= 0 && before.length > 0 && toks.filter((t) => t.group === group).length === len;
  if (annotation) return abbreviationBefore;
  return abbreviationBefore || before.some((t) => t.group < 0 && JOINERS.has(t.word));
}

/** Where the body starts in `toks` as that entry's own name (not part of another's), and its length; null when nowhere. */
function ownMatch(
  toks: readonly NameToken[],
  aliases: readonly string[][]
): { at: number; len: number } | null {
  let best: { at: number; len: number } | null = null;
  for (const a of aliases) {
    for (let k = findSequence(toks, a); k >= 0; k = findSequence(toks, a, k + 1)) {
      if (isPartOfAnother(toks, k, a.length, a[a.length - 1])) continue;
      if (best === null || k < best.at) best = { at: k, len: a.length };
      break;
    }
  }
  return best;
}

/** Whether some alias runs over the end of `left` into `right`: the line break is inside the body's name. */
function nameSpans(left: string, right: string, aliases: readonly string[][]): boolean {
  const l = nameTokens(joinersAsWords(left)).length;
  const toks = nameTokens(joinersAsWords(`${left} ${right}`));
  for (const a of aliases)
    for (let k = findSequence(toks, a); k >= 0; k = findSequence(toks, a, k + 1))
      if (k < l && k + a.length > l) return true;
  return false;
}

/** Where the body is named: the entry index, and whether another body is named before it in that entry. */
function locateBody(
  executors: string,
  aliases: readonly string[][]
): { entry: number; afterAnother: boolean } | null {
  const parts = executorEntries(executors);
  const entries = parts.map((e) => e.text);
  // A line break inside the body's name is a space (SPEC Rule).
  for (let i = parts.length - 1; i > 0; i--) {
    if (parts[i].afterLineBreak && nameSpans(entries[i - 1], entries[i], aliases)) {
      entries.splice(i - 1, 2, `${entries[i - 1]} ${entries[i]}`);
    }
  }
  for (let i = 0; i < entries.length; i++) {
    const toks = nameTokens(joinersAsWords(entries[i]));
    const found = ownMatch(toks, aliases);
    if (found === null) continue;
    return {
      entry: i,
      afterAnother: namedAfterAnother(toks, found.at, found.len, !/\p{Ll}/u.test(entries[i])),
    };
  }
  return null;
}

/**
 * Index of the first executor entry naming the body, or -1.
 * `aliases` comes from {@link bodyAliases}.
 */
export function findBodyInExecutors(executors: string, aliases: readonly string[][]): number {
  return locateBody(executors, aliases)?.entry ?? -1;
}

/** Role of the body for one executors cell: lead, co, or null when the body is not named there. */
export function roleFromExecutors(executors: string, aliases: readonly string[][]): Role | null {
  const found = locateBody(executors, aliases);
  if (found === null) return null;
  return found.entry === 0 && !found.afterAnother ? "lead" : "co";
}

/** A cached {@link roleFromExecutors} for one body: the same executors list repeats on many rows. */
export function executorRoleResolver(body: string): (executors: string) => Role | null {
  const roles = new ExecutorRoles(body);
  return (executors) => roles.of(executors);
}

/** {@link roleFromExecutors} for one body, remembering each executors text it has seen. */
export class ExecutorRoles {
  private readonly aliases: string[][];
  private readonly cache = new Map<string, Role | "none">();

  constructor(body: string) {
    this.aliases = bodyAliases(body);
  }

  of(executors: string): Role | null {
    let r = this.cache.get(executors);
    if (r === undefined) {
      r = roleFromExecutors(executors, this.aliases) ?? "none";
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(executors, r);
    }
    return r === "none" ? null : r;
  }
}
