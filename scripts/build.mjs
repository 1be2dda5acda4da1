// Builds every target in scripts/targets/*.mjs with esbuild (one file per part of the product, so parts
// are added without editing a shared list; see scripts/lib/load-targets.mjs).
//   node scripts/build.mjs            production: minified (npm run build)
//   node scripts/build.mjs --dev      unminified, development React (npm run build:dev)
//   node scripts/build.mjs --watch    --dev, then rebuild on change (npm run watch; the dev server also serves)
//   --only=<prefix>                   only the target files whose name starts with it
import * as esbuild from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadTargets, root } from "./lib/load-targets.mjs";

const watch = process.argv.includes("--watch");
const dev = watch || process.argv.includes("--dev");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
mkdirSync(join(root, "dist"), { recursive: true });

for (const { file, targets, after } of await loadTargets({ dev, watch, only })) {
  for (const options of targets) {
    if (watch) await (await esbuild.context(options)).watch();
    else await esbuild.build(options);
  }
  if (after) await after({ root, watch });
  console.log(`built ${file}${watch ? " (watching)" : ""}`);
}
