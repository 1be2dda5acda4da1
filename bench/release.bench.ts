/**
 * The release (scripts/release.mjs, packaging the dist/ of `npm run build` for a made-up base URL):
 * - the one-file atkaruu.html: its size, raw and gzip, beside the floor of the files it inlines
 *   (standalone.js, consolidate-reader.js, the icon) — what the one-file packaging costs;
 * - the pane's initial JavaScript as a release serves it (web/taskpane.<hash>.js + functions.<hash>.js),
 *   gzip -9 as a web server sends it; goal (issue 10): under 300 KB;
 * - in headless Chromium, atkaruu.html opened from file://: the time from choosing a 334-row workbook
 *   (the 444-р plan's size) to the Annex 2 download (open, check, generate, download), beside the floor
 *   measured in the same run: the same workbook's bytes taken into a blank page and handed back as a
 *   download — what any page must do to take a file in and give one back, with no work of ours; and the
 *   time until the page is ready, beside the same page of dist/ in separate files (what inlining costs).
 *
 * Run: `npm run build && node scripts/bench.mjs release`. Exits 1 when the pane is over the goal.
 */
import { gzipSync } from "node:zlib";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { launchChromium } from "../test/browser/chromium";
import { fillReport } from "../test/browser/pageSteps";
import { exampleWorkbook } from "../test/fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../test/fixtures/xlsx/table1";
import { buildRelease } from "../test/support/release";

const ROOT = process.cwd();
const DIST = join(ROOT, "dist");
const GOAL_KB = 300;
const ROWS = 334;
const RUNS = 7;
const WARMUP = 2;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (ms: number): string => ms.toFixed(0);

/** Choose the workbook on the page and wait for the Annex 2 download: the official's whole task. */
async function annex2OnPage(page: Page, input: string): Promise<number> {
  const t0 = performance.now();
  await page.getByTestId("file-input").setInputFiles(input);
  await page.getByTestId("opened").waitFor();
  await fillReport(page);
  await page.getByTestId("check").click();
  await page.getByTestId("figures").waitFor();
  await page.getByTestId("generate").click();
  await page.getByTestId("download").waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  await download.path();
  return performance.now() - t0;
}

/** The floor: the same bytes into a blank page through a file input and back out as a download. */
async function bytesThroughPage(page: Page, input: string): Promise<number> {
  const t0 = performance.now();
  await page.locator("input").setInputFiles(input);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.evaluate(async () => {
      const file = (document.querySelector("input") as HTMLInputElement).files![0];
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([await file.arrayBuffer()]));
      a.download = "copy.xlsx";
      a.click();
    }),
  ]);
  await download.path();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "atkaruu-bench-release-"));
  const browser = await launchChromium();
  let failed = false;
  try {
    const { dir: release, web, info } = buildRelease(dir, "https://bench.example.test/atkaruu/", 1);
    const page = readFileSync(join(release, "atkaruu.html"));
    const inlined = ["standalone.js", "consolidate-reader.js", "assets/icon-32.png"].map((f) =>
      readFileSync(join(DIST, f))
    );
    const inlinedRaw = inlined.reduce((n, b) => n + b.length, 0);
    const inlinedGz = inlined.reduce((n, b) => n + gz(b), 0);
    console.log("atkaruu.html, the one-file page (scripts, icon and the reader inlined):");
    console.log(
      `  ${kb(page.length).padStart(10)} raw  ${kb(gz(page)).padStart(9)} gzip   floor — the files it inlines: ${kb(inlinedRaw)} raw, ${kb(inlinedGz)} gzip (${(((page.length - inlinedRaw) / inlinedRaw) * 100).toFixed(1)} % added)`
    );

    const pane = readFileSync(join(web, info.renamed["taskpane.js"]));
    const functions = readFileSync(join(web, info.renamed["functions.js"]));
    const paneGz = gz(pane) + gz(functions);
    console.log(
      `The pane's initial JavaScript in web/ (${info.renamed["taskpane.js"]} + ${info.renamed["functions.js"]}): ${kb(paneGz)} gzip (goal < ${GOAL_KB} KB)`
    );
    if (paneGz > GOAL_KB * 1024) {
      console.error(`over the goal of ${GOAL_KB} KB`);
      failed = true;
    }

    const input = join(dir, "plan.xlsx");
    writeFileSync(input, await workbookBytes(exampleWorkbook("ky", { count: ROWS })));
    const url = pathToFileURL(join(release, "atkaruu.html")).href;
    const openMs: number[] = [];
    const openDistMs: number[] = [];
    const annexMs: number[] = [];
    const floorMs: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      // Interleaved, each on a fresh page, so both see the same machine state.
      const blank = await browser.context.newPage();
      await blank.setContent('<input type="file">');
      const f = await bytesThroughPage(blank, input);
      await blank.close();
      const p = await browser.context.newPage();
      const t0 = performance.now();
      await p.goto(url);
      await p.getByTestId("file-input").waitFor({ state: "attached" });
      const o = performance.now() - t0;
      const a = await annex2OnPage(p, input);
      await p.close();
      const d = await browser.context.newPage();
      const t1 = performance.now();
      await d.goto(pathToFileURL(join(DIST, "standalone.html")).href);
      await d.getByTestId("file-input").waitFor({ state: "attached" });
      const od = performance.now() - t1;
      await d.close();
      if (i >= WARMUP) {
        floorMs.push(f);
        openMs.push(o);
        openDistMs.push(od);
        annexMs.push(a);
      }
    }
    console.log(
      `In Chromium, atkaruu.html from file://, ${ROWS}-row workbook (${kb(readFileSync(input).length)}):`
    );
    console.log(
      `  page ready:                                  median ${fmt(median(openMs))} ms  runs: ${openMs.map(fmt).join(" ")}`
    );
    console.log(
      `    floor — dist/standalone.html, files apart: median ${fmt(median(openDistMs))} ms  runs: ${openDistMs.map(fmt).join(" ")}`
    );
    console.log(
      `  choose the file → Annex 2 downloaded:        median ${fmt(median(annexMs))} ms  runs: ${annexMs.map(fmt).join(" ")}`
    );
    console.log(
      `  floor — the same bytes into a page and out:  median ${fmt(median(floorMs))} ms  runs: ${floorMs.map(fmt).join(" ")}`
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
