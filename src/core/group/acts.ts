/**
 * The acts register (`Актылар`): one act a row, with the mandatory parts of seed 004 §8.1 and the
 * dates of its delivery, of the object's answer and of the executive body's report to the council.
 * The answer limits (§4.3): the object within 10 working days of receiving the act, the executive
 * body informs the council within 30 calendar days.
 */
import { cellText, itemNumber } from "../cells";
import { addDays, formatDmy } from "../dates";
import type { IsoDate, SheetGrid } from "../types";
import { addWorkingDays } from "./calendar";
import type { WorkCalendar } from "./calendar";
import { cellAt, isTotalRow, readDate, textAt } from "./cells";
import type { GroupIssues } from "./issues";
import { ACT_PARTS } from "./types";
import type { Act, ActKey, AnswerState, GroupLayout } from "./types";

export const RESPONSE_WORKING_DAYS = 10;
export const COUNCIL_CALENDAR_DAYS = 30;

/** In time, late, overdue and not given, not yet due, or unknown (no delivery date). */
export function answerState(
  due: IsoDate | null,
  answered: IsoDate | null,
  asOf: IsoDate
): AnswerState {
  if (answered !== null) return due === null ? "unknown" : answered <= due ? "on_time" : "late";
  if (due === null) return "unknown";
  return asOf > due ? "missing" : "pending";
}

const CONTENT_KEYS: readonly ActKey[] = [
  "no",
  "date",
  "object",
  "subject",
  "findings",
  "recommendations",
  "purpose",
  "place",
];

/** Read the acts and check each: parts present (`act-missing-part`), answers in time. */
export function readActs(
  grid: SheetGrid,
  layout: GroupLayout<ActKey>,
  calendar: WorkCalendar,
  asOf: IsoDate,
  issues: GroupIssues
): Act[] {
  const c = layout.columns;
  const sheet = grid.name;
  const anchorCol = c.no ?? c.object ?? 0;
  // A part with no column at all: one issue at the header row, not one per act.
  for (const part of ACT_PARTS)
    if (c[part] === undefined)
      issues.add("act-missing-part", sheet, layout.headerRow, anchorCol, { part });
  const seen = new Map<string, number>();
  const out: Act[] = [];
  for (let r = layout.firstDataRow; r < grid.rows.length; r++) {
    if (CONTENT_KEYS.every((k) => textAt(grid, r, c[k]) === "")) continue;
    if (isTotalRow(textAt(grid, r, c.no)) || isTotalRow(textAt(grid, r, c.object))) continue;
    const no = itemNumber(cellAt(grid, r, c.no));
    if (no !== "") {
      const first = seen.get(no);
      if (first !== undefined) issues.add("duplicate-act", sheet, r, c.no!, { no, n: first + 1 });
      else seen.set(no, r);
    }
    for (const part of ACT_PARTS) {
      const col = c[part];
      if (col !== undefined && textAt(grid, r, col) === "")
        issues.add("act-missing-part", sheet, r, col, { part, no });
    }
    const dateOf = (key: ActKey): IsoDate | null => {
      const col = c[key];
      if (col === undefined) return null;
      const d = readDate(cellAt(grid, r, col));
      if (d.kind === "date") return d.date;
      if (d.kind !== "empty")
        issues.add("unparsed-date", sheet, r, col, { text: cellText(cellAt(grid, r, col)) });
      return null;
    };
    const date = dateOf("date");
    const delivered = dateOf("delivered");
    const responded = dateOf("responded");
    const councilReported = dateOf("council");
    const responseDue =
      delivered === null ? null : addWorkingDays(delivered, RESPONSE_WORKING_DAYS, calendar);
    const councilDue = delivered === null ? null : addDays(delivered, COUNCIL_CALENDAR_DAYS);
    const response = answerState(responseDue, responded, asOf);
    const council = answerState(councilDue, councilReported, asOf);
    if ((response === "late" || response === "missing") && responseDue !== null) {
      issues.add("response-overdue", sheet, r, c.responded ?? c.delivered!, {
        no,
        due: formatDmy(responseDue),
        date: responded === null ? undefined : formatDmy(responded),
        days: RESPONSE_WORKING_DAYS,
      });
    }
    if ((council === "late" || council === "missing") && councilDue !== null) {
      issues.add("council-report-overdue", sheet, r, c.council ?? c.delivered!, {
        no,
        due: formatDmy(councilDue),
        date: councilReported === null ? undefined : formatDmy(councilReported),
        days: COUNCIL_CALENDAR_DAYS,
      });
    }
    out.push({
      row: r,
      no,
      date,
      purpose: textAt(grid, r, c.purpose),
      object: textAt(grid, r, c.object),
      subject: textAt(grid, r, c.subject),
      place: textAt(grid, r, c.place),
      period: textAt(grid, r, c.period),
      findings: textAt(grid, r, c.findings),
      recommendations: textAt(grid, r, c.recommendations),
      attachments: textAt(grid, r, c.attachments),
      measures: textAt(grid, r, c.measures),
      delivered,
      responded,
      councilReported,
      responseDue,
      councilDue,
      response,
      council,
    });
  }
  return out;
}
