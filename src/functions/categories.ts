/**
 * The `category` argument of COUNT_STATUS: a code (`completed`, `on_time`, `late`, `in_progress`,
 * `not_completed`, and `unknown` for finding cells to fix) or a status wording in Kyrgyz, Russian or
 * English, read by the core's `classifyStatus` (`Исполнено в срок` → on_time, `Аткарылды` → completed).
 */
import { LANGS, STATUS_CODES, classifyStatus, coreCatalog, isCompleted, normalize } from "../core";
import type { MeasureStatus, StatusCode } from "../core";

export type CountCategory = StatusCode | "unknown";
export const COUNT_CATEGORIES: readonly CountCategory[] = [...STATUS_CODES, "unknown"];

/** `On time`, `on-time`, `ON_TIME` → `on_time`. */
function asCode(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s\-‐–]+/g, "_");
}

/** The wordings of "unrecognised status" in the core catalogues, normalised. */
const UNKNOWN_WORDINGS: ReadonlySet<string> = new Set(
  LANGS.map((l) => normalize(coreCatalog(l).statusNames.unknown))
);

/** The category a `category` argument names, or null when it names none. */
export function parseCategory(text: string): CountCategory | null {
  const code = asCode(text);
  for (const c of COUNT_CATEGORIES) if (c === code) return c;
  if (UNKNOWN_WORDINGS.has(normalize(text))) return "unknown";
  const reading = classifyStatus(text);
  return reading === "empty" || reading === "unknown" ? null : reading;
}

/**
 * Whether a measure counted as `status` (after the core's `resolveStatus`) falls in `category`.
 * `completed` is on time + late (a plain "completed" resolves to on time, SPEC Rule); `not_completed`
 * includes unrecognised statuses, which the SPEC counts as not completed, so completed + in_progress
 * + not_completed add up to every non-blank status; `unknown` picks out the unrecognised ones alone.
 */
export function inCategory(category: CountCategory, status: MeasureStatus): boolean {
  switch (category) {
    case "completed":
      return isCompleted(status);
    case "not_completed":
      return status === "not_completed" || status === "unknown" || status === "missing";
    default:
      return status === category;
  }
}

/** The codes, for messages: `completed, on_time, late, in_progress, not_completed, unknown`. */
export const CATEGORY_LIST = COUNT_CATEGORIES.join(", ");
