/**
 * Issue 8, "Pane and page", in real headless Chromium, in ky / ru / en: on the standalone page (a file
 * opened in the browser, the copy downloaded and read back with ExcelJS) and in the pane on the strict
 * Excel double (test/office/excelDouble.ts, through officeStub.ts):
 * - each issue says its item number and its measure's first words beside the cell;
 * - the figures say how many measures are not completed beside "in progress";
 * - "highlight" and "drop-downs" say they change the copy (page) or the workbook (pane);
 * - drop-down lists speak the table's language, not the pane's;
 * - a workbook without Table 1 says so and offers a blank one (pane: inserted; page: in the copy, downloaded);
 * - a failed open clears the previous file (page);
 * - .xls and .csv get advice on how to save as .xlsx (page; pane: the workbook Excel has open);
 * - the page's consolidation takes a list of expected bodies, typed or read from a file, like `--expect`.
 * Needs `npm run build` first.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { coreCatalog, templateHeader } from "../../src/core";
import type { Lang } from "../../src/core";
import { paneCatalog } from "../../src/taskpane/i18n";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import { bodiesWithDuplicate, writeBodyWorkbook, writeBrokenFile } from "./consolidateFixtures";
import {
  AS_OF,
  BODY,
  EXPECTED_FIGURES,
  TABLE_SHEET,
  sampleSheets,
  table1Workbook,
  workbookWithoutTable,
} from "./fixtures";
import type { OfficeSeed } from "./officeStub";
import { doubleState, eventually, openOfficePane } from "./officePane";
import { buildOfficeStub } from "./officeStubBundle";
import { consolidateFiles, fillReport } from "./pageSteps";
import { convert, sheetsAsCsv } from "../support/libreoffice";
import { serveDirectory } from "./server";
import type { StaticServer } from "./server";

jest.setTimeout(240_000);

const DIST = join(__dirname, "..", "..", "dist");
const LANGS = ["ky", "ru", "en"] as const;
const DISPLAY: Record<Lang, string> = { ky: "ky-KG", ru: "ru-RU", en: "en-US" };

/** The sample's rows by hand (fixtures.ts): where some issues are, with the item and measure of their row. */
const PLACES = [
  { cell: "F9", item: "5", measure: "Мобилдик тиркеме" },
  { cell: "A10", item: "5", measure: "Кайталанган пункт" },
  // Item 7 has no measure: only its number is said.
  { cell: "C11", item: "7", measure: null },
  { cell: "F12", item: "8", measure: "Кадрларды даярдоо" },
] as const;
/** Not completed of the sample: item 4 says so, item 5's status is unrecognised, item 8's empty; items 3 and 5 (the repeat) are in progress. */
const NOT_COMPLETED = 3;

