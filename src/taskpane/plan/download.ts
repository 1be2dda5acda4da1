/**
 * The page's "Create Table 1 from the plan": the body's Table 1 (core `buildPlanTable1`) as a new
 * workbook, its plan and body in defined names on visible cells — the bytes `atkaruu table1 --plan`
 * writes — named as the CLI names it. ExcelJS is loaded only when a Table 1 is made.
 */
import { buildPlanTable1, planTable1FileName } from "../../core";
import type { Lang, PlanBook, PlanTable1Result } from "../../core";

export type PlanTable1Download =
  | (Extract<PlanTable1Result, { ok: true }> & {
      readonly bytes: Uint8Array;
      readonly fileName: string;
    })
  | Extract<PlanTable1Result, { ok: false }>;

/** `planFile`: the plan workbook's file name, which the new workbook's name starts with. */
export async function planTable1Download(
  book: PlanBook,
  body: string,
  lang: Lang,
  planFile: string
): Promise<PlanTable1Download> {
  const made = buildPlanTable1(book, body, lang);
  if (!made.ok) return made;
  const { workbookFromModels, workbookToBuffer } = await import("../../xlsx/workbook");
  const bytes = await workbookToBuffer(workbookFromModels([made.model]));
  return { ...made, bytes, fileName: planTable1FileName(planFile, made.body.abbreviation ?? body) };
}
