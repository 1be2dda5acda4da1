/**
 * SPEC "Role of the reporting body".
 *
 * Rule — from the `role` column when present; else from `executors`: the first body named is the lead
 * executor, any later one a co-executor. The reporting body is given by name or abbreviation
 * (case-insensitive, whole token). Not found → warning `body-not-in-executors`, treated as lead.
 * No executors column and no role column → every measure is the body's as lead.
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
const KYRGYZ_ENDING = /^(?:с?[ыиуо]|н?[ыиуо]н|[нтд][ыиуо]н|[гк][аео]|н?[дт][аео](?:гы|ги|гу|н)?|н[аео]|н[дт][аео]н?|[нтд][ыиуо]|н[ыиуо]н|с[ыиуо]н[ыиуо]н|с[ыиуо]н[аео]|с[ыиуо]н[дт][аео]|ч[ыиуо]л[аео]р|л[аео]р(?:[дт][ыиуо]н|г[ао]|д[ао])?)$/;

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
  return alias.length >= 2 && t.length > alias.length && t.startsWith(alias) && KYRGYZ_ENDING.test(t.slice(alias.length));
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
const JOINERS = new Set(["жана", "менен", "и", "and"]);

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
  return [...names].map((n) => normalize(joinersAsWords(n)).split(" ")).filter((t) => t.length > 0 && t[0] !== "");
}

/** Executor entries: split on commas, semicolons and line breaks, but not inside brackets. */
export function splitExecutors(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (depth === 0 && (ch === "," || ch === ";" || ch === "\n" || ch === "\r")) {
      if (current.trim() !== "") out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") out.push(current.trim());
  // A note in brackets on its own (`(макулдашуу боюнча)`) is not a body.
  return out.filter((e) => !/^\(.*\)$/.test(e));
}

/** Index of the first token of `tokens` where `alias` starts, or -1. */
function findSequence(tokens: readonly NameToken[], alias: readonly string[]): number {
  outer: for (let i = 0; i + alias.length <= tokens.length; i++) {
    for (let k = 0; k < alias.length; k++) if (!tokenMatches(tokens[i + k], alias[k])) continue outer;
    return i;
  }
  return -1;
}

/**
 * Whether another body is named before the body found at tokens `at…at+len−1` of one entry: an
 * abbreviation before it (`МЦРИТ жана МЭК`, `МЦРИТ (МЭК менен бирге)`) or, outside brackets, a joining
 * word (`Санарип министрлиги жана МЭК`, `/`). A body named only in brackets right after a name
 * (`Министерство цифрового развития и инновационных технологий (МЦРИТ)`) is that name, whose own words
 * may well contain `и`/`жана`: then only an abbreviation before it counts. Capitals mean nothing in
 * an entry written all in capitals.
 */
function namedAfterAnother(toks: readonly NameToken[], at: number, len: number, allCaps: boolean): boolean {
  const before = toks.slice(0, at);
  const abbreviationBefore = !allCaps && before.some((t) => t.abbr !== null);
  const group = toks[at].group;
  const annotation = group >= 0 && before.length > 0 && toks.filter((t) => t.group === group).length === len;
  if (annotation) return abbreviationBefore;
  return abbreviationBefore || before.some((t) => t.group < 0 && JOINERS.has(t.word));
}

/** Where the body is named: the entry index, and whether another body is named before it in that entry. */
function locateBody(executors: string, aliases: readonly string[][]): { entry: number; afterAnother: boolean } | null {
  const entries = splitExecutors(executors);
  for (let i = 0; i < entries.length; i++) {
    const toks = nameTokens(joinersAsWords(entries[i]));
    let at = -1;
    let len = 0;
    for (const a of aliases) {
      const k = findSequence(toks, a);
      if (k >= 0 && (at < 0 || k < at)) {
        at = k;
        len = a.length;
      }
    }
    if (at < 0) continue;
    return { entry: i, afterAnother: namedAfterAnother(toks, at, len, !/\p{Ll}/u.test(entries[i])) };
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
