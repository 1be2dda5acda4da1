/**
 * From a workbook's grids to a body's measures, validation issues and figures: the one entry point
 * every adapter calls (CLI, task pane, standalone page, consolidation).
 */
import { columnLetter } from "./address";
import { cellErrorText, cellText, isEmptyCell, itemNumber } from "./cells";
import { cellDate, formatDmy } from "./dates";
import { deadlineYear, parseDeadline } from "./deadline";
import { FigureCounter } from "./figures";
import { inPlanYears, PLAN_444, planYears, planYearsText } from "./plan/model";
import { coreCatalog } from "./i18n";
import type { CoreCatalog, IssueArgs } from "./i18n";
import { bodyQuery, resolveBody } from "./body";
import type { Body } from "./body";
import { classifyRole, ExecutorRoles } from "./role";
import { classifyStatus, isOverdue, resolveStatus } from "./status";
import type { StatusNote, StatusReading } from "./status";
import { compareItems } from "./itemList";
import { MergedCells } from "./merges";
import { isGeneratedSheetName } from "./sheetNames";
import { repeatedHeaderTest } from "./table1Headers";
import { findTable } from "./table1";
import type {
  Analysis,
  AnalysisOptions,
  AnalysisResult,
  CellValue,
  ColumnKey,
  Deadline,
  FatalError,
  Issue,
  IssueCode,
  Measure,
  Role,
  Severity,
  SheetGrid,
  Summary,
  TableLayout,
} from "./types";

/** Errors change or invalidate figures; warnings do not. */
const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  "unknown-status": "error",
  "missing-status": "error",
  "unparsed-deadline": "error",
  "duplicate-item": "error",
  "missing-measure": "error",
  "formula-error": "error",
  "missing-completion-date": "warning",
  "status-typo": "warning",
  "unparsed-completion-date": "warning",
  "timeliness-mismatch": "warning",
  "body-not-in-executors": "warning",
  "unknown-role": "warning",
  overdue: "warning",
  "deadline-outside-plan": "warning",
};

export function severityOf(code: IssueCode): Severity {
  return SEVERITY[code];
}

/** The fatal error for a workbook the core cannot use, in the user's language. */
export function fatalError(
  code: FatalError["code"],
  lang: AnalysisOptions["lang"],
  args: { file?: string; sheet?: string; column?: ColumnKey; detail?: string } = {}
): FatalError {
  const message = coreCatalog(lang).fatal[code](args);
  return {
    code,
    message,
    ...(args.column !== undefined ? { column: args.column } : {}),
    ...(args.sheet !== undefined ? { sheet: args.sheet } : {}),
  };
}

const NO_ARGS: IssueArgs = {};

/**
 * The arguments a message varies with, for the codes whose messages repeat over a big table (one
 * deadline wording, one date, one body): each message is written once and shared. Messages quoting
 * a cell that differs on every row (an unknown status) are written each time.
 */
const REPEATING: Partial<Record<IssueCode, readonly ("text" | "body" | "date" | "end")[]>> = {
  overdue: ["end"],
  "deadline-outside-plan": ["end"],
  "body-not-in-executors": ["body"],
  "unparsed-deadline": ["text"],
  "unparsed-completion-date": ["text"],
  "timeliness-mismatch": ["date", "end"],
  "unknown-role": ["text"],
  "formula-error": ["text"],
};

class IssueList {
  readonly items: Issue[] = [];
  private readonly letters: string[] = [];
  /** code → first argument → (second argument →) message. */
  private readonly written = new Map<IssueCode, Map<string, string | Map<string, string>>>();

  constructor(
    private readonly sheet: string,
    private readonly catalog: CoreCatalog
  ) {}

  add(code: IssueCode, row: number, col: number, args: IssueArgs = NO_ARGS): void {
    const letter = (this.letters[col] ??= columnLetter(col));
    this.items.push({
      severity: SEVERITY[code],
      code,
      sheet: this.sheet,
      cell: letter + (row + 1),
      row,
      col,
      message: this.message(code, args),
    });
  }

