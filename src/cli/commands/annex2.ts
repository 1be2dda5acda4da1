/**
 * `atkaruu annex2 <in.xlsx> [--body NAME] [--as-of YYYY-MM-DD] [--lang ky|ru|en] [--out FILE] [--json]`
 * (and `--period-from`, `--period-to`, `--person`, `--contacts`, `--sheet`, `--plan-items`):
 * writes a copy of the workbook with the Annex 2 sheet after Table 1 (replacing an earlier Annex 2
 * in any language), the reporting body stored as the defined name `ATKARUU_BODY` and the snapshot of
 * the report in the very hidden sheet `ATKARUU_SNAPSHOT` (replaced too). The input file
 * is never written. SPEC "Machine-readable contract of the command line".
 */
import { basename, dirname, extname, join } from "node:path";
import * as z from "zod";
import {
  ANNEX2_SHEET_NAMES,
  buildAnnex2,
  buildSnapshotSheet,
  coreCatalog,
  formatDmy,
  roundLevel,
} from "../../core";
import type { Analysis, RoleFigures, Summary } from "../../core";
import { checkOptions, isoDateArg, positiveIntArg, singleInput, splitArgs, textArg } from "../args";
import { CliError, EXIT } from "../command";
import type { Command, CommandContext } from "../command";
import { chosenPlan } from "../plan";
import {
  analyse,
  copyWithSheets,
  displayPath,
  eventLoopTurn,
  issueJson,
  issueLines,
  loadWorkbook,
  printJson,
  refuseInputAsOutput,
  resolvePath,
  writeOutput,
} from "../steps";

const Options = z.object({
  body: textArg.optional(),
  "as-of": isoDateArg.optional(),
  out: textArg.optional(),
  "period-from": isoDateArg.optional(),
  "period-to": isoDateArg.optional(),
  person: z.string().optional(),
  contacts: z.string().optional(),
  sheet: textArg.optional(),
  plan: textArg.optional(),
  "plan-items": positiveIntArg.optional(),
});

/** `<input-dir>/<input-name>-annex2.xlsx` (`.xlsm` for a macro workbook: its copy keeps the macros, and Excel opens a macro package only under that extension). */
export function defaultAnnex2Path(input: string): string {
  const name = basename(input, extname(input));
  return join(
    dirname(input),
    `${name}-annex2${extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`
  );
}

function roleJson(f: RoleFigures): RoleFigures {
  return { total: f.total, byYear: f.byYear, fixed: f.fixed, ongoing: f.ongoing, staged: f.staged };
}

/** The `summary` object of the JSON contract (execution level rounded to one decimal). */
export function summaryJson(s: Summary): Summary {
  return {
    total: s.total,
    completed: s.completed,
    completedOnTime: s.completedOnTime,
    completedLate: s.completedLate,
    inProgress: s.inProgress,
    executionLevel: roundLevel(s.executionLevel),
    lead: roleJson(s.lead),
    co: roleJson(s.co),
  };
}

/** The headline figures in a few readable lines. */
export function summaryLines(
  ctx: CommandContext,
  analysis: Analysis,
  body: string | null
): string[] {
  const r = ctx.t.report;
  const s = analysis.summary;
  const level = roundLevel(s.executionLevel);
  return [
    `${body !== null ? r.body(body) : r.noBody} · ${r.asOf(formatDmy(analysis.asOf))}`,
    r.measures(s.total, s.lead.total, s.co.total),
    r.completed(s.completed, s.completedOnTime, s.completedLate),
    r.inProgress(s.inProgress),
    level === null ? r.levelUndefined : r.level(ctx.t.decimal(level)),
  ];
}

export const annex2Command: Command = {
  name: "annex2",
  synopsis:
    "annex2 <in.xlsx> [--body NAME] [--as-of YYYY-MM-DD] [--lang ky|ru|en] [--out FILE] [--json]",
  helpOptions: [
    "body",
    "asOf",
    "lang",
    "out",
    "json",
    "periodFrom",
    "periodTo",
    "person",
    "contacts",
    "sheet",
    "planItems",
    "plan",
  ],
  options: {
    body: { type: "string" },
    "as-of": { type: "string" },
    out: { type: "string", short: "o" },
    "period-from": { type: "string" },
    "period-to": { type: "string" },
    person: { type: "string" },
    contacts: { type: "string" },
    sheet: { type: "string" },
    plan: { type: "string" },
    "plan-items": { type: "string" },
  },

  async run(args, ctx) {
    const { values, positionals } = splitArgs(annex2Command, args, ctx.t);
    const opts = checkOptions(Options, values, ctx.t);
    const input = resolvePath(ctx, singleInput(annex2Command, positionals, ctx));
    const output = resolvePath(ctx, opts.out ?? defaultAnnex2Path(input));
    refuseInputAsOutput(ctx, input, output);
    const asOf = opts["as-of"] ?? ctx.io.today();
    const periodFrom = opts["period-from"] ?? null;
    const periodTo = opts["period-to"] ?? null;
    if (periodFrom !== null && periodTo !== null && periodFrom > periodTo) {
      throw new CliError(
        "usage",
        ctx.t.usage.periodOrder(formatDmy(periodFrom), formatDmy(periodTo))
      );
    }

    const book = await loadWorkbook(ctx, input);
    const body = opts.body ?? book.storedBody ?? null;
    // SPEC "Plans other than 444-р": `--plan`, else the plan stored in the workbook, else 444-р.
    const plan = await chosenPlan(ctx, opts.plan, book.storedPlan);
    const analysis = analyse(
      ctx,
      book,
      { body: body ?? undefined, asOf, sheet: opts.sheet, plan },
      basename(input)
    );

    await eventLoopTurn();
    ctx.progress.step(ctx.t.progress.building);
    const model = buildAnnex2(analysis, {
      body,
      periodFrom,
      periodTo,
      asOf,
      person: opts.person?.trim() ?? "",
      contacts: opts.contacts?.trim() ?? "",
      planItems: opts["plan-items"] ?? plan.items,
      lang: ctx.lang,
      plan,
    });
    await eventLoopTurn();
    // The user's own package with Annex 2 added or replaced, every other part kept (SPEC Rule), and
    // the snapshot of what it reports in a very hidden sheet, for a later `compare` (docs/compare.md).
    const snapshot = buildSnapshotSheet(analysis, asOf, body);
    const bytes = await copyWithSheets(ctx, book, [
      { model, replaces: ANNEX2_SHEET_NAMES, after: analysis.layout.sheet },
      { model: snapshot, state: "veryHidden" },
    ]);
    await writeOutput(ctx, output, bytes);

    if (ctx.json) {
      printJson(ctx, {
        body,
        asOf,
        sheet: model.name,
        summary: summaryJson(analysis.summary),
        issues: analysis.issues.map(issueJson),
        output,
      });
    } else {
      const core = coreCatalog(ctx.lang);
      const lines = [
        ctx.t.report.written(displayPath(ctx, output)) + `  (${ctx.t.report.sheet(model.name)})`,
        ...summaryLines(ctx, analysis, body),
        ...issueLines(ctx, analysis.issues, (s) => core.severityNames[s]),
      ];
      if (analysis.issues.some((i) => i.severity === "error")) lines.push(ctx.t.report.fixHint);
      ctx.io.stdout(lines.join("\n") + "\n");
    }
    return EXIT.ok;
  },
};
