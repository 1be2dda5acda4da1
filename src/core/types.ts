/**
 * The shared vocabulary of Atkaruu's core. Everything here is plain data: adapters (ExcelJS files,
 * Office.js ranges) turn cells into these shapes, the core turns them into figures, issues and the
 * Annex 2 sheet model, and adapters write that model back.
 */

import type { Body } from "./body";
import type { Plan } from "./plan/model";

/** Languages of the user interface and of every generated text. */
export type Lang = "ky" | "ru" | "en";
export const LANGS: readonly Lang[] = ["ky", "ru", "en"];

/** An Excel error value as the user sees it (`#N/A`, `#VALUE!`, …). */
export interface CellError {
  readonly error: string;
}

/**
 * The value a user sees in a cell. Dates arrive as `Date` from files; Office.js hands them over as
 * serial numbers, which the core recognises where a date is expected (deadline, completion date).
 * Empty cells are `null` (Office.js gives `""`, which the core also treats as empty).
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, 0-based and inclusive. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One sheet as a grid of visible values. `rows[r][c]` is the cell at 0-based row r, column c of the
 * sheet (A1 is rows[0][0]); rows may be ragged and short. In a merged area only the top-left cell
 * holds the value, as in Excel's `range.values`.
 */
export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly MergeArea[];
  /** The sheet is hidden in the workbook (a hint only). */
  readonly hidden?: boolean;
}

/** Keys of Table 1 columns (SPEC "Table 1"). */
export type ColumnKey =
  | "no"
  | "task"
  | "measure"
  | "deadline"
  | "result"
  | "status"
  | "executors"
  | "role"
  | "completedOn";

/** The six columns of the Methodology's Table 1, in order. */
export const TABLE1_KEYS: readonly ColumnKey[] = [
  "no",
  "task",
  "measure",
  "deadline",
  "result",
  "status",
];
/** Columns without which no figure can be computed (SPEC Rule: fatal `missing-column`). */
export const REQUIRED_KEYS: readonly ColumnKey[] = ["measure", "deadline", "status"];
export const OPTIONAL_KEYS: readonly ColumnKey[] = ["executors", "role", "completedOn"];
export const ALL_KEYS: readonly ColumnKey[] = [...TABLE1_KEYS, ...OPTIONAL_KEYS];

/** Status categories (SPEC "Status"). `completed` is only an intermediate, resolved by dates. */
export type StatusCategory = "on_time" | "late" | "completed" | "in_progress" | "not_completed";
/** What a measure ends up counted as, after `completed` is resolved and unusable statuses are flagged. */
export type MeasureStatus =
  "on_time" | "late" | "in_progress" | "not_completed" | "missing" | "unknown";

export type DeadlineType = "fixed" | "ongoing" | "staged";

/** A calendar date without time zone, as `YYYY-MM-DD`. Comparable as a string. */
export type IsoDate = string;

export interface Deadline {
  /** null when the wording could not be understood (`unparsed-deadline`). */
  readonly type: DeadlineType | null;
  /** Last day of the deadline, or null (ongoing, staged without years, unparsed). */
  readonly end: IsoDate | null;
}

export type Role = "lead" | "co";

export type Severity = "error" | "warning";

export type IssueCode =
  | "unknown-status"
  | "status-typo"
  | "missing-status"
  | "unparsed-deadline"
  | "duplicate-item"
  | "missing-measure"
  | "missing-completion-date"
  | "unparsed-completion-date"
  | "timeliness-mismatch"
  | "body-not-in-executors"
  | "unknown-role"
  | "overdue"
  | "deadline-outside-plan"
  | "formula-error";

/** A validation finding, pointing at the one cell to fix. */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string;
  /** A1 address of the cell to fix, e.g. `F12`. */
  readonly cell: string;
  /** 0-based row and column of that cell (for adapters that select it). */
  readonly row: number;
  readonly col: number;
  /** One sentence in the requested language. */
  readonly message: string;
}

export type FatalCode = "unreadable-workbook" | "no-table" | "missing-column";

/** Problems consolidation itself finds (beside each body's validation issues). */
export type ConsolidationCode = "missing-body" | "duplicate-body" | "unexpected-body";

/** Input the core cannot work with at all: nothing is computed, nothing written. */
export interface FatalError {
  readonly code: FatalCode;
  readonly column?: ColumnKey;
  readonly sheet?: string;
  readonly message: string;
}

/** Where Table 1 was found and how its columns map. Column indexes are 0-based. */
export interface TableLayout {
  readonly sheet: string;
  readonly headerRow: number;
  /** Last row of the header block (SPEC Rule: up to three rows); `headerRow` when the header is one row. */
  readonly headerBottom: number;
  /** First row after the header (and after the numbering row, when there is one). */
  readonly firstDataRow: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Header text of each mapped column as written in the workbook. */
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
}

/** One measure (a row of Table 1 that is not a heading or blank row). */
export interface Measure {
  /** 0-based sheet row. */
  readonly row: number;
  /** Item number as text (`12`, `1.2`), "" when the row has none. */
  readonly no: string;
  readonly task: string;
  readonly measure: string;
  readonly deadlineText: string;
  readonly result: string;
  readonly statusText: string;
  readonly executors: string;
  readonly deadline: Deadline;
  readonly status: MeasureStatus;
  readonly role: Role;
  readonly completedOn: IsoDate | null;
}

export interface RoleFigures {
  readonly total: number;
  /** Measures per year of their deadline end; always has every year of the plan (2024–2028 for 444-р), other years when present. */
  readonly byYear: Readonly<Record<string, number>>;
  /** Item numbers (sorted, unique) of measures with fixed / ongoing / staged deadlines. */
  readonly fixed: readonly string[];
  readonly ongoing: readonly string[];
  readonly staged: readonly string[];
}

/** SPEC "Figures". */
export interface Summary {
  readonly total: number;
  readonly completed: number;
  readonly completedOnTime: number;
  readonly completedLate: number;
  readonly inProgress: number;
  /** completed ÷ total × 100, or null when total is 0 (never 0, never NaN). */
  readonly executionLevel: number | null;
  readonly lead: RoleFigures;
  readonly co: RoleFigures;
}

/** Options of an analysis: who reports, as of when, in which language. */
export interface AnalysisOptions {
  /** The reporting body, by name or abbreviation; aliases separated by `|` or given in parentheses. */
  readonly body?: string;
  readonly asOf: IsoDate;
  readonly lang: Lang;
  /** Use this sheet instead of discovering Table 1. */
  readonly sheet?: string;
  /** The plan the measures belong to (SPEC "Plans other than 444-р"); 444-р when absent. */
  readonly plan?: Plan;
}

export interface Analysis {
  readonly layout: TableLayout;
  readonly measures: readonly Measure[];
  readonly issues: readonly Issue[];
  readonly summary: Summary;
  /** The body as given in the options. */
  readonly body: string | null;
  /** The reporting body's full name and abbreviation as the plan writes them (SPEC "Role"); null without a body. */
  readonly reportingBody: Body | null;
  readonly asOf: IsoDate;
  /** The plan the figures follow (years, title, item count). */
  readonly plan: Plan;
}

export type AnalysisResult =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly fatal: FatalError };
