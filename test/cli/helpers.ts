/**
 * Running `atkaruu` in tests: in-process with a memory IO (fast, exact), or as a real process from
 * a private bundle built with the same esbuild options as scripts/targets/cli.mjs.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { z } from "zod";
import { annex2Command } from "../../src/cli/commands/annex2";
import { templateCommand } from "../../src/cli/commands/template";
import { validateCommand } from "../../src/cli/commands/validate";
import type { CliIo, Command } from "../../src/cli/command";
import { runCli } from "../../src/cli/run";

export const ROOT = join(__dirname, "..", "..");
export const COMMANDS: readonly Command[] = [annex2Command, validateCommand, templateCommand];

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runInProcess(
  argv: readonly string[],
  opts: {
    cwd: string;
    env?: Record<string, string | undefined>;
    tty?: boolean;
    today?: string;
    commands?: readonly Command[];
  }
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: opts.env ?? {},
    cwd: opts.cwd,
    stderrIsTTY: opts.tty ?? false,
    today: () => opts.today ?? "2025-06-30",
  };
  const code = await runCli(argv, io, opts.commands ?? COMMANDS, "test");
  return { code, stdout, stderr };
}

/** Bundle the CLI (same options as scripts/targets/cli.mjs) into a private folder inside the repo. */
export async function buildPrivateCli(): Promise<string> {
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, "dist", ".test-cli-"));
  const outfile = join(dir, "atkaruu.js");
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/main.ts"],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["exceljs"],
    logLevel: "warning",
  });
  return outfile;
}

export function runProcess(
  script: string,
  argv: readonly string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; input?: string }
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
    for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
    const p = spawn(process.execPath, [script, ...argv], {
      cwd: opts.cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    p.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** A folder's files with their size and modification time, to prove nothing else changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    const st = statSync(join(dir, f));
    out[f] = st.isFile() ? `${st.size}:${st.mtimeMs}:${sha256(join(dir, f))}` : "dir";
  }
  return out;
}

// The JSON contract (SPEC "Machine-readable contract of the command line").
const items = z.array(z.string());
const roleSchema = z.strictObject({
  total: z.number().int().nonnegative(),
  byYear: z
    .record(z.string().regex(/^\d{4}$/), z.number().int().nonnegative())
    .refine((y) => ["2024", "2025", "2026", "2027", "2028"].every((k) => k in y)),
  fixed: items,
  ongoing: items,
  staged: items,
});
export const issueSchema = z.strictObject({
  severity: z.enum(["error", "warning"]),
  code: z.string().min(1),
  sheet: z.string().min(1),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
  message: z.string().min(1),
});
export const annex2Schema = z.strictObject({
  body: z.string().nullable(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sheet: z.string().min(1),
  summary: z.strictObject({
    total: z.number().int().nonnegative(),
    completed: z.number().int().nonnegative(),
    completedOnTime: z.number().int().nonnegative(),
    completedLate: z.number().int().nonnegative(),
    inProgress: z.number().int().nonnegative(),
    executionLevel: z.number().min(0).max(100).nullable(),
    lead: roleSchema,
    co: roleSchema,
  }),
  issues: z.array(issueSchema),
  output: z.string().min(1),
});
export const validateSchema = z.strictObject({ issues: z.array(issueSchema) });
export const templateSchema = z.strictObject({
  sheet: z.string().min(1),
  output: z.string().min(1),
});
export const errorSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum([
      "unreadable-workbook",
      "no-table",
      "missing-column",
      "usage",
      "write-failed",
      "copy-failed",
      "internal",
    ]),
    column: z.string().optional(),
    message: z.string().min(1),
  }),
});

/** One sentence: a single line, no stack frames. */
export function expectOneSentence(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  if (lines.length !== 1 || /\bat .+:\d+:\d+\)?$/m.test(stderr) || stderr.trim() === "") {
    throw new Error(`expected one sentence on stderr, got:\n${stderr}`);
  }
}
