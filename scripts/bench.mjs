// Runs every benchmark in bench/*.bench.ts (bundled with esbuild), one Node process each, in name
// order, so each starts from a clean heap. A benchmark prints its own figures beside the floor it
// measures in the same run. `node scripts/bench.mjs core` runs only files whose name starts with `core`.
import * as esbuild from "esbuild";
import { readdirSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const filter = process.argv[2] ?? "";
const outDir = join(root, "dist", "bench");
mkdirSync(outDir, { recursive: true });
const files = readdirSync(join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts") && f.startsWith(filter))
  .sort();
let failed = 0;
for (const f of files) {
  const outfile = join(outDir, f.replace(/\.ts$/, ".js"));
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join("bench", f)],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
  });
  console.log(`\n=== ${f} ===`);
  const run = spawnSync(process.execPath, ["--expose-gc", outfile], {
    stdio: "inherit",
    cwd: root,
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
