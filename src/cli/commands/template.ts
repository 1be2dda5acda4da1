/**
 * `atkaruu template [--kind table1|group] [--lang ky|ru|en] [--out FILE] [--force] [--json]`: a blank
 * Table 1 workbook (core `buildTemplate`: headers, numbering row, drop-down lists for status and
 * role) or, with `--kind group`, a blank group workbook (core `buildGroupTemplate`: members,
 * meetings, work plan, acts, holidays). An existing file is not overwritten without `--force`: it may
 * be a workbook someone has already filled in.
 */
import { existsSync } from "node:fs";
import * as z from "zod";
import { buildGroupTemplate, buildTemplate, GROUP_TEMPLATE_FILE } from "../../core";
import { checkOptions, splitArgs, textArg } from "../args";
import { CliError, EXIT } from "../command";
import type { Command } from "../command";
import { groupCliTexts } from "../i18n/group";
import { displayPath, printJson, resolvePath, writeOutput } from "../steps";

const Options = z.object({
  out: textArg.optional(),
  force: z.boolean().optional(),
  kind: textArg.optional(),
});

/** Default file name of the template, in the working folder. */
export const DEFAULT_TEMPLATE_FILE = "table1-template.xlsx";
export const DEFAULT_GROUP_TEMPLATE_FILE = GROUP_TEMPLATE_FILE;

export const templateCommand: Command = {
  name: "template",
  synopsis: "template [--kind table1|group] [--lang ky|ru|en] [--out FILE] [--force] [--json]",
  helpOptions: ["kind", "lang", "out", "force", "json"],
  options: {
    out: { type: "string", short: "o" },
    force: { type: "boolean" },
    kind: { type: "string" },
  },

  async run(args, ctx) {
    const { values, positionals } = splitArgs(templateCommand, args, ctx.t);
    if (positionals.length > 0)
      throw new CliError("usage", ctx.t.usage.extraArgument(positionals[0]));
    const opts = checkOptions(Options, values, ctx.t);
    const kind = (opts.kind ?? "table1").toLowerCase();
    if (kind !== "table1" && kind !== "group")
      throw new CliError("usage", groupCliTexts(ctx.lang).unknownKind(opts.kind ?? ""));
    const output = resolvePath(
      ctx,
      opts.out ?? (kind === "group" ? DEFAULT_GROUP_TEMPLATE_FILE : DEFAULT_TEMPLATE_FILE)
    );
    if (!opts.force && existsSync(output))
      throw new CliError("usage", ctx.t.usage.outExists(displayPath(ctx, output)));

    const models = kind === "group" ? buildGroupTemplate(ctx.lang) : [buildTemplate(ctx.lang)];
    let bytes: Uint8Array;
    try {
      // ExcelJS is loaded only by the commands that write new workbooks (annex2 and validate start faster).
      const { workbookFromModels, workbookToBuffer } = await import("../../xlsx/workbook");
      bytes = await workbookToBuffer(workbookFromModels(models));
    } catch (err) {
      throw new CliError(
        "copy-failed",
        ctx.t.copyFailed(err instanceof Error ? err.message.split("\n")[0] : String(err))
      );
    }
    await writeOutput(ctx, output, bytes);

    if (ctx.json)
      printJson(
        ctx,
        kind === "group"
          ? { kind, sheets: models.map((m) => m.name), output }
          : { sheet: models[0].name, output }
      );
    else
      ctx.io.stdout(
        (kind === "group" ? groupCliTexts(ctx.lang).templateWritten : ctx.t.template.written)(
          displayPath(ctx, output)
        ) + "\n"
      );
    return EXIT.ok;
  },
};
