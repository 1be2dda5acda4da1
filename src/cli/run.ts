/**
 * Runs one `atkaruu` invocation: picks the language and output mode, dispatches to the command,
 * and turns every failure into one sentence (stderr, and `{ "error": … }` on stdout with `--json`)
 * and exit code 2. Nothing here prints a stack trace.
 */
import { LANGS } from "../core";
import { langFromArgv } from "./args";
import { CliError, EXIT } from "./command";
import type { CliIo, Command, CommandContext } from "./command";
import { cliCatalog, envLang } from "./i18n";
import type { CliCatalog } from "./i18n";
import { createProgress } from "./progress";

/** The first line of an unexpected error's message, without paths to our sources. */
function shortDetail(err: unknown): string {
  const text =
    err instanceof Error
      ? `${err.name === "Error" ? "" : err.name + ": "}${err.message}`
      : String(err);
  return text.split("\n")[0].slice(0, 200) || "?";
}

function commandList(commands: readonly Command[]): string {
  return commands.map((c) => c.name).join(", ");
}

export function helpText(t: CliCatalog, commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    t.help.usage,
    "",
    t.help.commandsHeading,
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${t.help.commands[c.name] ?? ""}`),
    "",
    t.help.more,
    t.help.exitCodes,
    "",
  ].join("\n");
}

/** A synopsis with its placeholders in the user's language (`<in.xlsx>` → `<книга.xlsx>`); option names stay. */
export function localSynopsis(t: CliCatalog, synopsis: string): string {
  return synopsis.replace(/[^\s<>[\]]+/g, (token) =>
    token.startsWith("-") ? token : (t.help.placeholders[token] ?? token)
  );
}

export function commandHelp(t: CliCatalog, cmd: Command): string {
  return [
    `${t.help.usageLabel}: atkaruu ${localSynopsis(t, cmd.synopsis)}`,
    "",
    t.help.commands[cmd.name] ?? "",
    "",
    t.help.optionsHeading,
    ...cmd.helpOptions.map((k) => `  ${t.help.options[k] ?? `--${k}`}`),
    "",
    t.help.exitCodes,
    "",
  ].join("\n");
}

/** Report a failure: one sentence on stderr; with `--json` also `{ "error": … }` on stdout. */
export function reportFailure(ctx: CommandContext, err: unknown): number {
  ctx.progress.done();
  const failure =
    err instanceof CliError ? err : new CliError("internal", ctx.t.unexpected(shortDetail(err)));
  ctx.io.stderr(failure.message + "\n");
  if (ctx.json) {
    const error = {
      code: failure.code,
      ...(failure.column !== undefined ? { column: failure.column } : {}),
      message: failure.message,
    };
    ctx.io.stdout(JSON.stringify({ error }, null, 2) + "\n");
  }
  return EXIT.fatal;
}

/** The language of an invocation: a valid `--lang`, else the environment, else Kyrgyz. */
export function invocationLang(argv: readonly string[], env: CliIo["env"]): (typeof LANGS)[number] {
  return langFromArgv(argv) ?? envLang(env);
}

/**
 * The options every command takes (`--lang`, `--json`) moved from before the command name to after
 * it, so `atkaruu --lang ru annex2 …` is `atkaruu annex2 … --lang ru`. Stops at the first word that
 * is not one of them (the command, or `--help` / `--version`).
 */
export function globalOptionsLast(argv: readonly string[]): string[] {
  const moved: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json" || a.startsWith("--lang=")) moved.push(a);
    else if (a === "--lang" && i + 1 < argv.length) moved.push(a, argv[++i]);
    else break;
  }
  return [...argv.slice(i), ...moved];
}

/** Run `atkaruu` with the given arguments (after the program name); resolves to the exit code. */
export async function runCli(
  rawArgv: readonly string[],
  io: CliIo,
  commands: readonly Command[],
  version = ""
): Promise<number> {
  const argv = globalOptionsLast(rawArgv);
  const lang = invocationLang(argv, io.env);
  const t = cliCatalog(lang);
  const ctx: CommandContext = {
    io,
    lang,
    t,
    json: argv.includes("--json"),
    progress: createProgress(io.stderr, io.stderrIsTTY),
  };
  try {
    const [name, ...rest] = argv;
    if (
      name === undefined ||
      (name.startsWith("-") && name !== "--help" && name !== "-h" && name !== "--version")
    ) {
      throw new CliError("usage", t.usage.missingCommand(commandList(commands)));
    }
    if (name === "--help" || name === "-h" || name === "help") {
      // `atkaruu --help annex2`, `atkaruu help annex2`: that command's help.
      const asked = commands.find((c) => c.name === rest[0]);
      io.stdout(asked !== undefined ? commandHelp(t, asked) : helpText(t, commands));
      return EXIT.ok;
    }
    if (name === "--version") {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    const cmd = commands.find((c) => c.name === name);
    if (cmd === undefined)
      throw new CliError("usage", t.usage.unknownCommand(name, commandList(commands)));
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(commandHelp(t, cmd));
      return EXIT.ok;
    }
    return await cmd.run(rest, ctx);
  } catch (err) {
    return reportFailure(ctx, err);
  }
}
