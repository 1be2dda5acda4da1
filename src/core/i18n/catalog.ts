/**
 * Every user-facing word the core produces: issue messages, fatal errors, the Annex 2 form, the
 * Table 1 template, consolidation sheets. One catalogue per language (ky, ru, en); the type makes a
 * missing entry a compile error.
 */
import type {
  ColumnKey,
  ConsolidationCode,
  DeadlineType,
  FatalCode,
  IssueCode,
  Lang,
  MeasureStatus,
  Role,
} from "../types";

export interface IssueArgs {
  /** The cell text the issue is about. */
  readonly text?: string;
  readonly no?: string;
  /** 1-based row of a first occurrence. */
  readonly firstRow?: number;
  readonly body?: string;
  /** Dates, already formatted dd.mm.yyyy. */
  readonly date?: string;
  readonly end?: string;
  /** For `status-typo`: the word the mistyped one was read as. */
  readonly as?: string;
  /** For `timeliness-mismatch`: what the status says. */
  readonly says?: "on_time" | "late";
}

export interface FatalArgs {
  readonly file?: string;
  readonly sheet?: string;
  readonly column?: ColumnKey;
  /** Why a workbook could not be read (`UnreadableReason`). */
  readonly reason?: UnreadableReason;
  readonly detail?: string;
}

export type UnreadableReason =
  "not-found" | "not-xlsx" | "encrypted" | "corrupt" | "too-large" | "empty" | "csv" | "legacy-xls";

export interface Annex2Texts {
  readonly sheetName: string;
  readonly title: (planItems: number) => string;
  /** The title for a plan other than 444-р: its name, the act that approved it ("" when unknown), its item count. */
  readonly planTitle: (title: string, act: string, planItems: number) => string;
  readonly bodyCaption: string;
  /** The as-of date and the reporting period in the form's order (`… карата … – … чейин`). */
  readonly periodLine: (asOf: string, from: string, to: string) => string;
  readonly periodCaption: string;
  readonly personCaption: string;
  readonly contactsCaption: string;
  readonly planTotal: (planItems: number) => string;
  readonly leadHeading: (n: number) => string;
  readonly coHeading: (n: number) => string;
  readonly inYear: (year: string) => string;
  readonly measuresUnit: string;
  /** The unit after a count, agreeing with it (`1 мероприятие`, `5 мероприятий`). */
  readonly measuresUnitFor: (n: number) => string;
  readonly fixedLine: string;
  readonly ongoingLine: string;
  readonly stagedLine: string;
  readonly itemsCaption: string;
  readonly countHeader: string;
  readonly itemsHeader: string;
  readonly statusHeading: (date: string) => string;
  readonly inProgress: string;
  readonly onTime: string;
  readonly late: string;
  readonly total: string;
  readonly totalCompleted: string;
  readonly levelLine: string;
  readonly levelFormula: string;
  readonly levelUndefined: string;
  readonly detailHeaders: readonly [string, string, string, string, string, string, string];
  readonly noMeasures: string;
}

export interface CoreCatalog {
  readonly lang: Lang;
  readonly columnNames: Readonly<Record<ColumnKey, string>>;
  readonly statusNames: Readonly<Record<MeasureStatus, string>>;
  readonly deadlineTypeNames: Readonly<Record<DeadlineType, string>>;
  readonly roleNames: Readonly<Record<Role, string>>;
  /**
   * The Methodology's indicator (seed 000 §6–7 «аткаруу деңгээли»; Russian and English as SPEC), as a
   * label starts it. Every catalogue naming the indicator takes it from here (`lowerFirst` inside a sentence).
   */
  readonly executionLevel: string;
  readonly severityNames: Readonly<Record<"error" | "warning", string>>;
  /** What each code means, in a few words (the consolidated workbook's issues sheet shows these, not codes). */
  readonly issueKinds: Readonly<Record<IssueCode | FatalCode | ConsolidationCode, string>>;
  readonly issue: Readonly<Record<IssueCode, (a: IssueArgs) => string>>;
  readonly fatal: Readonly<Record<FatalCode, (a: FatalArgs) => string>>;
  readonly unreadable: Readonly<Record<UnreadableReason, string>>;
  /** `no-table` when the sheet asked for (`--sheet`) is not in the workbook; `sheets`: the workbook's sheets. */
  readonly noSuchSheet: (sheet: string, sheets: readonly string[]) => string;
  /** `no-table` when the sheet asked for holds no Table 1 header. */
  readonly noTableOnSheet: (sheet: string) => string;
  readonly annex2: Annex2Texts;
  /** The blank Table 1 workbook (`atkaruu template`, task pane "insert Table 1"). */
  readonly template: {
    readonly sheetName: string;
    readonly title: string;
    /** Wordings offered in the status drop-down, in this language. */
    readonly statusChoices: readonly string[];
    readonly roleChoices: readonly [string, string];
    readonly statusListError: string;
    readonly roleListError: string;
    readonly listErrorTitle: string;
  };
  /** Consolidated workbook. */
  readonly consolidation: {
    readonly summarySheet: string;
    readonly itemsSheet: string;
    readonly issuesSheet: string;
    readonly title: (date: string) => string;
    readonly summaryHeaders: readonly string[];
    readonly overall: string;
    readonly itemHeaders: readonly string[];
    readonly issueHeaders: readonly string[];
    readonly disagree: string;
    readonly missingBody: string;
    readonly unreadableFile: string;
    readonly duplicateBody: (body: string, used: string, ignored: string) => string;
    readonly notReported: string;
    /** Item view: more than one body reports itself as the item's lead executor. */
    readonly severalLeads: string;
    /** Issues sheet: a body that reported but is not on the expected list. */
    readonly unexpectedBody: string;
    /** A problem said once for a body though it is found in `n` rows (`body-not-in-executors`). */
    readonly inRows: (n: number) => string;
  };
}
