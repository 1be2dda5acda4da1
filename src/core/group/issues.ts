/** Group issues: one severity per code (SPEC table), the message in the user's language, the cell in A1. */
import { a1 } from "../address";
import type { Lang, Severity } from "../types";
import { groupCatalog } from "./i18n";
import type { GroupIssueArgs } from "./i18n";
import type { GroupIssue, GroupIssueCode } from "./types";

const WARNINGS: ReadonlySet<GroupIssueCode> = new Set<GroupIssueCode>([
  "term-expiring",
  "first-meeting-late",
  "quarter-without-meeting",
  "response-overdue",
  "council-report-overdue",
  "sex-inferred",
  "missing-birth-date",
  "missing-creation-date",
  "unparsed-present",
  "unknown-day-kind",
  "no-sheet",
]);

/** The severity of a code: the SPEC table's for its rules; input problems that change a figure are errors. */
export function groupSeverity(code: GroupIssueCode): Severity {
  return WARNINGS.has(code) ? "warning" : "error";
}

/** Collects the issues of one check in one language. */
export class GroupIssues {
  readonly list: GroupIssue[] = [];
  constructor(readonly lang: Lang) {}

  add(
    code: GroupIssueCode,
    sheet: string,
    row: number,
    col: number,
    args: GroupIssueArgs = {}
  ): void {
    const message = groupCatalog(this.lang).issue[code](args);
    this.list.push({
      severity: groupSeverity(code),
      code,
      sheet,
      cell: a1(row, col),
      row,
      col,
      message,
    });
  }
}
