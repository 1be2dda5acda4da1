/**
 * "Create Table 1 from the plan" and the plan a workbook reports on, as plain functions over a
 * {@link WorkbookPort}: no React, no Office. The rules are the core's (plan/read.ts, plan/table1.ts,
 * plan/stored.ts) — the same `atkaruu table1 --plan` applies — so pane, page and CLI make the same
 * Table 1; this module only reads the picked file, writes the sheet and keeps the plan in the settings.
 */
import {
  buildPlanTable1,
  planAct,
  planBodies,
  planTexts,
  planTitle,
  planYearsText,
  readPlanBook,
  storedPlan,
  uniqueSheetName,
} from "../../core";
import type { Lang, Plan, PlanBody, PlanBook, PlanTable1Result, SheetModel } from "../../core";
import { readPlanFile } from "../group/planFile";
import type { PaneSettings, WorkbookPort } from "../port";

export type PlanBookOutcome =
  | {
      readonly ok: true;
      readonly name: string;
      readonly book: PlanBook;
      readonly bodies: readonly PlanBody[];
    }
  | { readonly ok: false; readonly message: string };

/** A picked plan workbook read into its items and the bodies its executors cells name. */
export async function readPlanBookFile(file: File, lang: Lang): Promise<PlanBookOutcome> {
  const read = await readPlanFile(file, lang);
  if (!read.ok) return read;
  const plan = readPlanBook(read.sheets);
  if (!plan.ok) return { ok: false, message: planTexts(lang).noPlanTable(file.name) };
  return { ok: true, name: file.name, book: plan.book, bodies: planBodies(plan.book) };
}

/** A body as offered to pick: `МЭББ — its full name (17 items, lead in 15)`. */
export function bodyChoice(b: PlanBody, items: (n: number, lead: number) => string): string {
  const full = b.body.fullName !== b.name ? ` — ${b.body.fullName}` : "";
  return `${b.name}${full} (${items(b.items, b.lead)})`;
}

/** The plan as the pane keeps it in the workbook's settings (its fields as the named cells hold them). */
export function planSettings(
  plan: Plan,
  lang: Lang
): Pick<PaneSettings, "planTitle" | "planAct" | "planYears" | "planItems"> {
  return {
    planTitle: planTitle(plan, lang),
    planAct: planAct(plan, lang),
    planYears: planYearsText(plan),
    planItems: String(plan.items),
  };
}

/** The plan the settings keep, or null (444-р). */
export function settingsPlan(settings: PaneSettings): Plan | null {
  if ((settings.planTitle ?? "") === "") return null;
  return storedPlan({
    title: settings.planTitle ?? "",
    act: settings.planAct,
    years: settings.planYears ?? "",
    items: settings.planItems ?? "",
  });
}

/** The body's Table 1 from the plan under a sheet name no sheet of the workbook has. */
export function planTable1Model(
  book: PlanBook,
  body: string,
  lang: Lang,
  existingSheets: readonly string[]
): PlanTable1Result {
  const made = buildPlanTable1(book, body, lang);
  if (!made.ok) return made;
  const model: SheetModel = {
    ...made.model,
    name: uniqueSheetName(made.model.name, existingSheets),
  };
  return { ...made, model };
}

export type PlanTable1Written = Extract<PlanTable1Result, { ok: true }> & {
  readonly sheet: string;
};

/**
 * Write the body's Table 1 as a new sheet (no sheet replaced) and show it; the plan and the body go
 * into the defined names of the sheet (the model's names) and into the settings, so the check and
 * Annex 2 follow the plan afterwards.
 */
export async function writePlanTable1(
  port: WorkbookPort,
  book: PlanBook,
  body: string,
  lang: Lang,
  save: (patch: Partial<PaneSettings>) => Promise<void>
): Promise<PlanTable1Written | Extract<PlanTable1Result, { ok: false }>> {
  const existing = (await port.listSheets()).map((s) => s.name);
  const made = planTable1Model(book, body, lang, existing);
  if (!made.ok) return made;
  await port.writeSheet(made.model, { activate: true });
  await save({
    body: made.body.fullName,
    sheet: made.model.name,
    ...planSettings(book.plan, lang),
  });
  return { ...made, sheet: made.model.name };
}
