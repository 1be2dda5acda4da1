/**
 * Steps of the "Local monitoring" view shared by its browser test (group.test.ts) and the guides'
 * screenshots (guideScreens.test.ts): the example group workbook and its local plan, the view's panel,
 * and a check as of a fixed day.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
export const GROUP_FILE = join(ROOT, "examples", "group-example.xlsx");
export const PLAN_FILE = join(ROOT, "examples", "local-plan-example.xlsx");
/** The day the example is checked on: act 2 answered late, act 3 told the council late, act 4 has no answer. */
export const GROUP_AS_OF = "2025-09-15";

/** The group panel (the page keeps the other tabs' controls, with the same test ids, in the document). */
export const groupPanel = (page: Page) => page.locator("#pane-panel-group");

/** Check as of GROUP_AS_OF in the view and wait for its figures. */
export async function checkGroupInView(page: Page): Promise<void> {
  await groupPanel(page).getByTestId("group-as-of").fill(GROUP_AS_OF);
  await groupPanel(page).getByTestId("group-check").click();
  await groupPanel(page).getByTestId("group-figures").waitFor();
}
