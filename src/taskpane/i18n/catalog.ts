/**
 * Every word the task pane and the standalone page show. One catalogue per language (ky, ru, en);
 * the type makes a missing entry a compile error. Words about the plan itself (issue messages, the
 * Annex 2 form, status wordings) come from the core catalogue, not from here.
 */
import type { Lang } from "../../core";

export type AnnexStep = "reading" | "analysing" | "writing";

/** Where the pane's changes to Table 1 go: the open workbook (Excel) or the copy the page downloads. */
export type ChangesPlace = "workbook" | "copy";

export interface PaneCatalog {
  readonly lang: Lang;
  /** BCP 47 tag used for numbers and dates and for the page's `lang` attribute. */
  readonly locale: string;
  /** Decimal mark of numbers shown (the execution level): `,` in Kyrgyz and Russian. */
  readonly decimalMark: string;
  readonly app: {
    readonly title: string;
    readonly tagline: string;
    readonly language: string;
    readonly loading: string;
    readonly outsideTitle: string;
    readonly outsideBody: string;
    readonly standaloneLink: string;
    readonly failed: (detail: string) => string;
    readonly unknownError: string;
    readonly dismiss: string;
  };
  readonly sheet: {
    readonly heading: string;
    readonly label: string;
    readonly detected: (name: string) => string;
    readonly notDetected: string;
    readonly noSheets: string;
    readonly hidden: (name: string) => string;
    readonly refresh: string;
    readonly insertTemplate: string;
    readonly insertTemplateHint: string;
    readonly templateInserted: (name: string) => string;
    readonly noTableOnSheet: (name: string) => string;
    /** The workbook has no sheet with Table 1 (said above the offer to insert a blank one). */
    readonly noTable: string;
    readonly noTableInsert: Readonly<Record<ChangesPlace, string>>;
    /** The workbook open in Excel is a .csv or .xls file (`ext` with its dot): how to save it as .xlsx. */
    readonly notXlsxWorkbook: (ext: string) => string;
  };
  readonly report: {
    readonly heading: string;
    readonly body: string;
    readonly bodyHint: string;
    readonly periodFrom: string;
    readonly periodTo: string;
    readonly periodHint: string;
    readonly periodOrder: string;
    readonly person: string;
    readonly contacts: string;
    readonly savedInWorkbook: string;
    readonly savedInBrowser: string;
  };
  readonly check: {
    readonly heading: string;
    readonly run: string;
    readonly running: string;
    readonly none: string;
    readonly counts: (errors: number, warnings: number) => string;
    readonly errorsGroup: (n: number) => string;
    readonly warningsGroup: (n: number) => string;
    readonly goTo: (cell: string) => string;
    readonly more: (n: number) => string;
    /** Where an issue is: its item number and its measure's first words (either may be missing). */
    readonly issuePlace: (item: string | null, measure: string | null) => string;
    readonly highlight: Readonly<Record<ChangesPlace, string>>;
    readonly highlighted: (n: number) => string;
    readonly unhighlighted: string;
    readonly dropdowns: string;
    readonly dropdownsHint: Readonly<Record<ChangesPlace, string>>;
    /** What "highlight" and "drop-downs" change, said under them. */
    readonly toolsNote: Readonly<Record<ChangesPlace, string>>;
    readonly dropdownsDone: (columns: string) => string;
  };
  readonly figures: {
    readonly heading: string;
    readonly asOf: (date: string) => string;
    readonly total: string;
    readonly completed: string;
    readonly onTime: string;
    readonly late: string;
    readonly inProgress: string;
    /** Of the not completed measures, those whose status says not completed, is empty or unrecognised. */
    readonly notCompleted: string;
    /** Annex 2 section III counts all of them as in progress, as the form has it. */
    readonly sectionNote: (n: number) => string;
    readonly level: string;
    readonly levelUndefined: string;
  };
  readonly annex2: {
    readonly heading: string;
    readonly generate: string;
    readonly step: Readonly<Record<AnnexStep, string>>;
    readonly progressLabel: string;
    readonly done: (sheet: string) => string;
    readonly withErrors: (n: number) => string;
    readonly note: string;
  };
  /** The pane's two views: the official's report and the coordinator's consolidation. */
  readonly tabs: {
    readonly label: string;
    readonly report: string;
    readonly consolidate: string;
  };
  readonly consolidate: {
    readonly heading: string;
    readonly intro: string;
    readonly source: string;
    readonly fromFiles: string;
    readonly fromSheets: string;
    readonly privacy: string;
    readonly chooseFiles: string;
    readonly dropFiles: string;
    readonly filesChosen: (n: number) => string;
    readonly filesList: string;
    readonly clearFiles: string;
    readonly sheetsLabel: string;
    readonly noTableSheets: string;
    readonly asOf: string;
    readonly asOfHint: string;
    readonly expected: string;
    readonly expectedHint: string;
    readonly expectedNone: string;
    /** The page's list of expected bodies (like `--expect`): typed, pasted or read from a file. */
    readonly expectedList: string;
    readonly expectedListHint: string;
    readonly expectedFile: string;
    readonly expectedCount: (n: number) => string;
    readonly expectedUnreadable: (name: string, detail: string) => string;
    readonly run: string;
    readonly progressLabel: string;
    readonly loadingReader: string;
    readonly reading: (done: number, total: number, name: string) => string;
    readonly readingSheets: (n: number) => string;
    readonly writing: string;
    readonly charting: string;
    readonly done: (summary: string, items: string, issues: string) => string;
    readonly chartAdded: string;
    readonly chartUnsupported: string;
    readonly nothingUsable: string;
    readonly readerFailed: string;
    readonly bodiesHeading: string;
    readonly bodyColumn: string;
    readonly totalColumn: string;
    readonly completedColumn: string;
    readonly levelColumn: string;
    readonly levelNone: string;
    readonly overall: string;
    readonly overallNote: string;
    readonly unreadableHeading: (n: number) => string;
    readonly duplicatesHeading: (n: number) => string;
    readonly missingHeading: (n: number) => string;
    readonly unexpectedHeading: (n: number) => string;
    /** Title of the chart written on the summary sheet. */
    readonly chartTitle: string;
    readonly download: string;
    readonly downloadNote: (name: string) => string;
  };
  readonly standalone: {
    readonly title: string;
    readonly privacy: string;
    readonly choose: string;
    readonly drop: string;
    readonly opening: (name: string) => string;
    readonly opened: (name: string) => string;
    readonly notXlsx: (name: string) => string;
    /** An .ods was opened: its copy cannot be downloaded (it is written only as .xlsx). */
    readonly odsDownload: string;
    readonly download: string;
    readonly downloadNote: (name: string) => string;
    readonly another: string;
    /** After a blank Table 1 was added to the copy: its download. */
    readonly templateDownload: string;
  };
}
