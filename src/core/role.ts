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
 * Tokens of a name for whole-token matching. An abbreviation followed by a Kyrgyz case ending
 * (`МЭББнын`, `МЦРИТке`) also yields the abbreviation alone, so `МЭББ` is found in `МЭББнын`.
 */
function nameTokens(text: string): string[][] {
  const out: string[][] = [];
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (raw === "") continue;
    const alts = [normalize(raw)];
    const abbr = /^(\p{Lu}{2,})\p{Ll}+$/u.exec(raw);
    if (abbr) alts.push(normalize(abbr[1]));
    out.push(alts);
  }
  return out;
}

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
  return [...names].map((n) => normalize(n).split(" ")).filter((t) => t.length > 0 && t[0] !== "");
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

function containsSequence(tokens: readonly string[][], alias: readonly string[]): boolean {
  outer: for (let i = 0; i + alias.length <= tokens.length; i++) {
    for (let k = 0; k < alias.length; k++) if (!tokens[i + k].includes(alias[k])) continue outer;
    return true;
  }
  return false;
}

/**
 * Index of the first executor entry naming the body, or -1.
 * `aliases` comes from {@link bodyAliases}.
 */
export function findBodyInExecutors(executors: string, aliases: readonly string[][]): number {
  const entries = splitExecutors(executors);
  for (let i = 0; i < entries.length; i++) {
    const toks = nameTokens(entries[i]);
    if (aliases.some((a) => containsSequence(toks, a))) return i;
  }
  return -1;
}

/** Role of the body for one executors cell: lead, co, or null when the body is not named there. */
export function roleFromExecutors(executors: string, aliases: readonly string[][]): Role | null {
  const i = findBodyInExecutors(executors, aliases);
  return i < 0 ? null : i === 0 ? "lead" : "co";
}

/** A cached {@link roleFromExecutors} for one body: the same executors list repeats on many rows. */
export function executorRoleResolver(body: string): (executors: string) => Role | null {
  const aliases = bodyAliases(body);
  const cache = new Map<string, Role | null>();
  return (executors) => {
    let r = cache.get(executors);
    if (r === undefined && !cache.has(executors)) {
      r = roleFromExecutors(executors, aliases);
      if (cache.size > 10_000) cache.clear();
      cache.set(executors, r);
    }
    return r ?? null;
  };
}