  private message(code: IssueCode, args: IssueArgs): string {
    const keys = REPEATING[code];
    if (keys === undefined) return this.catalog.issue[code](args);
    let level: Map<string, string | Map<string, string>> | undefined = this.written.get(code);
    if (level === undefined) this.written.set(code, (level = new Map()));
    for (let i = 0; i < keys.length - 1; i++) {
      const k = args[keys[i]] ?? "";
      let next = level.get(k);
      if (next === undefined) level.set(k, (next = new Map()));
      level = next as Map<string, string | Map<string, string>>;
    }
    const last = args[keys[keys.length - 1]] ?? "";
    let message = level.get(last) as string | undefined;
    if (message === undefined) {
      message = this.catalog.issue[code](args);
      if (level.size < 10_000) level.set(last, message);
    }
    return message;
  }
}

/**
 * Item numbers seen so far, to find duplicates. Plans list their items in order, so while every
 * number is greater than the one before no duplicate is possible and nothing is recorded; the first
 * number out of order builds the index from the measures read so far.
 */
class ItemNumbers {
  private last = "";
  /** The last number when it was typed as a number (compared without reading text), else NaN. */
  private lastValue = Number.NaN;
  private firstRow: Map<string, number> | null = null;

  /** Every number so far came after the one before in natural order (none repeated). */
  get inOrder(): boolean {
    return this.firstRow === null;
  }

  /**
   * The 0-based row where `no` first appeared, or -1 when it is new here (it is then recorded).
   * `value` is the number when the cell holds one (NaN otherwise).
   */
  seenAt(no: string, value: number, row: number, earlier: readonly Measure[]): number {
    if (this.firstRow === null) {
      const bothNumbers = !Number.isNaN(value) && !Number.isNaN(this.lastValue);
      const after =
        this.last === "" ||
        (bothNumbers ? this.lastValue < value : compareItems(this.last, no) < 0);
      if (after) {
        this.last = no;
        this.lastValue = value;
        return -1;
      }
      this.firstRow = new Map();
      for (const m of earlier)
        if (m.no !== "" && !this.firstRow.has(m.no)) this.firstRow.set(m.no, m.row);
    }
    const first = this.firstRow.get(no);
    if (first !== undefined) return first;
    this.firstRow.set(no, row);
    return -1;
  }
}

const NO_DEADLINE: Deadline = { type: null, end: null };

/** The value the user sees at (r, c): the cell's own, or the value of a merge covering it from above. */
function visibleValue(
  rows: SheetGrid["rows"],
  merged: MergedCells | null,
  row: readonly CellValue[],
  r: number,
  c: number | undefined
): CellValue {
  if (c === undefined) return null;
  const own = row[c] ?? null;
  if (merged === null || !isEmptyCell(own)) return own;
  const m = merged.from(r, c);
  return m === null ? own : (rows[m.top]?.[m.left] ?? null);
}

/** Distinct texts of the executors column under the header. */
function executorTexts(grid: SheetGrid, layout: TableLayout): string[] {
  const col = layout.columns.executors;
  if (col === undefined) return [];
  const seen = new Set<string>();
  for (let r = layout.firstDataRow; r < grid.rows.length; r++) {
    const v = grid.rows[r]?.[col];
    if (typeof v === "string" && v !== "") seen.add(v);
  }
  return [...seen];
}

/** Most cells read while looking for a list of abbreviations (`МЦРИТ – …`) in the workbook. */
const GLOSSARY_CELLS = 50_000;

/** Text cells of the workbook outside Table 1's rows, for the list of abbreviations; bounded. */
function* otherTexts(
  sheets: readonly SheetGrid[],
  grid: SheetGrid,
  layout: TableLayout
): Generator<string> {
  let budget = GLOSSARY_CELLS;
  for (const s of [grid, ...sheets.filter((x) => x !== grid && !isGeneratedSheetName(x.name))]) {
    for (let r = 0; r < s.rows.length; r++) {
      if (s === grid && r >= layout.headerRow && r < s.rows.length - 200) {
        r = s.rows.length - 201; // the table itself: only its last 200 rows, where a list of abbreviations would follow
        continue;
      }
      for (const v of s.rows[r] ?? []) {
        if (typeof v !== "string" || v === "") continue;
        if (--budget < 0) return;
        yield v;
      }
    }
  }
}

/** The reporting body as the plan writes it (SPEC "Role"), or null without a body. */
export function reportingBodyOf(
  sheets: readonly SheetGrid[],
  grid: SheetGrid,
  layout: TableLayout,
  body: string | undefined
): Body | null {
  const given = body?.trim() ?? "";
  if (given === "") return null;
  return resolveBody(given, executorTexts(grid, layout), () => otherTexts(sheets, grid, layout));
}

