// The task pane (dist/taskpane.js + taskpane.html) and the standalone page (dist/standalone.js +
// standalone.html), plus the icons. The pane must stay small and free of ExcelJS (it runs in Excel,
// often on the web); the standalone page bundles the ExcelJS adapter because it reads files itself.
// Each bundle's esbuild metafile is written beside it (dist/<name>.meta.json) so a test can check
// what went in.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

/** Writes the build's metafile next to its output. */
const metafileWriter = (name) => ({
  name: `metafile:${name}`,
  setup(build) {
    build.onEnd((result) => {
      if (result.metafile)
        writeFileSync(
          join(build.initialOptions.absWorkingDir ?? process.cwd(), "dist", `${name}.meta.json`),
          JSON.stringify(result.metafile)
        );
    });
  },
});

/**
 * The pages ask for `consolidate-reader.js?v=<hash of the built reader>` (src/taskpane/consolidate/
 * readerBuild.ts), so no cached reader of an earlier version is ever run. The reader is built first.
 */
const readerBuildId = {
  name: "reader-build-id",
  setup(build) {
    build.onLoad({ filter: /src[\\/]taskpane[\\/]consolidate[\\/]readerBuild\.ts$/ }, () => {
      const file = join(
        build.initialOptions.absWorkingDir ?? process.cwd(),
        "dist",
        "consolidate-reader.js"
      );
      const id = existsSync(file)
        ? createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16)
        : "dev";
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
  const pane = {
    ...common,
    entryPoints: ["src/taskpane/index.tsx"],
    outfile: "dist/taskpane.js",
    plugins: [readerBuildId, metafileWriter("taskpane")],
  };
  const standalone = {
    ...common,
    entryPoints: ["src/taskpane/standalone/index.tsx"],
    outfile: "dist/standalone.js",
    plugins: [readerBuildId, metafileWriter("standalone")],
  };
  // Loaded on demand (a classic <script>, see src/taskpane/consolidate/loadReader.ts): the workbook reader
  // for consolidation. A plain entry: the reader is pure (src/xlsx/read), no stand-ins needed.
  const reader = {
    ...common,
    entryPoints: ["src/xlsx/browser.ts"],
    outfile: "dist/consolidate-reader.js",
    globalName: "AtkaruuConsolidateReader",
    plugins: [metafileWriter("consolidate-reader")],
  };
  // The reader first: the pages embed the hash of the reader just built.
  return [reader, pane, standalone];
}

/** Pages and icons next to the bundles. */
export function after({ root }) {
  const dist = join(root, "dist");
  copyFileSync(join(root, "src/taskpane/taskpane.html"), join(dist, "taskpane.html"));
  copyFileSync(
    join(root, "src/taskpane/standalone/standalone.html"),
    join(dist, "standalone.html")
  );
  mkdirSync(join(dist, "assets"), { recursive: true });
  for (const f of readdirSync(join(root, "assets")))
    if (f.endsWith(".png")) copyFileSync(join(root, "assets", f), join(dist, "assets", f));
}
