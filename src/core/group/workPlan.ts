/** The monitoring work plan (`Иш план`): object, subject, method and when, one monitoring a row. */
import { itemNumber } from "../cells";
import { parseDeadline } from "../deadline";
import type { SheetGrid } from "../types";
import { cellAt, isTotalRow, textAt } from "./cells";
import type { GroupLayout, WorkItem, WorkPlanKey } from "./types";

export function readWorkPlan(grid: SheetGrid, layout: GroupLayout<WorkPlanKey>): WorkItem[] {
  const c = layout.columns;
  const out: WorkItem[] = [];
  for (let r = layout.firstDataRow; r < grid.rows.length; r++) {
    const object = textAt(grid, r, c.object);
    const subject = textAt(grid, r, c.subject);
    if (object === "" && subject === "") continue;
    if (isTotalRow(object)) continue;
    const whenCell = cellAt(grid, r, c.when);
    // The plan's dates are worded like Table 1 deadlines (`2025-жылдын II чейреги`, `март 2025`).
    const end = whenCell === null ? null : parseDeadline(whenCell).end;
    out.push({
      row: r,
      no: itemNumber(cellAt(grid, r, c.no)),
      object,
      subject,
      method: textAt(grid, r, c.method),
      when: textAt(grid, r, c.when),
      end,
    });
  }
  return out;
}
