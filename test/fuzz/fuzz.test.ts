/**
 * Fuzzing the reader and the command line with damaged and hostile files (test/fuzz/hostile.ts):
 * every case ends in the base workbook's very figures and issues, or in one sentence
 * (`unreadable-workbook` …) — never an exception, a hang, a stack trace, more than 512 MB, or a
 * written output. A fast slice runs in `npm test`; `npm run fuzz -- --cases N [--seed S]` runs more
 * (FUZZ_CASES, FUZZ_SEED). A few cases also go through the real `atkaruu` process.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { analyseWorkbook } from "../../src/core";
import type { SheetGrid } from "../../src/core";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import { buildPrivateCli, expectOneSentence, snapshot } from "../cli/helpers";
import {
  EXAMPLE_AS_OF,
  EXAMPLE_BODY,
  EXAMPLE_HEADERS,
  exampleWorkbook,
} from "../fixtures/xlsx/exampleTable1";
import { cell, rawXlsx, row } from "../fixtures/xlsx/rawXlsx";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { hostileCases } from "./hostile";

const CASES = Number(process.env.FUZZ_CASES ?? 240);
const SEED = Number(process.env.FUZZ_SEED ?? 20251);
jest.setTimeout(Math.max(240_000, CASES * 2_000));

let base: Uint8Array;
let expected: string;
let cli: string;
let dir: string;

/** The figures and issues of a read workbook, as one comparable text (or the fatal code). */
function figures(sheets: readonly SheetGrid[]): string {
  const r = analyseWorkbook(sheets, { body: EXAMPLE_BODY, asOf: EXAMPLE_AS_OF, lang: "en" });
  return r.ok
    ? JSON.stringify({ summary: r.analysis.summary, issues: r.analysis.issues })
    : `fatal:${r.fatal.code}`;
}

