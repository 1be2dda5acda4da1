/**
 * taskpane.html in real headless Chromium. Outside Excel (Office.js unreachable, or loaded in a plain
 * browser) it must say so clearly; with Office.js replaced by the strict Excel double (see
 * officeStub.ts) the real pane — Office adapter included — must find Table 1, list the issues as
 * buttons that select their cell, generate Annex 2 into the workbook, follow Office's display
 * language, remember a language chosen by hand and run the ribbon's "Insert Table 1".
 * Screenshots of the pane in ky / ru / en at 320 px and 400 px go to test-output/screenshots/.
 * Needs `npm run build` first.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { coreCatalog, SNAPSHOT_SHEET_NAME } from "../../src/core";
import type { Lang } from "../../src/core";
import { INSERT_TABLE1_ACTION } from "../../src/taskpane/commands";
import { paneCatalog } from "../../src/taskpane/i18n";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import {
  AS_OF,
  BODY,
  EXPECTED_FIGURES,
  EXPECTED_ISSUES,
  TABLE_SHEET,
  sampleSheets,
} from "./fixtures";
import type { OfficeSeed } from "./officeStub";
import { doubleState, eventually, openOfficePane } from "./officePane";
import type { OpenedPane } from "./officePane";
import { buildOfficeStub } from "./officeStubBundle";
import { serveDirectory } from "./server";
import type { StaticServer } from "./server";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "test-output", "screenshots");

let server: StaticServer;
let browser: Chromium;
let stub: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html")) || !existsSync(join(DIST, "taskpane.js")))
    throw new Error("dist/taskpane.* missing: run `npm run build` first");
  mkdirSync(SHOTS, { recursive: true });
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openPane = (officeJs: string | null, seed?: OfficeSeed): Promise<OpenedPane> =>
  openOfficePane(browser, server, officeJs, seed);

const excelSeed = (displayLanguage: string): OfficeSeed => ({
  displayLanguage,
  sheets: sampleSheets(),
});

test("outside Excel (Office.js unreachable) it says to open it in Excel", async () => {
  const { page, offsite } = await openPane(null);
  await page.getByTestId("outside-excel").waitFor();
  const text = await page.getByTestId("outside-excel").textContent();
  expect(text).toContain(paneCatalog("en").app.outsideTitle);
  await expect(
    page.getByRole("link", { name: paneCatalog("en").app.standaloneLink }).getAttribute("href")
  ).resolves.toBe("standalone.html");
  expect(offsite).toEqual([]);
  await page.close();
});

test("in a plain browser (Office.js reports no host) it says to open it in Excel", async () => {
  const plainOffice =
    "window.Office = { HostType: { Excel: 'Excel' }, onReady: function (cb) { var p = Promise.resolve({ host: null, platform: null }); if (cb) p.then(cb); return p; } };";
  const { page, errors } = await openPane(plainOffice);
  await page.getByTestId("outside-excel").waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test("in Excel (strict double) it checks, selects issue cells, generates Annex 2 and inserts Table 1", async () => {
  const { page, errors } = await openPane(stub, excelSeed("ru-RU"));
  const t = paneCatalog("ru");
  // Office's display language decides the language until one is chosen by hand.
  await expect(page.getByTestId("language").inputValue()).resolves.toBe("ru");
  await page
    .locator(`[data-testid="sheet"] >> option[value="${TABLE_SHEET}"]`)
    .waitFor({ state: "attached" });
  await expect(page.getByTestId("sheet").inputValue()).resolves.toBe(TABLE_SHEET);

  await page.getByTestId("field-body").fill(BODY);
  await page.getByTestId("field-periodTo").fill(AS_OF);
  await page.getByTestId("field-periodTo").blur();
  await page.getByTestId("check").click();
  await page.getByTestId("figures").waitFor();
  const issues = await page
    .locator("li[data-code]")
    .evaluateAll((items) =>
      items.map((li) => `${li.getAttribute("data-code")}@${li.getAttribute("data-cell")}`)
    );
  expect(issues.sort()).toEqual(EXPECTED_ISSUES.map((i) => `${i.code}@${i.cell}`).sort());
  await expect(page.locator('[data-figure="level"]').textContent()).resolves.toBe("37,5 %");

  // An issue is a button that selects its cell in the sheet.
  await page.locator('li[data-cell="F9"] button').click();
  await eventually(
    () =>
      doubleState<string | null>(
        page,
        "wb.selection && wb.selection.sheet.name + '!' + wb.selection.rect.top + ',' + wb.selection.rect.left"
      ),
    `${TABLE_SHEET}!8,5`
  );
  // Keyboard: the next issue button is reachable with Tab and works with Enter.
  await page.locator('li[data-cell="A10"] button').focus();
  await page.keyboard.press("Enter");
  await eventually(
    () =>
      doubleState<string | null>(
        page,
        "wb.selection && wb.selection.rect.top + ',' + wb.selection.rect.left"
      ),
    "9,0"
  );

  // Highlight: marks appear as conditional formats on Table 1, and go away again.
  await page.getByTestId("highlight").click();
  await page.getByTestId("tool-notice").getByText(t.check.highlighted(8)).waitFor();
  const marks = (): Promise<number> =>
    doubleState<number>(
      page,
      `wb.findSheet(${JSON.stringify(TABLE_SHEET)}).conditionalFormats.length`
    );
  await expect(marks()).resolves.toBeGreaterThan(0);
  await page.getByTestId("highlight").click();
  await page.getByTestId("tool-notice").getByText(t.check.unhighlighted).waitFor();
  await expect(marks()).resolves.toBe(0);

  await page.getByTestId("generate").click();
  const annexName = coreCatalog("ru").annex2.sheetName;
  await page
    .getByTestId("annex2-notice")
    .getByText(t.annex2.done(annexName), { exact: false })
    .waitFor();
  const sheets = await doubleState<string[][]>(
    page,
    "wb.sheets.map((s) => [s.name, s.visibility])"
  );
  // With the snapshot of the report, very hidden, for a later comparison (docs/compare.md).
  expect(sheets).toEqual([
    ["Мукаба", "Visible"],
    [TABLE_SHEET, "Visible"],
    [annexName, "Visible"],
    [SNAPSHOT_SHEET_NAME, "VeryHidden"],
  ]);
  await expect(
    doubleState(page, `wb.findSheet(${JSON.stringify(annexName)}).cell(2, 0).value`)
  ).resolves.toBe(BODY);

  // The ribbon's "Insert Table 1" runs in the same runtime and the pane sees the new sheet.
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve) =>
        (
          window as unknown as {
            __ATKARUU_ACTIONS__: Record<string, (e: { completed(): void }) => void>;
          }
        ).__ATKARUU_ACTIONS__[name]({ completed: resolve })
      ),
    INSERT_TABLE1_ACTION
  );
  const templateName = coreCatalog("ru").template.sheetName;
  await expect(doubleState<string[]>(page, "wb.sheets.map((s) => s.name)")).resolves.toContain(
    templateName
  );
  await page
    .locator(`[data-testid="sheet"] >> option[value="${templateName}"]`)
    .waitFor({ state: "attached" });
  // Table 1 is still the one the pane works on.
  await expect(page.getByTestId("sheet").inputValue()).resolves.toBe(TABLE_SHEET);

  // A language chosen by hand is remembered in the workbook.
  await page.getByTestId("language").selectOption("en");
  await page.getByText(paneCatalog("en").check.run).waitFor();
  // The issues are checked again, so their messages follow the new language too.
  await page
    .locator('li[data-cell="F9"]')
    .getByText(/is not recognised/)
    .waitFor();
  await eventually(
    () =>
      doubleState<boolean>(
        page,
        `[...wb.settings.values()].map(String).join().includes('"lang":"en"')`
      ),
    true
  );
  expect(errors).toEqual([]);
  await page.close();
});

test("every field has a label and the keyboard reaches every control in reading order", async () => {
  const { page } = await openPane(stub, excelSeed("ky-KG"));
  const t = paneCatalog("ky");
  await page
    .locator(`[data-testid="sheet"] >> option[value="${TABLE_SHEET}"]`)
    .waitFor({ state: "attached" });
  for (const label of [
    t.app.language,
    t.sheet.label,
    t.report.body,
    t.report.periodFrom,
    t.report.periodTo,
    t.report.person,
    t.report.contacts,
  ]) {
    await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
  }
  await page.getByTestId("check").click();
  await page.getByTestId("figures").waitFor();
  // The result is announced: it sits in a polite live region.
  await expect(page.getByTestId("check-notice").getAttribute("aria-live")).resolves.toBe("polite");
  await expect(page.getByRole("button", { name: /^F9/ }).count()).resolves.toBe(1);

  // Tab from the first control: each stop comes after the previous one in the page, and every
  // control is reached.
  await page.getByTestId("language").focus();
  await page.evaluate(
    () =>
      ((window as unknown as { __lastFocus?: Element }).__lastFocus =
        document.activeElement ?? undefined)
  );
  const stops: string[] = ["language"];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const step = await page.evaluate(() => {
      const w = window as unknown as { __lastFocus?: Element };
      const el = document.activeElement;
      if (el === null || el === document.body) return { id: "", after: true };
      // Tab moves between the day, month and year parts of a date field: still the same control.
      if (el === w.__lastFocus) return { id: "=", after: true };
      const after =
        w.__lastFocus === undefined ||
        (w.__lastFocus.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      w.__lastFocus = el;
      return { id: el.getAttribute("data-testid") ?? el.tagName.toLowerCase(), after };
    });
    if (step.id === "=") continue;
    if (step.id === "" || !step.after) {
      // Past the last control focus leaves the page (or wraps to the top): the end of the order.
      break;
    }
    stops.push(step.id);
  }
  const named = stops.filter((id) => !["button", "input", "select", "a"].includes(id));
  // The tab list is one stop (its selected tab; arrow keys move between tabs).
  expect(named).toEqual([
    "language",
    "tab-report",
    "sheet",
    "insert-template",
    "plan-table1-file-choose",
    "field-body",
    "field-periodFrom",
    "field-periodTo",
    "field-person",
    "field-contacts",
    "check",
    "highlight",
    "dropdowns",
    "generate",
    "compare-choose",
  ]);
  // Between them: "reread sheets", the two group headers and every issue (no body given: 7 issues).
  const issues = await page.locator("li[data-code] button").count();
  expect(issues).toBe(EXPECTED_ISSUES.length - 1);
  expect(stops.filter((id) => id === "button").length).toBe(1 + 2 + issues);
  await page.close();
});

test("screenshots of the pane in Excel in each language at 320 px and 400 px", async () => {
  const display: Record<Lang, string> = { ky: "ky-KG", ru: "ru-RU", en: "en-US" };
  for (const lang of ["ky", "ru", "en"] as const) {
    const { page } = await openPane(stub, excelSeed(display[lang]));
    await expect(page.getByTestId("language").inputValue()).resolves.toBe(lang);
    await page
      .locator(`[data-testid="sheet"] >> option[value="${TABLE_SHEET}"]`)
      .waitFor({ state: "attached" });
    await page.getByTestId("field-body").fill(BODY);
    await page.getByTestId("field-periodTo").fill(AS_OF);
    await page.getByTestId("check").click();
    await page.getByTestId("figures").waitFor();
    await expect(page.locator('[data-figure="total"]').textContent()).resolves.toBe(
      String(EXPECTED_FIGURES.total)
    );
    for (const width of [320, 400]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect([lang, width, overflow]).toEqual([lang, width, 0]);
      await page.screenshot({
        path: join(SHOTS, `taskpane-${lang}-${width}.png`),
        fullPage: true,
        animations: "disabled",
      });
    }
    await page.close();
  }
});
