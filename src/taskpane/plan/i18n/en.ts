import { coreCatalog } from "../../../core";
import type { PlanPaneCatalog } from "./catalog";

const lead = coreCatalog("en").roleNames.lead;

const q = (s: string): string => `“${s}”`;
const items = (n: number): string => `${n} ${n === 1 ? "item" : "items"}`;

export const en: PlanPaneCatalog = {
  lang: "en",
  table1: {
    heading: "Table 1 from the plan",
    intro:
      "Pick the action plan's workbook and your body: every item where the body is an executor is copied into a new Table 1, with its role; status and completion date are left for you.",
    body: "Body",
    bodyHint:
      "The executors the plan names, with their full names from the plan's list of abbreviations.",
    bodyItems: (n, l) => `${items(n)}, ${lead} in ${l}`,
    create: "Create Table 1",
    creating: "Creating Table 1…",
    created: (where, n, l) =>
      `Table 1 is ready: ${q(where)}, ${items(n)} (${lead} in ${l}). The plan and the body are stored with it.`,
    downloadNote: (f) => `The new workbook ${q(f)} was downloaded and is open on this page.`,
  },
  file: {
    choose: "Choose the plan workbook",
    drop: "or drop it here",
    reading: "Reading the plan…",
    chosen: (f, title, years, n) => `${f}: ${title} (${years}, ${items(n)})`,
    clear: "No plan",
  },
  consolidate: {
    label: "Action plan (optional)",
    hint: "With the plan's workbook each item's executors are checked against the reports, and the bodies the plan names are the expected ones.",
    leadNotReportedHeading: (n) => `Items whose ${lead} did not report them (${n})`,
    leadNotReportedItem: (no, lead) => `${no}: ${lead}`,
    completenessSheet: (s) => `Each item's executors and their reports are on the sheet ${q(s)}.`,
  },
};
