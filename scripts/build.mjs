// Builds every target in scripts/targets/*.mjs with esbuild. Each target file exports
// `default` as an array of esbuild option objects (one file per part of the product, so parts are
// added without editing a shared list). `--watch` rebuilds on change.
import * as esbuild from "esbuild";
import { readdirSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const watch = process.argv.includes("--watch");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
mkdirSync(join(root, "dist"), { recursive: true });

const targetDir = join(root, "scripts", "targets");
const files = readdirSync(targetDir).filter((f) => f.endsWith(".mjs") && (!only || f.startsWith(only))).sort();
for (const f of files) {
  const mod = await import(pathToFileURL(join(targetDir, f)).href);
  const targets = typeof mod.default === "function" ? await mod.default({ root, watch }) : mod.default;
  for (const options of targets) {
    const opts = { absWorkingDir: root, logLevel: "warning", ...options };
    if (watch) {
      const ctx = await esbuild.context(opts);
      await ctx.watch();
    } else {
      await esbuild.build(opts);
    }
  }
  if (mod.after) await mod.after({ root, watch });
  console.log(`built ${f}`);
}
