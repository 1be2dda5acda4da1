/**
 * The words custom functions show to users: the messages attached to `#VALUE!` and `#N/A` results
 * (Excel shows them in the error indicator of the cell). Messages the core already words (an
 * unparsed deadline or completion date) come from the core catalogue instead.
 */
import type { Lang } from "../../core";

export interface FunctionsCatalog {
  readonly lang: Lang;
  /** `statuses` is a block of several rows and columns. */
  readonly statusesNotVector: string;
  /** `measures` does not have one cell per status cell. */
  readonly measuresShape: (statusCells: number, measureCells: number) => string;
  /** No measure in the range: execution level undefined (SPEC: never 0, never #DIV/0!). */
  readonly noMeasures: string;
  /** The category argument of COUNT_STATUS is empty. */
  readonly emptyCategory: (codes: string) => string;
  /** The category argument of COUNT_STATUS names no status. */
  readonly unknownCategory: (text: string, codes: string) => string;
  /** The deadline cell is empty. */
  readonly emptyDeadline: string;
  /** The deadline has no end date (ongoing, or in stages without years). */
  readonly noDeadlineEnd: (type: string) => string;
  /** The as-of date is not a date. */
  readonly badAsOf: (text: string) => string;
  /** An item number cell holds TRUE/FALSE. */
  readonly badItemNumber: (text: string) => string;
  /** A single-value argument holds an Excel error that cannot be passed on as it is (#REF!, #NAME?…). */
  readonly argumentError: (error: string) => string;
  /** WORKDAYS_DUE: the received date is empty or not a date. */
  readonly badReceived: (text: string) => string;
  /** WORKDAYS_DUE: the number of days is not a whole number from 0 to 3650. */
  readonly badDays: (text: string) => string;
  /** GROUP_CHECK: the range holds no members table. */
  readonly noMembersTable: string;
  /** GROUP_CHECK: the one row shown when the range has no issues. */
  readonly groupOk: (members: number) => string;
  /** Closes the core's `missing-creation-date` sentence in a formula: the function's `created` argument. */
  readonly groupCreatedArgument: string;
}