let server: StaticServer;
let browser: Chromium;
let stub: string;
let work: string;
let samplePath: string;
let noTablePath: string;
let brokenPath: string;
let picks: string[];
/** A real .xls written by LibreOffice, a CSV, and an HTML table a web system saved as .xls. */
let legacyXls: string;
let csvPath: string;
let htmlXls: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, "standalone.js")) || !existsSync(join(DIST, "taskpane.js")))
    throw new Error("dist/ missing: run `npm run build` first");
  work = mkdtempSync(join(tmpdir(), "atkaruu-pane-page-"));
  samplePath = join(work, "table1.xlsx");
  writeFileSync(samplePath, await table1Workbook());
  noTablePath = join(work, "budget.xlsx");
  writeFileSync(noTablePath, await workbookWithoutTable());
  brokenPath = join(work, "notes.xlsx");
  writeFileSync(brokenPath, "просто текст, не книга Excel");
  csvPath = join(work, "plan.csv");
  writeFileSync(csvPath, "№;Милдет;Чара\n1;Санариптештирүү;Реестрди жаңылоо\n");
  const made = join(work, "xls");
  await convert([samplePath], "xls", made);
  legacyXls = join(made, "table1.xls");
  // LibreOffice wrote an OLE compound file (the old binary format), as Excel 97–2003 does.
  expect([...readFileSync(legacyXls).subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
  htmlXls = join(work, "export.xls");
  writeFileSync(
    htmlXls,
    "<html><body><table><tr><td>№</td><td>Чара</td></tr></table></body></html>"
  );
  picks = [];
  for (const b of bodiesWithDuplicate()) picks.push(await writeBodyWorkbook(work, b));
  picks.push(await writeBrokenFile(work));
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openPage(lang: Lang): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByTestId("language").selectOption(lang);
  await page.getByTestId("privacy").waitFor();
  return { page, errors };
}

async function openFile(page: Page, path: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(path);
}

/** The place text shown for the issue at `cell`. */
const placeOf = (page: Page, cell: string): Promise<string | null> =>
  page.locator(`li[data-cell="${cell}"] [data-testid="issue-place"]`).first().textContent();

async function expectPlacesAndFigures(page: Page, lang: Lang): Promise<void> {
  const t = paneCatalog(lang);
  for (const p of PLACES)
    await expect(placeOf(page, p.cell)).resolves.toBe(t.check.issuePlace(p.item, p.measure));
  // The place stands between the cell and the message.
  const text = await page.locator('li[data-cell="F9"]').first().textContent();
  expect(text?.startsWith(`F9${t.check.issuePlace("5", "Мобилдик тиркеме")}`)).toBe(true);
  await expect(page.locator('[data-figure="in-progress"]').textContent()).resolves.toBe(
    String(EXPECTED_FIGURES.inProgress)
  );
  await expect(page.locator('[data-figure="not-completed"]').textContent()).resolves.toBe(
    String(NOT_COMPLETED)
  );
  await expect(page.getByTestId("figures").textContent()).resolves.toContain(
    t.figures.notCompleted
  );
  await expect(page.getByTestId("figures-note").textContent()).resolves.toBe(
    t.figures.sectionNote(EXPECTED_FIGURES.inProgress)
  );
}

describe("on the standalone page", () => {
  test.each(LANGS)(
    "%s: issues show item and measure, figures say not completed, the tools say the copy, drop-downs in the table's language",
    async (lang) => {
      const { page, errors } = await openPage(lang);
      const t = paneCatalog(lang);
      await openFile(page, samplePath);
      await page.getByTestId("opened").waitFor();
      await fillReport(page);
      await page.getByTestId("check").click();
      await page.getByTestId("figures").waitFor();
      await expectPlacesAndFigures(page, lang);

      await expect(page.getByTestId("tools-note").textContent()).resolves.toBe(
        t.check.toolsNote.copy
      );
      await expect(page.getByText(t.check.highlight.copy, { exact: true }).count()).resolves.toBe(
        1
      );
      await expect(page.getByTestId("dropdowns").getAttribute("title")).resolves.toBe(
        t.check.dropdownsHint.copy
      );

      await page.getByTestId("dropdowns").click();
      await page.getByTestId("tool-notice").getByText(t.check.dropdownsDone("F")).waitFor();
      await page.getByTestId("generate").click();
      await page.getByTestId("annex2-notice").locator("[data-intent]").waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("download").click(),
      ]);
      const saved = join(work, `dropdowns-${lang}.xlsx`);
      await download.saveAs(saved);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved);
      // The sample's Table 1 is Kyrgyz: its list offers the Kyrgyz wordings whatever the page's language.
      const list = wb.getWorksheet(TABLE_SHEET)!.getCell("F5").dataValidation;
      expect(list?.type).toBe("list");
      const formula = list?.formulae?.[0] ?? "";
      for (const choice of coreCatalog("ky").template.statusChoices)
        expect(formula).toContain(choice);
      if (lang !== "ky") expect(formula).not.toContain(coreCatalog(lang).template.statusChoices[0]);
      expect(errors).toEqual([]);
      await page.close();
    }
  );

  test.each(LANGS)(
    "%s: a failed open clears the previous file's name and its table",
    async (lang) => {
      const { page } = await openPage(lang);
      await openFile(page, samplePath);
      await expect(page.getByTestId("opened").textContent()).resolves.toBe(
        paneCatalog(lang).standalone.opened("table1.xlsx")
      );
      await page.getByTestId("check").waitFor();
      await openFile(page, brokenPath);
      await page.getByTestId("file-notice").locator("[data-intent=error]").waitFor();
      await expect(page.getByTestId("file-notice").textContent()).resolves.toContain("notes.xlsx");
      // Neither the old name nor the old table stays, as if it were the file that failed.
      await expect(page.getByTestId("opened").count()).resolves.toBe(0);
      await expect(page.getByTestId("check").count()).resolves.toBe(0);
      await expect(
        page.getByRole("button", { name: paneCatalog(lang).standalone.choose }).count()
      ).resolves.toBe(1);
      await page.close();
    }
  );

  test.each(LANGS)(
    "%s: a workbook without Table 1 says so, adds a blank one to the copy and offers its download",
    async (lang) => {
      const { page, errors } = await openPage(lang);
      const t = paneCatalog(lang);
      await openFile(page, noTablePath);
      await page.getByTestId("no-table").getByText(t.sheet.noTable).waitFor();
      const offer = page.getByTestId("no-table-insert");
      await expect(offer.textContent()).resolves.toBe(t.sheet.noTableInsert.copy);
      await expect(page.getByTestId("template-download").count()).resolves.toBe(0);
      await offer.click();
      const name = coreCatalog(lang).template.sheetName;
      await page.getByTestId("sheet-notice").getByText(t.sheet.templateInserted(name)).waitFor();
      // The blank Table 1 is now the table: the warning goes and the sheet is chosen.
      await expect(page.getByTestId("no-table").count()).resolves.toBe(0);
      await expect(page.getByTestId("sheet").inputValue()).resolves.toBe(name);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("template-download").click(),
      ]);
      expect(download.suggestedFilename()).toBe("budget-table1.xlsx");
      const saved = join(work, `template-${lang}.xlsx`);
      await download.saveAs(saved);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Sheet1", name]);
      // The user's sheet is as it was; the new one has the Table 1 headers in the page's language.
      const own = wb.getWorksheet("Sheet1")!;
      expect([own.getCell("A1").value, own.getCell("B1").value]).toEqual(["Budget", 42]);
      const texts: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((c) => texts.push(String(c.value ?? "")))
      );
      for (const key of ["no", "measure", "deadline", "status"] as const)
        expect(texts).toContain(templateHeader(key, lang));
      // LibreOffice opens the copy too and reads the same headers.
      const csv = (await sheetsAsCsv([saved], join(work, `lo-template-${lang}`))).get(saved)!;
      expect(csv.get("Sheet1")?.[0]?.slice(0, 2)).toEqual(["Budget", "42"]);
      const loTexts = (csv.get(name) ?? []).flat();
      for (const key of ["no", "measure", "deadline", "status"] as const)
        expect(loTexts).toContain(templateHeader(key, lang));
      expect(errors).toEqual([]);
      await page.close();
    }
  );

  test.each(LANGS)(
    "%s: .xls and .csv files get advice on how to save them as .xlsx",
    async (lang) => {
      const { page } = await openPage(lang);
      const u = coreCatalog(lang).unreadable;
      // The file chooser offers them, so the official gets the advice instead of a greyed-out file.
      await expect(page.getByTestId("file-input").getAttribute("accept")).resolves.toMatch(
        /\.xls,.*\.csv/
      );
      for (const [path, advice] of [
        [legacyXls, u["legacy-xls"]],
        [htmlXls, u["legacy-xls"]],
        [csvPath, u.csv],
      ] as const) {
        await openFile(page, path);
        const notice = page.getByTestId("file-notice");
        await notice.locator("[data-intent=error]").waitFor();
        await expect(notice.textContent()).resolves.toContain(path.split("/").pop()!);
        await expect(notice.textContent()).resolves.toContain(advice.replace(/\.$/, ""));
        await expect(notice.textContent()).resolves.toContain("(*.xlsx)");
      }
      await page.close();
    }
  );

  test.each(LANGS)(
    "%s: the consolidation takes the expected bodies, typed or read from a file, like --expect",
    async (lang) => {
      const { page, errors } = await openPage(lang);
      const t = paneCatalog(lang);
      await page.getByTestId("tab-consolidate").click();
      const list = page.getByTestId("consolidate-expected-list");
      // Numbered lines, a comment and a repeat, as a list file may have them.
      await list.fill("# бюджеттик органдар\n1. МЦРИТ\n2. МФ\nМЭК\nМинюст\nмцрит\n");
      await expect(page.getByTestId("consolidate-expected-count").textContent()).resolves.toBe(
        t.consolidate.expectedCount(4)
      );
      await consolidateFiles(page, lang, picks);
      const missing = page.getByTestId("consolidation-missing");
      await expect(missing.locator("li").allTextContents()).resolves.toEqual(["Минюст"]);
      await expect(page.getByTestId("consolidation-results").textContent()).resolves.toContain(
        t.consolidate.missingHeading(1)
      );

      // From a file: a text list (UTF-16 with its mark, as Notepad saves "Unicode") or an .xlsx's first column.
      let listFile: string;
      if (lang === "en") {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Bodies");
        [
          ["№", "Body"],
          [1, "МЦРИТ"],
          [2, "Минздрав"],
        ].forEach((r, i) => (ws.getRow(i + 1).values = r));
        listFile = join(work, "expected.xlsx");
        await wb.xlsx.writeFile(listFile);
      } else {
        listFile = join(work, `expected-${lang}.txt`);
        const text = "1. МЦРИТ\r\n2. Минздрав\r\n";
        writeFileSync(
          listFile,
          lang === "ru"
            ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
            : Buffer.from(text, "utf8")
        );
      }
      await page.getByTestId("consolidate-expected-file").setInputFiles(listFile);
      await eventually(() => list.inputValue(), "МЦРИТ\nМинздрав");
      await page.getByTestId("consolidate-run").click();
      await missing.getByText("Минздрав").waitFor();
      await expect(missing.locator("li").allTextContents()).resolves.toEqual(["Минздрав"]);
      await expect(
        page.getByTestId("consolidation-unexpected").locator("li").allTextContents()
      ).resolves.toEqual(expect.arrayContaining(["МФ", "МЭК"]));
      expect(errors).toEqual([]);
      await page.close();
    }
  );
});

