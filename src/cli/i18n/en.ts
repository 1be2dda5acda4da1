import { coreCatalog, lowerFirst } from "../../core";
import type { CliCatalog } from "./catalog";

const core = coreCatalog("en");

const q = (s: string): string => `“${s}”`;

export const en: CliCatalog = {
  lang: "en",
  decimal: (n) => n.toFixed(1),
  help: {
    usageLabel: "Usage",
    usage: "Usage: atkaruu <command> [options]",
    commandsHeading: "Commands:",
    optionsHeading: "Options:",
    commands: {
      annex2:
        "builds Annex 2 from Table 1: writes a copy of the workbook with the Annex 2 sheet (the original is never changed)",
      validate: "checks Table 1: each error or warning points at the cell to fix",
      template: "creates a blank Table 1 (headers, numbering row, status and role drop-down lists)",
      compare:
        "compares two reports of one body (PREVIOUS.xlsx CURRENT.xlsx): completed, reopened, overdue, deadlines moved, statuses changed, items added and removed; --out writes a changes sheet into a copy of CURRENT (exit code 1: a completed measure became uncompleted)",
      table1:
        "makes a body's Table 1 from a plan: every item where the body is an executor, with its role, status and completion date empty, drop-down lists",
      consolidate:
        "consolidates the bodies' workbooks into a new workbook with summary, items and issues sheets (exit code 1: some files could not be read or expected bodies sent nothing)",
      group:
        "the workbook of a local joint monitoring and evaluation group: check — checks composition, meetings, acts; act — an act sheet to print; report — the summary report; composition — the composition summary for the council's decision (exit code 1: errors found)",
    },
    options: {
      body: "--body NAME         the reporting body (name or abbreviation)",
      asOf: "--as-of YYYY-MM-DD  (or DD.MM.YYYY) report as of this date (default: today)",
      lang: "--lang ky|ru|en     language (default: from LANG/LC_ALL, else Kyrgyz)",
      previousAsOf: "--previous-as-of YYYY-MM-DD  as-of date of PREVIOUS when it stores none",
      out: "--out FILE          file to write",
      json: "--json              print the result as JSON",
      periodFrom: "--period-from DATE  start of the reporting period",
      periodTo: "--period-to DATE    end of the reporting period",
      person: "--person TEXT       name and position of the responsible person",
      contacts: "--contacts TEXT     contact details",
      sheet: "--sheet SHEET       Table 1 is on this sheet",
      planItems: "--plan-items N      number of items in the plan (default: 334)",
      force: "--force             overwrite an existing file",
      expect:
        "--expect FILE       the bodies expected to report (.txt: one a line, or .xlsx: first column)",
      created:
        "--created YYYY-MM-DD the group's creation date (when the members sheet does not give it)",
      act: "--act N              the act's number in the acts register",
      period: "--period 2025-H1|2025-H2|2025  the summary report's period",
      table1: `--table1 FILE       the local plan's Table 1 (for its ${lowerFirst(core.executionLevel)})`,
      kind: "--kind table1|group   which template (default: table1)",
      plan: "--plan PLAN.xlsx    the action plan's workbook (title, years and items follow it)",
      table1From:
        "--plan PLAN.xlsx    the action plan's workbook the Table 1 is made from (required)",
      planCompleteness:
        "--plan PLAN.xlsx    the action plan's workbook: each item's executors checked against the reports; the bodies it names are the expected ones",
    },
    more: "Options of a command: atkaruu <command> --help",
    exitCodes:
      "Exit codes: 0 — success; 1 — validation found errors; 2 — the file could not be read or the command is wrong.",
    placeholders: {},
  },
  expected: {
    date: "a real date written YYYY-MM-DD or DD.MM.YYYY",
    lang: "ky, ru or en",
    positiveInt: "a positive whole number",
    text: "a non-empty text",
  },
  usage: {
    missingCommand: (list) => `No command given: use one of ${list} (atkaruu --help).`,
    unknownCommand: (name, list) => `There is no command ${q(name)}: use one of ${list}.`,
    unknownOption: (option) => `There is no option ${q(option)} (atkaruu --help).`,
    missingValue: (option) => `The option ${q(option)} needs a value.`,
    missingInput: (command) => `No Excel file given: atkaruu ${command} <file.xlsx>.`,
    extraArgument: (arg) => `Unexpected argument: ${q(arg)}.`,
    invalidOption: (option, value, expected) =>
      `The value ${q(value)} of ${q(option)} is wrong: it must be ${expected}.`,
    periodOrder: (from, to) => `The period starts (${from}) after it ends (${to}).`,
    outIsInput: (path) =>
      `The output file is the input file (${path}): the input is never changed, give another --out.`,
    outExists: (path) =>
      `The file ${path} already exists: add --force to overwrite it or give another --out.`,
  },
  fileNotFound: "file not found",
  fsError: {
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "read-only disk",
    ENOSPC: "no space left on the disk",
    EISDIR: "it is a folder",
    ENOTDIR: "wrong path",
    ENOENT: "folder not found",
    EBUSY: "the file is open in another program",
  },
  writeFailed: (path, detail) => `Could not write ${path} (${detail}); nothing was written.`,
  odsCopy:
    "The copy with Annex 2 is written only as an .xlsx workbook: in LibreOffice Calc save the .ods as .xlsx (File → Save As → Excel 2007-365) and run again; nothing was written.",
  copyFailed: (detail) =>
    `Could not build the copy of the workbook (${detail}); nothing was written and the input is unchanged.`,
  unexpected: (detail) => `Unexpected error (${detail}); nothing was written.`,
  interrupted: "Interrupted; nothing was written.",
  progress: {
    reading: (file) => `Reading ${file}…`,
    analysing: "Analysing Table 1…",
    building: "Building Annex 2…",
    writing: (file) => `Writing ${file}…`,
  },
  report: {
    written: (path) => `Written: ${path}`,
    body: (name) => `Body: ${name}`,
    noBody: "Body: not given (--body)",
    asOf: (date) => `As of ${date}`,
    sheet: (name) => `Sheet: ${name}`,
    measures: (total, lead, co) =>
      `Measures: ${total} (${core.roleNames.lead} — ${lead}, ${core.roleNames.co} — ${co})`,
    completed: (n, onTime, late) => `Completed: ${n} (on time — ${onTime}, late — ${late})`,
    inProgress: (n) => `${core.statusNames.in_progress}: ${n}`,
    level: (value) => `${core.executionLevel}: ${value}%`,
    levelUndefined: `${core.executionLevel}: ${core.annex2.levelUndefined}`,
    issues: (errors, warnings) => `Errors: ${errors}, warnings: ${warnings}`,
    noIssues: "No errors and no warnings.",
    moreIssues: (n) => `… and ${n} more (all of them: atkaruu validate <file> --json)`,
    rowHeading: (sheet, row, item) =>
      `${sheet}, row ${row}${item !== null ? ` (item ${item})` : ""}:`,
    fixHint: "Fix the errors in Table 1 and run the command again.",
  },
  template: {
    written: (path) => `Blank Table 1 written: ${path}`,
  },
};
