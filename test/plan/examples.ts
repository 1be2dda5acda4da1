/** The example plan workbooks (examples/, made by scripts/make-plan-examples.py) read into plan books, for the plan tests. */
import { join } from "node:path";
import { readPlanBook } from "../../src/core";
import type { PlanBook } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";

export const EXAMPLES = join(__dirname, "..", "..", "examples");

/** An example plan workbook read with the one reader and the core's plan reader. */
export async function planOf(file: string): Promise<PlanBook> {
  const read = await readWorkbookFile(join(EXAMPLES, file), "en");
  if (!read.ok) throw new Error(read.fatal.message);
  const plan = readPlanBook(read.book.sheets);
  if (!plan.ok) throw new Error(`no plan in ${file}`);
  return plan.book;
}
