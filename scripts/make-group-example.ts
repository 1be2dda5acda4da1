/**
 * Writes the group example workbooks committed in examples/ (`npm run make-group-example`):
 * - examples/group-example.xlsx — the made-up Ак-Суу group used by `npm run demo:group`;
 * - examples/local-plan-example.xlsx — that village's local plan as Table 1 (the report's execution level).
 * The content lives in test/fixtures/xlsx/groupExample.ts, shared with the tests.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { groupExampleWorkbook, localPlanWorkbook } from "../test/fixtures/xlsx/groupExample";
import { workbookBytes } from "../test/fixtures/xlsx/table1";

async function main(): Promise<void> {
  const dir = join(process.cwd(), "examples");
  mkdirSync(dir, { recursive: true });
  for (const [name, wb] of [
    ["group-example.xlsx", groupExampleWorkbook()],
    ["local-plan-example.xlsx", localPlanWorkbook()],
  ] as const) {
    const bytes = await workbookBytes(wb);
    writeFileSync(join(dir, name), bytes);
    console.log(`examples/${name} (${bytes.length} bytes)`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
