/** The meetings sheet (`Жыйналыштар`): date, members present, agenda, minutes signed. */
import { cellText } from "../cells";
import type { SheetGrid } from "../types";
import { cellAt, isTotalRow, readCount, readDate, textAt } from "./cells";
import type { GroupIssues } from "./issues";
import type { GroupLayout, Meeting, MeetingKey } from "./types";
import { readYesNo } from "./vocabulary";

/**
 * Read the meetings; `members` is n, the group's size, for the quorum (seed 004 §7.2.3: more than
 * half of all members present). A meeting whose date cannot be read is an issue and is left out.
 */
export function readMeetings(
  grid: SheetGrid,
  layout: GroupLayout<MeetingKey>,
  members: number,
  issues: GroupIssues
): Meeting[] {
  const c = layout.columns;
  const sheet = grid.name;
  const out: Meeting[] = [];
  for (let r = layout.firstDataRow; r < grid.rows.length; r++) {
    const dateCell = cellAt(grid, r, c.date);
    const presentCell = cellAt(grid, r, c.present);
    const agenda = textAt(grid, r, c.agenda);
    if (cellText(dateCell) === "" && cellText(presentCell) === "" && agenda === "") continue;
    if (isTotalRow(cellText(dateCell)) || isTotalRow(textAt(grid, r, c.no))) continue;
    const d = readDate(dateCell);
    if (d.kind !== "date") {
      issues.add("unparsed-date", sheet, r, c.date!, { text: cellText(dateCell) });
      continue;
    }
    let present: number | null = null;
    if (c.present !== undefined) {
      present = readCount(presentCell);
      if (present === null)
        issues.add("unparsed-present", sheet, r, c.present, { text: cellText(presentCell) });
    }
    const quorum = present !== null && present * 2 > members;
    out.push({
      row: r,
      date: d.date,
      present,
      agenda,
      minutesSigned: readYesNo(textAt(grid, r, c.minutes)),
      quorum,
    });
  }
  return out.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.row - b.row));
}
