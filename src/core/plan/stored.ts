/**
 * SPEC "Plans other than 444-р": the plan chosen is stored in the workbook with the body, so the
 * pane, the page, the CLI and consolidation agree. In a file it is a set of defined names pointing
 * at visible cells above Table 1 (written by plan/table1.ts): the title, the act, the years
 * (`2014–2017`) and the item count; the body is `ATKARUU_BODY`, as on Annex 2. In the pane the same
 * fields live in Office settings (src/taskpane/settings.ts). Both come back through {@link storedPlan}.
 */
import { ANNEX2_NAMES } from "../annex2";
import { lineLang } from "../textLang";
import { MAX_PLAN_YEARS } from "./model";
import type { ItemShape, Plan } from "./model";

export const PLAN_NAMES = {
  title: "ATKARUU_PLAN_TITLE",
  act: "ATKARUU_PLAN_ACT",
  years: "ATKARUU_PLAN_YEARS",
  items: "ATKARUU_PLAN_ITEMS",
  body: ANNEX2_NAMES.body,
} as const;

/** The plan's fields as stored (cell values, settings), before they are checked. */
export interface StoredPlanFields {
  readonly title: string;
  readonly act?: string;
  /** `2014–2017`, `2014-2017` or one year. */
  readonly years: string;
  readonly items: number | string;
  readonly itemShape?: ItemShape;
}

/** `2014–2017` → {2014, 2017}; one year → that year; anything else null. */
export function parsePlanYears(text: string): { from: number; to: number } | null {
  const m = /^\s*((?:19|20)\d\d)\s*(?:[-–—]\s*((?:19|20)\d\d))?\s*$/u.exec(text);
  if (m === null) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to && to - from < MAX_PLAN_YEARS ? { from, to } : null;
}

/** The stored plan, or null when a field is missing or unusable (the caller then falls back to 444-р). */
export function storedPlan(fields: StoredPlanFields): Plan | null {
  const title = fields.title.trim();
  const years = parsePlanYears(fields.years);
  const items =
    typeof fields.items === "number" ? fields.items : Number(String(fields.items).trim());
  if (title === "" || years === null || !Number.isInteger(items) || items < 1 || items > 1_000_000)
    return null;
  const act = fields.act?.trim() ?? "";
  return {
    title: { [lineLang(title)]: title },
    act: act !== "" ? { [lineLang(act)]: act } : {},
    years,
    items,
    itemShape: fields.itemShape ?? "n",
  };
}
