/**
 * The `--plan PLAN.xlsx` option shared by `table1`, `annex2`, `validate` and `consolidate`: the plan
 * workbook read into the core's plan model (core plan/read.ts), or the plan the workbook stores, or
 * 444-р (SPEC "Plans other than 444-р").
 */
import { basename } from "node:path";
import { PLAN_444, planTexts, readPlanBook } from "../core";
import type { Plan, PlanBook, PlanOverrides } from "../core";
import { CliError } from "./command";
import type { CommandContext } from "./command";
import { loadWorkbook, resolvePath } from "./steps";

/** Read a plan workbook (fatal: unreadable, or no plan table → `no-plan-table`). */
export async function loadPlanBook(
  ctx: CommandContext,
  file: string,
  overrides: PlanOverrides = {}
): Promise<PlanBook> {
  const path = resolvePath(ctx, file);
  const book = await loadWorkbook(ctx, path);
  const read = readPlanBook(book.sheets, overrides);
  if (!read.ok)
    throw new CliError("no-plan-table", planTexts(ctx.lang).noPlanTable(basename(path)));
  return read.book;
}

/** The plan to report on: `--plan` when given, else the plan stored in the workbook, else 444-р. */
export async function chosenPlan(
  ctx: CommandContext,
  planFile: string | undefined,
  stored: Plan | null
): Promise<Plan> {
  if (planFile !== undefined) return (await loadPlanBook(ctx, planFile)).plan;
  return stored ?? PLAN_444;
}