describe("in the pane (strict Excel double)", () => {
  const seed = (lang: Lang, extra: Partial<OfficeSeed> = {}): OfficeSeed => ({
    displayLanguage: DISPLAY[lang],
    sheets: sampleSheets(),
    ...extra,
  });

  test.each(LANGS)(
    "%s: issues show item and measure, figures say not completed, the tools say the workbook, drop-downs in the table's language",
    async (lang) => {
      const { page, errors } = await openOfficePane(browser, server, stub, seed(lang));
      const t = paneCatalog(lang);
      await page
        .locator(`[data-testid="sheet"] >> option[value="${TABLE_SHEET}"]`)
        .waitFor({ state: "attached" });
      await page.getByTestId("field-body").fill(BODY);
      await page.getByTestId("field-periodTo").fill(AS_OF);
      await page.getByTestId("field-periodTo").blur();
      await page.getByTestId("check").click();
      await page.getByTestId("figures").waitFor();
      await expectPlacesAndFigures(page, lang);
      // The place is part of the button that selects the cell.
      await expect(
        page.locator('li[data-cell="F9"] button [data-testid="issue-place"]').count()
      ).resolves.toBe(1);
      // An .xlsx (no URL known here) gets no advice.
      await expect(page.getByTestId("not-xlsx").count()).resolves.toBe(0);

      await expect(page.getByTestId("tools-note").textContent()).resolves.toBe(
        t.check.toolsNote.workbook
      );
      await expect(
        page.getByText(t.check.highlight.workbook, { exact: true }).count()
      ).resolves.toBe(1);
      await expect(page.getByTestId("dropdowns").getAttribute("title")).resolves.toBe(
        t.check.dropdownsHint.workbook
      );

      await page.getByTestId("dropdowns").click();
      await page.getByTestId("tool-notice").getByText(t.check.dropdownsDone("F")).waitFor();
      const source = await doubleState<string>(
        page,
        `JSON.stringify(wb.findSheet(${JSON.stringify(TABLE_SHEET)}).cell(4, 5).validation.rule)`
      );
      for (const choice of coreCatalog("ky").template.statusChoices)
        expect(source).toContain(choice);
      if (lang !== "ky") expect(source).not.toContain(coreCatalog(lang).template.statusChoices[0]);
      expect(errors).toEqual([]);
      await page.close();
    }
  );

  test.each(LANGS)(
    "%s: a workbook without Table 1 says so and inserts a blank one",
    async (lang) => {
      const { page, errors } = await openOfficePane(
        browser,
        server,
        stub,
        seed(lang, { sheets: [{ name: "Бюджет", rows: [["Budget", 42]], merges: [] }] })
      );
      const t = paneCatalog(lang);
      await page.getByTestId("no-table").getByText(t.sheet.noTable).waitFor();
      const offer = page.getByTestId("no-table-insert");
      await expect(offer.textContent()).resolves.toBe(t.sheet.noTableInsert.workbook);
      await offer.click();
      const name = coreCatalog(lang).template.sheetName;
      await page.getByTestId("sheet-notice").getByText(t.sheet.templateInserted(name)).waitFor();
      await expect(doubleState<string[]>(page, "wb.sheets.map((s) => s.name)")).resolves.toEqual([
        "Бюджет",
        name,
      ]);
      await expect(
        doubleState<unknown[]>(
          page,
          `[wb.findSheet("Бюджет").cell(0, 0).value, wb.findSheet("Бюджет").cell(0, 1).value]`
        )
      ).resolves.toEqual(["Budget", 42]);
      await page.getByTestId("no-table").waitFor({ state: "detached" });
      await expect(page.getByTestId("sheet").inputValue()).resolves.toBe(name);
      // In Excel the sheet is in the workbook itself: nothing to download.
      await expect(page.getByTestId("template-download").count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  );

  test.each(LANGS)(
    "%s: a .csv or .xls workbook open in Excel gets advice to save it as .xlsx first",
    async (lang) => {
      const t = paneCatalog(lang);
      for (const [url, ext] of [
        ["C:\\Users\\asan\\Documents\\1-таблица.csv", ".csv"],
        [
          "https://contoso.sharepoint.com/sites/mcrit/Shared%20Documents/Report%202025.XLS?web=1",
          ".xls",
        ],
      ] as const) {
        const { page } = await openOfficePane(browser, server, stub, seed(lang, { url }));
        await page.getByTestId("not-xlsx").waitFor();
        await expect(page.getByTestId("not-xlsx").textContent()).resolves.toBe(
          t.sheet.notXlsxWorkbook(ext)
        );
        await page.close();
      }
      const { page } = await openOfficePane(
        browser,
        server,
        stub,
        seed(lang, { url: "C:\\Users\\asan\\Documents\\1-таблица.xlsx" })
      );
      await page
        .locator(`[data-testid="sheet"] >> option[value="${TABLE_SHEET}"]`)
        .waitFor({ state: "attached" });
      await expect(page.getByTestId("not-xlsx").count()).resolves.toBe(0);
      await page.close();
    }
  );
});
