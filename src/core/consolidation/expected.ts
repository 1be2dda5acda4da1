/**
 * The bodies a coordinator expects (`--expect`): read from a text list or a sheet, and matched against
 * the bodies that reported — by equal normalised name or alias (`bodyAliases`: the name, the name
 * without brackets, the abbreviation in brackets, `A|B`), then by an alias found as whole words.
 */
import { cellText, isEmptyCell } from "../cells";
import { normalize } from "../normalize";
import { bodyAliases, findBodyInExecutors } from "../role";
import { isGeneratedSheetName } from "../sheetNames";
import type { SheetGrid } from "../types";
import { bodyKey } from "./entry";

/**
 * Expected bodies from the lines of a text file (or the cells of a sheet's first column): one body a
 * line; blank lines and `#` comments skipped; a leading list number (`1.`, `2)`) dropped; repeated
 * names kept once.
 */
export function parseExpectedBodies(lines: Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    const name = line.replace(/^\d{1,4}\s*[.)]\s+/, "").trim();
    const key = bodyKey(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Header words a coordinator may put above a list of bodies (any language); skipped in a sheet list. */
const LIST_HEADERS: ReadonlySet<string> = new Set(
  [
    "№",
    "№ п/п",
    "no",
    "#",
    "орган",
    "органдар",
    "органы",
    "body",
    "bodies",
    "наименование органа",
    "органдын аталышы",
    "name",
    "аталышы",
    "наименование",
    "исполнитель",
    "аткаруучу",
  ].map(normalize)
);

/**
 * Expected bodies from a sheet: in each row the first cell holding text that is not just a number
 * (a numbering column before the names is skipped); a header word (`Орган`, `Body`, …) is not a body.
 */
export function expectedBodiesFromGrid(grid: SheetGrid): string[] {
  const lines: string[] = [];
  for (const row of grid.rows) {
    if (!row) continue;
    for (const v of row) {
      if (isEmptyCell(v) || typeof v === "number") continue;
      const t = cellText(v);
      if (/^\d+\s*[.)]?$/.test(t)) continue;
      if (!LIST_HEADERS.has(normalize(t)) && t !== "#") lines.push(t);
      break;
    }
  }
  return parseExpectedBodies(lines);
}

/**
 * Expected bodies from a workbook (`--expect list.xlsx`, the page's list file): the first column of
 * its first visible sheet that the tool did not write.
 */
export function expectedBodiesFromSheets(
  sheets: readonly (SheetGrid & { readonly hidden?: boolean })[]
): string[] {
  const first = sheets.find((s) => s.hidden !== true && !isGeneratedSheetName(s.name)) ?? sheets[0];
  return first === undefined ? [] : expectedBodiesFromGrid(first);
}

/** The text of a list file: UTF-16 when it starts with its byte-order mark (Notepad's "Unicode"), else UTF-8. */
export function expectedListText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

/** Expected bodies from a text list (`--expect list.txt`, the page's list): one a line (`parseExpectedBodies`). */
export function expectedBodiesFromText(text: string): string[] {
  return parseExpectedBodies(text.split(/\r\n|\r|\n/));
}

function aliasKeys(name: string): string[] {
  return bodyAliases(name).map((t) => t.join(" "));
}

/**
 * For each expected name the index of the reporting body it answers to, or null: first by equal name
 * or equal alias, then by an alias of the expected name found as whole words in the body's name
 * (`МЦРИТ` in `МЦРИТ_2025`). Each body answers to one expected name at most.
 */
export function matchBodies(
  expected: readonly string[],
  bodies: readonly string[]
): (number | null)[] {
  const unmatchedBodies = new Set(bodies.map((_, i) => i));
  const match: (number | null)[] = expected.map(() => null);
  const bodyAliasSets = bodies.map((b) => new Set([bodyKey(b), ...aliasKeys(b)]));
  // Pass 1: equal name or equal alias.
  expected.forEach((e, ei) => {
    const keys = [bodyKey(e), ...aliasKeys(e)];
    for (const bi of unmatchedBodies) {
      if (keys.some((k) => bodyAliasSets[bi].has(k))) {
        match[ei] = bi;
        unmatchedBodies.delete(bi);
        return;
      }
    }
  });
  // Pass 2: an alias of the expected name appears as whole words in the body's name.
  expected.forEach((e, ei) => {
    if (match[ei] !== null) return;
    const aliases = bodyAliases(e);
    for (const bi of unmatchedBodies) {
      if (findBodyInExecutors(bodies[bi].replace(/[,;]/g, " "), aliases) >= 0) {
        match[ei] = bi;
        unmatchedBodies.delete(bi);
        return;
      }
    }
  });
  return match;
}

/** Expected bodies that no reporting body answers to, and reporting bodies not on the list. */
export function matchExpected(
  expected: readonly string[],
  bodies: readonly string[]
): { missing: string[]; unexpected: string[] } {
  const match = matchBodies(expected, bodies);
  const matched = new Set(match.filter((m): m is number => m !== null));
  return {
    missing: expected.filter((_, i) => match[i] === null),
    unexpected: bodies
      .map((_, i) => i)
      .filter((i) => !matched.has(i))
      .map((i) => bodies[i]),
  };
}
