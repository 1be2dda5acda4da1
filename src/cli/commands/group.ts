/**
 * `atkaruu group check|act|report|composition <group.xlsx>` (SPEC "Local joint monitoring and
 * evaluation groups"): check the group workbook; write a copy with the printable act of one register
 * row, the summary report of a half-year or year (with a local plan's execution level when its
 * Table 1 is given), or the composition summary. Thin: the rules and sheets are core's
 * (`src/core/group`); the input is never written.
 */
import { basename, dirname, extname, join } from "node:path";
import * as z from "zod";
import {
  buildActSheet,
  buildComposition,
  buildGroupReport,
  checkGroup,
  coreCatalog,
  findAct,
  formatDmy,
  groupCatalog,
  parseReportPeriod,
  roundLevel,
  summariseGroupPeriod,
} from "../../core";
import type { GroupCheck, Summary } from "../../core";
import { checkOptions, isoDateArg, splitArgs, textArg } from "../args";
import { CliError, EXIT } from "../command";
import type { Command, CommandContext } from "../command";
import { groupCliTexts } from "../i18n/group";
import {
  analyse,
  copyWithSheets,
  displayPath,
  issueJson,
  issueLines,
  loadWorkbook,
  printJson,
  refuseInputAsOutput,
  resolvePath,
  writeOutput,
} from "../steps";
import type { LoadedWorkbook } from "../steps";

const SUBCOMMANDS = ["check", "act", "report", "composition"] as const;
type Sub = (typeof SUBCOMMANDS)[number];

const Options = z.object({
  "as-of": isoDateArg.optional(),
  created: isoDateArg.optional(),
  act: textArg.optional(),
  period: textArg.optional(),
  table1: textArg.optional(),
  out: textArg.optional(),
});
type Opts = z.output<typeof Options>;

