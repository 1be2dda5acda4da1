/**
 * SPEC "Plans other than 444-р": a plan is its title (ky/ru/en), the act that approved it, its years,
 * its number of items and the shape of its item numbers. 444-р (2024–2028, 334 items) is the default;
 * a plan workbook (plan/read.ts) gives any other. Annex 2's title, "N items in total" and year lines,
 * the `deadline-outside-plan` warning and consolidation's item list all follow the plan.
 */
import type { Lang } from "../types";

/** How a plan numbers its items: `12`, `1.2`, `1.2.3` (deeper ids are read as `n.n.n`). */
export type ItemShape = "n" | "n.n" | "n.n.n";

export interface Plan {
  /** The plan's name in the languages it is written in (at least one). */
  readonly title: Readonly<Partial<Record<Lang, string>>>;
  /** The act that approved it (`… 2024-жылдын 23-июлундагы № 444-т тескемеси`), per language; may be empty. */
  readonly act: Readonly<Partial<Record<Lang, string>>>;
  /** First and last year of the plan (inclusive). */
  readonly years: { readonly from: number; readonly to: number };
  /** Number of items of the plan. */
  readonly items: number;
  readonly itemShape: ItemShape;
  /** The built-in plan's key; absent for a plan read from a workbook. */
  readonly builtin?: "444-р";
}

/** Number of items of the 444-р action plan (Methodology: "бардыгы 334 пункт"). */
export const PLAN_ITEMS_444 = 334;

/** The action plan of the Digital Transformation Concept 2024–2028 (Cabinet order No. 444-р of 23 July 2024). */
export const PLAN_444: Plan = {
  builtin: "444-р",
  title: {
    ky: "2024-2028-жылдарга Кыргыз Республикасынын санариптик трансформациялоо концепциясын ишке ашыруу боюнча иш-чаралар планы",
    ru: "План мероприятий по реализации Концепции цифровой трансформации Кыргызской Республики на 2024-2028 годы",
    en: "Action Plan for the Digital Transformation Concept of the Kyrgyz Republic 2024–2028",
  },
  act: {
    ky: "Кыргыз Республикасынын Министрлер Кабинетинин 2024-жылдын 23-июлундагы № 444-т тескемеси",
    ru: "распоряжение Кабинета Министров Кыргызской Республики от 23 июля 2024 года № 444-р",
    en: "Cabinet of Ministers order No. 444-r of 23 July 2024",
  },
  years: { from: 2024, to: 2028 },
  items: PLAN_ITEMS_444,
  itemShape: "n",
};

/** A plan spans at most this many years (a wider range is a misread, not a plan). */
export const MAX_PLAN_YEARS = 30;

/** The plan's years as strings, in order (`["2014", …, "2017"]`): Annex 2 has one line for each. */
export function planYears(plan: Plan): string[] {
  const out: string[] = [];
  for (let y = plan.years.from; y <= plan.years.to && out.length < MAX_PLAN_YEARS; y++)
    out.push(String(y));
  return out;
}

/** Whether a year is one of the plan's. */
export function inPlanYears(plan: Plan, year: number): boolean {
  return year >= plan.years.from && year <= plan.years.to;
}

/** `2014–2017` (one year alone when the plan has one). */
export function planYearsText(plan: Plan): string {
  return plan.years.from === plan.years.to
    ? String(plan.years.from)
    : `${plan.years.from}–${plan.years.to}`;
}

const ORDER: readonly Lang[] = ["ky", "ru", "en"];

/** The plan's title in `lang`, else in the first language it has. */
export function planTitle(plan: Plan, lang: Lang): string {
  return (
    plan.title[lang] ??
    ORDER.map((l) => plan.title[l]).find((t) => t !== undefined && t !== "") ??
    ""
  );
}

/** The approving act in `lang`, else in the first language it has; "" when unknown. */
export function planAct(plan: Plan, lang: Lang): string {
  return (
    plan.act[lang] ?? ORDER.map((l) => plan.act[l]).find((t) => t !== undefined && t !== "") ?? ""
  );
}

/** The shape of one item number: `12` → n, `1.2` → n.n, `1.2.3` and deeper → n.n.n; null when not an id. */
export function shapeOf(no: string): ItemShape | null {
  const m = /^\d+(?:\.\d+)*$/.exec(no.trim().replace(/\.$/, ""));
  if (m === null) return null;
  const depth = m[0].split(".").length;
  return depth === 1 ? "n" : depth === 2 ? "n.n" : "n.n.n";
}

/** The most common shape among item numbers (`n` when there are none). */
export function commonShape(numbers: Iterable<string>): ItemShape {
  const counts: Record<ItemShape, number> = { n: 0, "n.n": 0, "n.n.n": 0 };
  for (const no of numbers) {
    const s = shapeOf(no);
    if (s !== null) counts[s]++;
  }
  return (Object.keys(counts) as ItemShape[]).reduce(
    (a, b) => (counts[b] > counts[a] ? b : a),
    "n"
  );
}
