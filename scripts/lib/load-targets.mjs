// The build targets of scripts/targets/*.mjs, loaded for scripts/build.mjs, scripts/dev-server.mjs and
// scripts/release.mjs, so the three build the same bundles with the same options. Each target file
// exports `default` — an array of esbuild option objects, or a function of { root, dev, watch }
// returning one — and optionally `after({ root })`, run once its bundles are built (pages, icons).
//   dev:   unminified, NODE_ENV=development (build:dev, watch, the dev server)
//   watch: the caller will watch (the targets only need to know for messages)
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** [{ file, targets, after }] in name order; `only` keeps the files whose name starts with it. */
export async function loadTargets({ dev = false, watch = false, only } = {}) {
  const targetDir = join(root, "scripts", "targets");
  const files = readdirSync(targetDir)
    .filter((f) => f.endsWith(".mjs") && (!only || f.startsWith(only)))
    .sort();
  const loaded = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(targetDir, file)).href);
    const targets =
      typeof mod.default === "function" ? await mod.default({ root, dev, watch }) : mod.default;
    loaded.push({
      file,
      targets: targets.map((t) => ({ absWorkingDir: root, logLevel: "warning", ...t })),
      after: mod.after,
    });
  }
  return loaded;
}