/** `<input-dir>/<input-name>-<what>.xlsx`. */
function besideInput(input: string, what: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-${what}.xlsx`);
}

async function loadChecked(
  ctx: CommandContext,
  input: string,
  opts: Opts
): Promise<{ book: LoadedWorkbook; check: GroupCheck }> {
  const book = await loadWorkbook(ctx, input);
  ctx.progress.step(ctx.t.progress.analysing);
  const result = checkGroup(
    book.sheets,
    {
      asOf: opts["as-of"] ?? ctx.io.today(),
      lang: ctx.lang,
      created: opts.created,
      createdAlternative: groupCliTexts(ctx.lang).createdAlternative,
    },
    basename(input)
  );
  if (!result.ok) throw new CliError(result.fatal.code, result.fatal.message);
  return { book, check: result.check };
}

function summaryLines(ctx: CommandContext, check: GroupCheck): string[] {
  const g = groupCatalog(ctx.lang).summary;
  const k = check.counts;
  return [
    check.created !== null && check.termEnd !== null
      ? g.created(formatDmy(check.created), formatDmy(check.termEnd))
      : g.createdUnknown,
    g.members(k.total, k.municipal, k.deputies, k.citizens, k.women, k.men),
    g.meetings(check.meetingCounts.held, check.meetingCounts.withQuorum),
    g.acts(
      check.actCounts.total,
      check.actCounts.responsesOnTime,
      check.actCounts.responsesLate,
      check.actCounts.responsesMissing
    ),
  ];
}

function issuesText(ctx: CommandContext, check: GroupCheck): string[] {
  const core = coreCatalog(ctx.lang);
  return issueLines(ctx, check.issues, (s) => core.severityNames[s]);
}

/** Write the copy with one generated sheet and report it. */
async function writeCopy(
  ctx: CommandContext,
  input: string,
  output: string,
  book: LoadedWorkbook,
  model: Parameters<typeof copyWithSheets>[2][number]
): Promise<void> {
  refuseInputAsOutput(ctx, input, output);
  ctx.progress.step(ctx.t.progress.building);
  const bytes = await copyWithSheets(ctx, book, [model]);
  await writeOutput(ctx, output, bytes);
}

const RUN: Readonly<
  Record<Sub, (ctx: CommandContext, input: string, opts: Opts) => Promise<number>>
> = {
  async check(ctx, input, opts) {
    const { check } = await loadChecked(ctx, input, opts);
    ctx.progress.done();
    if (ctx.json) {
      printJson(ctx, {
        members: check.counts,
        meetings: check.meetingCounts,
        acts: check.actCounts,
        issues: check.issues.map(issueJson),
      });
    } else
      ctx.io.stdout([...summaryLines(ctx, check), ...issuesText(ctx, check)].join("\n") + "\n");
    return check.issues.some((i) => i.severity === "error") ? EXIT.issues : EXIT.ok;
  },

  async act(ctx, input, opts) {
    const g = groupCliTexts(ctx.lang);
    if (opts.act === undefined) throw new CliError("usage", g.missingAct);
    const { book, check } = await loadChecked(ctx, input, opts);
    const act = findAct(check, opts.act);
    if (act === null)
      throw new CliError(
        "usage",
        g.actNotFound(
          opts.act,
          check.acts
            .map((a) => a.no)
            .filter((n) => n !== "")
            .join(", ")
        )
      );
    const model = buildActSheet(check, act, ctx.lang);
    const output = resolvePath(ctx, opts.out ?? besideInput(input, `act-${act.no}`));
    await writeCopy(ctx, input, output, book, model);
    const issues = check.issues.filter(
      (i) => i.sheet === check.layouts.acts?.sheet && i.row === act.row
    );
    if (ctx.json)
      printJson(ctx, {
        act: act.no,
        sheet: model.name,
        responseDue: act.responseDue,
        councilDue: act.councilDue,
        issues: issues.map(issueJson),
        output,
      });
    else {
      const core = coreCatalog(ctx.lang);
      ctx.io.stdout(
        [
          ctx.t.report.written(displayPath(ctx, output)) + `  (${ctx.t.report.sheet(model.name)})`,
          ...issueLines(ctx, issues, (s) => core.severityNames[s]),
        ].join("\n") + "\n"
      );
    }
    return EXIT.ok;
  },

  async report(ctx, input, opts) {
    const g = groupCliTexts(ctx.lang);
    const period = opts.period === undefined ? null : parseReportPeriod(opts.period);
    if (period === null) throw new CliError("usage", g.badPeriod(opts.period ?? ""));
    const { book, check } = await loadChecked(ctx, input, opts);
    let plan: Summary | null = null;
    if (opts.table1 !== undefined) {
      const planFile = resolvePath(ctx, opts.table1);
      const planBook = await loadWorkbook(ctx, planFile);
      // The plan's level at the end of the reported period.
      plan = analyse(ctx, planBook, { asOf: period.to }, basename(planFile)).summary;
    }
    const figures = summariseGroupPeriod(check, period);
    const model = buildGroupReport(check, figures, ctx.lang, plan);
    const output = resolvePath(ctx, opts.out ?? besideInput(input, `report-${period.code}`));
    await writeCopy(ctx, input, output, book, model);
    const level = plan === null ? null : roundLevel(plan.executionLevel);
    if (ctx.json) {
      const r = figures.responses;
      const c = figures.council;
      printJson(ctx, {
        period: period.code,
        from: period.from,
        to: period.to,
        meetings: figures.meetings,
        acts: {
          total: figures.acts.length,
          objects: figures.objects,
          withRecommendations: figures.withRecommendations,
          withMeasures: figures.withMeasures,
          responsesOnTime: r.on_time,
          responsesLate: r.late,
          responsesMissing: r.missing,
          responsesPending: r.pending,
        },
        council: { onTime: c.on_time, late: c.late, missing: c.missing, pending: c.pending },
        plan:
          plan === null
            ? null
            : { total: plan.total, completed: plan.completed, executionLevel: level },
        sheet: model.name,
        output,
      });
    } else {
      const s = groupCatalog(ctx.lang).summary;
      const lines = [
        ctx.t.report.written(displayPath(ctx, output)) + `  (${ctx.t.report.sheet(model.name)})`,
        s.meetings(figures.meetings.held, figures.meetings.withQuorum),
        s.acts(
          figures.acts.length,
          figures.responses.on_time,
          figures.responses.late,
          figures.responses.missing
        ),
      ];
      if (level !== null) lines.push(s.planLevel(`${ctx.t.decimal(level)}%`));
      ctx.io.stdout(lines.join("\n") + "\n");
    }
    return EXIT.ok;
  },

  async composition(ctx, input, opts) {
    const { book, check } = await loadChecked(ctx, input, opts);
    const model = buildComposition(check, ctx.lang);
    const output = resolvePath(ctx, opts.out ?? besideInput(input, "composition"));
    await writeCopy(ctx, input, output, book, model);
    const issues = check.issues.filter((i) => i.sheet === check.membersSheet);
    if (ctx.json)
      printJson(ctx, {
        members: check.counts,
        sheet: model.name,
        issues: issues.map(issueJson),
        output,
      });
    else
      ctx.io.stdout(
        [
          ctx.t.report.written(displayPath(ctx, output)) + `  (${ctx.t.report.sheet(model.name)})`,
          ...summaryLines(ctx, check).slice(0, 2),
        ].join("\n") + "\n"
      );
    return EXIT.ok;
  },
};

export const groupCommand: Command = {
  name: "group",
  synopsis:
    "group check|act|report|composition <group.xlsx> [--as-of YYYY-MM-DD] [--created YYYY-MM-DD] [--act N] [--period 2025-H1|2025-H2|2025] [--table1 FILE] [--out FILE] [--lang ky|ru|en] [--json]",
  helpOptions: ["asOf", "created", "act", "period", "table1", "out", "lang", "json"],
  options: {
    "as-of": { type: "string" },
    created: { type: "string" },
    act: { type: "string" },
    period: { type: "string" },
    table1: { type: "string" },
    out: { type: "string", short: "o" },
  },

  async run(args, ctx) {
    const { values, positionals } = splitArgs(groupCommand, args, ctx.t);
    const g = groupCliTexts(ctx.lang);
    const list = SUBCOMMANDS.join("|");
    const [sub, file, extra] = positionals;
    if (sub === undefined) throw new CliError("usage", g.missingSubcommand(list));
    if (!(SUBCOMMANDS as readonly string[]).includes(sub))
      throw new CliError("usage", g.unknownSubcommand(sub, SUBCOMMANDS.join(", ")));
    if (file === undefined) throw new CliError("usage", ctx.t.usage.missingInput(`group ${sub}`));
    if (extra !== undefined) throw new CliError("usage", ctx.t.usage.extraArgument(extra));
    const opts = checkOptions(Options, values, ctx.t);
    return RUN[sub as Sub](ctx, resolvePath(ctx, file), opts);
  },
};
