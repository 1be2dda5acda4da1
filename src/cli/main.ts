/**
 * Entry point of the `atkaruu` command (bundled to dist/cli/atkaruu.js, started by bin/atkaruu.js).
 * The commands are listed here; each lives in its own module under ./commands.
 */
import pkg from "../../package.json";
import { todayIso } from "../core";
import { removePendingTempFiles } from "../xlsx/files";
import { annex2Command } from "./commands/annex2";
import { compareCommand } from "./commands/compare";
import { consolidateCommand } from "./commands/consolidate";
import { groupCommand } from "./commands/group";
import { table1Command } from "./commands/table1";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import type { CliIo, Command } from "./command";
import { EXIT } from "./command";
import { cliCatalog } from "./i18n";
import { invocationLang, runCli } from "./run";

/** Every subcommand of `atkaruu`: add a new one here. */
const COMMANDS: readonly Command[] = [
  annex2Command,
  validateCommand,
  templateCommand,
  table1Command,
  consolidateCommand,
  compareCommand,
  groupCommand,
];

const version = pkg.version;

function main(): void {
  const argv = process.argv.slice(2);
  const t = cliCatalog(invocationLang(argv, process.env));
  // A closed pipe (`atkaruu … | head`) is not an error of ours.
  process.stdout.on("error", () => undefined);
  const stop = (code: number) => (): void => {
    removePendingTempFiles();
    process.stderr.write(`\n${t.interrupted}\n`);
    process.exit(code);
  };
  process.once("SIGINT", stop(130));
  process.once("SIGTERM", stop(143));
  const crash = (err: unknown): void => {
    removePendingTempFiles();
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    process.stderr.write(t.unexpected(detail) + "\n");
    process.exit(EXIT.fatal);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);

  const io: CliIo = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
    today: () => todayIso(),
  };
  runCli(argv, io, COMMANDS, version).then((code) => {
    process.exitCode = code;
  }, crash);
}

main();
