import { coreCatalog, lowerFirst } from "../../../core";
import type { GroupPaneCatalog } from "./catalog";

const core = coreCatalog("en");

const q = (s: string): string => `“${s}”`;

export const en: GroupPaneCatalog = {
  lang: "en",
  tab: "Local monitoring",
  check: {
    heading: "The joint monitoring and evaluation group",
    intro:
      "The group's workbook: members, meetings, work plan, acts register and holidays. The sheets are found by their headers; each issue points at its cell.",
    asOf: "As of",
    asOfHint: "Answers and terms are judged on this day; today when empty.",
    created: "Created on",
    createdHint:
      "The council decision's date; when given, it is used instead of the one on the members sheet.",
    createdAlternative: (field) => `or fill in ${q(field)} here and check again`,
    run: "Check the group",
    running: "Checking…",
    noGroup:
      "This workbook has no members sheet of a group: insert a blank group workbook, fill it in and check again.",
    none: "The group meets every rule.",
    figures: "The group in figures",
    sheetIssues: (sheet) => `Sheet ${q(sheet)}`,
    insertBlank: "Insert a blank group workbook",
    insertBlankHint:
      "Adds the sheets of members, meetings, work plan, acts and holidays; no sheet is replaced.",
    inserted: (names) => `Sheets added: ${names}.`,
  },
  act: {
    heading: "Print an act",
    needCheck: "Check the group first: the acts are read from its register.",
    noActs: "The acts register has no acts yet.",
    pick: "Act of the register",
    option: (no, date, object) => `No. ${no}${date ? ` of ${date}` : ""}: ${object}`,
    due: (response, council) => `Object's answer: ${response}. Council informed: ${council}.`,
    make: "Make the act to print",
    made: (sheet) =>
      `The act is on the sheet ${q(sheet)}, laid out for A4 portrait: print that sheet.`,
  },
  report: {
    heading: "Summary report",
    period: "Period",
    plan: `Local plan's Table 1 (optional), for its ${lowerFirst(core.executionLevel)}`,
    planNone: "Not given",
    planSheet: (sheet) => `Sheet ${q(sheet)} of this workbook`,
    planFile: "From a file…",
    chooseFile: "Choose the plan's file",
    fileChosen: (name) => `Plan: ${name}`,
    make: "Make the summary report",
    made: (sheet) => `The summary report is on the sheet ${q(sheet)}, laid out for A4 portrait.`,
    planFailed: (message) => `The local plan could not be used: ${message}`,
  },
  composition: {
    heading: "Composition summary",
    intro:
      "The counts and shares against each rule of the Typical Regulation, with the list of members: to attach to the council's decision.",
    make: "Make the composition summary",
    made: (sheet) => `The composition summary is on the sheet ${q(sheet)}.`,
  },
  page: {
    intro:
      "Open the group's workbook to check it and make its acts and reports, or start from a blank one.",
    noGroup: (blank) =>
      `This file has no members sheet of a group: get a blank workbook with ${q(blank)}, fill it in and open it here.`,
    blank: "Download a blank group workbook",
    blankNote: (name) => `You get ${name}: fill it in, then open it here.`,
    odsDownload:
      "A copy with the group's sheets is written only as an .xlsx workbook: in LibreOffice Calc save this .ods as .xlsx and open that file here.",
    download: "Download the workbook",
    downloadNote: (name) =>
      `You get a copy named ${name} with the sheets made here; your original file is not changed.`,
  },
};
