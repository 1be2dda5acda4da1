/**
 * A change in words, the same for every adapter (the CLI's summary, the changes sheet, the pane's
 * list): the item, its value before and now (status names, dates dd.mm.yyyy, deadline types).
 */
import { formatDmy, isIsoDate } from "../dates";
import { coreCatalog } from "../i18n";
import { a1 } from "../address";
import { cellText } from "../cells";
import type {
  ColumnKey,
  DeadlineType,
  Lang,
  MeasureStatus,
  SheetGrid,
  TableLayout,
} from "../types";
import type { Change } from "./changes";
import { compareCatalog } from "./i18n";

const STATUS = new Set<string>([
  "on_time",
  "late",
  "in_progress",
  "not_completed",
  "missing",
  "unknown",
]);
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
    return {
      before: t.overdueDeadline(changeValue(change.from, lang)),
      now: t.overdueAsOf(changeValue(change.to, lang)),
    };
  }
  return { before: changeValue(change.from, lang), now: changeValue(change.to, lang) };
}

/** The item as named in a list: `item 12 (was item 11)`, or the measure's first words without a number. */
export function changeItemLabel(change: Change, lang: Lang): string {
  const t = compareCatalog(lang);
  const name =
    change.item !== ""
      ? t.item(change.item)
      : change.measure.length > 60
        ? `${change.measure.slice(0, 60)}…`
        : change.measure;
  return change.previousItem !== null && change.previousItem !== ""
    ? `${name} ${t.renumbered(change.previousItem)}`
    : name;
}

/** One line: `item 12: In progress → Completed on time`. */
export function changeLine(change: Change, lang: Lang): string {
  const { before, now } = changeValues(change, lang);
  const arrow = before !== "" && now !== "" ? `${before} → ${now}` : before || now;
  return `${changeItemLabel(change, lang)}: ${arrow}`;
}

/** Table 1's columns an item's row spans: its mapped columns, leftmost to rightmost. */
export function tableRowSpan(layout: TableLayout): {
  readonly left: number;
  readonly right: number;
} {
  const cols = Object.values(layout.columns).filter((c): c is number => c !== undefined);
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

/** One cell of an item's row as Table 1 shows it, for a change shown where no cell can be selected. */
export interface RowCell {
  readonly header: string;
  /** A1 address on Table 1's sheet. */
  readonly cell: string;
  readonly text: string;
  /** The cell the change points at. */
  readonly changed: boolean;
}

/** The mapped cells of the change's row in Table 1 (column order), or [] for a change without a cell. */
export function changeRowCells(grid: SheetGrid, layout: TableLayout, change: Change): RowCell[] {
  if (change.row === null) return [];
  const row = grid.rows[change.row] ?? [];
  const keys = (Object.keys(layout.columns) as ColumnKey[]).filter(
    (k) => layout.columns[k] !== undefined
  );
  keys.sort((a, b) => layout.columns[a]! - layout.columns[b]!);
  return keys.map((k) => {
    const col = layout.columns[k]!;
    return {
      header: layout.headers[k] ?? "",
      cell: a1(change.row!, col),
      text: cellText(row[col] ?? null),
      changed: col === change.col,
    };
  });
}
