// The task pane (dist/taskpane.js + taskpane.html) and the standalone page (dist/standalone.js +
// standalone.html), plus the icons. The pane must stay small and free of ExcelJS (it runs in Excel,
// often on the web); the standalone page bundles the ExcelJS adapter because it reads files itself.
// Each bundle's esbuild metafile is written beside it (dist/<name>.meta.json) so a test can check
// what went in.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
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

export default function targets({ watch }) {
  const common = {
    bundle: true,
    platform: "browser",
    format: "iife",

    target: ["chrome100", "edge100", "safari15", "firefox100"],
    minify: !watch,
    sourcemap: "linked",
    metafile: true,
    legalComments: "linked",
    define: { "process.env.NODE_ENV": JSON.stringify(watch ? "development" : "production") },
    jsx: "automatic",
  };
  const pane = { ...common, entryPoints: ["src/taskpane/index.tsx"], outfile: "dist/taskpane.js", plugins: [metafileWriter("taskpane")] };
  const standalone = { ...common, entryPoints: ["src/taskpane/standalone/index.tsx"], outfile: "dist/standalone.js", plugins: [metafileWriter("standalone")] };
  return [pane, standalone];
}

/** Pages and icons next to the bundles. */
export function after({ root }) {
  const dist = join(root, "dist");
  copyFileSync(join(root, "src/taskpane/taskpane.html"), join(dist, "taskpane.html"));
  copyFileSync(join(root, "src/taskpane/standalone/standalone.html"), join(dist, "standalone.html"));
  mkdirSync(join(dist, "assets"), { recursive: true });
  for (const f of readdirSync(join(root, "assets"))) if (f.endsWith(".png")) copyFileSync(join(root, "assets", f), join(dist, "assets", f));
}
