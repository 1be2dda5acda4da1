/**
 * Issue 11 "Must hold": a 334-item plan → Table 1 for one body in well under a second. Measured:
 * `atkaruu table1 --plan PLAN.xlsx --body NAME --out … --force` in process (read the plan workbook,
 * find its table, read its items, pick the body's, build the sheet, write it with ExcelJS, atomically)
 * beside the floor measured in the same run: reading the plan workbook with the same reader
 * (src/xlsx/read), nothing else. Also the core alone (plan read from the grids + the body's Table 1).
 * The plan is generated in seed 002's shape: tasks as heading rows, ids leading the measure text
 * (`12.3. …`), several executors per cell with a note in brackets, quarter deadlines.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPlanTable1, readPlanBook, SheetModelBuilder } from "../src/core";
import { table1Command } from "../src/cli/commands/table1";
import type { CliIo } from "../src/cli/command";
import { runCli } from "../src/cli/run";
import { readWorkbookFile } from "../src/xlsx/nodeReader";
import { workbookFromModels, workbookToBuffer } from "../src/xlsx/workbook";

const ITEMS = 334;
const PER_TASK = 8;
const RUNS = 15;
const BODIES = [
  "МЭББ",
  "Финмин",
  "МЮ",
  "ТКМ",
  "МКК",
  "БИМ",
  "ЭСМ",
  "ЖӨБ",
  "Экономика министрлиги",
  "Саламаттык сактоо министрлиги",
  "Маданият министрлиги",
  "Айыл чарба министрлиги",
];
const BODY = "Финмин";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** A plan workbook of `ITEMS` items in seed 002's shape. */
async function planWorkbook(path: string): Promise<void> {
  const b = new SheetModelBuilder("План");
  b.set(0, 4, "2-тиркеме");
  b.set(1, 0, "2024-2028-жылдарга санариптик трансформациялоо боюнча иш-чаралардын планы");
  [
    "Тапшырмалар",
    "Чаралар/Иш-аракеттер",
    "Күтүлгөн жыйынтыктар",
    "Ишке ашыруу мөөнөттөрү",
    "Жооптуу аткаруучулар",
  ].forEach((h, c) => b.set(3, c, h));
  let r = 4;
  for (let i = 0; i < ITEMS; i++) {
    const task = Math.floor(i / PER_TASK) + 1;
    if (i % PER_TASK === 0)
      b.set(r++, 1, `${task}. Тапшырма ${task}: кызмат көрсөтүүлөрдү санариптештирүү`);
    const executors = [0, 1, 2].map((k) => BODIES[(i * 7 + k * 5) % BODIES.length]);
    b.set(r, 0, i % PER_TASK === 0 ? `Максат ${task}` : null);
    b.set(
      r,
      1,
      `${task}.${(i % PER_TASK) + 1}. Маалыматтык системаны ${i + 1}-кадамда иштеп чыгуу жана ишке киргизүү`
    );
    b.set(r, 2, `${task}.${(i % PER_TASK) + 1}.1 – система ишке киргизилген`);
    b.set(r, 3, `${2024 + (i % 5)}-жылдын ${["I", "II", "III", "IV"][i % 4]} кварталы`);
    b.set(r, 4, `${executors.join(", ")}, кызыкдар уюмдар (макулдашуу боюнча)`);
    r++;
  }
  const model = b.build({
    columnWidths: [30, 50, 40, 20, 40],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
  });
  writeFileSync(path, await workbookToBuffer(workbookFromModels([model])));
}

async function cli(argv: string[], cwd: string): Promise<string> {
  let stdout = "";
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: () => undefined,
    env: {},
    cwd,
    stderrIsTTY: false,
    today: () => "2025-06-30",
  };
  const code = await runCli(argv, io, [table1Command]);
  if (code !== 0) throw new Error(`${argv[0]} exited ${code}: ${stdout.slice(0, 300)}`);
  return stdout;
}

async function readPlan(path: string): Promise<void> {
  const r = await readWorkbookFile(path, "ky");
  if (!r.ok) throw new Error(r.fatal.message);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "atkaruu-bench-plan-"));
  try {
    const plan = join(dir, "plan.xlsx");
    await planWorkbook(plan);
    const argv = [
      "table1",
      "--plan",
      plan,
      "--body",
      BODY,
      "--out",
      join(dir, "t1.xlsx"),
      "--force",
      "--json",
    ];
    const made = JSON.parse(await cli(argv, dir)) as {
      items: number;
      lead: number;
      plan: { items: number };
    };
    if (made.plan.items !== ITEMS || made.items === 0)
      throw new Error(
        `the plan should have ${ITEMS} items and name ${BODY}: ${JSON.stringify(made)}`
      );

    const read = await readWorkbookFile(plan, "ky");
    if (!read.ok) throw new Error(read.fatal.message);
    const floor: number[] = [];
    const table1: number[] = [];
    const core: number[] = [];
    const write: number[] = [];
    const p0 = readPlanBook(read.book.sheets);
    const m0 = p0.ok ? buildPlanTable1(p0.book, BODY, "ky") : null;
    if (m0 === null || !m0.ok) throw new Error("no Table 1");
    for (let i = 0; i < RUNS; i++) {
      floor.push(await time(() => readPlan(plan)));
      table1.push(await time(() => cli(argv, dir)));
      core.push(
        await time(async () => {
          const p = readPlanBook(read.book.sheets);
          if (!p.ok || !buildPlanTable1(p.book, BODY, "ky").ok) throw new Error("no Table 1");
        })
      );
      write.push(await time(() => workbookToBuffer(workbookFromModels([m0.model]))));
    }
    const f = median(floor);
    const t = median(table1);
    console.log(
      `plan workbook of ${ITEMS} items (seed 002's shape); Table 1 of ${BODY}: ${made.items} items (lead in ${made.lead}); median of ${RUNS} runs`
    );
    console.log(
      `floor  (read the plan workbook with the reader, nothing else): ${f.toFixed(1)} ms`
    );
    console.log(
      `table1 (read, find the plan, the body's items, build, write):  ${t.toFixed(1)} ms  (${(t / f).toFixed(2)}× the floor)`
    );
    console.log(
      `where the time goes: core (plan read from the grids + the body's Table 1) ${median(core).toFixed(1)} ms · ExcelJS writing the sheet ${median(write).toFixed(1)} ms`
    );
    console.log(`aim: well under a second — ${t < 1000 ? "OK" : "ABOVE AIM"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
