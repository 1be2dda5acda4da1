// `npm run fuzz -- --cases N [--seed S]`: the fuzz suite (test/fuzz) with more cases than `npm test`
// runs (240). Passes the numbers to Jest as FUZZ_CASES / FUZZ_SEED.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { cases: { type: "string" }, seed: { type: "string" } } });
const env = { ...process.env };
if (values.cases !== undefined) env.FUZZ_CASES = String(Number.parseInt(values.cases, 10));
if (values.seed !== undefined) env.FUZZ_SEED = String(Number.parseInt(values.seed, 10));
const r = spawnSync(process.execPath, ["node_modules/jest/bin/jest.js", "test/fuzz"], {
  stdio: "inherit",
  env,
});
process.exit(r.status ?? 1);
