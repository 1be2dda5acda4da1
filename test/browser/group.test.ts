/**
 * The "Local monitoring" view in real headless Chromium, on the example group workbook
 * (examples/group-example.xlsx) and its local plan:
 * - on the standalone page: open the workbook, check it (the issues `atkaruu group check` gives, a
 *   plain list), make act 2, the 2025-H1 report with the plan's file and the composition summary,
 *   download the copy (every sheet the core builds, cell by cell, and the user's sheets unchanged),
 *   and download a blank group workbook the check reads;
 * - in the pane on the strict Excel double: the issues are buttons selecting their cell on its
 *   sheet, the act, the report with the plan on a sheet of the workbook, the blank workbook inserted.
 * Screenshots at 320 px go to test-output/screenshots/. Needs `npm run build` first.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import {
  buildActSheet,
  buildComposition,
  buildGroupReport,
  buildGroupTemplate,
  checkGroup,
  groupCatalog,
  parseReportPeriod,
  SHIPPED_DAYS,
  summariseGroupPeriod,
  analyseWorkbook,
} from "../../src/core";
import type { GroupCheck, Lang, SheetGrid, SheetModel } from "../../src/core";
import { groupPaneCatalog } from "../../src/taskpane/group/i18n";
import { paneCatalog } from "../../src/taskpane/i18n";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import { checkGroupInView, GROUP_AS_OF, GROUP_FILE, groupPanel, PLAN_FILE } from "./groupSteps";
import { doubleSheet, doubleState, eventually, openOfficePane } from "./officePane";
import { buildOfficeStub } from "./officeStubBundle";
import { serveDirectory } from "./server";
import type { StaticServer } from "./server";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "test-output", "screenshots");
const AS_OF = GROUP_AS_OF;
const EXPECTED_ISSUES = [
  "Актылар!L5 response-overdue",
  "Актылар!M6 council-report-overdue",
  "Актылар!L7 response-overdue",
  "Актылар!M7 council-report-overdue",
];

let server: StaticServer;
let browser: Chromium;
let stub: string;
let work: string;
let group: SheetGrid[];
let plan: SheetGrid[];

beforeAll(async () => {
  if (!existsSync(join(DIST, "standalone.js")) || !existsSync(join(DIST, "taskpane.js")))
    throw new Error("dist/ missing: run `npm run build` first");
  mkdirSync(SHOTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "atkaruu-group-browser-"));
  const g = await readWorkbookFile(GROUP_FILE, "ky");
  const p = await readWorkbookFile(PLAN_FILE, "ky");
  if (!g.ok || !p.ok) throw new Error("examples unreadable");
  group = g.book.sheets;
  plan = p.book.sheets;
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function coreCheck(sheets: readonly SheetGrid[], lang: Lang): GroupCheck {
  const r = checkGroup(sheets, { asOf: AS_OF, lang });
  if (!r.ok) throw new Error(r.fatal.message);
  return r.check;
}

const panel = groupPanel;

async function listedIssues(page: Page): Promise<string[]> {
  return panel(page)
    .locator("li[data-code]")
    .evaluateAll((items) =>
      items.map(
        (li) =>
          `${li.closest("[data-sheet]")?.getAttribute("data-sheet")}!${li.getAttribute("data-cell")} ${li.getAttribute("data-code")}`
      )
    );
}

const runCheck = checkGroupInView;

/** Every non-empty cell of `model` as the grid read back shows it. */
function expectSheetIs(grid: SheetGrid | undefined, model: SheetModel): void {
  expect(grid).toBeDefined();
  let compared = 0;
  for (const c of model.cells) {
    if (c.value === null || c.value === "") continue;
    expect([model.name, c.row, c.col, grid!.rows[c.row]?.[c.col]]).toEqual([
      model.name,
      c.row,
      c.col,
      c.value,
    ]);
    compared++;
  }
  expect(compared).toBeGreaterThan(10);
}

