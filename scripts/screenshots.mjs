// `npm run screenshots`: the pictures of the user guides, made by the browser test that walks the
// officials' and coordinators' tasks (test/browser/guideScreens.test.ts) and written to docs/guides/img/
// with index.md (file → what it shows) and shots.json (size and words of each). The folder's earlier pictures are removed first, so none goes
// stale. `npm test` runs the same test into test-output/guide-img/. Needs a build (the npm script builds).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { root } from "./lib/load-targets.mjs";

const out = join(root, "docs", "guides", "img");
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out))
  if (f.endsWith(".png") || f === "index.md" || f === "shots.json") rmSync(join(out, f));
const r = spawnSync(
  process.execPath,
  [join(root, "node_modules", "jest", "bin", "jest.js"), "test/browser/guideScreens.test.ts"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ATKARUU_GUIDE_IMG: out },
  }
);
if (r.status === 0) console.log(`Screenshots for the guides: ${out} (index.md lists them)`);
process.exit(r.status ?? 1);
