/**
 * Task pane benchmark: the JavaScript Excel loads before the pane can show anything — dist/taskpane.js
 * plus dist/functions.js (the shared runtime page loads both) — gzip-compressed as a web server sends
 * it, beside the floor measured in the same run: a bundle of React + ReactDOM rendering one element,
 * built with the same esbuild options (what any React pane costs before it does anything).
 * Goal (issue 3): under 300 KB gzip. The standalone page (which carries ExcelJS) is reported for
 * information only; it is never loaded in Excel.
 *
 * The consolidation reader (dist/consolidate-reader.js, loaded only when a coordinator picks files)
 * is reported beside its own floor — fflate's streaming inflate alone (what the reader inflates
 * with), the least any in-browser .xlsx reader must download — and beside ExcelJS's browser build,
 * the reader it replaces. It must not be part of
 * the initial JavaScript (checked here too).
 *
 * Run: `npm run build && node scripts/bench.mjs taskpane`. Exits 1 when over the goal.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const ROOT = process.cwd();
const DIST = join(ROOT, "dist");
const GOAL_KB = 300;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

function file(name: string): Buffer {
  const path = join(DIST, name);
  if (!existsSync(path)) throw new Error(`dist/${name} missing: run \`npm run build\` first`);
  return readFileSync(path);
}

/** A snippet bundled and minified with the pages' esbuild options (in a temporary folder). */
async function bundleSnippet(name: string, source: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), `atkaruu-${name}-`));
  try {
    const entry = join(dir, `${name}.js`);
    writeFileSync(entry, source);
    const out = await esbuild.build({
      entryPoints: [entry],
      nodePaths: [join(ROOT, "node_modules")],
      bundle: true,
      write: false,
      platform: "browser",
      format: "iife",
      target: ["chrome100", "edge100", "safari15", "firefox100"],
      minify: true,
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
    return Buffer.from(out.outputFiles[0].contents);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** React + ReactDOM rendering one element: the floor of any React pane. */
const floorBundle = (): Promise<Buffer> =>
  bundleSnippet(
    "floor",
    'import { createElement } from "react";\nimport { createRoot } from "react-dom/client";\ncreateRoot(document.getElementById("root")).render(createElement("p", null, "Atkaruu"));\n'
  );

/** fflate's streaming inflate, minified: what any in-browser .xlsx reader needs to open a ZIP part. */
const inflateFloor = (): Promise<Buffer> =>
  bundleSnippet("inflate", 'import { Inflate } from "fflate";\nglobalThis.Inflate = Inflate;\n');

async function main(): Promise<void> {
  const pane = file("taskpane.js");
  const functions = file("functions.js");
  const standalone = file("standalone.js");
  const floor = await floorBundle();

  const paneGz = gzipped(pane);
  const functionsGz = gzipped(functions);
  const total = paneGz + functionsGz;
  const floorGz = gzipped(floor);

  console.log(
    "Initial JavaScript of the task pane (minified, gzip -9) — what Excel loads before anything shows:"
  );
  console.log(
    `  taskpane.js    ${kb(pane.length).padStart(10)} min  ${kb(paneGz).padStart(10)} gzip`
  );
  console.log(
    `  functions.js   ${kb(functions.length).padStart(10)} min  ${kb(functionsGz).padStart(10)} gzip`
  );
  console.log(
    `  total                         ${kb(total).padStart(10)} gzip   (goal < ${GOAL_KB} KB)`
  );
  console.log(
    `  floor: React + ReactDOM alone ${kb(floorGz).padStart(10)} gzip   (pane = ${(total / floorGz).toFixed(1)} × floor)`
  );
  const reader = file("consolidate-reader.js");
  const readerGz = gzipped(reader);
  const inflateGz = gzipped(await inflateFloor());
  const exceljsPath = join(ROOT, "node_modules", "exceljs", "dist", "exceljs.min.js");
  const exceljsGz = existsSync(exceljsPath) ? gzipped(readFileSync(exceljsPath)) : null;
  console.log("On demand, only when a coordinator picks files to consolidate:");
  console.log(
    `  consolidate-reader.js ${kb(reader.length).padStart(10)} min  ${kb(readerGz).padStart(10)} gzip`
  );
  console.log(
    `  floor: fflate inflate alone ${kb(inflateGz).padStart(12)} gzip   (reader = ${(readerGz / inflateGz).toFixed(1)} × floor)`
  );
  if (exceljsGz !== null)
    console.log(`  for comparison: ExcelJS browser build ${kb(exceljsGz).padStart(10)} gzip`);
  const paneText = pane.toString("utf8");
  // "inflateRaw": pako's and Node's name; "invalid block type": an error message of every inflater (fflate's included).
  if (
    !paneText.includes("consolidate-reader.js") ||
    paneText.includes("inflateRaw") ||
    paneText.includes("invalid block type")
  ) {
    console.error(
      "the pane must load consolidate-reader.js on demand and hold no inflate code of its own"
    );
    process.exitCode = 1;
  }
  console.log(`Standalone page, for information (ExcelJS included, never loaded in Excel):`);
  console.log(
    `  standalone.js  ${kb(standalone.length).padStart(10)} min  ${kb(gzipped(standalone)).padStart(10)} gzip`
  );
  if (total > GOAL_KB * 1024) {
    console.error(`over the goal: ${kb(total)} > ${GOAL_KB} KB`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