test("page: check, act, report with the plan's file, composition, the download keeps everything; a blank workbook", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByTestId("language").selectOption("en");
  const g = groupPaneCatalog("en");
  const s = groupCatalog("en").summary;
  await page.getByTestId("tab-group").click();
  await panel(page).getByText(g.page.intro).waitFor();
  await panel(page).getByTestId("file-input").setInputFiles(GROUP_FILE);
  await panel(page).getByTestId("opened").waitFor();

  await runCheck(page);
  const check = coreCheck(group, "en");
  expect(await listedIssues(page)).toEqual(EXPECTED_ISSUES);
  // In a file there is no cursor to move: a plain list, no buttons.
  await expect(panel(page).locator("li[data-code] button").count()).resolves.toBe(0);
  await expect(panel(page).locator('[data-figure="members"]').textContent()).resolves.toBe(
    s.members(9, 2, 2, 5, 4, 5)
  );
  await expect(panel(page).locator('[data-figure="acts"]').textContent()).resolves.toBe(
    s.acts(6, 3, 1, 1)
  );
  await expect(panel(page).getByTestId("group-check-notice").textContent()).resolves.toBe(
    paneCatalog("en").check.counts(0, 4)
  );

  // Act 2: answered late (due 06.12.2024), the council informed in time.
  await panel(page).getByTestId("group-act").selectOption("2");
  await expect(panel(page).getByTestId("group-act-due").textContent()).resolves.toBe(
    g.act.due("late (06.12.2024)", "on time (22.12.2024)")
  );
  await panel(page).getByTestId("group-make-act").click();
  await panel(page).getByTestId("group-act-notice").getByText(g.act.made("Act No. 2")).waitFor();

  await panel(page).getByTestId("group-period").selectOption("2025-H1");
  await panel(page).getByTestId("group-plan").selectOption("file");
  await panel(page).getByTestId("group-plan-input").setInputFiles(PLAN_FILE);
  await panel(page).getByTestId("group-plan-file").waitFor();
  await panel(page).getByTestId("group-make-report").click();
  await panel(page).getByTestId("group-report-notice").getByText(s.planLevel("66.7 %")).waitFor();

  await panel(page).getByTestId("group-make-composition").click();
  await panel(page)
    .getByTestId("group-composition-notice")
    .getByText(g.composition.made("Composition summary"))
    .waitFor();

  await page.setViewportSize({ width: 320, height: 900 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("#pane-panel-group *")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map(
        (e) =>
          e.tagName +
          "." +
          (e.getAttribute("data-testid") ?? "") +
          ":" +
          Math.round(e.getBoundingClientRect().right)
      )
      .slice(0, 15)
  );
  expect([overflow, wide]).toEqual([0, []]);
  await page.screenshot({
    path: join(SHOTS, "standalone-group-en-320.png"),
    fullPage: true,
    animations: "disabled",
  });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel(page).getByTestId("group-download").click(),
  ]);
  expect(download.suggestedFilename()).toBe("group-example-group.xlsx");
  const copyPath = join(work, "copy.xlsx");
  await download.saveAs(copyPath);
  const copy = await readWorkbookFile(copyPath, "en");
  if (!copy.ok) throw new Error(copy.fatal.message);
  expect(copy.book.sheets.map((x) => x.name)).toEqual([
    ...group.map((x) => x.name),
    "Act No. 2",
    "Summary report 2025-H1",
    "Composition summary",
  ]);
  for (const original of group)
    expect(copy.book.sheets.find((x) => x.name === original.name)?.rows).toEqual(original.rows);
  const period = parseReportPeriod("2025-H1")!;
  const planRead = analyseWorkbook(plan, { asOf: period.to, lang: "en" });
  if (!planRead.ok) throw new Error(planRead.fatal.message);
  const byName = (n: string): SheetGrid | undefined => copy.book.sheets.find((x) => x.name === n);
  expectSheetIs(byName("Act No. 2"), buildActSheet(check, check.acts[1], "en"));
  expectSheetIs(
    byName("Summary report 2025-H1"),
    buildGroupReport(check, summariseGroupPeriod(check, period), "en", planRead.analysis.summary)
  );
  expectSheetIs(byName("Composition summary"), buildComposition(check, "en"));

  const [blank] = await Promise.all([
    page.waitForEvent("download"),
    panel(page).getByTestId("group-blank-download").click(),
  ]);
  expect(blank.suggestedFilename()).toBe("group-template.xlsx");
  const blankPath = join(work, "blank.xlsx");
  await blank.saveAs(blankPath);
  expect(readFileSync(blankPath).subarray(0, 2).toString()).toBe("PK");
  const blankRead = await readWorkbookFile(blankPath, "en");
  if (!blankRead.ok) throw new Error(blankRead.fatal.message);
  expect(blankRead.book.sheets.map((x) => x.name)).toEqual(
    buildGroupTemplate("en").map((m) => m.name)
  );
  expect(coreCheck(blankRead.book.sheets, "en").counts.total).toBe(0);
  // The holidays are date cells (the reader gives a date only for a number under a date format).
  const holidayDates = blankRead.book.sheets[4].rows
    .slice(4)
    .map((r) => r[0])
    .filter((v) => v !== null);
  expect(holidayDates).toEqual(SHIPPED_DAYS.map((d) => new Date(`${d.date}T00:00:00Z`)));

  expect(errors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith("blob:"))).toEqual(
    []
  );
  await page.close();
});

