// Jest's globalSetup: the same checks as npm test's preflight (scripts/preflight.mjs), without
// installing anything, plus the build the tests read (dist/). A plain `npx jest` on a machine that
// lacks a program stops here with one sentence instead of a wall of failed tests.
// ATKARUU_PREFLIGHT=skip runs the tests anyway (e.g. only the pure core tests on a laptop).
import { existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { missingPrograms, programsSentence } from "../../scripts/preflight.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** What `npm run build` writes and the suites read. */
const BUILT = [
  "dist/cli/atkaruu.js",
  "dist/functions.json",
  "dist/taskpane.html",
  "dist/taskpane.js",
  "dist/standalone.js",
  "dist/consolidate-reader.js",
];

export default function preflightGlobalSetup() {
  if (process.env.ATKARUU_PREFLIGHT === "skip") return;
  const missing = missingPrograms();
  const unbuilt = BUILT.filter((f) => !existsSync(join(root, f)));
  const sentence =
    missing.length > 0
      ? programsSentence(missing)
      : unbuilt.length > 0
        ? `The tests read the build (${unbuilt.join(", ")} missing): run \`npm run build\` (npm test does it first), then the tests again.`
        : null;
  if (sentence === null) return;
  console.error(`\n${sentence}\n(ATKARUU_PREFLIGHT=skip runs the tests anyway.)`);
  process.exit(1);
}
