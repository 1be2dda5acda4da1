/**
 * Arguments: Node's `util.parseArgs` splits them, zod checks each value; every failure becomes one
 * translated sentence (`CliError` with code `usage`).
 */
import { parseArgs } from "node:util";
import * as z from "zod";
import { LANGS, isIsoDate, parseDateText } from "../core";
import type { Lang } from "../core";
import { CliError } from "./command";
import type { Command, CommandContext, OptionsConfig } from "./command";
import type { CliCatalog, Expected } from "./i18n";

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionsConfig = {
  lang: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

// zod schemas for option values; the error text is the `Expected` key, translated when reported.
const expected = (key: Expected): { error: Expected } => ({ error: key });
/** A date option, `2025-06-30` or as dates are written here, `30.06.2025` → ISO. */
export const isoDateArg = z
  .string()
  .transform((s) => {
    const t = s.trim();
    return isIsoDate(t) ? t : /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t) ? parseDateText(t) : null;
  })
  .refine((d): d is string => d !== null, expected("date"));
export const langArg = z.enum(LANGS as unknown as [Lang, ...Lang[]], expected("lang"));
export const textArg = z.string().trim().min(1, expected("text"));
export const positiveIntArg = z
  .string()
  .regex(/^\s*\d{1,6}\s*$/, expected("positiveInt"))
  .transform((s) => Number(s))
  .refine((n) => n > 0, expected("positiveInt"));

/** The `--lang` value in raw arguments when it is a valid language (used before full parsing). */
export function langFromArgv(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v =
      a === "--lang"
        ? argv[i + 1]
        : a.startsWith("--lang=")
          ? a.slice("--lang=".length)
          : undefined;
    if (v !== undefined) {
      const parsed = langArg.safeParse(v.trim().toLowerCase());
      return parsed.success ? parsed.data : null;
    }
  }
  return null;
}

function optionInMessage(message: string): string {
  const m = /'(-{1,2}[^' ]+)/.exec(message);
  return m ? m[1] : message;
}

/** Split a command's arguments; unknown options, missing values and stray arguments are usage errors. */
export function splitArgs(
  cmd: Command,
  args: readonly string[],
  t: CliCatalog
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...cmd.options },
      allowPositionals: true,
      strict: true,
    });
    values = parsed.values as Record<string, string | boolean | undefined>;
    positionals = parsed.positionals;
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = err instanceof Error ? err.message : String(err);
    const option = optionInMessage(message);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new CliError("usage", t.usage.unknownOption(option));
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new CliError("usage", t.usage.missingValue(option));
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
      throw new CliError("usage", t.usage.extraArgument(option));
    throw new CliError("usage", t.usage.unknownOption(option));
  }
  // The language was already taken from the raw arguments; here a wrong value becomes an error.
  checkOptions(
    z.object({
      lang: z
        .string()
        .transform((v) => v.trim().toLowerCase())
        .pipe(langArg)
        .optional(),
    }),
    { lang: values.lang },
    t
  );
  return { values, positionals };
}

/** Check option values with a zod schema whose keys are option names (`as-of`). */
export function checkOptions<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
  t: CliCatalog
): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue.path[0] ?? "");
  const raw = values[key];
  const kind = (issue.message in t.expected ? issue.message : "text") as Expected;
  throw new CliError(
    "usage",
    t.usage.invalidOption(
      `--${key}`,
      typeof raw === "string" ? raw : String(raw ?? ""),
      t.expected[kind]
    )
  );
}

/** The single input file of a command (`atkaruu annex2 <in.xlsx>`). */
export function singleInput(
  cmd: Command,
  positionals: readonly string[],
  ctx: CommandContext
): string {
  if (positionals.length === 0) throw new CliError("usage", ctx.t.usage.missingInput(cmd.name));
  if (positionals.length > 1)
    throw new CliError("usage", ctx.t.usage.extraArgument(positionals[1]));
  return positionals[0];
}