test("page: a workbook that is no group workbook is said so, and nothing is offered to make", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByTestId("language").selectOption("ru");
  await page.getByTestId("tab-group").click();
  await panel(page).getByTestId("file-input").setInputFiles(PLAN_FILE);
  await panel(page).getByTestId("group-check").click();
  // The page downloads a blank workbook (it inserts none): the sentence names that button.
  const g = groupPaneCatalog("ru");
  await panel(page)
    .getByTestId("group-check-notice")
    .getByText(g.page.noGroup(g.page.blank))
    .waitFor();
  await expect(panel(page).getByTestId("group-make-composition").isDisabled()).resolves.toBe(true);
  await expect(panel(page).getByTestId("group-act-section").textContent()).resolves.toContain(
    groupPaneCatalog("ru").act.needCheck
  );
  await page.close();
});

test("pane in Excel (strict double): issues select their cell on its sheet; act, report with a plan sheet, blank workbook", async () => {
  const sheets = [...group, ...plan].map(doubleSheet);
  const { page, errors, offsite } = await openOfficePane(browser, server, stub, {
    displayLanguage: "ky-KG",
    sheets,
  });
  const g = groupPaneCatalog("ky");
  await page.getByTestId("tab-group").click();
  await runCheck(page);
  expect(await listedIssues(page)).toEqual(EXPECTED_ISSUES);

  // An issue is a button that selects its cell, on the acts sheet.
  await panel(page).locator('[data-sheet="Актылар"] li[data-cell="M6"] button').click();
  await eventually(
    () =>
      doubleState<string | null>(
        page,
        "wb.selection && wb.selection.sheet.name + '!' + wb.selection.rect.top + ',' + wb.selection.rect.left"
      ),
    "Актылар!5,12"
  );

  await panel(page).getByTestId("group-act").selectOption("3");
  await panel(page).getByTestId("group-make-act").click();
  await panel(page).getByTestId("group-act-notice").getByText(g.act.made("Акт №3")).waitFor();
  const check = coreCheck(group, "ky");
  const act = buildActSheet(check, check.acts[2], "ky");
  const cells = await doubleState<(string | number)[][]>(page, `wb.findSheet("Акт №3").values()`);
  for (const c of act.cells)
    if (c.value !== null && c.value !== "")
      expect([c.row, c.col, cells[c.row][c.col]]).toEqual([c.row, c.col, c.value]);
  await expect(
    doubleState(
      page,
      `[wb.findSheet("Акт №3").pageLayout.orientation, wb.findSheet("Акт №3").pageLayout.paperSize]`
    )
  ).resolves.toEqual(["Portrait", "A4"]);

  await panel(page).getByTestId("group-period").selectOption("2025");
  await panel(page).getByTestId("group-plan").selectOption(`sheet:${plan[0].name}`);
  await panel(page).getByTestId("group-make-report").click();
  await panel(page)
    .getByTestId("group-report-notice")
    .getByText(groupCatalog("ky").summary.planLevel("66,7 %"))
    .waitFor();
  await expect(doubleState<string[]>(page, "wb.sheets.map((s) => s.name)")).resolves.toContain(
    groupCatalog("ky").report.sheetName("2025")
  );

  await panel(page).getByTestId("group-insert-blank").click();
  const names = buildGroupTemplate("ky").map((m) => `${m.name} (2)`);
  await panel(page)
    .getByTestId("group-blank-notice")
    .getByText(g.check.inserted(names.join(", ")))
    .waitFor();
  const all = await doubleState<string[]>(page, "wb.sheets.map((s) => s.name)");
  expect(all.slice(0, group.length)).toEqual(group.map((x) => x.name));
  expect(all).toEqual(expect.arrayContaining(names));

  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({
    path: join(SHOTS, "taskpane-group-ky-320.png"),
    fullPage: true,
    animations: "disabled",
  });
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await page.close();
});

test("page: a group workbook without its creation date — the issue names the view's field, and the field gives the date", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(GROUP_FILE);
  const members = wb.getWorksheet("Мүчөлөр")!;
  members.getCell("B2").value = null;
  members.getCell("C2").value = null;
  const file = join(work, "no-created.xlsx");
  await wb.xlsx.writeFile(file);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByTestId("language").selectOption("en");
  await page.getByTestId("tab-group").click();
  await panel(page).getByTestId("file-input").setInputFiles(file);
  await runCheck(page);
  const g = groupPaneCatalog("en");
  const issue = panel(page).locator('li[data-code="missing-creation-date"]');
  await expect(issue.textContent()).resolves.toContain(
    `(or fill in “${g.check.created}” here and check again)`
  );
  await expect(issue.textContent()).resolves.not.toContain("--created");
  await panel(page).getByTestId("group-created").fill("2024-09-16");
  await panel(page).getByTestId("group-check").click();
  await panel(page)
    .getByTestId("group-figures")
    .getByText(groupCatalog("en").summary.created("16.09.2024", "16.09.2028"))
    .waitFor();
  await expect(issue.count()).resolves.toBe(0);
  await page.close();
});
