/**
 * The group workbook of a local joint monitoring and evaluation group (БМжБ, SPEC "Local joint
 * monitoring and evaluation groups"): members, meetings, the work plan, the acts register and the
 * holidays sheet, read from grids into these shapes; the rules turn them into issues and figures.
 */
import type { IsoDate, Severity } from "../types";

export type MemberCategory = "municipal" | "deputy" | "citizen";
export type Sex = "female" | "male";

/** The sheets of a group workbook. */
export type GroupSheetKind = "members" | "meetings" | "workPlan" | "acts" | "holidays";

export type MemberKey = "no" | "name" | "category" | "sex" | "birth" | "age" | "position" | "role";
export type MeetingKey = "no" | "date" | "present" | "agenda" | "minutes";
export type WorkPlanKey = "no" | "object" | "subject" | "method" | "when";
export type ActKey =
  | "no"
  | "date"
  | "purpose"
  | "object"
  | "subject"
  | "place"
  | "period"
  | "findings"
  | "recommendations"
  | "attachments"
  | "delivered"
  | "responded"
  | "council"
  | "measures";
export type HolidayKey = "date" | "kind" | "name" | "source";

/** The mandatory parts of an act (seed 004 §8.1). Subject and object are one part there; here each has its cell. */
export const ACT_PARTS = [
  "purpose",
  "subject",
  "object",
  "place",
  "period",
  "findings",
  "recommendations",
] as const;
export type ActPart = (typeof ACT_PARTS)[number];

/** Where a sheet's table was found: header row and the column of each key (0-based). */
export interface GroupLayout<K extends string> {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly columns: Readonly<Partial<Record<K, number>>>;
}

export interface Member {
  /** 0-based sheet row. */
  readonly row: number;
  readonly no: string;
  readonly name: string;
  readonly category: MemberCategory | null;
  readonly sex: Sex | null;
  /** The sex was not written: guessed from the name's ending. */
  readonly sexInferred: boolean;
  readonly birthDate: IsoDate | null;
  /** Only a birth year was written. */
  readonly birthYear: number | null;
  readonly age: number | null;
  readonly position: string;
  readonly role: string;
  readonly isChair: boolean;
}

export interface Meeting {
  readonly row: number;
  readonly date: IsoDate | null;
  /** Members present, or null when not written or not understood. */
  readonly present: number | null;
  readonly agenda: string;
  readonly minutesSigned: boolean | null;
  /** More than half of the members present (seed 004 §7.2.3). */
  readonly quorum: boolean;
}

export interface WorkItem {
  readonly row: number;
  readonly no: string;
  readonly object: string;
  readonly subject: string;
  readonly method: string;
  readonly when: string;
  /** Last day the plan gives, when its wording names one. */
  readonly end: IsoDate | null;
}

/** What became of an act's answer: in time, late, not given after the limit, not yet due, or unknown (no delivery date). */
export type AnswerState = "on_time" | "late" | "missing" | "pending" | "unknown";

export interface Act {
  readonly row: number;
  readonly no: string;
  readonly date: IsoDate | null;
  readonly purpose: string;
  readonly object: string;
  readonly subject: string;
  readonly place: string;
  readonly period: string;
  readonly findings: string;
  readonly recommendations: string;
  readonly attachments: string;
  readonly measures: string;
  readonly delivered: IsoDate | null;
  readonly responded: IsoDate | null;
  readonly councilReported: IsoDate | null;
  /** Last day of the object's answer (10 working days) and of the council report (30 calendar days). */
  readonly responseDue: IsoDate | null;
  readonly councilDue: IsoDate | null;
  readonly response: AnswerState;
  readonly council: AnswerState;
}

export type GroupIssueCode =
  | "group-size"
  | "group-even"
  | "member-under-18"
  | "municipal-share"
  | "deputy-share"
  | "citizen-share"
  | "sex-share"
  | "no-chair"
  | "term-expiring"
  | "term-expired"
  | "first-meeting-late"
  | "no-quorum"
  | "quarter-without-meeting"
  | "act-missing-part"
  | "response-overdue"
  | "council-report-overdue"
  | "missing-column"
  | "missing-category"
  | "unknown-category"
  | "missing-sex"
  | "unknown-sex"
  | "sex-inferred"
  | "unparsed-date"
  | "missing-birth-date"
  | "missing-creation-date"
  | "unparsed-present"
  | "duplicate-act"
  | "unknown-day-kind"
  | "no-sheet";

/** A finding of the group check, pointing at the cell to fix (same shape as a Table 1 issue). */
export interface GroupIssue {
  readonly severity: Severity;
  readonly code: GroupIssueCode;
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  readonly message: string;
}

export interface CompositionCounts {
  readonly total: number;
  readonly municipal: number;
  readonly deputies: number;
  readonly citizens: number;
  readonly women: number;
  readonly men: number;
}
