/**
 * Sheet names: the sheets the tool writes (Annex 2 and the consolidation sheets, in every language)
 * and Excel's naming rules every writer follows — names compare ignoring case, at most 31 characters,
 * a taken name gets a numbered suffix. One home for the CLI, the file adapters and the Office adapter.
 */
import { compareCatalog } from "./compare/i18n";
import { coreCatalog } from "./i18n";
import { normalize } from "./normalize";
import { LANGS } from "./types";

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/** Names of the Annex 2 sheet in every language (ky, ru, en): writing one replaces any of them. */
export const ANNEX2_SHEET_NAMES: readonly string[] = LANGS.map(
  (l) => coreCatalog(l).annex2.sheetName
);

const ANNEX2_KEYS: ReadonlySet<string> = new Set(ANNEX2_SHEET_NAMES.map((n) => normalize(n)));

/** True when a sheet name is the Annex 2 sheet of some language (typed by hand: case, look-alikes, separators folded). */
export function isAnnex2Sheet(name: string): boolean {
  return ANNEX2_KEYS.has(normalize(name));
}

/**
 * The very hidden sheet where an Annex 2 copy keeps the snapshot of what it reported (SPEC
 * "Comparing two reporting periods"; src/core/compare/snapshot.ts). Machine data: one name in every
 * language, never shown in Excel's Unhide list.
 */
export const SNAPSHOT_SHEET_NAME = "ATKARUU_SNAPSHOT";

/** True when a sheet is the snapshot sheet (Excel compares sheet names ignoring case). */
export function isSnapshotSheet(name: string): boolean {
  return name.trim().toLowerCase() === SNAPSHOT_SHEET_NAME.toLowerCase();
}

/** Names of sheets the tool writes itself, in every language: never read as Table 1. */
export const GENERATED_SHEET_NAMES: ReadonlySet<string> = new Set([
  ...LANGS.flatMap((l) => {
    const c = coreCatalog(l);
    return [
      c.annex2.sheetName,
      c.consolidation.summarySheet,
      c.consolidation.itemsSheet,
      c.consolidation.issuesSheet,
      compareCatalog(l).changesSheet,
      compareCatalog(l).periodsSheet,
    ];
  }),
  SNAPSHOT_SHEET_NAME,
]);

const GENERATED_LOWER = new Set([...GENERATED_SHEET_NAMES].map((n) => n.toLowerCase()));

/**
 * A sheet the tool wrote itself, also when Excel copied or renamed it by case: `2-тиркеме`,
 * `2-тиркеме (2)`, `annex 2`. Such sheets carry a detail table with Table 1's headers.
 */
export function isGeneratedSheetName(name: string): boolean {
  return GENERATED_LOWER.has(
    name
      .trim()
      .replace(/\s*\(\d+\)$/, "")
      .toLowerCase()
  );
}

/** Excel's comparison of sheet (and defined, table) names: case does not count; spaces typed around a name are ignored. */
export function sameSheetName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * `base`, or `base` + a numbered suffix (`_2`, `_3`… by default), cut to `max` characters: the first
 * that none of `taken` has, ignoring case as Excel does.
 */
export function uniqueName(
  base: string,
  taken: Iterable<string>,
  options: { readonly max?: number; readonly suffix?: (n: number) => string } = {}
): string {
  const max = options.max ?? MAX_SHEET_NAME;
  const suffix = options.suffix ?? ((n: number) => `_${n}`);
  const used = new Set<string>();
  for (const t of taken) used.add(t.trim().toLowerCase());
  if (!used.has(base.trim().toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const s = suffix(i);
    const name = base.slice(0, max - s.length) + s;
    if (!used.has(name.trim().toLowerCase())) return name;
  }
}

/** `name`, or `name (2)`, `name (3)`… as Excel names copies: the first that no existing sheet has. */
export function uniqueSheetName(name: string, existing: Iterable<string>): string {
  return uniqueName(name, existing, { suffix: (n) => ` (${n})` });
}
