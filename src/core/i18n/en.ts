import type { CoreCatalog } from "./catalog";
import { upperFirst } from "./letterCase";

const q = (s: string | undefined): string => `“${s ?? ""}”`;
const items = (n: number): string => `${n} ${n === 1 ? "item" : "items"}`;

const columns = {
  no: "No",
  task: "Task",
  measure: "Measure",
  deadline: "Deadline",
  result: "Expected result",
  status: "Status",
  executors: "Responsible executors",
  role: "Role",
  completedOn: "Completion date",
};

/** The Methodology's words in English as SPEC has them (statuses, roles), each said once here. */
const status = {
  on_time: "Completed on time",
  late: "Completed late",
  in_progress: "In progress",
  not_completed: "Not completed",
  missing: "No status",
  unknown: "Unrecognised status",
};
const roles = { lead: "lead executor", co: "co-executor" };
const executionLevel = "Execution level";

export const en: CoreCatalog = {
  lang: "en",
  columnNames: columns,
  statusNames: status,
  deadlineTypeNames: { fixed: "fixed deadline", ongoing: "ongoing", staged: "in stages" },
  roleNames: roles,
  executionLevel,
  severityNames: { error: "Error", warning: "Warning" },
  issueKinds: {
    "unknown-status": "Status not recognised",
    "status-typo": "Typo in the status",
    "missing-status": "Status empty",
    "unparsed-deadline": "Deadline not recognised",
    "duplicate-item": "Item repeated",
    "missing-measure": "Measure name missing",
    "missing-completion-date": "Completion date missing",
    "unparsed-completion-date": "Completion date not recognised",
    "timeliness-mismatch": "Status contradicts the completion date",
    "body-not-in-executors": "Body not among the executors",
    "unknown-role": "Role not recognised",
    overdue: "Deadline passed",
    "deadline-outside-plan": "Deadline outside the plan's years",
    "formula-error": "Error in a formula",
    "unreadable-workbook": "File not read",
    "no-table": "Table 1 not found",
    "missing-column": "Required column missing",
    "missing-body": "Body sent no report",
    "duplicate-body": "Several files of one body",
    "unexpected-body": "Body not on the expected list",
  },
  issue: {
    "unknown-status": (a) =>
      `Status ${q(a.text)} is not recognised: write ${q(status.on_time)}, ${q(status.late)}, ${q(status.in_progress)} or ${q(status.not_completed)}.`,
    "status-typo": (a) => `${q(a.text)} in the status is read as ${q(a.as)}: correct the spelling.`,
    "missing-status": () => "The status is empty: the measure counts as not completed.",
    "unparsed-deadline": (a) =>
      `Deadline ${q(a.text)} is not understood: write e.g. “2025”, “Q4 2024”, “ongoing” or “in stages”.`,
    "duplicate-item": (a) => `Item ${a.no} appears again (first in row ${a.firstRow}).`,
    "missing-measure": () => "The measure is empty.",
    "missing-completion-date": () =>
      "“Completed” without a completion date: counted as completed on time.",
    "unparsed-completion-date": (a) =>
      `Completion date ${q(a.text)} is not understood: write it as dd.mm.yyyy.`,
    "timeliness-mismatch": (a) =>
      a.says === "on_time"
        ? `The status says “on time”, but the completion date (${a.date}) is after the deadline (${a.end}).`
        : `The status says “late”, but the completion date (${a.date}) is not after the deadline (${a.end}).`,
    "body-not-in-executors": (a) =>
      `${q(a.body)} is not among the responsible executors: counted as ${roles.lead}.`,
    "unknown-role": (a) => `Role ${q(a.text)} is not recognised: write “lead” or “co”.`,
    overdue: (a) => `The deadline (${a.end}) has passed and the measure is not completed.`,
    "deadline-outside-plan": (a) =>
      `The deadline (${a.end}) is outside the plan's years (${a.text}): it is in no year line of Annex 2.`,
    "formula-error": (a) => `The cell holds the error ${a.text}: correct the value.`,
  },
  fatal: {
    "unreadable-workbook": (a) =>
      `${q(a.file)} cannot be read as an Excel workbook: ${a.detail ?? ""}`.trim(),
    "no-table": (a) =>
      `No Table 1 found in ${q(a.file)}: no sheet has a row within its first 30 with at least four of the columns “No”, “Task”, “Measure”, “Deadline”, “Expected result”, “Status”.`,
    "missing-column": (a) =>
      `Table 1 on sheet ${q(a.sheet)} has no ${q(a.column ? columns[a.column] : "")} column.`,
  },
  unreadable: {
    "not-found": "the file does not exist.",
    "not-xlsx": "it is not an .xlsx file.",
    "legacy-xls":
      "it is an .xls file (the old Excel format, or a table a web system exported under that name), not .xlsx; open it in Excel and save it as an Excel workbook: File → Save As → Excel Workbook (*.xlsx) (in LibreOffice Calc: File → Save As → Excel 2007-365).",
    encrypted: "the workbook is password-protected; save an unprotected copy.",
    corrupt: "the file is damaged.",
    "too-large": "the file is too large.",
    empty: "the file is empty.",
    csv: "it is a CSV text file; open it in Excel and save it as an Excel workbook: File → Save As → Excel Workbook (*.xlsx) (in LibreOffice Calc: File → Save As → Excel 2007-365).",
  },
  noSuchSheet: (sheet, sheets) =>
    `The workbook has no sheet ${q(sheet)}; its sheets are ${sheets.map(q).join(", ")}.`,
  noTableOnSheet: (sheet) =>
    `Sheet ${q(sheet)} has no Table 1 headers (at least four of the columns) in its first 30 rows.`,
  annex2: {
    sheetName: "Annex 2",
    title: (n) =>
      `Form for reporting on the execution of the Action Plan (${items(n)}) for the Digital Transformation Concept of the Kyrgyz Republic 2024–2028, approved by Cabinet of Ministers order No. 444-r of 23 July 2024`,
    planTitle: (title, act, n) =>
      `Form for reporting on the execution of the plan “${title}” (${items(n)})${act !== "" ? `, approved by ${act}` : ""}`,
    bodyCaption: "(name of the state body or local self-government body)",
    periodLine: (asOf, from, to) => `as of ${asOf}, for the period from ${from} to ${to}`,
    periodCaption: "(reporting period (day, month, year))",
    personCaption: "(full name and position of the person responsible for reporting)",
    contactsCaption: "(contacts (e-mail, work phone))",
    planTotal: (n) => `The Action Plan has ${items(n)} in total, of which:`,
    leadHeading: (n) => `I. ${upperFirst(roles.lead)} for ${items(n)}`,
    coHeading: (n) => `II. ${upperFirst(roles.co)} for ${items(n)}`,
    inYear: (y) => `in ${y}`,
    measuresUnit: "measures",
    measuresUnitFor: (n) => (n === 1 ? "measure" : "measures"),
    fixedLine: "1. With a fixed deadline",
    ongoingLine: "2. With an “ongoing” deadline",
    stagedLine: "3. With an “in stages” deadline",
    itemsCaption: "(item numbers)",
    countHeader: "Number",
    itemsHeader: "Item numbers",
    statusHeading: (d) => `III. As of ${d}`,
    inProgress: status.in_progress,
    onTime: status.on_time,
    late: status.late,
    total: "Total:",
    totalCompleted: "Total completed measures",
    levelLine: `IV. ${executionLevel} of the Action Plan, %`,
    levelFormula: "(number of completed measures / total number of measures * 100)",
    levelUndefined: "undefined (no measures)",
    detailHeaders: [
      "No",
      "Task",
      "Measure",
      "Deadline",
      "Expected results (product)",
      "Responsible executors",
      "Progress information with status (measure completed or not completed)",
    ],
    noMeasures: "Table 1 has no measures.",
  },
  template: {
    sheetName: "Table 1",
    title:
      "Source data for the monitoring indicators of the contribution of state bodies and local self-government bodies to the Digital Transformation Concept of the Kyrgyz Republic 2024–2028",
    statusChoices: [
      status.on_time,
      status.late,
      "Completed",
      status.in_progress,
      status.not_completed,
    ],
    roleChoices: ["lead", "co"],
    statusListError: "Choose a status from the list; write progress information after the status.",
    roleListError: "Choose “lead” or “co”.",
    listErrorTitle: "Atkaruu",
  },
  consolidation: {
    summarySheet: "Summary",
    itemsSheet: "Items",
    issuesSheet: "Issues",
    title: (d) => `Execution of the Action Plan by body, as of ${d}`,
    summaryHeaders: [
      "Body",
      "File",
      "Total",
      "Completed",
      "On time",
      "Late",
      status.in_progress,
      `${executionLevel}, %`,
      upperFirst(roles.lead),
      upperFirst(roles.co),
      "Errors",
      "Warnings",
    ],
    overall: "Overall",
    itemHeaders: [
      "No",
      "Measure",
      upperFirst(roles.lead),
      `${upperFirst(roles.lead)}'s status`,
      "Co-executors and their statuses",
      "Item status",
      "Disagreement",
    ],
    issueHeaders: ["Body", "File", "Sheet", "Cell", "Severity", "Kind", "Message"],
    disagree: "executors' statuses differ",
    missingBody: "Sent nothing",
    unreadableFile: "File could not be read",
    duplicateBody: (body, used, ignored) =>
      `Two files from ${q(body)}: the newer ${q(used)} was used, ${q(ignored)} was ignored.`,
    notReported: "no data",
    severalLeads: `several bodies report themselves as ${roles.lead}`,
    unexpectedBody:
      "Not on the list of expected bodies: check the body name stored in the workbook or the file name.",
    inRows: (n) => `(in ${n} ${n === 1 ? "row" : "rows"})`,
  },
};