beforeAll(async () => {
  base = await workbookBytes(exampleWorkbook("ky"));
  const read = await readWorkbook(base, { lang: "en" });
  if (!read.ok) throw new Error(read.fatal.message);
  expected = figures(read.book.sheets);
  cli = await buildPrivateCli();
  dir = mkdtempSync(join(tmpdir(), "atkaruu-fuzz-"));
});
afterAll(() => {
  rmSync(dirname(cli), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

test(`${CASES} hostile files (seed ${SEED}): the right figures or one sentence, never an exception or a shorter table`, async () => {
  const kinds = new Map<string, number>();
  let refused = 0;
  for (const c of hostileCases(base, SEED, CASES)) {
    const started = Date.now();
    let outcome: string;
    try {
      const r = await readWorkbook(c.bytes, { lang: "en", fileName: "case.xlsx" });
      if (r.ok) outcome = figures(r.book.sheets);
      else {
        expect([c.name, r.fatal.code]).toEqual([c.name, "unreadable-workbook"]);
        expect(r.fatal.message.split("\n")).toHaveLength(1);
        outcome = "refused";
      }
    } catch (err) {
      throw new Error(`${c.name}: the reader threw ${String(err)}`);
    }
    // A hang guard, not a speed test: no case may take a minute.
    expect([c.name, Date.now() - started < 60_000]).toEqual([c.name, true]);
    if (outcome === "refused" || outcome.startsWith("fatal:")) refused++;
    if (c.expect === "refused") expect([c.name, outcome]).toEqual([c.name, "refused"]);
    else if (outcome !== "refused" && !outcome.startsWith("fatal:"))
      expect([c.name, outcome === expected]).toEqual([c.name, true]);
    const kind = c.name.replace(/^#\d+ /, "").replace(/^\d+ /, "");
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  // The generator covered every kind, and damage was indeed found (the test is not vacuous).
  expect(kinds.size).toBeGreaterThanOrEqual(15);
  expect(refused).toBeGreaterThan(CASES / 4);
});

/** One `atkaruu` run as a process with its peak memory (GNU time), stdout and stderr. */
function runCli(
  argv: readonly string[]
): Promise<{ code: number | null; stdout: string; stderr: string; maxRssKb: number }> {
  return new Promise((resolve) => {
    const p = spawn("/usr/bin/time", ["-f", "MAXRSS=%M", process.execPath, cli, ...argv], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    p.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    p.on("close", (code) => {
      const m = /MAXRSS=(\d+)\s*$/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/(Command exited with non-zero status \d+\n)?MAXRSS=\d+\s*$/, ""),
        maxRssKb: m ? Number(m[1]) : 0,
      });
    });
  });
}

test("a handful of hostile files through the real process: exit 0/1 or 2 with one sentence, under 512 MB, nothing written on exit 2", async () => {
  const picked = [...hostileCases(base, SEED + 1, 19)].filter((_, i) =>
    [0, 1, 3, 5, 8, 11, 12, 13, 14, 17].includes(i)
  );
  for (const c of picked) {
    writeFileSync(join(dir, "case.xlsx"), c.bytes);
    const before = snapshot(dir);
    for (const argv of [
      ["validate", "case.xlsx", "--json", "--lang", "ru", "--as-of", EXAMPLE_AS_OF],
      [
        "annex2",
        "case.xlsx",
        "--json",
        "--lang",
        "ky",
        "--as-of",
        EXAMPLE_AS_OF,
        "--out",
        "copy.xlsx",
      ],
    ]) {
      const r = await runCli(argv);
      expect([c.name, argv[0], r.maxRssKb > 0 && r.maxRssKb < 512 * 1024]).toEqual([
        c.name,
        argv[0],
        true,
      ]);
      expect([c.name, argv[0], r.stderr.includes("    at ")]).toEqual([c.name, argv[0], false]);
      expect([c.name, argv[0], [0, 1, 2].includes(r.code ?? -1)]).toEqual([c.name, argv[0], true]);
      if (r.code === 2) {
        expectOneSentence(r.stderr.trim());
        expect(JSON.parse(r.stdout).error.code).toMatch(
          /^(unreadable-workbook|no-table|missing-column|copy-failed)$/
        );
        expect(snapshot(dir)).toEqual(before);
      }
      if (c.expect === "refused") expect([c.name, r.code]).toEqual([c.name, 2]);
      rmSync(join(dir, "copy.xlsx"), { force: true });
    }
  }
});

test("SIGTERM and SIGINT end a long run within a second, with nothing written", async () => {
  // 120 000 measures: seconds of work for the reader and the analysis.
  const cols = ["A", "B", "C", "D", "E", "F"];
  const header = row(
    1,
    [0, 1, 2, 3, 4, 6].map((k, i) => cell.inline(`${cols[i]}1`, EXAMPLE_HEADERS.ky[k]))
  );
  const body: string[] = [];
  for (let i = 0; i < 120_000; i++)
    body.push(
      row(i + 2, [
        cell.number(`A${i + 2}`, i + 1),
        cell.inline(`C${i + 2}`, `Чара ${i}`),
        cell.inline(`D${i + 2}`, "2026-жыл"),
        cell.inline(`F${i + 2}`, "Аткарууда"),
      ])
    );
  writeFileSync(
    join(dir, "long.xlsx"),
    rawXlsx({ sheets: [{ name: "1-таблица", sheetData: header + body.join("") }] })
  );
  const before = snapshot(dir);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const r = await new Promise<{ code: number | null; cpuAfterSignal: number; stderr: string }>(
      (resolve) => {
        const p = spawn(
          process.execPath,
          [cli, "annex2", "long.xlsx", "--lang", "en", "--out", "out.xlsx"],
          { cwd: dir, stdio: ["ignore", "pipe", "pipe"] }
        );
        let stderr = "";
        let cpuAtSignal = -1;
        let cpuLastSeen = 0;
        p.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
        // Interrupt once the command is busy reading, and measure what it spends after the signal in its own CPU
        // time (ticks of 1/100 s), not the wall clock: under a loaded machine the wall clock says nothing of us.
        const poll = setInterval(() => {
          try {
            const f = readFileSync(`/proc/${p.pid}/stat`, "utf8").split(") ")[1].split(" ");
            cpuLastSeen = Number(f[11]) + Number(f[12]);
            if (cpuAtSignal < 0 && Number(f[11]) >= 100) {
              cpuAtSignal = cpuLastSeen;
              p.kill(signal);
            }
          } catch {
            clearInterval(poll);
          }
        }, 10);
        p.on("close", (code) => {
          clearInterval(poll);
          resolve({ code, cpuAfterSignal: (cpuLastSeen - cpuAtSignal) / 100, stderr });
        });
      }
    );
    expect([signal, r.code]).toEqual([signal, signal === "SIGTERM" ? 143 : 130]);
    expect([signal, r.cpuAfterSignal < 1]).toEqual([signal, true]);
    expect(r.stderr.trim()).toBe("Interrupted; nothing was written.");
    expect(snapshot(dir)).toEqual(before);
  }
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});
