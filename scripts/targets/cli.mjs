// The `atkaruu` command: one Node bundle. zod is bundled in: every call starts a process, and resolving
// and loading zod's few hundred files from node_modules cost about 40 ms of each start (issue 14,
// `npm run bench` annex2). ExcelJS stays external: only the commands that write new workbooks
// (`template`, `table1`, `consolidate`) load it, with `import()` when they write.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default [
  {
    entryPoints: ["src/cli/main.ts"],
    outfile: "dist/cli/atkaruu.js",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["exceljs"],
    sourcemap: true,
  },
];

/**
 * The bundle's V8 code cache, `dist/cli/atkaruu.js.cache`, which bin/atkaruu.js starts from: made by
 * one `annex2` run on the example workbook (so the functions a command runs are compiled in it), for
 * the Node that builds. Rebuilt bundles (watch mode) do not match its header and are loaded without it.
 */
export function after({ root }) {
  const cache = join(root, "dist", "cli", "atkaruu.js.cache");
  rmSync(cache, { force: true });
  const dir = mkdtempSync(join(tmpdir(), "atkaruu-code-cache-"));
  try {
    const args = [
      join(root, "bin", "atkaruu.js"),
      "annex2",
      join(root, "examples", "table1-example.xlsx"),
      "--body",
      "МЦРИТ",
      "--as-of",
      "2025-06-30",
      "--out",
      join(dir, "annex2.xlsx"),
      "--json",
    ];
    const run = spawnSync(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, ATKARUU_CODE_CACHE: "write" },
      encoding: "utf8",
    });
    if (run.status === 2 || !existsSync(cache))
      console.warn(
        `no code cache for the CLI (it starts without one): ${(run.stderr || run.error?.message || "").trim().split("\n")[0]}`
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
