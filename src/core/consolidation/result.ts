/** What consolidation gives: per-body and overall figures, the item view, and the problems found. */
import type { PlanCompleteness } from "./planCompleteness";
import type { FatalError, IsoDate, Issue, Lang, MeasureStatus, Role, Summary } from "../types";
import type { PeriodLevels } from "./periods";

/** A body's figures: those of its own report (`Summary`, SPEC "Figures"), the file, role and issue counts. */
export interface BodyFigures extends Pick<
  Summary,
  "total" | "completed" | "completedOnTime" | "completedLate" | "inProgress" | "executionLevel"
> {
  readonly body: string;
  readonly file: string;
  /** Measures as lead executor / as co-executor (`Summary.lead.total` / `Summary.co.total`). */
  readonly lead: number;
  readonly co: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface BodyResult extends BodyFigures {
  /** The body's validation issues (sheet, cell, message). */
  readonly issues: readonly Issue[];
}

export interface UnreadableFile {
  readonly file: string;
  readonly body: string | null;
  readonly code: FatalError["code"];
  /** One sentence in the user's language. */
  readonly message: string;
}

export interface DuplicateBody {
  readonly body: string;
  /** The file used (the newer). */
  readonly used: string;
  /** A file of the same body that was ignored. */
  readonly ignored: string;
}

/** One body's report of one plan item. */
export interface ItemReport {
  readonly body: string;
  readonly role: Role;
  readonly status: MeasureStatus;
}

/** One row of the item view. */
export interface ItemRow {
  readonly no: string;
  /** The measure text (the lead's when the lead reported it). */
  readonly measure: string;
  /** The lead executor: the bodies reporting the item as lead, else the first executor named in the executors column, else "". */
  readonly lead: string;
  /** The lead executors' reports (usually one; none when the lead sent nothing for the item). */
  readonly leads: readonly ItemReport[];
  /** Co-executors' reports, by body name. */
  readonly co: readonly ItemReport[];
  /** The item's status = the lead executor's (the least done of several leads); null when no lead reported it. */
  readonly status: MeasureStatus | null;
  /** One executor says completed and another not completed. */
  readonly disagree: boolean;
  /** More than one body reports itself as the item's lead executor. */
  readonly severalLeads: boolean;
}

export interface Consolidation {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  readonly planItems: number;
  /** Sorted by execution level (highest first, undefined last), then by name. */
  readonly bodies: readonly BodyResult[];
  readonly overall: Omit<BodyFigures, "body" | "file">;
  readonly items: readonly ItemRow[];
  /** Expected bodies with no readable workbook (empty when no list was given). */
  readonly missing: readonly string[];
  /** Bodies that reported but are not on the expected list (empty when no list was given). */
  readonly unexpected: readonly string[];
  readonly unreadable: readonly UnreadableFile[];
  readonly duplicates: readonly DuplicateBody[];
  /** Completeness per plan item (`consolidate --plan`); absent without a plan workbook. */
  readonly plan?: PlanCompleteness;
  /** Each body's level per period, when the files span at least two periods (./periods.ts); else null. */
  readonly periods: PeriodLevels | null;
}
