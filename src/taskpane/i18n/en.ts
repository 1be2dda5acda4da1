import { coreCatalog, lowerFirst } from "../../core";
import type { PaneCatalog } from "./catalog";

const core = coreCatalog("en");

const q = (s: string): string => `“${s}”`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: PaneCatalog = {
  lang: "en",
  locale: "en-GB",
  decimalMark: ".",
  app: {
    title: "Atkaruu",
    tagline: "Execution of the Digital Transformation Action Plan",
    language: "Language",
    loading: "Loading…",
    outsideTitle: "Open this add-in in Excel",
    outsideBody:
      "This page is Atkaruu's task pane: it works inside Excel, opened with the Atkaruu button on the Home tab. Without the add-in, use the standalone page.",
    standaloneLink: "Open the standalone page",
    failed: (d) => `Something went wrong: ${d}`,
    unknownError: "unknown error",
    dismiss: "Close",
  },
  sheet: {
    heading: "Table 1",
    label: "Sheet with Table 1",
    detected: (n) => `Table 1 found on sheet ${q(n)}.`,
    notDetected: "No sheet with Table 1 was found. Choose a sheet or insert a blank Table 1.",
    noSheets: "The workbook has no sheets to choose from.",
    hidden: (n) => `${n} (hidden)`,
    refresh: "Reread sheets",
    insertTemplate: "Insert blank Table 1",
    insertTemplateHint:
      "Adds a new sheet with the Table 1 columns and drop-down lists; existing sheets are not changed.",
    templateInserted: (n) => `Sheet ${q(n)} with a blank Table 1 was added.`,
    noTableOnSheet: (n) =>
      `Sheet ${q(n)} has no Table 1 header row: within its first 30 rows no row names at least four of the columns “No”, “Task”, “Measure”, “Deadline”, “Expected result”, “Status”.`,
    noTable:
      "This workbook has no Table 1: none of its sheets has the Table 1 header row. You can start from a blank Table 1.",
    noTableInsert: {
      workbook: "Insert a blank Table 1 into this workbook",
      copy: "Add a blank Table 1 to the copy",
    },
    notXlsxWorkbook: (ext) =>
      ext === ".csv"
        ? "This workbook is a .csv file: a .csv keeps one sheet and no formatting, so Annex 2, the highlights and the drop-down lists would be lost when it is saved. Save it as an Excel workbook first: File → Save As → Excel Workbook (*.xlsx)."
        : `This workbook is in the old ${ext} format, which keeps neither the drop-down lists nor the layout of Annex 2 as written. Save it as an Excel workbook first: File → Save As → Excel Workbook (*.xlsx).`,
  },
  report: {
    heading: "Report details",
    body: "Reporting body",
    bodyHint: "Its name or abbreviation as written in the executors column.",
    periodFrom: "Reporting period from",
    periodTo: "to (as-of date)",
    periodHint: "When empty: from 1 January to today.",
    periodOrder: "The end of the period is before its start.",
    person: "Responsible person (full name, position)",
    contacts: "Contacts (e-mail, work phone)",
    savedInWorkbook: "These details are saved in the workbook.",
    savedInBrowser: "These details are saved in this browser.",
  },
  check: {
    heading: "Check",
    run: "Check Table 1",
    running: "Checking…",
    none: "No issues found.",
    counts: (e, w) => `${plural(e, "error", "errors")}, ${plural(w, "warning", "warnings")}.`,
    errorsGroup: (n) => `Errors (${n})`,
    warningsGroup: (n) => `Warnings (${n})`,
    goTo: (c) => `Go to cell ${c}`,
    more: (n) => `…and ${n} more`,
    issuePlace: (item, m) =>
      [item !== null ? `item ${item}` : null, m !== null ? q(m) : null]
        .filter((x) => x !== null)
        .join(" · "),
    highlight: {
      workbook: "Highlight issues in Table 1 of this workbook",
      copy: "Highlight issues in Table 1 of the copy",
    },
    highlighted: (n) => `${plural(n, "cell", "cells")} highlighted.`,
    unhighlighted: "Highlights removed.",
    dropdowns: "Add drop-down lists",
    dropdownsHint: {
      workbook:
        "Adds to Table 1 of this workbook lists of the status wordings (status column) and the roles (role column), in the table's language.",
      copy: "Adds to Table 1 of the copy you download lists of the status wordings (status column) and the roles (role column), in the table's language.",
    },
    toolsNote: {
      workbook:
        "Highlights and drop-down lists change Table 1 of this workbook (its cells' fill and lists); its texts stay as they are.",
      copy: "Highlights and drop-down lists go into the copy you download; the file you opened is not changed.",
    },
    dropdownsDone: (c) => `Drop-down lists added to column ${c}.`,
  },
  figures: {
    heading: "Figures",
    asOf: (d) => `As of ${d}`,
    total: "Total measures",
    completed: "Completed",
    onTime: core.statusNames.on_time,
    late: core.statusNames.late,
    inProgress: core.statusNames.in_progress,
    notCompleted: `of these, ${lowerFirst(core.statusNames.not_completed)}`,
    sectionNote: (n) =>
      `Annex 2 (section III) counts all ${n} as “${lowerFirst(core.statusNames.in_progress)}”, as the Methodology's form has it.`,
    level: core.executionLevel,
    levelUndefined: core.annex2.levelUndefined,
  },
  annex2: {
    heading: "Annex 2",
    generate: "Generate Annex 2",
    step: {
      reading: "Reading Table 1…",
      analysing: "Computing the figures…",
      writing: "Writing the Annex 2 sheet…",
    },
    progressLabel: "Progress",
    done: (n) => `Sheet ${q(n)} is ready.`,
    withErrors: (n) =>
      `Table 1 has ${plural(n, "error", "errors")}: measures with an unusable status count as not completed.`,
    note: "Generating again replaces the Annex 2 sheet; Table 1 is never changed.",
  },
  tabs: {
    label: "Parts of the pane",
    report: "Report (Annex 2)",
    consolidate: "Consolidation",
  },
  consolidate: {
    heading: "Consolidate the bodies' reports",
    intro:
      "For coordinators: each body's Table 1 is read with the same rules as for Annex 2, and the summary, item and issue sheets are made from them, with figures from summed counts.",
    source: "Reports to consolidate",
    fromFiles: "Workbook files (.xlsx), one per body",
    fromSheets: "Table 1 sheets of this workbook, one per body",
    privacy: "The files are read on this computer only: nothing is sent over the network.",
    chooseFiles: "Choose .xlsx files",
    dropFiles: "or drop them here",
    filesChosen: (n) => `${plural(n, "file", "files")} chosen.`,
    filesList: "Chosen files",
    clearFiles: "Clear the list",
    sheetsLabel: "Sheets to consolidate (the sheet's name is the body's name)",
    noTableSheets: "No sheet of this workbook holds a Table 1.",
    asOf: "As of (date)",
    asOfHint: "When empty: today.",
    expected: "Expected bodies (optional)",
    expectedHint:
      "A sheet whose first column lists the bodies that should report: those that sent nothing are named.",
    expectedNone: "(no list)",
    expectedList: "Expected bodies (optional), one per line",
    expectedListHint:
      "Type or paste the bodies that should report, or read them from a file (.txt one per line, or the first column of an .xlsx): those that sent nothing are named.",
    expectedFile: "Read the list from a file",
    expectedCount: (n) => `${plural(n, "body", "bodies")} expected.`,
    expectedUnreadable: (name, d) => `The list ${q(name)} cannot be read: ${d}`,
    run: "Consolidate",
    progressLabel: "Progress",
    loadingReader: "Loading the file reader…",
    reading: (d, n, name) => `Files read: ${d} of ${n}; now ${name}…`,
    readingSheets: (n) => `Reading ${plural(n, "sheet", "sheets")}…`,
    writing: "Writing the consolidation sheets…",
    charting: "Adding the chart…",
    done: (a, b, c) => `Sheets ${q(a)}, ${q(b)} and ${q(c)} are ready.`,
    chartAdded: `The summary sheet has a bar chart of the ${lowerFirst(core.executionLevel)} per body.`,
    chartUnsupported: `This page cannot draw Excel charts: on the summary sheet the ${lowerFirst(core.executionLevel)} has data bars instead.`,
    nothingUsable: "None of the reports could be used, so nothing was written.",
    readerFailed:
      "The file reader could not be loaded from the add-in's server. Check the connection and try again.",
    bodiesHeading: "Figures by body",
    bodyColumn: "Body",
    totalColumn: "Measures",
    completedColumn: "Completed",
    levelColumn: "Level",
    levelNone: "no measures",
    overall: "Overall",
    overallNote:
      "Overall = completed ÷ measures of all bodies together, never an average of percentages.",
    unreadableHeading: (n) => `Files that could not be used (${n})`,
    duplicatesHeading: (n) => `Two reports from one body (${n})`,
    missingHeading: (n) => `Expected bodies that sent nothing (${n})`,
    unexpectedHeading: (n) => `Bodies not on the expected list (${n})`,
    chartTitle: `${core.executionLevel} by body, %`,
    download: "Download the consolidated workbook",
    downloadNote: (n) => `You get a new workbook named ${n}.`,
  },
  standalone: {
    title: "Atkaruu: from Table 1 to Annex 2 without the add-in",
    privacy: "Your workbook is processed inside this page only: nothing is sent over the network.",
    choose: "Choose an .xlsx file",
    drop: "or drop it here",
    opening: (n) => `Opening ${n}…`,
    opened: (n) => `Workbook: ${n}`,
    notXlsx: (n) => `${q(n)} is not an .xlsx file.`,
    odsDownload:
      "A copy with Annex 2 is written only as an .xlsx workbook: in LibreOffice Calc save this .ods as .xlsx and open that file here.",
    download: "Download the workbook",
    downloadNote: (n) => `You get a copy named ${n}; your original file is not changed.`,
    another: "Open another file",
    templateDownload: "Download the workbook with the blank Table 1",
  },
};
