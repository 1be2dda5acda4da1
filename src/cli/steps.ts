/**
 * The steps commands are made of: read a workbook, analyse it, write an output file, print. Each
 * failure becomes a `CliError` with one sentence in the user's language.
 */
import { mkdir } from "node:fs/promises";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import { analyseWorkbook, quoteSheetName } from "../core";
import type { Analysis, AnalysisOptions, Issue, SheetModel } from "../core";
import { isSameFile, writeFileAtomic } from "../xlsx/files";
import { patchPackageInSlices, readWorkbookFile } from "../xlsx/nodeReader";
import type { ReadBook } from "../xlsx/read";
import type { SheetToWrite } from "../xlsx/write/patchPackage";
import { CliError } from "./command";
import type { CommandContext } from "./command";

/** A path given on the command line, resolved against the working folder. */
export function resolvePath(ctx: CommandContext, path: string): string {
  return resolve(ctx.io.cwd, path);
}

/** A path as shown to the user: relative when inside the working folder. */
export function displayPath(ctx: CommandContext, path: string): string {
  const rel = relative(ctx.io.cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** A workbook read from a file: its grids, and its bytes (a copy is written from them). */
export interface LoadedWorkbook extends ReadBook {
  readonly bytes: Uint8Array;
}

/** Read and check a workbook file (fatal input → `unreadable-workbook`). */
export async function loadWorkbook(ctx: CommandContext, path: string): Promise<LoadedWorkbook> {
  ctx.progress.step(ctx.t.progress.reading(basename(path)));
  const read = await readWorkbookFile(path, ctx.lang);
  if (!read.ok) throw new CliError(read.fatal.code, read.fatal.message, read.fatal.column);
  return { ...read.book, bytes: read.bytes! };
}

/** Let queued events (Ctrl+C, `timeout`'s SIGTERM) run between long synchronous steps. */
export function eventLoopTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** Find Table 1 and analyse it (fatal `no-table` / `missing-column`). */
export function analyse(
  ctx: CommandContext,
  book: ReadBook,
  options: Omit<AnalysisOptions, "lang">,
  fileName: string
): Analysis {
  ctx.progress.step(ctx.t.progress.analysing);
  const result = analyseWorkbook(book.sheets, { ...options, lang: ctx.lang }, fileName);
  if (!result.ok) throw new CliError(result.fatal.code, result.fatal.message, result.fatal.column);
  return result.analysis;
}

/**
 * The user's workbook with generated sheets added (each replacing a sheet of its name) and opened on
 * the first, every other part kept (src/xlsx/write/patchPackage.ts), as bytes; a failure is
 * `copy-failed`. The input file itself is never written.
 */
export async function copyWithSheets(
  ctx: CommandContext,
  book: LoadedWorkbook,
  sheets: readonly (SheetModel | SheetToWrite)[]
): Promise<Uint8Array> {
  if (book.format === "ods") throw new CliError("copy-failed", ctx.t.odsCopy);
  const written = sheets.map((s): SheetToWrite => ("model" in s ? s : { model: s }));
  try {
    // In slices, so Ctrl+C ends even a long write at once.
    return await patchPackageInSlices(book.bytes, {
      sheets: written,
      activate: written[0]?.model.name,
    });
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0].slice(0, 160) : String(err);
    throw new CliError("copy-failed", ctx.t.copyFailed(detail));
  }
}

/** Refuse to write over the input file (after resolving links and relative paths). */
export function refuseInputAsOutput(ctx: CommandContext, input: string, output: string): void {
  if (isSameFile(input, output))
    throw new CliError("usage", ctx.t.usage.outIsInput(displayPath(ctx, output)));
}

function fsDetail(ctx: CommandContext, err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") return ctx.t.fsError[code] ?? code;
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}

/** Write an output file atomically, creating its folder when needed. */
export async function writeOutput(
  ctx: CommandContext,
  path: string,
  bytes: Uint8Array
): Promise<void> {
  ctx.progress.step(ctx.t.progress.writing(basename(path)));
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, bytes);
  } catch (err) {
    throw new CliError(
      "write-failed",
      ctx.t.writeFailed(displayPath(ctx, path), fsDetail(ctx, err))
    );
  }
  ctx.progress.done();
}

/** What every issue list shares (Table 1 issues, group issues). */
export type IssueLike<C extends string = string> = Pick<
  Issue,
  "severity" | "sheet" | "cell" | "message"
> & { readonly code: C };

/** An issue as the JSON contract shows it (SPEC: severity, code, sheet, cell, message). */
export function issueJson<C extends string>(
  i: IssueLike<C>
): { severity: Issue["severity"]; code: C; sheet: string; cell: string; message: string } {
  return { severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell, message: i.message };
}

export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout(JSON.stringify(value, null, 2) + "\n");
}

/** A cell reference as Excel writes it (`'1-таблица'!G12`), which the Name Box accepts to jump there. */
export function cellReference(sheet: string, cell: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)
    ? `${sheet}!${cell}`
    : `${quoteSheetName(sheet)}!${cell}`;
}

/** How many issues human output lists before "… and N more". */
export const ISSUES_SHOWN = 10;

/** Human lines for a list of issues: counts, then the first few with their cells. */
export function issueLines(
  ctx: CommandContext,
  issues: readonly IssueLike[],
  severityName: (s: Issue["severity"]) => string
): string[] {
  const errors = issues.filter((i) => i.severity === "error").length;
  const lines: string[] = [];
  if (issues.length === 0) {
    lines.push(ctx.t.report.noIssues);
    return lines;
  }
  lines.push(ctx.t.report.issues(errors, issues.length - errors));
  // Errors first: they change the figures.
  const ordered = [
    ...issues.filter((i) => i.severity === "error"),
    ...issues.filter((i) => i.severity === "warning"),
  ];
  for (const i of ordered.slice(0, ISSUES_SHOWN))
    lines.push(`  ${cellReference(i.sheet, i.cell)}  ${severityName(i.severity)}: ${i.message}`);
  if (ordered.length > ISSUES_SHOWN)
    lines.push(`  ${ctx.t.report.moreIssues(ordered.length - ISSUES_SHOWN)}`);
  return lines;
}
