/**
 * SPEC "Plans other than 444-р": the body's Table 1 made from a plan (`atkaruu table1 --plan`, the
 * pane's and the page's "Create Table 1 from the plan"). Every plan item where the body is an
 * executor, with the role column (lead when named first — the same rule Table 1 is read with,
 * role.ts), status and completion date empty, drop-downs as in the blank template, the plan's title
 * above the table and the plan and body stored as defined names (plan/stored.ts) so every reader
 * agrees on the plan afterwards. A body named nowhere gets the closest names the plan has.
 */
import { resolveBody, bodyQuery } from "../body";
import type { Body } from "../body";
import { dateToIso, formatDmy } from "../dates";
import { coreCatalog } from "../i18n";
import { normalize } from "../normalize";
import { ExecutorRoles } from "../role";
import type { SheetModel } from "../sheetModel";
import { COLUMN_HEADER_STYLE, SheetModelBuilder, TITLE_STYLE } from "../sheetModel";
import { templateHeader } from "../template";
import type { ColumnKey, Lang, Role } from "../types";
import { planTexts } from "./i18n";
import { planAct, planTitle, planYearsText } from "./model";
import type { PlanBook, PlanItem } from "./read";
import { PLAN_NAMES } from "./stored";

/** One body the plan names, as offered to pick from. */
export interface PlanBody {
  /** The name as the plan writes it in the executors cells. */
  readonly name: string;
  /** Its full name and abbreviation (from the plan's list of abbreviations when it has one). */
  readonly body: Body;
  /** Items naming it, and of those the ones where it is named first (lead). */
  readonly items: number;
  readonly lead: number;
}

/** A name as shown: no bullet before it, single spaces. */
const tidy = (name: string): string =>
  name
    .replace(/^[\s\-–—•·]+/u, "")
    .replace(/\s+/g, " ")
    .trim();

/** `МЭББ жана Финмин`, `МКМЖК / ЭЖТ`: the parts of an entry joined by `жана`, `и`, `and`, `/`. */
const JOINED = /\s+(?:жана|менен|и|and)\s+|\s*\/\s*/u;

/**
 * The bodies the plan's executors cells name, in order of first appearance. An entry joining two
 * bodies the plan also names alone (`МЭББ жана Финмин`) counts for each of them.
 */
export function planBodies(book: PlanBook): PlanBody[] {
  const seen = new Map<string, { name: string; items: number; lead: number }>();
  for (const names of itemExecutorNames(book)) {
    names.forEach((name, i) => {
      const key = normalize(name);
      const entry = seen.get(key) ?? { name, items: 0, lead: 0 };
      entry.items++;
      if (i === 0) entry.lead++;
      seen.set(key, entry);
    });
  }
  const cells = book.items.map((i) => i.executorsText);
  return [...seen.values()].map((e) => {
    const body = resolveBody(e.name, cells, () => book.otherTexts);
    return {
      ...e,
      name: tidy(e.name),
      body: { fullName: tidy(body.fullName), abbreviation: body.abbreviation },
    };
  });
}

/**
 * The bodies each item names, in the order named (the first is the lead executor), each once; an
 * entry joining bodies the plan also names alone is split into them.
 */
export function itemExecutorNames(book: PlanBook): string[][] {
  const alone = new Set<string>();
  for (const item of book.items) for (const e of item.executors) alone.add(normalize(e.name));
  return book.items.map((item) => {
    const out: string[] = [];
    const counted = new Set<string>();
    for (const e of item.executors) {
      const parts = e.name
        .split(JOINED)
        .map((x) => x.trim())
        .filter((x) => x !== "");
      for (const name of parts.length > 1 && parts.every((x) => alone.has(normalize(x)))
        ? parts
        : [e.name]) {
        const key = normalize(name);
        if (key === "" || counted.has(key)) continue;
        counted.add(key);
        out.push(name);
      }
    }
    return out;
  });
}

