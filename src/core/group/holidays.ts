/** The holidays sheet (`Майрамдар`): dated days off and working days, read as data for the calendar. */
import { cellText } from "../cells";
import { normalize } from "../normalize";
import type { SheetGrid } from "../types";
import type { CalendarDay, DayKind } from "./calendar";
import { cellAt, readDate, textAt } from "./cells";
import type { GroupIssues } from "./issues";
import type { GroupLayout, HolidayKey } from "./types";

/** Words per kind; working days first, since `рабочий день (перенос)` names a moved day too. */
const KIND_WORDS: readonly (readonly [DayKind, readonly string[]])[] = [
  ["working-day", ["жумуш", "жумушчу", "иш куну", "иштөө күнү", "рабоч", "working", "workday"]],
  [
    "day-off",
    [
      "дем алыш",
      "эс алуу",
      "которулган",
      "кошумча",
      "выходн",
      "перенес",
      "перенос",
      "нерабоч",
      "day off",
      "days off",
      "moved",
      "extra",
    ],
  ],
  ["holiday", ["майрам", "айт", "праздн", "holiday"]],
].map(([k, list]) => [k as DayKind, (list as readonly string[]).map((w) => normalize(w))]);

/** The kind a cell names; an empty cell is a holiday; null for words that name no kind. */
export function readDayKind(text: string): DayKind | null {
  const t = normalize(text);
  if (t === "") return "holiday";
  for (const [kind, list] of KIND_WORDS)
    for (const w of list) if (t === w || t.startsWith(w) || t.includes(" " + w)) return kind;
  return null;
}

export function readHolidays(
  grid: SheetGrid,
  layout: GroupLayout<HolidayKey>,
  issues: GroupIssues
): CalendarDay[] {
  const c = layout.columns;
  const out: CalendarDay[] = [];
  for (let r = layout.firstDataRow; r < grid.rows.length; r++) {
    const v = cellAt(grid, r, c.date);
    if (cellText(v) === "") continue;
    const d = readDate(v);
    if (d.kind !== "date") {
      issues.add("unparsed-date", grid.name, r, c.date!, { text: cellText(v) });
      continue;
    }
    const kindText = textAt(grid, r, c.kind);
    let kind = readDayKind(kindText);
    if (kind === null) {
      issues.add("unknown-day-kind", grid.name, r, c.kind!, { text: kindText });
      kind = "holiday";
    }
    out.push({ date: d.date, kind });
  }
  return out;
}
