/**
 * `atkaruu validate <in.xlsx> [--body NAME] [--as-of DATE] [--json] [--lang …] [--sheet …]`:
 * the issues of Table 1, each pointing at the cell to fix. Exit 1 when any issue is an error,
 * else 0 (SPEC "Machine-readable contract of the command line"). Reads only; writes nothing.
 */
import { basename } from "node:path";
import { z } from "zod";
import { coreCatalog, formatDmy } from "../../core";
import { checkOptions, isoDateArg, singleInput, splitArgs, textArg } from "../args";
import { EXIT } from "../command";
import type { Command } from "../command";
import { chosenPlan } from "../plan";
import { analyse, issueJson, issueLines, loadWorkbook, printJson, resolvePath } from "../steps";

const Options = z.object({
  body: textArg.optional(),
  "as-of": isoDateArg.optional(),
  sheet: textArg.optional(),
  plan: textArg.optional(),
});

export const validateCommand: Command = {
  name: "validate",
  synopsis: "validate <in.xlsx> [--body NAME] [--as-of YYYY-MM-DD] [--lang ky|ru|en] [--json]",
  helpOptions: ["body", "asOf", "lang", "json", "sheet", "plan"],
  options: {
    body: { type: "string" },
    "as-of": { type: "string" },
    sheet: { type: "string" },
    plan: { type: "string" },
  },

  async run(args, ctx) {
    const { values, positionals } = splitArgs(validateCommand, args, ctx.t);
    const opts = checkOptions(Options, values, ctx.t);
    const input = resolvePath(ctx, singleInput(validateCommand, positionals, ctx));
    const asOf = opts["as-of"] ?? ctx.io.today();

    const book = await loadWorkbook(ctx, input);
    const body = opts.body ?? book.storedBody ?? undefined;
    // SPEC "Plans other than 444-р": `--plan`, else the plan stored in the workbook, else 444-р.
    const plan = await chosenPlan(ctx, opts.plan, book.storedPlan);
    const analysis = analyse(ctx, book, { body, asOf, sheet: opts.sheet, plan }, basename(input));
    ctx.progress.done();

    const hasErrors = analysis.issues.some((i) => i.severity === "error");
    if (ctx.json) {
      printJson(ctx, { issues: analysis.issues.map(issueJson) });
    } else {
      const core = coreCatalog(ctx.lang);
      const lines = [
        `${ctx.t.report.sheet(analysis.layout.sheet)} · ${ctx.t.report.asOf(formatDmy(asOf))}`,
        ...issueLines(ctx, analysis.issues, (s) => core.severityNames[s]),
      ];
      ctx.io.stdout(lines.join("\n") + "\n");
    }
    return hasErrors ? EXIT.issues : EXIT.ok;
  },
};
