/**
 * The item view: one row per plan item, each body's status for it and whether executors disagree.
 * A body's status for an item with several measures is its least-done measure (no status /
 * unrecognised < not completed < in progress < late < on time); the item's status is its lead
 * executor's. Executors *disagree* when one says completed (on time or late) and another says not
 * completed; on time vs late is not a disagreement. Several bodies reporting as lead are flagged.
 */
import { compareItems } from "../itemList";
import { isCompleted } from "../status";
import type { MeasureStatus, Role } from "../types";
import type { ItemReport, ItemRow } from "./result";

/** Doneness of a status, for combining several measures of one item (least done wins). */
const DONENESS: Readonly<Record<MeasureStatus, number>> = {
  missing: 0,
  unknown: 0,
  not_completed: 1,
  in_progress: 2,
  late: 3,
  on_time: 4,
};

export function leastDone(a: MeasureStatus, b: MeasureStatus): MeasureStatus {
  return DONENESS[b] < DONENESS[a] ? b : a;
}

/** Statuses by index, for packing an item report into one small number. */
const STATUSES: readonly MeasureStatus[] = [
  "on_time",
  "late",
  "in_progress",
  "not_completed",
  "missing",
  "unknown",
];
const STATUS_INDEX: ReadonlyMap<MeasureStatus, number> = new Map(STATUSES.map((s, i) => [s, i]));
/** Bit of a packed report set for a co-executor. */
const CO_BIT = 8;

export function pack(role: Role, status: MeasureStatus): number {
  return (role === "co" ? CO_BIT : 0) | STATUS_INDEX.get(status)!;
}

export function unpack(n: number): { role: Role; status: MeasureStatus } {
  return { role: n & CO_BIT ? "co" : "lead", status: STATUSES[n & (CO_BIT - 1)] };
}

/**
 * The item view over the workbooks used (sorted by body name): items 1…planItems, or the plan
 * workbook's item numbers in its order (`planIds`, its measures in `planMeasures` for items nobody
 * reported), then any other item reported.
 */
export function itemView(
  used: readonly { readonly body: string; readonly items: ReadonlyMap<string, number> }[],
  planItems: number,
  measureText: ReadonlyMap<string, { readonly text: string }>,
  namedLead: ReadonlyMap<string, { readonly text: string }>,
  planIds?: readonly string[],
  planMeasures: ReadonlyMap<string, { readonly text: string }> = new Map()
): ItemRow[] {
  const ids: string[] = [];
  if (planIds !== undefined) ids.push(...planIds);
  else for (let i = 1; i <= planItems; i++) ids.push(String(i));
  const listed = new Set(ids);
  const inPlan =
    planIds !== undefined
      ? (no: string): boolean => listed.has(no)
      : (no: string): boolean => /^\d+$/.test(no) && Number(no) >= 1 && Number(no) <= planItems;
  const extra = new Set<string>();
  for (const r of used) for (const no of r.items.keys()) if (!inPlan(no)) extra.add(no);
  ids.push(...[...extra].sort(compareItems));

  return ids.map((no) => {
    const leads: ItemReport[] = [];
    const co: ItemReport[] = [];
    for (const r of used) {
      const packed = r.items.get(no);
      if (packed === undefined) continue;
      const rep = unpack(packed);
      (rep.role === "lead" ? leads : co).push({ body: r.body, role: rep.role, status: rep.status });
    }
    let status: MeasureStatus | null = null;
    for (const l of leads) status = status === null ? l.status : leastDone(status, l.status);
    const all = [...leads, ...co];
    const anyDone = all.some((x) => isCompleted(x.status));
    const anyNotDone = all.some((x) => !isCompleted(x.status));
    return {
      no,
      measure:
        all.length > 0
          ? (measureText.get(no)?.text ?? planMeasures.get(no)?.text ?? "")
          : (planMeasures.get(no)?.text ?? ""),
      lead:
        leads.length > 0
          ? leads.map((l) => l.body).join(", ")
          : all.length > 0
            ? (namedLead.get(no)?.text ?? "")
            : "",
      leads,
      co,
      status,
      disagree: anyDone && anyNotDone,
      severalLeads: leads.length > 1,
    };
  });
}
