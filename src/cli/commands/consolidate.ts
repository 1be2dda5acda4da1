/**
 * `atkaruu consolidate <dir|files…> [--as-of DATE] [--out FILE] [--json] [--expect bodies.txt|.xlsx]
 * [--plan PLAN.xlsx] [--lang ky|ru|en] [--plan-items N]`: one workbook per body → per-body and overall
 * figures (from summed counts), one row per plan item, and the problems a coordinator must chase,
 * written as a new workbook (summary, items, issues sheets; with `--plan` also the completeness per
 * plan item, the plan's bodies then being the expected ones). SPEC "Figures → Consolidation", "Plans
 * other than 444-р"; docs/consolidate.md.
 *
 * One bad file never stops the run. Exit codes: 0 — every file read and no expected body missing;
 * 1 — some files could not be read or expected bodies sent nothing (the workbook is still written);
 * 2 — usage error, nothing readable, or the output could not be written (nothing written).
 *
 * Files are read one at a time with the workbook reader (src/xlsx/read) and reduced at once to what
 * consolidation keeps, and the output is written row by row with ExcelJS's streaming writer, so memory
 * stays nearly flat as the number of files grows.
 */
import { promises as fsp } from "node:fs";
import { basename, extname, join } from "node:path";
import * as z from "zod";
import {
  Consolidator,
  LANGS,
  compareCatalog,
  consolidationEntry,
  coreCatalog,
  expectedBodiesFromSheets,
  expectedBodiesFromText,
  expectedListText,
  formatDmy,
  missingBodyName,
  planTexts,
  roundLevel,
} from "../../core";
import type {
  Consolidation,
  ConsolidationEntry,
  PeriodFigures,
  Plan,
  PlanBook,
  PlanCompleteness,
} from "../../core";
import { isSameFile } from "../../xlsx/files";
import { readWorkbookFile } from "../../xlsx/nodeReader";
import { buildConsolidationSheets } from "../../core";
import { checkOptions, isoDateArg, positiveIntArg, splitArgs, textArg } from "../args";
import { CliError, EXIT } from "../command";
import type { Command, CommandContext } from "../command";
import { consolidateTexts } from "../i18n/consolidate";
import { planCliTexts } from "../i18n/plan";
import { loadPlanBook } from "../plan";
import { displayPath, printJson, resolvePath, writeOutput } from "../steps";

const Options = z.object({
  "as-of": isoDateArg.optional(),
  out: textArg.optional(),
  expect: textArg.optional(),
  plan: textArg.optional(),
  "plan-items": positiveIntArg.optional(),
});

/** Extensions of workbooks picked up from a folder. */
const WORKBOOK_EXT = new Set([".xlsx", ".xlsm", ".ods"]);

/** Names of the consolidation sheets in every language: a workbook holding only these is an earlier consolidation. */
const CONSOLIDATION_SHEETS: ReadonlySet<string> = new Set(
  LANGS.flatMap((l) => {
    const c = coreCatalog(l).consolidation;
    return [
      c.summarySheet,
      c.itemsSheet,
      c.issuesSheet,
      planTexts(l).completenessSheet,
      compareCatalog(l).periodsSheet,
    ];
  })
);

/** `consolidation-<as-of>.xlsx` in the working folder. */
export function defaultConsolidationPath(cwd: string, asOf: string): string {
  return join(cwd, `consolidation-${asOf}.xlsx`);
}

interface InputFile {
  readonly path: string;
  /** The name shown in figures and sheets: the base name, or the path when two inputs share a base name. */
  readonly shown: string;
}

/**
 * The workbooks to consolidate: each folder's .xlsx/.xlsm/.ods files (not sub-folders; Excel's `~$` lock
 * files, hidden files, the output, the expected list and the plan workbook skipped), each file as given; every file
 * once, in name order per folder. An input file given explicitly that is the output is refused.
 */
