/**
 * Issue 12 "Must hold": comparing two 334-item workbooks costs no more than reading both. Measured:
 * `atkaruu compare PREVIOUS CURRENT --json` in process (read both files, analyse, match, changes,
 * JSON) — PREVIOUS an Annex 2 copy with its snapshot, CURRENT a Table 1 with other statuses — beside
 * the floor measured in the same run: reading both files with the same reader (src/xlsx/read), nothing
 * else. Aim: compare ≤ 2 × floor (what compare adds to the reading costs no more than the reading).
 * Also `--out` (the changes sheet in a copy of CURRENT) and the core comparison alone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareReports, currentSide, previousSide } from "../src/core";
import { annex2Command } from "../src/cli/commands/annex2";
import { compareCommand } from "../src/cli/commands/compare";
import type { CliIo } from "../src/cli/command";
import { runCli } from "../src/cli/run";
import { readWorkbookFile } from "../src/xlsx/nodeReader";
import { benchmarkWorkbook, writeFixture } from "../test/consolidate/fixtures";

const ROWS = 334;
const RUNS = 15;
const AS_OF = "2025-06-30";

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

async function cli(argv: string[], cwd: string): Promise<string> {
  let stdout = "";
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: () => undefined,
    env: {},
    cwd,
    stderrIsTTY: false,
    today: () => AS_OF,
  };
  const code = await runCli(argv, io, [annex2Command, compareCommand]);
  if (code > 1) throw new Error(`${argv[0]} exited ${code}: ${stdout.slice(0, 300)}`);
  return stdout;
}

async function readBoth(a: string, b: string): Promise<void> {
  for (const p of [a, b]) {
    const r = await readWorkbookFile(p, "ru");
    if (!r.ok) throw new Error(r.fatal.message);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "atkaruu-bench-compare-"));
  try {
    const table1 = await writeFixture(dir, benchmarkWorkbook(0, ROWS));
    await cli(
      [
        "annex2",
        table1,
        "--body",
        "Орган 1",
        "--as-of",
        "2025-03-31",
        "--out",
        "previous.xlsx",
        "--lang",
        "ru",
      ],
      dir
    );
    const previous = join(dir, "previous.xlsx");
    const current = await writeFixture(dir, benchmarkWorkbook(1, ROWS));
    const argv = [
      "compare",
      previous,
      current,
      "--body",
      "Орган 1",
      "--as-of",
      AS_OF,
      "--json",
      "--lang",
      "ru",
    ];
    const changes = (JSON.parse(await cli(argv, dir)) as { changes: unknown[] }).changes.length;
    if (changes === 0) throw new Error("the two workbooks should differ");

    const floor: number[] = [];
    const compare: number[] = [];
    const withOut: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await time(() => readBoth(previous, current)));
      compare.push(await time(() => cli(argv, dir)));
      withOut.push(await time(() => cli([...argv, "--out", join(dir, "changes.xlsx")], dir)));
    }
    const a = await readWorkbookFile(previous, "ru");
    const b = await readWorkbookFile(current, "ru");
    if (!a.ok || !b.ok) throw new Error("unreadable");
    const o = { body: "Орган 1", today: AS_OF, lang: "ru" as const };
    const core: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      core.push(
        await time(async () => {
          const p = previousSide(a.book, o);
          const c = currentSide(b.book, o);
          if (!p.ok || !c.ok) throw new Error("fatal");
          compareReports(p.state, c.state);
        })
      );
    }
    const f = median(floor);
    const c = median(compare);
    console.log(
      `2 workbooks × ${ROWS} measures (PREVIOUS with its snapshot), ${changes} changes, median of ${RUNS} runs`
    );
    console.log(`floor   (read both files with the reader, nothing else): ${f.toFixed(1)} ms`);
    console.log(`compare (read both, analyse, match, changes, JSON):       ${c.toFixed(1)} ms`);
    console.log(
      `ratio compare / floor: ${(c / f).toFixed(2)}× (aim ≤ 2.00×: compare adds no more than reading both costs) ${c <= 2 * f ? "OK" : "ABOVE AIM"}`
    );
    console.log(
      `compare --out (changes sheet in a copy of CURRENT): ${median(withOut).toFixed(1)} ms · core only (sides + matching): ${median(core).toFixed(1)} ms`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
