// The task pane (dist/taskpane.js + taskpane.html) and the standalone page (dist/standalone.js +
// standalone.html), plus the icons. The pane must stay small and free of ExcelJS (it runs in Excel,
// often on the web); the standalone page bundles the ExcelJS adapter because it reads files itself.
// Each bundle's esbuild metafile is written beside it (dist/<name>.meta.json) so a test can check
// what went in.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes the build's metafile next to its output. */
const metafileWriter = (name) => ({
  name: `metafile:${name}`,
  setup(build) {
    build.onEnd((result) => {
      if (result.metafile) writeFileSync(join(build.initialOptions.absWorkingDir ?? process.cwd(), "dist", `${name}.meta.json`), JSON.stringify(result.metafile));
    });
  },
});

/**
 * Browser stand-ins for the Node modules the lean reader (src/xlsx/stream.ts) imports, so that the
 * same reading code runs in dist/consolidate-reader.js (see src/xlsx/browser.ts). Reading calls none
 * of them (it inflates with src/xlsx/inflate.browser.ts, swapped in below, and decodes text with
 * TextDecoder): they are there for the CLI's file and writing paths and throw if ever reached.
 */
const NOT_IN_BROWSER = 'function notInBrowser(what) { return function () { throw new Error(what + " is not available in the browser reader"); }; }';
const BROWSER_STANDINS = {
  fs: [NOT_IN_BROWSER, 'export const promises = new Proxy({}, { get: (_, k) => notInBrowser("fs.promises." + String(k)) });', ...["readFileSync", "realpathSync", "statSync", "unlinkSync"].map((n) => `export const ${n} = notInBrowser("fs.${n}");`)].join("\n"),
  path: [NOT_IN_BROWSER, 'export function basename(p) { return String(p).split(/[\\\\/]/).pop(); }', ...["dirname", "join", "resolve", "extname"].map((n) => `export const ${n} = notInBrowser("path.${n}");`)].join("\n"),
  stream: [NOT_IN_BROWSER, 'export const PassThrough = notInBrowser("stream.PassThrough");'].join("\n"),
  crypto: [NOT_IN_BROWSER, 'export const randomBytes = notInBrowser("crypto.randomBytes");'].join("\n"),
  exceljs: [NOT_IN_BROWSER, 'export default new Proxy({}, { get: (_, k) => notInBrowser("ExcelJS." + String(k)) });'].join("\n"),
  // stream.ts validates the pane's stored settings with classic zod (`z.object`, `z.string().max`);
  // full zod is ~90 KB gzip, so the same schema is built with zod/mini (same checks, tree-shaken).
  // Anything else of classic zod throws when the bundle loads, so a new use cannot slip through.
  zod: [
    'import * as zm from "zod/mini";',
    "const classic = {",
    "  object: (shape) => zm.object(shape),",
    "  string: () => Object.assign(zm.string(), { max: (n) => zm.string().check(zm.maxLength(n)) }),",
    "};",
    'export const z = new Proxy(classic, { get(t, k) { if (k in t) return t[k]; throw new Error("zod." + String(k) + " is not in the reader bundle\'s zod/mini adapter (scripts/targets/taskpane.mjs)"); } });',
  ].join("\n"),
};

/**
 * Resolves Node built-ins (and ExcelJS's main module) to the stand-ins above — ExcelJS's deep files
 * stay real — and the xlsx adapter's `./inflate` (Node's zlib) to `./inflate.browser` (fflate).
 */
const browserStandIns = {
  name: "reader-browser-stand-ins",
  setup(build) {
    build.onResolve({ filter: /^(node:)?(fs|path|stream|crypto)$/ }, (args) => ({ path: args.path.replace(/^node:/, ""), namespace: "stand-in" }));
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: "exceljs", namespace: "stand-in" }));
    build.onResolve({ filter: /^zod$/ }, () => ({ path: "zod", namespace: "stand-in" }));
    build.onResolve({ filter: /^\.\/inflate$/ }, (args) => (/src[\\/]xlsx$/.test(args.resolveDir) ? { path: join(args.resolveDir, "inflate.browser.ts") } : undefined));
    build.onLoad({ filter: /.*/, namespace: "stand-in" }, (args) => ({ contents: BROWSER_STANDINS[args.path], loader: "js", resolveDir: process.cwd() }));
  },
};

/**
 * The pages ask for `consolidate-reader.js?v=<hash of the built reader>` (src/taskpane/consolidate/
 * readerBuild.ts), so no cached reader of an earlier version is ever run. The reader is built first.
 */
const readerBuildId = {
  name: "reader-build-id",
  setup(build) {
    build.onLoad({ filter: /src[\\/]taskpane[\\/]consolidate[\\/]readerBuild\.ts$/ }, () => {
      const file = join(build.initialOptions.absWorkingDir ?? process.cwd(), "dist", "consolidate-reader.js");
      const id = existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16) : "dev";
      return { contents: `export const READER_BUILD = ${JSON.stringify(id)};\n`, loader: "ts" };
    });
  },
};

export default function targets({ dev }) {
  const common = {
    bundle: true,
    platform: "browser",
    format: "iife",

    target: ["chrome100", "edge100", "safari15", "firefox100"],
    minify: !dev,
    sourcemap: "linked",
    metafile: true,
    legalComments: "linked",
    define: { "process.env.NODE_ENV": JSON.stringify(dev ? "development" : "production") },
    jsx: "automatic",
  };
  const pane = { ...common, entryPoints: ["src/taskpane/index.tsx"], outfile: "dist/taskpane.js", plugins: [readerBuildId, metafileWriter("taskpane")] };
  const standalone = { ...common, entryPoints: ["src/taskpane/standalone/index.tsx"], outfile: "dist/standalone.js", plugins: [readerBuildId, metafileWriter("standalone")] };
  // Loaded on demand (a classic <script>, see src/taskpane/consolidate/loadReader.ts): the lean reader for consolidation.
  const reader = {
    ...common,
    entryPoints: ["src/xlsx/browser.ts"],
    outfile: "dist/consolidate-reader.js",
    globalName: "AtkaruuConsolidateReader",
    plugins: [browserStandIns, metafileWriter("consolidate-reader")],
  };
  // The reader first: the pages embed the hash of the reader just built.
  return [reader, pane, standalone];
}

/** Pages and icons next to the bundles. */
export function after({ root }) {
  const dist = join(root, "dist");
  copyFileSync(join(root, "src/taskpane/taskpane.html"), join(dist, "taskpane.html"));
  copyFileSync(join(root, "src/taskpane/standalone/standalone.html"), join(dist, "standalone.html"));
  mkdirSync(join(dist, "assets"), { recursive: true });
  for (const f of readdirSync(join(root, "assets"))) if (f.endsWith(".png")) copyFileSync(join(root, "assets", f), join(dist, "assets", f));
}
