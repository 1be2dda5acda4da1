/**
 * `atkaruu table1 --plan PLAN.xlsx --body NAME [--lang ky|ru|en] [--out FILE] [--force] [--json]`:
 * the body's Table 1 made from a plan workbook (SPEC "Plans other than 444-р"; core plan/table1.ts):
 * every plan item where the body is an executor, with the role column, status and completion date
 * empty, the drop-downs of `template`, the plan and body stored as defined names. A body named
 * nowhere in the plan is a fatal error listing the closest names; without `--body` the plan's
 * executors are listed. An existing file is not overwritten without `--force`.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import * as z from "zod";
import {
  buildPlanTable1,
  planBodies,
  planTable1FileName,
  planTitle,
  planYearsText,
} from "../../core";
import { checkOptions, splitArgs, textArg } from "../args";
import { CliError, EXIT } from "../command";
import type { Command } from "../command";
import { planCliTexts } from "../i18n/plan";
import { loadPlanBook } from "../plan";
import { displayPath, printJson, resolvePath, writeOutput } from "../steps";

const Options = z.object({
  plan: textArg.optional(),
  body: textArg.optional(),
  out: textArg.optional(),
  force: z.boolean().optional(),
});

/** `<plan-dir>/<plan-name>-table1-<body>.xlsx`, the body's name made safe for a file name. */
export function defaultTable1Path(plan: string, body: string): string {
  return join(dirname(plan), planTable1FileName(plan, body));
}

export const table1Command: Command = {
  name: "table1",
  synopsis: "table1 --plan PLAN.xlsx --body NAME [--lang ky|ru|en] [--out FILE] [--force] [--json]",
  helpOptions: ["table1From", "body", "lang", "out", "force", "json"],
  options: {
    plan: { type: "string" },
    body: { type: "string" },
    out: { type: "string", short: "o" },
    force: { type: "boolean" },
  },

  async run(args, ctx) {
    const { values, positionals } = splitArgs(table1Command, args, ctx.t);
    if (positionals.length > 0)
      throw new CliError("usage", ctx.t.usage.extraArgument(positionals[0]));
    const opts = checkOptions(Options, values, ctx.t);
    const p = planCliTexts(ctx.lang);
    if (opts.plan === undefined) throw new CliError("usage", p.missingPlan);
    const book = await loadPlanBook(ctx, opts.plan);
    if (opts.body === undefined)
      throw new CliError(
        "usage",
        p.missingBody(
          planBodies(book)
            .map((b) => b.name)
            .join("; ")
        )
      );

    const made = buildPlanTable1(book, opts.body, ctx.lang);
    if (!made.ok) throw new CliError(made.code, made.message);
    const output = resolvePath(
      ctx,
      opts.out ??
        defaultTable1Path(resolvePath(ctx, opts.plan), made.body.abbreviation ?? opts.body)
    );
    if (!opts.force && existsSync(output))
      throw new CliError("usage", ctx.t.usage.outExists(displayPath(ctx, output)));

    let bytes: Uint8Array;
    try {
      const { workbookFromModels, workbookToBuffer } = await import("../../xlsx/workbook");
      bytes = await workbookToBuffer(workbookFromModels([made.model]));
    } catch (err) {
      throw new CliError(
        "copy-failed",
        ctx.t.copyFailed(err instanceof Error ? err.message.split("\n")[0] : String(err))
      );
    }
    await writeOutput(ctx, output, bytes);

    const plan = book.plan;
    if (ctx.json) {
      printJson(ctx, {
        plan: {
          title: planTitle(plan, ctx.lang),
          years: plan.years,
          items: plan.items,
          itemShape: plan.itemShape,
        },
        body: made.body,
        sheet: made.model.name,
        items: made.items,
        lead: made.lead,
        co: made.items - made.lead,
        output,
      });
    } else {
      ctx.io.stdout(
        [
          p.written(displayPath(ctx, output), made.items, made.lead, made.items - made.lead),
          p.planLine(planTitle(plan, ctx.lang), planYearsText(plan), plan.items),
          p.bodyLine(made.body.fullName),
        ].join("\n") + "\n"
      );
    }
    return EXIT.ok;
  },
};
