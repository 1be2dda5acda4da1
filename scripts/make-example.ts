/**
 * Writes the sample workbooks committed in examples/ (`npm run make-example`):
 * - examples/table1-example.xlsx — the Kyrgyz Table 1 of МЦРИТ used by `npm run demo`;
 * - examples/table1-example-ru.xlsx — the same in Russian.
 * The content lives in test/fixtures/xlsx/exampleTable1.ts, shared with the tests and the benchmark.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleWorkbook } from "../test/fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../test/fixtures/xlsx/table1";

async function main(): Promise<void> {
  const dir = join(process.cwd(), "examples");
  mkdirSync(dir, { recursive: true });
  const files: [string, "ky" | "ru"][] = [
    ["table1-example.xlsx", "ky"],
    ["table1-example-ru.xlsx", "ru"],
  ];
  for (const [name, lang] of files) {
    const bytes = await workbookBytes(exampleWorkbook(lang));
    writeFileSync(join(dir, name), bytes);
    console.log(`examples/${name} (${bytes.length} bytes)`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