/**
 * The file a body's Table 1 from a plan is saved as: `<plan name>-table1-<body>.xlsx`, the body's
 * name made safe for a file name (the CLI's default beside the plan, the page's download).
 */
export function planTable1FileName(planFile: string, body: string): string {
  const base = planFile.split(/[\\/]/).pop() ?? planFile;
  const stem = base.replace(/(?<=.)\.[^.]*$/u, "").trim() || "plan";
  const safe =
    body
      .replace(/[\\/:*?"<>|\s]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "body";
  return `${stem}-table1-${safe}.xlsx`;
}

/** Character bigrams of a folded name, for a similarity that forgives case endings and typos. */
function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const t = ` ${normalize(s)} `;
  for (let i = 0; i + 2 <= t.length; i++)
    out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [k, n] of x) {
    common += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/** Up to `n` names of the plan closest to `given`, closest first. */
export function closestBodies(book: PlanBook, given: string, n = 5): string[] {
  return planBodies(book)
    .map((b) => ({
      name:
        b.body.abbreviation !== null && b.body.fullName !== b.name
          ? `${b.name} (${b.body.fullName})`
          : b.name,
      score: Math.max(similarity(given, b.name), similarity(given, b.body.fullName)),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, n)
    .map((b) => b.name);
}

/** The plan items of a body, with its role in each (SPEC "Role": lead when named first). */
export function itemsOfBody(
  book: PlanBook,
  given: string
): { body: Body; items: { item: PlanItem; role: Role }[] } {
  const body = resolveBody(
    given,
    book.items.map((i) => i.executorsText),
    () => book.otherTexts
  );
  const roles = new ExecutorRoles(bodyQuery(given, body));
  const items: { item: PlanItem; role: Role }[] = [];
  for (const item of book.items) {
    if (item.executorsText === "") continue;
    const role = roles.of(item.executorsText);
    if (role !== null) items.push({ item, role });
  }
  // The body as stored and shown: no bullet the plan's cell puts before it (`— Айыл өкмөтүнүн башчысы`).
  return { body: { fullName: tidy(body.fullName), abbreviation: body.abbreviation }, items };
}

export type PlanTable1Result =
  | {
      readonly ok: true;
      readonly model: SheetModel;
      readonly body: Body;
      readonly items: number;
      readonly lead: number;
    }
  | {
      readonly ok: false;
      readonly code: "body-not-in-plan";
      readonly message: string;
      readonly closest: readonly string[];
    };

const WIDTHS: Readonly<Record<ColumnKey | "resources", number>> = {
  no: 8,
  task: 30,
  measure: 44,
  deadline: 20,
  result: 34,
  resources: 24,
  status: 44,
  executors: 30,
  role: 20,
  completedOn: 16,
};

/** Rows after the last item that still get the drop-downs (for measures the body adds). */
const EXTRA_VALIDATION_ROWS = 50;

/** First rows of the sheet: title, act, the plan line (years, items, body), then the header. */
const HEADER_ROW = 4;

/** The body's Table 1 from a plan workbook (see the module comment). */
export function buildPlanTable1(book: PlanBook, given: string, lang: Lang): PlanTable1Result {
  const p = planTexts(lang);
  const { body, items } = itemsOfBody(book, given);
  if (items.length === 0) {
    const closest = closestBodies(book, given);
    return {
      ok: false,
      code: "body-not-in-plan",
      message: p.bodyNotInPlan(given.trim(), closest.join("; ")),
      closest,
    };
  }
  const c = coreCatalog(lang);
  const t = c.template;
  const keys: (ColumnKey | "resources")[] = [
    "no",
    "task",
    "measure",
    "deadline",
    "result",
    ...(book.hasResources ? (["resources"] as const) : []),
    "status",
    "executors",
    "role",
    "completedOn",
  ];
  const col = (k: ColumnKey | "resources"): number => keys.indexOf(k);
  const last = keys.length - 1;
  const b = new SheetModelBuilder(t.sheetName);
  const plan = book.plan;
  const names: { name: string; row: number; col: number }[] = [];

  b.set(0, 0, planTitle(plan, lang), TITLE_STYLE, { right: last }).height(0, 48);
  names.push({ name: PLAN_NAMES.title, row: 0, col: 0 });
  const act = planAct(plan, lang);
  b.set(1, 0, act, { italic: true, wrap: true, hAlign: "center" }, { right: last });
  names.push({ name: PLAN_NAMES.act, row: 1, col: 0 });
  const label = { bold: true, wrap: true, hAlign: "right" } as const;
  const value = { wrap: true } as const;
  b.set(2, 0, p.yearsLabel, label, { right: 1 });
  b.set(2, 2, planYearsText(plan), value);
  names.push({ name: PLAN_NAMES.years, row: 2, col: 2 });
  b.set(2, 3, p.itemsLabel, label);
  b.set(2, 4, plan.items, { ...value, hAlign: "left", numberFormat: "0" });
  names.push({ name: PLAN_NAMES.items, row: 2, col: 4 });
  b.set(2, 5, p.bodyLabel, label);
  b.set(2, 6, body.fullName, { ...value, bold: true }, { right: last });
  names.push({ name: PLAN_NAMES.body, row: 2, col: 6 });
  b.height(2, 30);
  keys.forEach((k, i) =>
    b.set(
      HEADER_ROW,
      i,
      k === "resources" ? p.resourcesHeader : templateHeader(k, lang),
      COLUMN_HEADER_STYLE
    )
  );
  b.height(HEADER_ROW, 60);
  keys.forEach((_, i) =>
    b.set(HEADER_ROW + 1, i, i + 1, { italic: true, fontSize: 9, border: true, hAlign: "center" })
  );

  const cell = { wrap: true, border: true, vAlign: "top" } as const;
  const first = HEADER_ROW + 2;
  items.forEach(({ item, role }, k) => {
    const r = first + k;
    // A date cell of the plan is written as the date it shows (`dd.mm.yyyy` reads back as that date).
    const iso = item.deadline instanceof Date ? dateToIso(item.deadline) : null;
    const deadline = iso !== null ? formatDmy(iso) : item.deadlineText;
    b.set(r, col("no"), /^\d+$/.test(item.no) ? Number(item.no) : item.no, {
      ...cell,
      hAlign: "center",
    });
    b.set(r, col("task"), item.task, cell);
    b.set(r, col("measure"), item.measure, cell);
    b.set(r, col("deadline"), deadline, cell);
    b.set(r, col("result"), item.result, cell);
    if (book.hasResources) b.set(r, col("resources"), item.resources, cell);
    b.set(r, col("status"), null, cell);
    b.set(r, col("executors"), item.executorsText, cell);
    b.set(r, col("role"), role === "lead" ? t.roleChoices[0] : t.roleChoices[1], cell);
    b.set(r, col("completedOn"), null, { ...cell, numberFormat: "dd.mm.yyyy" });
  });
  const bottom = first + items.length - 1 + EXTRA_VALIDATION_ROWS;
  const model = b.build({
    columnWidths: keys.map((k) => WIDTHS[k]),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: HEADER_ROW, bottom: HEADER_ROW + 1 },
    },
    freezeRows: HEADER_ROW + 2,
    validations: [
      {
        top: first,
        bottom,
        col: col("status"),
        values: t.statusChoices,
        errorTitle: t.listErrorTitle,
        errorMessage: t.statusListError,
        errorStyle: "warning",
      },
      {
        top: first,
        bottom,
        col: col("role"),
        values: t.roleChoices,
        errorTitle: t.listErrorTitle,
        errorMessage: t.roleListError,
        errorStyle: "stop",
      },
    ],
    names,
  });
  return {
    ok: true,
    model,
    body,
    items: items.length,
    lead: items.filter((i) => i.role === "lead").length,
  };
}