/**
 * Read the measures of a found Table 1 and validate them. `reportingBody` (see {@link reportingBodyOf})
 * adds the names the plan gives the body to the one in the options.
 */
export function readMeasures(
  grid: SheetGrid,
  layout: TableLayout,
  options: AnalysisOptions,
  reportingBody: Body | null = null
): {
  measures: Measure[];
  issues: Issue[];
  summary: Summary;
  /** Numbered measures come strictly in natural order. */ itemsInOrder: boolean;
} {
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
  const asOf = options.asOf;
  const plan = options.plan ?? PLAN_444;
  const yearsText = planYearsText(plan);

  const rows = grid.rows;
  // The task column needs no merge lookup: an empty task cell inherits the task above anyway.
  const mapped = Object.values(col).filter((c): c is number => c !== undefined && c !== taskCol);
  const merged = MergedCells.of(grid.merges, mapped, measureCol);
  const visible = (row: readonly CellValue[], r: number, c: number | undefined): CellValue =>
    visibleValue(rows, merged, row, r, c);

  const isRepeatedHeader = repeatedHeaderTest(grid, layout.headerRow, layout.headerBottom);

  const body = options.body?.trim() ? options.body.trim() : null;
  const roles =
    body !== null
      ? new ExecutorRoles(reportingBody !== null ? bodyQuery(body, reportingBody) : body)
      : null;
  const measures: Measure[] = [];
  const figures = new FigureCounter(planYears(plan));
  const itemNumbers = new ItemNumbers();
  let itemsRepeat = false;
  const statusNote: StatusNote = { typo: null };
  let task = "";

  for (let r = layout.firstDataRow; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    // A measure cell merged down from the row above continues that measure (e.g. two result lines).
    if (merged !== null && merged.from(r, measureCol) !== null) continue;
    // The header (or numbering row) repeated after a page break of a plan copied from Word.
    if (isRepeatedHeader(row)) continue;

    const taskValue = visible(row, r, taskCol);
    if (!isEmptyCell(taskValue)) task = cellText(taskValue);
    const noValue = noCol === undefined ? null : (row[noCol] ?? null);
    const measureValue = visible(row, r, measureCol);
    const hasNo = !isEmptyCell(noValue);
    const hasMeasure = !isEmptyCell(measureValue);
    if (!hasNo && !hasMeasure) continue; // blank or heading row (SPEC)
    if (merged !== null && merged.isHeading(r)) continue;
    const deadlineValue = visible(row, r, deadlineCol);
    const statusValue = visible(row, r, statusCol);
    const resultValue = visible(row, r, resultCol);
    if (
      !hasMeasure &&
      isEmptyCell(deadlineValue) &&
      isEmptyCell(statusValue) &&
      isEmptyCell(resultValue)
    ) {
      // An item number alone: a section heading or an unfilled template row, not a measure.
      continue;
    }

    // Item number; a cell merged down from the row above carries that row's number (not a duplicate).
    const no = itemNumber(hasNo ? noValue : visible(row, r, noCol));
    if (hasNo && no !== "") {
      const first = itemNumbers.seenAt(
        no,
        typeof noValue === "number" && Number.isInteger(noValue) ? noValue : Number.NaN,
        r,
        measures
      );
      if (first >= 0) issues.add("duplicate-item", r, noCol!, { no, firstRow: first + 1 });
    } else if (no !== "") {
      itemsRepeat = true; // merged down: the same number on several measures
    }

    const measureError = cellErrorText(measureValue);
    if (measureError !== null) issues.add("formula-error", r, measureCol, { text: measureError });
    else if (!hasMeasure) issues.add("missing-measure", r, measureCol);

    // Deadline.
    const deadlineError = cellErrorText(deadlineValue);
    const deadline = deadlineError === null ? parseDeadline(deadlineValue) : NO_DEADLINE;
    const deadlineText = cellText(deadlineValue);
    if (deadlineError !== null)
      issues.add("formula-error", r, deadlineCol, { text: deadlineError });
    else if (deadline.type === null)
      issues.add("unparsed-deadline", r, deadlineCol, { text: deadlineText });
    else if (deadline.end !== null && !inPlanYears(plan, deadlineYear(deadline)!)) {
      // SPEC Rule: counted in no year line of Annex 2, so say it where it can be fixed.
      issues.add("deadline-outside-plan", r, deadlineCol, {
        end: formatDmy(deadline.end),
        text: yearsText,
      });
    }

    // Completion date (optional column).
    let completedOn: string | null = null;
    if (completedCol !== undefined) {
      const v = visible(row, r, completedCol);
      const d = cellDate(v);
      if (d === null)
        issues.add("unparsed-completion-date", r, completedCol, { text: cellText(v) });
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
      reading = classifyStatus(statusText, statusNote);
      if (statusNote.typo !== null)
        issues.add("status-typo", r, statusCol, {
          text: statusNote.typo.word,
          as: statusNote.typo.as,
        });
      if (reading === "empty") issues.add("missing-status", r, statusCol);
      else if (reading === "unknown")
        issues.add("unknown-status", r, statusCol, { text: statusText });
    }
    const status = resolveStatus(reading, completedOn, deadline.end);
    if (reading === "completed" && completedOn === null)
      issues.add("missing-completion-date", r, statusCol);
    if (
      (reading === "on_time" || reading === "late") &&
      completedOn !== null &&
      deadline.end !== null
    ) {
      const lateByDate = completedOn > deadline.end;
      if (lateByDate !== (reading === "late")) {
        issues.add("timeliness-mismatch", r, completedCol ?? statusCol, {
          says: reading,
          date: formatDmy(completedOn),
          end: formatDmy(deadline.end),
        });
      }
    }
    if (deadline.end !== null && isOverdue(status, deadline.end, asOf)) {
      issues.add("overdue", r, statusCol, { end: formatDmy(deadline.end) });
    }

    // Role of the reporting body.
    const executors = cellText(visible(row, r, executorsCol));
    let role: Role | null = null;
    if (roleCol !== undefined) {
      const roleText = cellText(visible(row, r, roleCol));
      role = roleText === "" ? null : classifyRole(roleText);
      if (roleText !== "" && role === null)
        issues.add("unknown-role", r, roleCol, { text: roleText });
    }
    if (role === null && roles !== null && executorsCol !== undefined && executors !== "") {
      role = roles.of(executors);
      if (role === null) issues.add("body-not-in-executors", r, executorsCol, { body: body! });
    }

    const measure: Measure = {
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
    };
    measures.push(measure);
    figures.add(measure);
  }
  const itemsInOrder = itemNumbers.inOrder && !itemsRepeat;
  return { measures, issues: issues.items, summary: figures.summary(itemsInOrder), itemsInOrder };
}

