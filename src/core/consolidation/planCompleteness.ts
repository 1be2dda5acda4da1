/**
 * SPEC "Plans other than 444-р": `consolidate --plan` — per plan item each executor the plan names and
 * whether it reported the item; the items whose lead executor (named first) did not report them; the
 * bodies the plan names that sent no workbook. A name of the plan answers to a reporting body as an
 * expected body does (`matchBodies`: equal name or alias — the plan's abbreviation, its full name
 * from the plan's list of abbreviations — then an alias as whole words), except that one reporting
 * body may answer to several names of the plan (`бизнес-коомдоштук`, `бизнес-коомдоштуктар`).
 * A body "reported an item" when its Table 1 has a row with the item's number, in any role.
 */
import { planBodies, itemExecutorNames } from "../plan/table1";
import type { PlanBook } from "../plan/read";
import { planTitle, planYearsText } from "../plan/model";
import { normalize } from "../normalize";
import type { Lang, MeasureStatus, Role } from "../types";
import { matchBodies } from "./expected";
import { unpack } from "./items";

/** One executor of a plan item, as the plan names it, and its report of the item. */
export interface PlanExecutorReport {
  /** The name as the plan writes it. */
  readonly name: string;
  /** Lead when named first in the item's executors cell (SPEC "Role"). */
  readonly role: Role;
  /** The reporting body it answers to; null when it sent no (readable) workbook. */
  readonly body: string | null;
  /** Its status for the item (least done of its rows); null when it did not report the item. */
  readonly status: MeasureStatus | null;
}

/** One plan item with its executors' reports. */
export interface PlanItemCompleteness {
  readonly no: string;
  readonly measure: string;
  readonly executors: readonly PlanExecutorReport[];
  /** The lead executor did not report the item (it sent no workbook, or its workbook has no row for it). */
  readonly leadMissing: boolean;
}

/** A body the plan names that sent no workbook: the plan's name and its full name when the plan gives one. */
export interface PlanBodyMissing {
  readonly name: string;
  readonly fullName: string;
}

export interface PlanCompleteness {
  /** The plan's title in the consolidation's language (else the language it has). */
  readonly title: string;
  /** `2014–2017`. */
  readonly years: string;
  readonly planItems: number;
  /** Plan items in plan order; an item the plan lists on several rows is one, its executors merged. */
  readonly items: readonly PlanItemCompleteness[];
  /** Items whose lead executor did not report them, in plan order. */
  readonly leadNotReported: readonly string[];
  readonly bodiesMissing: readonly PlanBodyMissing[];
}

/** A name of the plan with its full name, for matching (`A|B`, bodyAliases). */
function matchName(name: string, fullName: string, abbreviation: string | null): string {
  return [
    ...new Set(
      [name, fullName, abbreviation ?? ""]
        .map((s) => s.replace(/\|/g, " ").trim())
        .filter((s) => s !== "")
    ),
  ].join("|");
}

/** The plan's names matched to reporting bodies; each name is tried against every body (see the module comment). */
function matchPlanNames(names: readonly string[], bodies: readonly string[]): (number | null)[] {
  const out: (number | null)[] = names.map(() => null);
  // Several rounds of the one-to-one matching, the bodies matched in a round kept for the names still open.
  let open = names.map((_, i) => i);
  for (let round = 0; round < 4 && open.length > 0; round++) {
    const m = matchBodies(
      open.map((i) => names[i]),
      bodies
    );
    const still: number[] = [];
    open.forEach((ni, k) => (m[k] === null ? still.push(ni) : (out[ni] = m[k])));
    if (still.length === open.length) break;
    open = still;
  }
  return out;
}

/**
 * Completeness of the reports against the plan. `used` are the workbooks consolidated (one per body),
 * each with its items (item no → packed role and status).
 */
export function planCompleteness(
  book: PlanBook,
  used: readonly { readonly body: string; readonly items: ReadonlyMap<string, number> }[],
  lang: Lang
): PlanCompleteness {
  const bodies = planBodies(book);
  const bodyNames = used.map((u) => u.body);
  const matched = matchPlanNames(
    bodies.map((b) => matchName(b.name, b.body.fullName, b.body.abbreviation)),
    bodyNames
  );
  const usedOf = new Map<string, number | null>();
  bodies.forEach((b, i) => usedOf.set(normalize(b.name), matched[i]));

  // One entry per item number, in plan order; rows of one item add their executors after the first's.
  const perItem = new Map<string, { measure: string; names: string[] }>();
  const namesPerRow = itemExecutorNames(book);
  book.items.forEach((item, i) => {
    const key = item.no !== "" ? item.no : `\u0000${i}`;
    const entry = perItem.get(key);
    if (entry === undefined)
      perItem.set(key, { measure: item.measure, names: [...namesPerRow[i]] });
    else
      for (const n of namesPerRow[i])
        if (!entry.names.some((x) => normalize(x) === normalize(n))) entry.names.push(n);
  });

  const items: PlanItemCompleteness[] = [];
  for (const [key, { measure, names }] of perItem) {
    const no = key.startsWith("\u0000") ? "" : key;
    const executors = names.map((name, k): PlanExecutorReport => {
      const bi = usedOf.get(normalize(name)) ?? null;
      const packed = bi === null || no === "" ? undefined : used[bi].items.get(no);
      return {
        name,
        role: k === 0 ? "lead" : "co",
        body: bi === null ? null : used[bi].body,
        status: packed === undefined ? null : unpack(packed).status,
      };
    });
    const lead = executors[0];
    // An item without a number cannot be found in a Table 1, so it is never said to be unreported.
    items.push({
      no,
      measure,
      executors,
      leadMissing: no !== "" && lead !== undefined && lead.status === null,
    });
  }
  const bodiesMissing = bodies
    .filter((_, i) => matched[i] === null)
    .map((b) => ({ name: b.name, fullName: b.body.fullName }));
  return {
    title: planTitle(book.plan, lang),
    years: planYearsText(book.plan),
    planItems: book.plan.items,
    items,
    leadNotReported: items.filter((i) => i.leadMissing).map((i) => i.no),
    bodiesMissing,
  };
}

/** A missing body as listed: `МЭББ (full name)` when the plan gives a full name. */
export function missingBodyName(b: PlanBodyMissing): string {
  return normalize(b.fullName) !== normalize(b.name) ? `${b.name} (${b.fullName})` : b.name;
}
