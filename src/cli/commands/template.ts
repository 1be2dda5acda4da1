/**
 * `atkaruu template [--lang ky|ru|en] [--out FILE] [--force] [--json]`: a blank Table 1 workbook
 * (core `buildTemplate`: headers, numbering row, drop-down lists for status and role). An existing
 * file is not overwritten without `--force`: it may be a Table 1 someone has already filled in.
 */
import { existsSync } from "node:fs";
import { z } from "zod";
import { buildTemplate } from "../../core";
import { workbookFromModels, workbookToBuffer } from "../../xlsx/workbook";
import { checkOptions, splitArgs, textArg } from "../args";
import { CliError, EXIT } from "../command";
import type { Command } from "../command";
import { displayPath, printJson, resolvePath, writeOutput } from "../steps";

const Options = z.object({
  out: textArg.optional(),
  force: z.boolean().optional(),
});

/** Default file name of the template, in the working folder. */
export const DEFAULT_TEMPLATE_FILE = "table1-template.xlsx";

export const templateCommand: Command = {
  name: "template",
  synopsis: "template [--lang ky|ru|en] [--out FILE] [--force] [--json]",
  helpOptions: ["lang", "out", "force", "json"],
  options: {
    out: { type: "string", short: "o" },
    force: { type: "boolean" },
  },

  async run(args, ctx) {
    const { values, positionals } = splitArgs(templateCommand, args, ctx.t);
    if (positionals.length > 0) throw new CliError("usage", ctx.t.usage.extraArgument(positionals[0]));
    const opts = checkOptions(Options, values, ctx.t);
    const output = resolvePath(ctx, opts.out ?? DEFAULT_TEMPLATE_FILE);
    if (!opts.force && existsSync(output)) throw new CliError("usage", ctx.t.usage.outExists(displayPath(ctx, output)));

    const model = buildTemplate(ctx.lang);
    let bytes: Uint8Array;
    try {
      bytes = await workbookToBuffer(workbookFromModels([model]));
    } catch (err) {
      throw new CliError("copy-failed", ctx.t.copyFailed(err instanceof Error ? err.message.split("\n")[0] : String(err)));
    }
    await writeOutput(ctx, output, bytes);

    if (ctx.json) printJson(ctx, { sheet: model.name, output });
    else ctx.io.stdout(ctx.t.template.written(displayPath(ctx, output)) + "\n");
    return EXIT.ok;
  },
};
