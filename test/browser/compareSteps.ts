/**
 * Steps of "Compare with the previous report" in the pane on the strict double, shared by the
 * compare test and the guides' screenshots: the first quarter's Annex 2 (which leaves the snapshot),
 * Table 1 edited in Excel for the second quarter, the comparison with the snapshot. The reports are
 * test/core/compareFixtures.ts's.
 */
import type { Page } from "playwright-core";
import { coreCatalog } from "../../src/core";
import type { Lang } from "../../src/core";
import { paneCatalog } from "../../src/taskpane/i18n";
import { currentTable, previousTable } from "../core/compareFixtures";
import type { OfficeSeed } from "./officeStub";
import { doubleSheet } from "./officePane";

export const COMPARE_TABLE = "1-таблица";
export const COMPARE_BODY = "МЦРИТ";

/** The double's workbook holding the first quarter's Table 1. */
export const firstQuarterSeed = (displayLanguage: string): OfficeSeed => ({
  displayLanguage,
  sheets: [doubleSheet(previousTable())],
});

async function setPeriodEnd(page: Page, date: string): Promise<void> {
  await page.getByTestId("field-periodTo").fill(date);
  await page.getByTestId("field-periodTo").blur();
}

/** The first quarter's Annex 2 (as of 31.03.2025), written into the workbook with its snapshot. */
export async function reportFirstQuarter(page: Page, lang: Lang): Promise<void> {
  await page
    .locator(`[data-testid="sheet"] >> option[value="${COMPARE_TABLE}"]`)
    .waitFor({ state: "attached" });
  await page.getByTestId("field-body").fill(COMPARE_BODY);
  await setPeriodEnd(page, "2025-03-31");
  await page.getByTestId("generate").click();
  const annex = coreCatalog(lang).annex2.sheetName;
  await page
    .getByTestId("annex2-notice")
    .getByText(paneCatalog(lang).annex2.done(annex), { exact: false })
    .waitFor();
}

/** Three months on: the official edits Table 1 in Excel (the double's cells) for the second quarter. */
export async function editForSecondQuarter(page: Page): Promise<void> {
  const rows = doubleSheet(currentTable()).rows;
  await page.evaluate(
    ([name, grid]) => {
      type Sheet = { edit(r: number, c: number): { value: unknown } };
      const wb = (
        window as unknown as { __ATKARUU_DOUBLE__: { workbook: { findSheet(n: string): Sheet } } }
      ).__ATKARUU_DOUBLE__.workbook;
      const sheet = wb.findSheet(name as string);
      (grid as (string | number | null)[][]).forEach((row, r) =>
        row.forEach((v, c) => (sheet.edit(r, c).value = v ?? ""))
      );
    },
    [COMPARE_TABLE, rows] as const
  );
  await setPeriodEnd(page, "2025-06-30");
}

/** "Compare with this workbook's last report", until the changes are shown. */
export async function compareWithSnapshot(page: Page): Promise<void> {
  await page.getByTestId("compare-snapshot").click();
  await page.getByTestId("compare-result").waitFor();
}