/**
 * Analyse a workbook: find Table 1, read and validate its measures, compute the figures.
 * A fatal result means nothing can be computed (SPEC: `no-table`, `missing-column`).
 */
export function analyseWorkbook(
  sheets: readonly SheetGrid[],
  options: AnalysisOptions,
  fileName = ""
): AnalysisResult {
  const found = findTable(sheets, { sheetName: options.sheet, skip: isGeneratedSheetName });
  if (!found.ok) {
    const cat = coreCatalog(options.lang);
    const fatal: FatalError =
      found.code === "missing-column"
        ? fatalError("missing-column", options.lang, {
            file: fileName,
            sheet: found.sheet,
            column: found.column,
          })
        : found.missingSheet !== undefined
          ? {
              code: "no-table",
              sheet: found.missingSheet,
              message: cat.noSuchSheet(
                found.missingSheet,
                sheets.map((x) => x.name)
              ),
            }
          : options.sheet !== undefined
            ? { code: "no-table", sheet: options.sheet, message: cat.noTableOnSheet(options.sheet) }
            : fatalError("no-table", options.lang, { file: fileName });
    return { ok: false, fatal };
  }
  const reportingBody = reportingBodyOf(sheets, found.grid, found.layout, options.body);
  const { measures, issues, summary } = readMeasures(
    found.grid,
    found.layout,
    options,
    reportingBody
  );
  const analysis: Analysis = {
    layout: found.layout,
    measures,
    issues,
    summary,
    body: options.body?.trim() ? options.body.trim() : null,
    reportingBody,
    asOf: options.asOf,
    plan: options.plan ?? PLAN_444,
  };
  return { ok: true, analysis };
}
