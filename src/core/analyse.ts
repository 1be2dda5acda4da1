/**
 * From a workbook's grids to a body's measures, validation issues and figures: the one entry point
 * every adapter calls (CLI, task pane, standalone page, consolidation).
 */
import { a1 } from "./address";
import { cellErrorText, cellText, isEmptyCell, itemNumber } from "./cells";
import { cellDate, formatDmy } from "./dates";
import { parseDeadline } from "./deadline";
import { summarise } from "./figures";
import { coreCatalog } from "./i18n";
import type { CoreCatalog, IssueArgs } from "./i18n";
import { classifyRole, executorRoleResolver } from "./role";
import { classifyStatus, isCompleted, resolveStatus } from "./status";
import type { StatusReading } from "./status";
import { findTable } from "./table1";
import type {
  Analysis,
  AnalysisOptions,
  AnalysisResult,
  CellValue,
  ColumnKey,
  FatalError,
  Issue,
  IssueCode,
  Measure,
  MergeArea,
  Role,
  SheetGrid,
  TableLayout,
} from "./types";

/** Issue codes that are errors (they change or invalidate figures); all others are warnings. */
const ERROR_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "unknown-status",
  "missing-status",
  "unparsed-deadline",
  "duplicate-item",
  "missing-measure",
  "formula-error",
]);

export function severityOf(code: IssueCode): "error" | "warning" {
  return ERROR_CODES.has(code) ? "error" : "warning";
}

/** Names of sheets the tool writes itself, in every language: never read as Table 1. */
export const GENERATED_SHEET_NAMES: ReadonlySet<string> = new Set(
  (["ky", "ru", "en"] as const).flatMap((l) => {
    const c = coreCatalog(l);
    return [c.annex2.sheetName, c.consolidation.summarySheet, c.consolidation.itemsSheet, c.consolidation.issuesSheet];
  }),
);

/** The fatal error for a workbook the core cannot use, in the user's language. */
export function fatalError(code: FatalError["code"], lang: AnalysisOptions["lang"], args: { file?: string; sheet?: string; column?: ColumnKey; detail?: string } = {}): FatalError {
  const message = coreCatalog(lang).fatal[code](args);
  return { code, message, ...(args.column !== undefined ? { column: args.column } : {}), ...(args.sheet !== undefined ? { sheet: args.sheet } : {}) };
}

/**
 * Cells of the mapped columns covered by a vertical merge below its top row: row → column → the
 * merge's top-left cell, whose value the user sees there. null when the sheet has no such merge.
 */
function mergedFromAbove(merges: readonly MergeArea[] | undefined, columns: readonly number[]): Map<number, Map<number, { row: number; col: number }>> | null {
  let out: Map<number, Map<number, { row: number; col: number }>> | null = null;
  for (const m of merges ?? []) {
    if (m.bottom <= m.top) continue;
    for (const c of columns) {
      if (c < m.left || c > m.right) continue;
      out ??= new Map();
      for (let r = m.top + 1; r <= m.bottom; r++) {
        let row = out.get(r);
        if (row === undefined) out.set(r, (row = new Map()));
        row.set(c, { row: m.top, col: m.left });
      }
    }
  }
  return out;
}

/** Rows whose measure cell lies in a merge spanning three or more columns: section headings. */
function headingRows(merges: readonly MergeArea[] | undefined, layout: TableLayout): Set<number> {
  const out = new Set<number>();
  const mc = layout.columns.measure!;
  for (const m of merges ?? []) {
    if (m.right - m.left >= 2 && m.left <= mc && mc <= m.right) for (let r = m.top; r <= m.bottom; r++) out.add(r);
  }
  return out;
}

class IssueList {
  readonly items: Issue[] = [];
  constructor(
    private readonly sheet: string,
    private readonly catalog: CoreCatalog,
  ) {}

  add(code: IssueCode, row: number, col: number, args: IssueArgs = {}): void {
    this.items.push({
      severity: severityOf(code),
      code,
      sheet: this.sheet,
      cell: a1(row, col),
      row,
      col,
      message: this.catalog.issue[code](args),
    });
  }
}