async function inputFiles(
  ctx: CommandContext,
  args: readonly string[],
  output: string,
  lists: readonly string[]
): Promise<InputFile[]> {
  const t = consolidateTexts(ctx.lang);
  const paths: string[] = [];
  const emptyDirs: string[] = [];
  for (const arg of args) {
    const path = resolvePath(ctx, arg);
    let isDir = false;
    try {
      isDir = (await fsp.stat(path)).isDirectory();
    } catch {
      isDir = false; // a missing file: listed as unreadable later
    }
    if (!isDir) {
      // The output must never be one of the inputs (given explicitly, a link to one, …).
      if (isSameFile(path, output))
        throw new CliError("usage", ctx.t.usage.outIsInput(displayPath(ctx, output)));
      paths.push(path);
      continue;
    }
    const names = (await fsp.readdir(path, { withFileTypes: true }))
      .filter(
        (d) =>
          (d.isFile() || d.isSymbolicLink()) &&
          WORKBOOK_EXT.has(extname(d.name).toLowerCase()) &&
          !d.name.startsWith("~$") &&
          !d.name.startsWith(".")
      )
      .map((d) => join(path, d.name))
      .filter((p) => !isSameFile(p, output) && !lists.some((l) => isSameFile(p, l)))
      .sort();
    if (names.length === 0) emptyDirs.push(arg);
    paths.push(...names);
  }
  const unique: string[] = [];
  for (const p of paths) if (!unique.includes(p)) unique.push(p);
  if (unique.length === 0)
    throw new CliError("usage", emptyDirs.length > 0 ? t.noWorkbooksIn(emptyDirs[0]) : t.noInputs);
  const counts = new Map<string, number>();
  for (const p of unique) counts.set(basename(p), (counts.get(basename(p)) ?? 0) + 1);
  return unique.map((p) => ({
    path: p,
    shown: counts.get(basename(p))! > 1 ? displayPath(ctx, p) : basename(p),
  }));
}

/**
 * Read, check and analyse one workbook (its deadlines against `plan`, else the plan it stores, else
 * 444-р); drop it before the next is read.
 */
async function readEntry(
  ctx: CommandContext,
  file: InputFile,
  asOf: string,
  plan: Plan | undefined
): Promise<ConsolidationEntry | "skip"> {
  const read = await readWorkbookFile(file.path, ctx.lang, { keep: "table1" });
  const modified = read.modified ?? 0;
  if (!read.ok) {
    const fatal = {
      ...read.fatal,
      message: read.fatal.message.replace(basename(file.path), file.shown),
    };
    return { file: file.shown, modified, body: null, fatal };
  }
  // An earlier consolidation lying in the same folder is not a body's report.
  const names = read.book.sheetList.map((s) => s.name);
  if (names.length > 0 && names.every((n) => CONSOLIDATION_SHEETS.has(n))) return "skip";
  const { sheets, storedBody, snapshot, storedAsOf } = read.book;
  return consolidationEntry(
    { file: file.shown, modified, sheets, storedBody, snapshot, storedAsOf },
    { asOf, lang: ctx.lang, plan: plan ?? read.book.storedPlan }
  );
}

/** Expected bodies from a text file (one a line) or a workbook (first column of its first sheet). */
async function expectedBodies(ctx: CommandContext, path: string): Promise<string[]> {
  const t = consolidateTexts(ctx.lang);
  const shown = displayPath(ctx, path);
  let names: string[];
  if (WORKBOOK_EXT.has(extname(path).toLowerCase())) {
    const read = await readWorkbookFile(path, ctx.lang, { keep: "all" });
    if (!read.ok) throw new CliError("usage", t.expectUnreadable(shown, read.fatal.message));
    names = expectedBodiesFromSheets(read.book.sheets);
  } else {
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(path);
    } catch (err) {
      const code = (err as { code?: string }).code ?? "";
      // Reading: a missing path is a missing file (the write errors' ENOENT is a missing folder).
      throw new CliError(
        "usage",
        t.expectUnreadable(
          shown,
          code === "ENOENT" ? ctx.t.fileNotFound : (ctx.t.fsError[code] ?? code)
        )
      );
    }
    names = expectedBodiesFromText(expectedListText(bytes));
  }
  if (names.length === 0) throw new CliError("usage", t.expectEmpty(shown));
  return names;
}

/** The JSON contract (SPEC; docs/consolidate.md): execution levels rounded to one decimal, null when undefined. */
export function consolidationJson(c: Consolidation, output: string | null): unknown {
  return {
    asOf: c.asOf,
    bodies: c.bodies.map((b) => ({
      body: b.body,
      file: b.file,
      total: b.total,
      completed: b.completed,
      completedOnTime: b.completedOnTime,
      completedLate: b.completedLate,
      inProgress: b.inProgress,
      executionLevel: roundLevel(b.executionLevel),
      lead: b.lead,
      co: b.co,
      errors: b.errors,
      warnings: b.warnings,
    })),
    overall: {
      total: c.overall.total,
      completed: c.overall.completed,
      completedOnTime: c.overall.completedOnTime,
      completedLate: c.overall.completedLate,
      inProgress: c.overall.inProgress,
      executionLevel: roundLevel(c.overall.executionLevel),
    },
    missing: c.missing,
    unreadable: c.unreadable.map((u) => ({ file: u.file, code: u.code, message: u.message })),
    duplicates: c.duplicates,
    disagreements: c.items.filter((i) => i.disagree).map((i) => i.no),
    ...(c.plan !== undefined ? { plan: planJson(c.plan) } : {}),
    periods: periodsJson(c),
    output,
  };
}

