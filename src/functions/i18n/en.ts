import { coreCatalog, lowerFirst } from "../../core";
import type { FunctionsCatalog } from "./catalog";

const core = coreCatalog("en");

const q = (s: string): string => `“${s}”`;

export const en: FunctionsCatalog = {
  lang: "en",
  statusesNotVector: "Statuses must be one column (or one row) of cells: one status per measure.",
  measuresShape: (s, m) =>
    `Measures must have one cell per status cell (statuses: ${s}, measures: ${m}).`,
  noMeasures: `There are no measures in the range, so the ${lowerFirst(core.executionLevel)} is undefined.`,
  emptyCategory: (codes) =>
    `Give a status category: ${codes}, or a status wording such as ${q(core.statusNames.on_time)}.`,
  unknownCategory: (t, codes) =>
    `${q(t)} is not a status category: use ${codes}, or a status wording such as ${q(core.statusNames.on_time)}.`,
  emptyDeadline: "The deadline is empty.",
  noDeadlineEnd: (type) => `This deadline has no end date (${type}).`,
  badAsOf: (t) =>
    `The as-of date ${q(t)} is not a date: give a date cell or write it as dd.mm.yyyy.`,
  badItemNumber: (t) => `${q(t)} is not an item number.`,
  argumentError: (e) => `An argument holds the error ${e}: correct that cell first.`,
  badReceived: (t) =>
    t === ""
      ? "Give the date the act was received."
      : `${q(t)} is not a date: give a date cell or write it as dd.mm.yyyy.`,
  badDays: (t) => `${q(t)} is not a number of days: give a whole number from 0 to 3650.`,
  noMembersTable:
    "The range holds no members table: select the members sheet's header row and its rows (name, category, sex…).",
  groupCreatedArgument: "or give it as the formula's second argument, created",
  groupOk: (n) => `No issues: ${n} members, composition as the Typical Regulation requires.`,
};
