// The command line as an npm package tarball: `npm install -g atkaruu-<version>.tgz` gives `atkaruu`.
// The CLI target of scripts/targets/cli.mjs is built again with its npm packages bundled in (ExcelJS,
// zod, fflate…), so the package declares no dependencies and installs offline, from the file alone.
import * as esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadTargets } from "../lib/load-targets.mjs";

export async function packCli({ root, stage, version }) {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const dir = join(stage, ".cli-package");
  mkdirSync(dir, { recursive: true });
  const [{ targets }] = await loadTargets({ only: "cli" });
  const { external: _external, outfile: _dist, sourcemap: _map, ...options } = targets[0];
  await esbuild.build({ ...options, outfile: join(dir, "atkaruu.js"), minify: true, legalComments: "linked", banner: { js: "#!/usr/bin/env node" } });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: pkg.name,
        version,
        description: pkg.description,
        license: pkg.license,
        bin: { atkaruu: "atkaruu.js" },
        engines: pkg.engines,
        files: ["atkaruu.js", "atkaruu.js.LEGAL.txt", "README.md"],
      },
      null,
      2,
    ) + "\n",
  );
  writeFileSync(
    join(dir, "README.md"),
    [
      `# atkaruu ${version}`,
      "",
      "The Atkaruu command line: Table 1 → Annex 2, validation, a blank Table 1, consolidation (ky / ru / en).",
      "Everything is bundled in: no dependencies to download.",
      "",
      "```sh",
      'atkaruu annex2 Table1.xlsx --body "МЦРИТ" --as-of 2025-06-30 [--lang ky|ru|en] [--out FILE] [--json]',
      'atkaruu validate Table1.xlsx --body "МЦРИТ" [--as-of DATE] [--json]',
      "atkaruu template [--lang ru] [--out table1.xlsx]",
      "atkaruu consolidate reports/ [--expect bodies.txt] [--as-of DATE] [--out FILE] [--json]",
      "```",
      "",
    ].join("\n"),
  );
  // npm pack of a folder with no dependencies and no scripts: offline, nothing runs.
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["pack", "--json", "--pack-destination", stage, "--ignore-scripts"], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const [{ filename }] = JSON.parse(r.stdout);
  return { tarball: join(stage, filename), dir };
}
