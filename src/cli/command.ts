/**
 * What every `atkaruu` subcommand is: a name, its options, and a `run` that returns the exit code.
 * Commands live in `src/cli/commands/*.ts` and are listed in one table in `main.ts`.
 */
import type { ParseArgsConfig } from "node:util";
import type { Lang } from "../core";
import type { CliCatalog } from "./i18n";
import type { Progress } from "./progress";

/** Where a command reads and writes; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Progress lines are shown only on a terminal. */
  readonly stderrIsTTY: boolean;
  /** Today as `YYYY-MM-DD` (the default `--as-of`). */
  readonly today: () => string;
}

export interface CommandContext {
  readonly io: CliIo;
  /** The language of every message (from `--lang`, else the environment). */
  readonly lang: Lang;
  readonly t: CliCatalog;
  /** `--json` was given: stdout carries exactly one JSON document. */
  readonly json: boolean;
  readonly progress: Progress;
}

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface Command {
  readonly name: string;
  /** Options of the command besides the common `--lang`, `--json`, `--help`. */
  readonly options: OptionsConfig;
  /** Keys of `CliCatalog.help.options` to list in `--help`, and the argument synopsis. */
  readonly helpOptions: readonly string[];
  readonly synopsis: string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], ctx: CommandContext): Promise<number>;
}

/** Exit codes (SPEC): 0 success, 1 validation errors found, 2 fatal input or usage error. */
export const EXIT = { ok: 0, issues: 1, fatal: 2 } as const;

/**
 * A failure that ends the command with exit code 2 and one sentence: fatal input (SPEC codes
 * `unreadable-workbook`, `no-table`, `missing-column`) or the command line's own (`usage`,
 * `write-failed`, `copy-failed`, `internal`).
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly column?: string
  ) {
    super(message);
    this.name = "CliError";
  }
}
