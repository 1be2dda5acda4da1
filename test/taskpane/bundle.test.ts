/**
 * What went into the built pages (esbuild metafiles written by scripts/targets/taskpane.mjs): the task
 * pane runs in Excel and must not carry ExcelJS or the xlsx adapter; the standalone page needs them.
 * Needs `npm run build` first.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIST = join(__dirname, "..", "..", "dist");

function inputs(name: string): string[] {
  const file = join(DIST, `${name}.meta.json`);
  if (!existsSync(file))
    throw new Error(`dist/${name}.meta.json missing: run \`npm run build\` first`);
  const meta = JSON.parse(readFileSync(file, "utf8")) as {
    outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown> }>;
  };
  const out = Object.values(meta.outputs).find((o) => o.entryPoint !== undefined);
  if (out === undefined) throw new Error(`dist/${name}.meta.json: no entry point`);
  return Object.keys(out.inputs);
}

const heavy = (path: string): boolean =>
  /node_modules\/(exceljs|jszip|saxes|unzipper|archiver)\//.test(path) ||
  path.startsWith("src/xlsx/");

test("the task pane bundle holds neither ExcelJS nor the xlsx adapter", () => {
  const pane = inputs("taskpane");
  expect(pane.some((p) => p.startsWith("src/taskpane/excel/"))).toBe(true);
  expect(pane.filter(heavy)).toEqual([]);
});

test("the pane's initial bundle has the consolidation view but not its file reader, and no full zod", () => {
  const pane = inputs("taskpane");
  expect(pane).toContain("src/taskpane/consolidate/ConsolidateView.tsx");
  expect(
    pane.filter((p) => /node_modules\/(pako|buffer|fflate)\//.test(p) || p.startsWith("stand-in:"))
  ).toEqual([]);
  // zod/mini only (the classic API is ~90 KB gzip).
  expect(
    pane.filter(
      (p) => p.startsWith("node_modules/zod/") && !/^node_modules\/zod\/v4\/(mini|core)\//.test(p)
    )
  ).toEqual([]);
});

test("the on-demand reader bundle is the pure reader as a plain entry: no stand-ins, no ExcelJS, no Node modules, no full zod", () => {
  const reader = inputs("consolidate-reader");
  expect(reader).toEqual(
    expect.arrayContaining([
      "src/xlsx/browser.ts",
      "src/xlsx/read/index.ts",
      "src/xlsx/read/xml.ts",
      "src/xlsx/zip.ts",
      "src/xlsx/inflate.browser.ts",
      "node_modules/fflate/esm/browser.js",
    ])
  );
  // Node's inflater is not there, and nothing stands in for a Node module.
  expect(
    reader.filter(
      (p) =>
        p === "src/xlsx/inflate.ts" ||
        p === "src/xlsx/nodeReader.ts" ||
        /zlib|buffer/.test(p) ||
        p.includes(":")
    )
  ).toEqual([]);
  expect(reader.filter((p) => p.startsWith("node_modules/exceljs/"))).toEqual([]);
  expect(
    reader.filter((p) => /node_modules\/(jszip|saxes|unzipper|archiver|readable-stream)\//.test(p))
  ).toEqual([]);
  expect(
    reader.filter(
      (p) => p.startsWith("node_modules/zod/") && !/^node_modules\/zod\/v4\/(mini|core)\//.test(p)
    )
  ).toEqual([]);
  expect(reader.filter((p) => p.startsWith("src/taskpane/"))).toEqual([]);
});

test("the standalone page bundles ExcelJS and the xlsx adapter (so the check above can see them), not the Office adapter", () => {
  const page = inputs("standalone");
  expect(page.some((p) => p.startsWith("node_modules/exceljs/"))).toBe(true);
  expect(page.some((p) => p.startsWith("src/xlsx/"))).toBe(true);
  expect(page.filter((p) => p.startsWith("src/taskpane/excel/"))).toEqual([]);
});

test("the pages are minified for production", () => {
  for (const name of ["taskpane.js", "standalone.js", "consolidate-reader.js"]) {
    const text = readFileSync(join(DIST, name), "utf8");
    // Minified code has long lines (newlines survive only inside template literals).
    const averageLine = text.length / text.split("\n").length;
    expect([name, averageLine > 2000, text.includes("react.development")]).toEqual([
      name,
      true,
      false,
    ]);
  }
});