/** Read the measures of a found Table 1 and validate them. */
export function readMeasures(grid: SheetGrid, layout: TableLayout, options: AnalysisOptions): { measures: Measure[]; issues: Issue[] } {
  const catalog = coreCatalog(options.lang);
  const issues = new IssueList(layout.sheet, catalog);
  const col = layout.columns;
  const noCol = col.no;
  const taskCol = col.task;
  const measureCol = col.measure!;
  const deadlineCol = col.deadline!;
  const statusCol = col.status!;
  const resultCol = col.result;
  const executorsCol = col.executors;
  const roleCol = col.role;
  const completedCol = col.completedOn;

  const mapped = Object.values(col).filter((c): c is number => c !== undefined);
  const fromAbove = mergedFromAbove(grid.merges, mapped);
  const headings = headingRows(grid.merges, layout);
  const body = options.body?.trim() ? options.body.trim() : null;
  const roleOf = body !== null ? executorRoleResolver(body) : null;
  const statusCache = new Map<string, StatusReading>();

  const measures: Measure[] = [];
  const firstRowOfItem = new Map<string, number>();
  let task = "";

  const rows = grid.rows;
  for (let r = layout.firstDataRow; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const covered = fromAbove?.get(r);
    // A measure cell merged down from the row above continues that measure (e.g. two result lines).
    if (covered?.has(measureCol)) continue;
    /** The value the user sees: the cell's own, or the top-left value of a merge covering it. */
    const get = (c: number | undefined): CellValue => {
      if (c === undefined) return null;
      const own = row[c] ?? null;
      if (covered === undefined || !isEmptyCell(own)) return own;
      const top = covered.get(c);
      return top === undefined ? null : rows[top.row]?.[top.col] ?? null;
    };

    const taskValue = get(taskCol);
    if (!isEmptyCell(taskValue)) task = cellText(taskValue);
    const noValue = noCol === undefined ? null : row[noCol] ?? null;
    const measureValue = get(measureCol);
    const hasNo = !isEmptyCell(noValue);
    const hasMeasure = !isEmptyCell(measureValue);
    if (!hasNo && !hasMeasure) continue; // blank or heading row (SPEC)
    if (headings.has(r)) continue;
    const deadlineValue = get(deadlineCol);
    const statusValue = get(statusCol);
    const resultValue = get(resultCol);
    if (!hasMeasure && isEmptyCell(deadlineValue) && isEmptyCell(statusValue) && isEmptyCell(resultValue)) {
      // An item number alone: a section heading or an unfilled template row, not a measure.
      continue;
    }

    // Item number; a cell merged down from the row above carries that row's number (not a duplicate).
    const no = itemNumber(hasNo ? noValue : get(noCol));
    if (hasNo && no !== "") {
      const first = firstRowOfItem.get(no);
      if (first === undefined) firstRowOfItem.set(no, r);
      else issues.add("duplicate-item", r, noCol!, { no, firstRow: first + 1 });
    }

    const measureError = cellErrorText(measureValue);
    if (measureError !== null) issues.add("formula-error", r, measureCol, { text: measureError });
    else if (!hasMeasure) issues.add("missing-measure", r, measureCol);

    // Deadline.
    const deadlineError = cellErrorText(deadlineValue);
    const deadline = deadlineError === null ? parseDeadline(deadlineValue) : { type: null, end: null };
    const deadlineText = cellText(deadlineValue);
    if (deadlineError !== null) issues.add("formula-error", r, deadlineCol, { text: deadlineError });
    else if (deadline.type === null) issues.add("unparsed-deadline", r, deadlineCol, { text: deadlineText });

    // Completion date (optional column).
    let completedOn: string | null = null;
    if (completedCol !== undefined) {
      const v = get(completedCol);
      const d = cellDate(v);
      if (d === null) issues.add("unparsed-completion-date", r, completedCol, { text: cellText(v) });
      else if (d !== undefined) completedOn = d;
    }

    // Status.
    const statusError = cellErrorText(statusValue);
    const statusText = cellText(statusValue);
    let reading: StatusReading;
    if (statusError !== null) {
      reading = "unknown";
      issues.add("formula-error", r, statusCol, { text: statusError });
    } else {
      const cached = statusCache.get(statusText);
      reading = cached ?? classifyStatus(statusText);
      if (cached === undefined && statusCache.size < 50_000) statusCache.set(statusText, reading);
      if (reading === "empty") issues.add("missing-status", r, statusCol);
      else if (reading === "unknown") issues.add("unknown-status", r, statusCol, { text: statusText });
    }
    const status = resolveStatus(reading, completedOn, deadline.end);
    if (reading === "completed" && completedOn === null) issues.add("missing-completion-date", r, statusCol);
    if ((reading === "on_time" || reading === "late") && completedOn !== null && deadline.end !== null) {
      const lateByDate = completedOn > deadline.end;
      if (lateByDate !== (reading === "late")) {
        issues.add("timeliness-mismatch", r, completedCol ?? statusCol, { says: reading, date: formatDmy(completedOn), end: formatDmy(deadline.end) });
      }
    }
    if (!isCompleted(status) && deadline.end !== null && deadline.end < options.asOf) {
      issues.add("overdue", r, statusCol, { end: formatDmy(deadline.end) });
    }

    // Role of the reporting body.
    const executors = cellText(get(executorsCol));
    let role: Role | null = null;
    if (roleCol !== undefined) {
      const roleText = cellText(get(roleCol));
      role = roleText === "" ? null : classifyRole(roleText);
      if (roleText !== "" && role === null) issues.add("unknown-role", r, roleCol, { text: roleText });
    }
    if (role === null && roleOf !== null && executorsCol !== undefined && executors !== "") {
      role = roleOf(executors);
      if (role === null) issues.add("body-not-in-executors", r, executorsCol, { body: body! });
    }

    measures.push({
      row: r,
      no,
      task,
      measure: cellText(measureValue),
      deadlineText,
      result: cellText(resultValue),
      statusText,
      executors,
      deadline,
      status,
      role: role ?? "lead",
      completedOn,
    });
  }
  return { measures, issues: issues.items };
}

/**
 * Analyse a workbook: find Table 1, read and validate its measures, compute the figures.
 * A fatal result means nothing can be computed (SPEC: `no-table`, `missing-column`).
 */
export function analyseWorkbook(sheets: readonly SheetGrid[], options: AnalysisOptions, fileName = ""): AnalysisResult {
  const found = findTable(sheets, { sheetName: options.sheet, skip: (n) => GENERATED_SHEET_NAMES.has(n) });
  if (!found.ok) {
    const fatal =
      found.code === "missing-column"
        ? fatalError("missing-column", options.lang, { file: fileName, sheet: found.sheet, column: found.column })
        : fatalError("no-table", options.lang, { file: fileName });
    return { ok: false, fatal };
  }
  const { measures, issues } = readMeasures(found.grid, found.layout, options);
  const analysis: Analysis = {
    layout: found.layout,
    measures,
    issues,
    summary: summarise(measures),
    body: options.body?.trim() ? options.body.trim() : null,
    asOf: options.asOf,
  };
  return { ok: true, analysis };
}
