/**
 * A change in words, the same for every adapter (the CLI's summary, the changes sheet, the pane's
 * list): the item, its value before and now (status names, dates dd.mm.yyyy, deadline types).
 */
import { formatDmy, isIsoDate } from "../dates";
import { coreCatalog } from "../i18n";
import type { DeadlineType, Lang, MeasureStatus } from "../types";
import type { Change } from "./changes";
import { compareCatalog } from "./i18n";

const STATUS = new Set<string>(["on_time", "late", "in_progress", "not_completed", "missing", "unknown"]);
const DEADLINE_TYPES = new Set<string>(["fixed", "ongoing", "staged"]);

/** A `from` / `to` value as the user reads it. */
export function changeValue(value: string | null, lang: Lang): string {
  if (value === null) return "";
  const core = coreCatalog(lang);
  if (STATUS.has(value)) return core.statusNames[value as MeasureStatus];
  if (DEADLINE_TYPES.has(value)) return core.deadlineTypeNames[value as DeadlineType];
  return isIsoDate(value) ? formatDmy(value) : value;
}

/** What the change says, `Before → Now` (or one side for added and removed items). */
export function changeValues(change: Change, lang: Lang): { before: string; now: string } {
  if (change.kind === "became-overdue") {
    const t = compareCatalog(lang);
    return { before: t.overdueDeadline(changeValue(change.from, lang)), now: t.overdueAsOf(changeValue(change.to, lang)) };
  }
  return { before: changeValue(change.from, lang), now: changeValue(change.to, lang) };
}

/** The item as named in a list: `item 12 (was item 11)`, or the measure's first words without a number. */
export function changeItemLabel(change: Change, lang: Lang): string {
  const t = compareCatalog(lang);
  const name = change.item !== "" ? t.item(change.item) : change.measure.length > 60 ? `${change.measure.slice(0, 60)}…` : change.measure;
  return change.previousItem !== null && change.previousItem !== "" ? `${name} ${t.renumbered(change.previousItem)}` : name;
}

/** One line: `item 12: In progress → Completed on time`. */
export function changeLine(change: Change, lang: Lang): string {
  const { before, now } = changeValues(change, lang);
  const arrow = before !== "" && now !== "" ? `${before} → ${now}` : before || now;
  return `${changeItemLabel(change, lang)}: ${arrow}`;
}