/** `plan` of the JSON contract (`--plan`): each item's executors as the plan names them and their reports. */
function planJson(p: PlanCompleteness): unknown {
  return {
    title: p.title,
    years: p.years,
    items: p.planItems,
    leadNotReported: p.leadNotReported,
    bodiesMissing: p.bodiesMissing.map(missingBodyName),
    completeness: p.items.map((i) => ({
      no: i.no,
      leadMissing: i.leadMissing,
      executors: i.executors.map((e) => ({
        name: e.name,
        role: e.role,
        body: e.body,
        reported: e.status !== null,
        status: e.status,
      })),
    })),
  };
}

/** Item numbers shown in a summary line before `…`. */
const SHOWN_ITEMS = 10;

/** Levels per period (oldest first), null when the files span one period: each body's report and the overall from summed counts. */
function periodsJson(c: Consolidation): unknown {
  const p = c.periods;
  if (p === null) return null;
  const figures = (
    f: PeriodFigures
  ): { total: number; completed: number; executionLevel: number | null } => ({
    total: f.total,
    completed: f.completed,
    executionLevel: roundLevel(f.executionLevel),
  });
  return p.periods.map((asOf, i) => ({
    asOf,
    bodies: p.bodies.flatMap((b) => {
      const f = b.periods[i];
      return f === null ? [] : [{ body: b.body, file: f.file, ...figures(f) }];
    }),
    overall: figures(p.overall[i]),
  }));
}

/** The levels per period as a table: body, then one column per period (its as-of date). */
function periodLines(ctx: CommandContext, c: Consolidation): string[] {
  const p = c.periods;
  if (p === null) return [];
  const t = compareCatalog(ctx.lang);
  const level = (f: PeriodFigures | null): string =>
    f === null || f.executionLevel === null
      ? t.noReport
      : ctx.t.decimal(roundLevel(f.executionLevel)!);
  const head = [t.periodsBodyHeader, ...p.periods.map(formatDmy)];
  const rows = [
    ...p.bodies.map((b) => [b.body, ...b.periods.map(level)]),
    [t.periodsOverall, ...p.overall.map(level)],
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: readonly string[]): string =>
    "  " + r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
  return [t.periodsTitle, fmt(head), ...rows.map(fmt), ""];
}

function humanReport(
  ctx: CommandContext,
  c: Consolidation,
  files: number,
  output: string,
  sheets: readonly string[]
): string {
  const t = consolidateTexts(ctx.lang);
  const level = (v: number | null): string => (v === null ? "—" : ctx.t.decimal(roundLevel(v)!));
  const lines = [
    `${ctx.t.report.written(displayPath(ctx, output))}  (${sheets.join(", ")})`,
    ctx.t.report.asOf(formatDmy(c.asOf)),
    t.bodies(c.bodies.length, files),
  ];
  const o = c.overall;
  if (c.plan !== undefined)
    lines.push(planCliTexts(ctx.lang).planLine(c.plan.title, c.plan.years, c.plan.planItems));
  lines.push(
    o.executionLevel === null
      ? t.overallUndefined(o.total)
      : t.overall(o.total, o.completed, level(o.executionLevel))
  );
  if (c.bodies.length > 0) {
    const rows = c.bodies.map((b) => [
      b.body,
      level(b.executionLevel),
      `${b.completed} / ${b.total}`,
      String(b.errors),
    ]);
    const head = [...t.tableHeader];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (r: readonly string[]): string =>
      "  " + r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
    lines.push("", fmt(head), ...rows.map(fmt), "");
  }
  lines.push(...periodLines(ctx, c));
  if (c.missing.length > 0) lines.push(t.missing(c.missing.join(", ")));
  if (c.unreadable.length > 0) {
    lines.push(t.unreadable(c.unreadable.length));
    for (const u of c.unreadable) lines.push(`  ${u.message}`);
  }
  for (const d of c.duplicates) lines.push(t.duplicate(d.body, d.used, d.ignored));
  if (c.plan !== undefined && c.plan.leadNotReported.length > 0) {
    const shown =
      c.plan.leadNotReported.slice(0, SHOWN_ITEMS).join(", ") +
      (c.plan.leadNotReported.length > SHOWN_ITEMS ? ", …" : "");
    lines.push(planTexts(ctx.lang).leadNotReportedLine(c.plan.leadNotReported.length, shown));
  }
  const disagreements = c.items.filter((i) => i.disagree).length;
  if (disagreements > 0) lines.push(t.disagreements(disagreements));
  if (c.missing.length + c.unreadable.length + c.duplicates.length + o.errors + o.warnings > 0)
    lines.push(t.issuesHint(sheets[2] ?? ""));
  return lines.join("\n") + "\n";
}

