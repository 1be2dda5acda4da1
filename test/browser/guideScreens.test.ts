/**
 * Screenshots for the user guides (officials and coordinators), made by walking their tasks in real
 * headless Chromium, so the pictures never go stale: on the standalone page — the page as it opens, a
 * workbook opened with the report details, Table 1 checked (issues and figures), Annex 2 ready to
 * download, a consolidation of three bodies — and in the pane inside a simulated Excel (the strict
 * double stands in for Office.js) — Table 1 checked, a consolidation. Each in ky, ru and en, 400 px wide.
 * (Headless Chromium draws date fields in the US format whatever the language: a real browser shows
 * the user's own.)
 *
 * In `npm test` they go to test-output/guide-img/; `npm run screenshots` writes them to docs/guides/img/
 * (ATKARUU_GUIDE_IMG), with index.md listing every file and what it shows.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core";
import { launchChromium } from "./chromium";
import type { Chromium } from "./chromium";
import { threeBodies, writeBodyWorkbook } from "./consolidateFixtures";
import { sampleSheets, table1Workbook } from "./fixtures";
import type { OfficeSeed } from "./officeStub";
import { buildOfficeStub } from "./officeStubBundle";
import { consolidateFiles, fillReport } from "./pageSteps";
import { serveDirectory } from "./server";
import type { StaticServer } from "./server";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUT = resolve(ROOT, process.env.ATKARUU_GUIDE_IMG ?? join("test-output", "guide-img"));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const WIDTH = 400;
const LANGS: readonly Lang[] = ["ky", "ru", "en"];
const DISPLAY: Record<Lang, string> = { ky: "ky-KG", ru: "ru-RU", en: "en-US" };

/** Every picture: its file name (before -<lang>.png) and what it shows, for the guide's writer. */
export const GUIDE_SHOTS = {
  "page-start": "The standalone page as it opens: choose or drop an .xlsx file; nothing leaves the computer.",
  "page-opened": "A workbook opened: Table 1's sheet found by itself, the report details filled in.",
  "page-checked": "After Check: the figures (total, completed, on time, late, in progress, execution level) and the issues, each at its cell.",
  "page-annex2": "Annex 2 generated: the download button for the copy with the Annex 2 sheet (the original is never changed).",
  "page-consolidation": "A coordinator's consolidation of three bodies' files: each body's figures and the overall execution level.",
  "pane-checked": "In Excel, the Atkaruu pane after Check: figures and issues (a click selects the cell to fix).",
  "pane-consolidation": "In Excel, the pane's Consolidation tab after consolidating three bodies' files.",
} as const;
type Shot = keyof typeof GUIDE_SHOTS;

let server: StaticServer;
let browser: Chromium;
let stub: string;
let work: string;
let sample: string;
let bodies: string[];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "atkaruu-guide-"));
  sample = join(work, "table1.xlsx");
  writeFileSync(sample, await table1Workbook());
  bodies = [];
  for (const b of threeBodies()) bodies.push(await writeBodyWorkbook(work, b));
  stub = await buildOfficeStub();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function shoot(page: Page, shot: Shot, lang: Lang): Promise<void> {
  await page.screenshot({ path: join(OUT, `${shot}-${lang}.png`), fullPage: true, animations: "disabled" });
}

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: 900 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { page, errors };
}

async function openPane(seed: OfficeSeed): Promise<{ page: Page; errors: string[] }> {
  const opened = await newPage();
  await opened.page.addInitScript((s) => ((window as unknown as { __ATKARUU_SEED__: unknown }).__ATKARUU_SEED__ = s), seed);
  await opened.page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: stub }));
  await opened.page.goto(`${server.origin}/taskpane.html`);
  return opened;
}

describe.each(LANGS)("guide screenshots in %s", (lang) => {
  test("the official on the standalone page: open, check, Annex 2", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.origin}/standalone.html`);
    await page.getByTestId("language").selectOption(lang);
    await page.getByTestId("privacy").waitFor();
    await shoot(page, "page-start", lang);
    await page.getByTestId("file-input").setInputFiles(sample);
    await page.getByTestId("opened").waitFor();
    await fillReport(page);
    await shoot(page, "page-opened", lang);
    await page.getByTestId("check").click();
    await page.getByTestId("figures").waitFor();
    await shoot(page, "page-checked", lang);
    await page.getByTestId("generate").click();
    await page.getByTestId("download").waitFor();
    await shoot(page, "page-annex2", lang);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the coordinator on the standalone page: consolidation", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.origin}/standalone.html`);
    await page.getByTestId("language").selectOption(lang);
    await consolidateFiles(page, lang, bodies);
    await page.getByTestId("consolidation-bodies").waitFor();
    await shoot(page, "page-consolidation", lang);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("in Excel: the pane checks Table 1 and consolidates", async () => {
    const checked = await openPane({ displayLanguage: DISPLAY[lang], sheets: sampleSheets() });
    await fillReport(checked.page);
    await checked.page.getByTestId("check").click();
    await checked.page.getByTestId("figures").waitFor();
    await shoot(checked.page, "pane-checked", lang);
    expect(checked.errors).toEqual([]);
    await checked.page.close();

    const consolidated = await openPane({ displayLanguage: DISPLAY[lang], sheets: [{ name: "Sheet1", rows: [["Report"]], merges: [] }] });
    await consolidateFiles(consolidated.page, lang, bodies);
    await consolidated.page.getByTestId("consolidation-bodies").waitFor();
    await shoot(consolidated.page, "pane-consolidation", lang);
    expect(consolidated.errors).toEqual([]);
    await consolidated.page.close();
  });
});

test("every picture is there, 400 px wide, and index.md lists them", () => {
  const lines = ["# Screenshots for the guides", "", "Made by `npm run screenshots` (test/browser/guideScreens.test.ts) from the real page and pane; do not edit by hand.", "Headless Chromium draws date fields in the US format (mm/dd/yyyy) whatever the language; a real browser shows the user's own.", "", "| file | shows |", "|---|---|"];
  for (const [shot, caption] of Object.entries(GUIDE_SHOTS)) {
    for (const lang of LANGS) {
      const file = join(OUT, `${shot}-${lang}.png`);
      expect([file, existsSync(file)]).toEqual([file, true]);
      const png = readFileSync(file);
      expect([file, png.subarray(1, 4).toString("ascii"), png.readUInt32BE(16)]).toEqual([file, "PNG", WIDTH]);
      lines.push(`| \`${shot}-${lang}.png\` | ${caption} |`);
    }
  }
  writeFileSync(join(OUT, "index.md"), lines.join("\n") + "\n");
});
