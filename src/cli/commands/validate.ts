/**
 * `atkaruu validate <in.xlsx> [--body NAME] [--as-of DATE] [--json] [--lang …] [--sheet …]`:
 * the issues of Table 1, each pointing at the cell to fix. Exit 1 when any issue is an error,
 * else 0 (SPEC "Machine-readable contract of the command line"). Reads only; writes nothing. The
 * human output lists every issue, grouped by row in table order, each row headed with its item
 * number, so an official fixes a row at a time.
 */
import { basename } from "node:path";
import * as z from "zod";
import { coreCatalog, formatDmy, rowLabeller } from "../../core";
import type { Analysis, Issue } from "../../core";
import { checkOptions, isoDateArg, singleInput, splitArgs, textArg } from "../args";
import { EXIT } from "../command";
import type { Command, CommandContext } from "../command";
import { chosenPlan } from "../plan";
import { analyse, issueJson, loadWorkbook, printJson, resolvePath } from "../steps";

/** Every issue, grouped by sheet row in table order, each group headed with the row's item number. */
export function issuesByRow(
  ctx: CommandContext,
  analysis: Analysis,
  itemAt: (row: number) => string | null
): string[] {
  const core = coreCatalog(ctx.lang);
  const issues = analysis.issues;
  if (issues.length === 0) return [ctx.t.report.noIssues];
  const errors = issues.filter((i) => i.severity === "error").length;
  const lines = [ctx.t.report.issues(errors, issues.length - errors)];
  const rows = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = `${i.sheet}\u0000${i.row}`;
    const list = rows.get(key);
    if (list !== undefined) list.push(i);
    else rows.set(key, [i]);
  }
  const ordered = [...rows.values()].sort((a, b) =>
    a[0].sheet === b[0].sheet ? a[0].row - b[0].row : a[0].sheet < b[0].sheet ? -1 : 1
  );
  for (const list of ordered) {
    lines.push(ctx.t.report.rowHeading(list[0].sheet, list[0].row + 1, itemAt(list[0].row)));
    // Errors first within a row: they change the figures.
    const sorted = [
      ...list.filter((i) => i.severity === "error"),
      ...list.filter((i) => i.severity === "warning"),
    ];
    for (const i of sorted)
      lines.push(`  ${i.cell}  ${core.severityNames[i.severity]}: ${i.message}`);
  }
  return lines;
}

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
      // The item number of a row: the measure's, else what the row's № cell holds (core `rowLabeller`).
      const label = rowLabeller(
        analysis,
        book.sheets.find((g) => g.name === analysis.layout.sheet)
      );
      const itemAt = (row: number): string | null => label(row).item;
      const lines = [
        `${ctx.t.report.sheet(analysis.layout.sheet)} · ${ctx.t.report.asOf(formatDmy(asOf))}`,
        ...issuesByRow(ctx, analysis, itemAt),
      ];
      ctx.io.stdout(lines.join("\n") + "\n");
    }
    return hasErrors ? EXIT.issues : EXIT.ok;
  },
};
