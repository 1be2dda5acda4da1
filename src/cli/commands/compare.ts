/**
 * `atkaruu compare PREVIOUS.xlsx CURRENT.xlsx [--body NAME] [--as-of DATE] [--previous-as-of DATE]
 * [--lang] [--out FILE] [--json]` (SPEC "Comparing two reporting periods"): what changed between two
 * reports of one body. PREVIOUS is read from its snapshot when it has one, else from its Table 1 as of
 * its own date; CURRENT from its Table 1 (core `previousSide` / `currentSide`). `--out` writes the
 * changes sheet into a copy of CURRENT (every other part kept). Exit code 1 when a completed measure
 * became uncompleted (`reopened`, an error), else 0. docs/compare.md.
 */
import { basename } from "node:path";
import * as z from "zod";
import {
  buildChangesSheet,
  changeLine,
  changesByKind,
  compareCatalog,
  compareReports,
  currentSide,
  formatDmy,
  levelChangeText,
  levelText,
  previousSide,
} from "../../core";
import type { Comparison, Side, SideOptions } from "../../core";
import { checkOptions, isoDateArg, splitArgs, textArg } from "../args";
import { CliError, EXIT } from "../command";
import type { Command, CommandContext } from "../command";
import {
  copyWithSheets,
  displayPath,
  loadWorkbook,
  printJson,
  refuseInputAsOutput,
  resolvePath,
  writeOutput,
} from "../steps";
import type { LoadedWorkbook } from "../steps";
import { summaryJson } from "./annex2";

const Options = z.object({
  body: textArg.optional(),
  "as-of": isoDateArg.optional(),
  "previous-as-of": isoDateArg.optional(),
  out: textArg.optional(),
  sheet: textArg.optional(),
});

/** How many changes of one kind the human summary lists before "… and N more". */
const SHOWN_PER_KIND = 20;

/** The JSON contract (SPEC): `{ previous, current, levelChange, changes: [{ item, kind, from, to, cell }] }`. */
export function comparisonJson(c: Comparison): unknown {
  return {
    previous: { asOf: c.previous.asOf, summary: summaryJson(c.previous.summary) },
    current: { asOf: c.current.asOf, summary: summaryJson(c.current.summary) },
    levelChange: c.levelChange,
    changes: c.changes.map((ch) => ({
      item: ch.item,
      kind: ch.kind,
      from: ch.from,
      to: ch.to,
      cell: ch.cell,
    })),
  };
}

function sideOrFail(side: Side): Extract<Side, { ok: true }> {
  if (!side.ok) throw new CliError(side.fatal.code, side.fatal.message, side.fatal.column);
  return side;
}

function summaryText(
  ctx: CommandContext,
  c: Comparison,
  notes: readonly string[],
  body: string | null
): string {
  const t = compareCatalog(ctx.lang);
  const lines = [t.title(formatDmy(c.previous.asOf), formatDmy(c.current.asOf))];
  if (body !== null) lines.push(t.body(body));
  lines.push(...notes);
  lines.push(
    `${t.previousLabel}: ${t.report(formatDmy(c.previous.asOf), c.previous.summary.total, c.previous.summary.completed)}`
  );
  lines.push(
    `${t.currentLabel}: ${t.report(formatDmy(c.current.asOf), c.current.summary.total, c.current.summary.completed)}`
  );
  lines.push(
    t.levels(
      levelText(c.previous.summary.executionLevel, ctx.lang),
      levelText(c.current.summary.executionLevel, ctx.lang),
      levelChangeText(c.levelChange, ctx.lang)
    )
  );
  const groups = changesByKind(c.changes);
  if (groups.length === 0) lines.push(t.noChanges);
  for (const g of groups) {
    lines.push("", `${t.kindNames[g.kind]} — ${g.changes.length}`);
    const hint = t.kindHints[g.kind];
    if (hint !== undefined) lines.push(`  ${hint}`);
    for (const ch of g.changes.slice(0, SHOWN_PER_KIND))
      lines.push(
        `  ${changeLine(ch, ctx.lang)}${ch.cell !== null && c.sheet !== null ? `  (${c.sheet}!${ch.cell})` : ""}`
      );
    if (g.changes.length > SHOWN_PER_KIND)
      lines.push(`  ${ctx.t.report.moreIssues(g.changes.length - SHOWN_PER_KIND)}`);
  }
  return lines.join("\n") + "\n";
}

export const compareCommand: Command = {
  name: "compare",
  synopsis:
    "compare PREVIOUS.xlsx CURRENT.xlsx [--body NAME] [--as-of YYYY-MM-DD] [--previous-as-of YYYY-MM-DD] [--lang ky|ru|en] [--out FILE] [--json]",
  helpOptions: ["body", "asOf", "previousAsOf", "lang", "out", "json", "sheet"],
  options: {
    body: { type: "string" },
    "as-of": { type: "string" },
    "previous-as-of": { type: "string" },
    out: { type: "string", short: "o" },
    sheet: { type: "string" },
  },

  async run(args, ctx) {
    const { values, positionals } = splitArgs(compareCommand, args, ctx.t);
    const opts = checkOptions(Options, values, ctx.t);
    if (positionals.length < 2)
      throw new CliError("usage", ctx.t.usage.missingInput(compareCommand.name));
    if (positionals.length > 2)
      throw new CliError("usage", ctx.t.usage.extraArgument(positionals[2]));
    const previousPath = resolvePath(ctx, positionals[0]);
    const currentPath = resolvePath(ctx, positionals[1]);
    const output = opts.out === undefined ? null : resolvePath(ctx, opts.out);
    if (output !== null) {
      refuseInputAsOutput(ctx, previousPath, output);
      refuseInputAsOutput(ctx, currentPath, output);
    }

    const previousBook = await loadWorkbook(ctx, previousPath);
    const currentBook: LoadedWorkbook =
      previousPath === currentPath ? previousBook : await loadWorkbook(ctx, currentPath);
    ctx.progress.step(ctx.t.progress.analysing);
    const common: Omit<SideOptions, "givenAsOf" | "fileName"> = {
      body: opts.body,
      today: ctx.io.today(),
      lang: ctx.lang,
      sheet: opts.sheet,
    };
    const previous = sideOrFail(
      previousSide(previousBook, {
        ...common,
        givenAsOf: opts["previous-as-of"] ?? null,
        fileName: basename(previousPath),
      })
    );
    const current = sideOrFail(
      currentSide(currentBook, {
        ...common,
        givenAsOf: opts["as-of"] ?? null,
        fileName: basename(currentPath),
      })
    );
    const comparison = compareReports(previous.state, current.state);
    const body = current.body ?? previous.body;

    if (output !== null) {
      ctx.progress.step(ctx.t.progress.building);
      const sheet = buildChangesSheet(comparison, { lang: ctx.lang, body });
      await writeOutput(ctx, output, await copyWithSheets(ctx, currentBook, [sheet]));
    }

    if (ctx.json) printJson(ctx, comparisonJson(comparison));
    else {
      const t = compareCatalog(ctx.lang);
      const notes = [
        previous.from === "snapshot"
          ? t.snapshotUsed(basename(previousPath), formatDmy(previous.state.asOf))
          : t.noSnapshot(basename(previousPath), formatDmy(previous.state.asOf)),
      ];
      let text = summaryText(ctx, comparison, notes, body);
      if (output !== null) text = `${ctx.t.report.written(displayPath(ctx, output))}\n${text}`;
      ctx.io.stdout(text);
    }
    return comparison.changes.some((c) => c.severity === "error") ? EXIT.issues : EXIT.ok;
  },
};
