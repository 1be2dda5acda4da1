/**
 * Every word the `atkaruu` command prints itself (help, usage errors, summaries, progress). Words
 * about the plan (issue messages, fatal input, status names) come from the core's catalogue.
 */
import type { Lang } from "../../core";

/** What an option's value must look like, for usage errors. */
export type Expected = "date" | "lang" | "positiveInt" | "text";

export interface CliCatalog {
  readonly lang: Lang;
  /** A number with one decimal, written the local way (`34,1` / `34.1`). */
  readonly decimal: (n: number) => string;
  readonly help: {
    readonly usageLabel: string;
    readonly usage: string;
    readonly commandsHeading: string;
    readonly optionsHeading: string;
    readonly commands: Readonly<Record<string, string>>;
    readonly options: Readonly<Record<string, string>>;
    readonly more: string;
    readonly exitCodes: string;
    /** The synopses' placeholders (`<in.xlsx>`, `NAME`, `YYYY-MM-DD` …) in this language. */
    readonly placeholders: Readonly<Record<string, string>>;
  };
  readonly expected: Readonly<Record<Expected, string>>;
  readonly usage: {
    /** `list`: the command names, e.g. `annex2, validate, template`. */
    readonly missingCommand: (list: string) => string;
    readonly unknownCommand: (name: string, list: string) => string;
    readonly unknownOption: (option: string) => string;
    readonly missingValue: (option: string) => string;
    readonly missingInput: (command: string) => string;
    readonly extraArgument: (arg: string) => string;
    readonly invalidOption: (option: string, value: string, expected: string) => string;
    readonly periodOrder: (from: string, to: string) => string;
    readonly outIsInput: (path: string) => string;
    readonly outExists: (path: string) => string;
  };
  /** File system error codes (`EACCES`, …) in words. */
  /** A file to read is not there (the expected list; reading errors of workbooks say it themselves). */
  readonly fileNotFound: string;
  readonly fsError: Readonly<Record<string, string>>;
  readonly writeFailed: (path: string, detail: string) => string;
  readonly copyFailed: (detail: string) => string;
  /** `annex2` on an .ods: the copy is written only as .xlsx. */
  readonly odsCopy: string;
  readonly unexpected: (detail: string) => string;
  readonly interrupted: string;
  readonly progress: {
    readonly reading: (file: string) => string;
    readonly analysing: string;
    readonly building: string;
    readonly writing: (file: string) => string;
  };
  readonly report: {
    readonly written: (path: string) => string;
    readonly body: (name: string) => string;
    readonly noBody: string;
    readonly asOf: (date: string) => string;
    readonly sheet: (name: string) => string;
    readonly measures: (total: number, lead: number, co: number) => string;
    readonly completed: (n: number, onTime: number, late: number) => string;
    readonly inProgress: (n: number) => string;
    readonly level: (value: string) => string;
    readonly levelUndefined: string;
    readonly issues: (errors: number, warnings: number) => string;
    readonly noIssues: string;
    readonly moreIssues: (n: number) => string;
    /** `validate`: the heading of one row's issues, with the row's item number when it has one. */
    readonly rowHeading: (sheet: string, row: number, item: string | null) => string;
    readonly fixHint: string;
  };
  readonly template: {
    readonly written: (path: string) => string;
  };
}