export const consolidateCommand: Command = {
  name: "consolidate",
  synopsis:
    "consolidate <folder|files…> [--as-of YYYY-MM-DD] [--out FILE] [--expect bodies.txt] [--plan PLAN.xlsx] [--lang ky|ru|en] [--plan-items N] [--json]",
  helpOptions: ["asOf", "out", "expect", "planCompleteness", "lang", "planItems", "json"],
  options: {
    "as-of": { type: "string" },
    out: { type: "string", short: "o" },
    expect: { type: "string" },
    plan: { type: "string" },
    "plan-items": { type: "string" },
  },

  async run(args, ctx) {
    const { values, positionals } = splitArgs(consolidateCommand, args, ctx.t);
    const opts = checkOptions(Options, values, ctx.t);
    const t = consolidateTexts(ctx.lang);
    if (positionals.length === 0) throw new CliError("usage", t.noInputs);
    const asOf = opts["as-of"] ?? ctx.io.today();
    const output = resolvePath(ctx, opts.out ?? defaultConsolidationPath(ctx.io.cwd, asOf));
    const expectPath = opts.expect !== undefined ? resolvePath(ctx, opts.expect) : undefined;
    const expected = expectPath !== undefined ? await expectedBodies(ctx, expectPath) : undefined;

    const planPath = opts.plan !== undefined ? resolvePath(ctx, opts.plan) : undefined;
    const planBook: PlanBook | undefined =
      opts.plan !== undefined ? await loadPlanBook(ctx, opts.plan) : undefined;

    const files = await inputFiles(
      ctx,
      positionals,
      output,
      [expectPath, planPath].filter((p): p is string => p !== undefined)
    );

    const consolidator = new Consolidator({
      asOf,
      lang: ctx.lang,
      planItems: opts["plan-items"],
      expected,
      plan: planBook,
    });
    let read = 0;
    let failed = 0;
    let firstFailure = "";
    let firstFatal: { code: string; message: string; column?: string } | null = null;
    for (let i = 0; i < files.length; i++) {
      ctx.progress.step(t.reading(i + 1, files.length, files[i].shown));
      const entry = await readEntry(ctx, files[i], asOf, planBook?.plan);
      if (entry === "skip") continue;
      read++;
      if (entry.fatal !== undefined) {
        failed++;
        if (firstFatal === null) {
          firstFatal = entry.fatal;
          firstFailure = entry.fatal.message;
        }
      }
      consolidator.add(entry);
    }
    if (read === 0) throw new CliError("usage", t.noWorkbooksIn(positionals[0]));
    if (failed === read) {
      // Nothing readable: a single file keeps its own fatal error (code, column); several get one sentence.
      if (read === 1 && firstFatal !== null)
        throw new CliError(firstFatal.code, firstFatal.message, firstFatal.column);
      throw new CliError("unreadable-workbook", t.nothingReadable(read, firstFailure));
    }

    const result = consolidator.result();
    ctx.progress.step(ctx.t.progress.writing(basename(output)));
    const models = buildConsolidationSheets(result);
    let bytes: Uint8Array;
    try {
      // ExcelJS is loaded only when a new workbook is written (annex2 and validate start faster).
      const { modelsToXlsx } = await import("../../xlsx/streamWriter");
      bytes = await modelsToXlsx(models);
    } catch (err) {
      const detail = err instanceof Error ? err.message.split("\n")[0].slice(0, 160) : String(err);
      throw new CliError("write-failed", ctx.t.writeFailed(displayPath(ctx, output), detail));
    }
    await writeOutput(ctx, output, bytes);
    ctx.progress.done();

    if (ctx.json) printJson(ctx, consolidationJson(result, output));
    else
      ctx.io.stdout(
        humanReport(
          ctx,
          result,
          read,
          output,
          models.map((m) => m.name)
        )
      );
    return result.unreadable.length > 0 || result.missing.length > 0 ? EXIT.issues : EXIT.ok;
  },
};
