/**
 * Every word the group part of the core produces (issues, the printed act, the summary report, the
 * composition summary, the blank group workbook), one catalogue per language; the type makes a
 * missing entry a compile error.
 */
import type { Lang } from "../../types";
import type { DayKind, FixedHoliday } from "../calendar";
import type { MovableHoliday } from "../holidayData";
import type {
  ActKey,
  ActPart,
  GroupIssueCode,
  GroupSheetKind,
  HolidayKey,
  MeetingKey,
  MemberCategory,
  MemberKey,
  Sex,
  WorkPlanKey,
} from "../types";

export interface GroupIssueArgs {
  /** The cell's text. */
  readonly text?: string;
  readonly n?: number;
  readonly count?: number;
  readonly min?: number;
  readonly max?: number;
  /** A share in percent, already rounded. */
  readonly share?: string;
  /** Dates, already formatted dd.mm.yyyy. */
  readonly date?: string;
  readonly due?: string;
  readonly days?: number;
  readonly part?: ActPart;
  /** `2025-Q1` style quarter, already written for the language. */
  readonly quarter?: string;
  readonly name?: string;
  readonly sex?: Sex;
  readonly column?: string;
  readonly no?: string;
  readonly sheetKind?: GroupSheetKind;
  /**
   * Another way to give the creation date where the user works, a clause in the check's language
   * from the adapter (`--created` on the command line, the view's field in the pane and on the page).
   */
  readonly alternative?: string;
}

/** A period of the summary report, in words (`2025-жылдын I жарым жылдыгы`). */
export interface PeriodWords {
  readonly half: (year: number, half: 1 | 2) => string;
  readonly year: (year: number) => string;
  readonly quarter: (year: number, q: number) => string;
}

export interface GroupCatalog {
  readonly lang: Lang;
  readonly issue: Readonly<Record<GroupIssueCode, (a: GroupIssueArgs) => string>>;
  readonly noMembers: (file: string) => string;
  /** The group's figures in one line each (the CLI's check output, the pane's figures). */
  readonly summary: {
    readonly members: (
      total: number,
      municipal: number,
      deputies: number,
      citizens: number,
      women: number,
      men: number
    ) => string;
    readonly meetings: (held: number, withQuorum: number) => string;
    readonly acts: (total: number, onTime: number, late: number, missing: number) => string;
    readonly created: (date: string, end: string) => string;
    readonly createdUnknown: string;
    /** `level` as shown, with its per cent sign. */
    readonly planLevel: (level: string) => string;
  };
  readonly categoryNames: Readonly<Record<MemberCategory, string>>;
  readonly sexNames: Readonly<Record<Sex, string>>;
  readonly partNames: Readonly<Record<ActPart, string>>;
  readonly dayKindNames: Readonly<Record<DayKind, string>>;
  readonly holidayNames: Readonly<Record<FixedHoliday | MovableHoliday, string>>;
  readonly sheetKindNames: Readonly<Record<GroupSheetKind, string>>;
  readonly period: PeriodWords;
  /** Sheet names of the blank group workbook (also hints when reading). */
  readonly sheetNames: Readonly<Record<GroupSheetKind, string>>;
  readonly headers: {
    readonly members: Readonly<Record<MemberKey, string>>;
    readonly meetings: Readonly<Record<MeetingKey, string>>;
    readonly workPlan: Readonly<Record<WorkPlanKey, string>>;
    readonly acts: Readonly<Record<ActKey, string>>;
    readonly holidays: Readonly<Record<HolidayKey, string>>;
  };
  readonly template: {
    readonly membersTitle: string;
    readonly createdLabel: string;
    readonly meetingsTitle: string;
    readonly workPlanTitle: string;
    readonly actsTitle: string;
    readonly holidaysTitle: string;
    /** Under the holidays title: the fixed holidays are counted always. */
    readonly fixedNote: string;
    readonly roleChoices: readonly string[];
    readonly yesNo: readonly [string, string];
    readonly listErrorTitle: string;
    readonly listError: string;
  };
  readonly act: {
    readonly sheetName: (no: string) => string;
    readonly title: (no: string) => string;
    readonly dateLine: (date: string) => string;
    readonly group: string;
    readonly deliveredTo: string;
    readonly deliveredList: string;
    readonly attachments: string;
    readonly none: string;
    readonly responseNote: (due: string) => string;
    readonly councilNote: (due: string) => string;
    readonly chairSignature: (name: string) => string;
    readonly membersSignature: string;
    readonly basis: string;
  };
  readonly report: {
    readonly sheetName: (period: string) => string;
    readonly title: (period: string) => string;
    readonly dates: (from: string, to: string) => string;
    readonly basis: string;
    readonly sectionMeetings: string;
    readonly meetingsHeld: string;
    readonly meetingsWithQuorum: string;
    readonly sectionActs: string;
    readonly actsTotal: string;
    readonly objects: string;
    readonly recommendations: string;
    readonly sectionResponses: string;
    readonly responsesOnTime: string;
    readonly responsesLate: string;
    readonly responsesMissing: string;
    readonly responsesPending: string;
    readonly councilOnTime: string;
    readonly councilLate: string;
    readonly councilMissing: string;
    readonly actHeaders: readonly string[];
    readonly answerNames: Readonly<
      Record<"on_time" | "late" | "missing" | "pending" | "unknown", string>
    >;
    readonly sectionPlan: string;
    readonly planWorkItems: string;
    readonly planLevel: (completed: number, total: number) => string;
    readonly planLevelUndefined: string;
    readonly planNotGiven: string;
    readonly noActs: string;
    readonly chairSignature: (name: string) => string;
  };
  readonly composition: {
    readonly sheetName: string;
    readonly title: string;
    readonly created: (date: string) => string;
    readonly createdUnknown: string;
    readonly headers: readonly [string, string, string, string, string];
    readonly rowTotal: string;
    readonly rowMunicipal: string;
    readonly rowDeputies: string;
    readonly rowCitizens: string;
    readonly rowWomen: string;
    readonly rowMen: string;
    readonly rowChair: string;
    readonly ruleSize: string;
    readonly ruleOdd: string;
    readonly ruleMunicipal: (min: number) => string;
    readonly ruleDeputies: (min: number, max: number) => string;
    readonly ruleCitizens: (min: number) => string;
    readonly ruleSex: (max: number) => string;
    readonly ruleChair: string;
    readonly met: string;
    readonly notMet: string;
    readonly membersHeading: string;
    readonly memberHeaders: readonly string[];
    readonly basis: string;
  };
}
