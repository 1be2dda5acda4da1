/**
 * Every word of the "Local monitoring" view (pane and page) in ky / ru / en; the type makes a missing
 * entry a compile error. The group's figures, issues, period and act words are the core group
 * catalogue's (`src/core/group/i18n`), shared with `atkaruu group`.
 */
import type { Lang } from "../../../core";

export interface GroupPaneCatalog {
  readonly lang: Lang;
  /** The view's tab. */
  readonly tab: string;
  readonly check: {
    readonly heading: string;
    readonly intro: string;
    readonly asOf: string;
    readonly asOfHint: string;
    /** The creation date field, for a members sheet that does not give it (the CLI's `--created`). */
    readonly created: string;
    readonly createdHint: string;
    /** Closes the core's `missing-creation-date` sentence: fill in the field `field` of the view. */
    readonly createdAlternative: (field: string) => string;
    readonly run: string;
    readonly running: string;
    readonly noGroup: string;
    readonly none: string;
    readonly figures: string;
    readonly sheetIssues: (sheet: string) => string;
    readonly insertBlank: string;
    readonly insertBlankHint: string;
    readonly inserted: (names: string) => string;
  };
  readonly act: {
    readonly heading: string;
    readonly needCheck: string;
    readonly noActs: string;
    readonly pick: string;
    readonly option: (no: string, date: string, object: string) => string;
    readonly due: (response: string, council: string) => string;
    readonly make: string;
    readonly made: (sheet: string) => string;
  };
  readonly report: {
    readonly heading: string;
    readonly period: string;
    readonly plan: string;
    readonly planNone: string;
    readonly planSheet: (sheet: string) => string;
    readonly planFile: string;
    readonly chooseFile: string;
    readonly fileChosen: (name: string) => string;
    readonly make: string;
    readonly made: (sheet: string) => string;
    readonly planFailed: (message: string) => string;
  };
  readonly composition: {
    readonly heading: string;
    readonly intro: string;
    readonly make: string;
    readonly made: (sheet: string) => string;
  };
  readonly page: {
    readonly intro: string;
    /** No members sheet in the opened file: the page offers the blank workbook's download, not an insert. */
    readonly noGroup: (blank: string) => string;
    readonly blank: string;
    readonly blankNote: (name: string) => string;
    readonly odsDownload: string;
    readonly download: string;
    readonly downloadNote: (name: string) => string;
  };
}
