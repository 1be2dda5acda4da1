/**
 * Browser entry of the lean workbook reader (`stream.ts`), for consolidation in the task pane and on
 * the standalone page. It is bundled alone as `dist/consolidate-reader.js` (an IIFE that defines the
 * global `AtkaruuConsolidateReader`) and loaded with a `<script>` element only when a coordinator
 * picks files, so the pane's initial bundle never carries it (docs/taskpane.md, "Consolidation").
 *
 * `stream.ts` is written for Node: it inflates ZIP parts with `inflate.ts` (Node's zlib), reads files
 * and also holds the streaming writer (ExcelJS). Reading needs none of the writer, and the build
 * (`scripts/targets/taskpane.mjs`) swaps in `inflate.browser.ts` (fflate, the same contract) and gives
 * the rest browser stand-ins: ExcelJS's main module and `node:fs`/`path`/`stream`/`crypto` → stubs
 * that throw if ever called (the reading path never calls them). The same code therefore reads a
 * workbook in the browser as `atkaruu consolidate` does in Node; `test/taskpane/reader.test.ts` runs
 * the built bundle without Node's globals and compares, `test/xlsx/zip.test.ts` the two inflaters.
 */
import type { FatalError, Lang, SheetGrid, UnreadableReason } from "../core";
import { DEFAULT_MAX_FILE_BYTES } from "./sniff";
import { readWorkbookLean } from "./stream";
import { unreadable } from "./workbook";

/** Files larger than this are not read (the same limit as the command line's default). */
export const MAX_FILE_BYTES = DEFAULT_MAX_FILE_BYTES;

/** Bumped when the shape of {@link readWorkbookBytes}'s result changes (the pane checks it). */
export const READER_VERSION = 1;

export type BrowserReadResult =
  | { readonly ok: true; readonly sheets: SheetGrid[]; readonly storedBody: string | null }
  | { readonly ok: false; readonly fatal: FatalError };

/**
 * A workbook's bytes → the sheets that may hold Table 1 and the body stored in it by the tool, or
 * the one-sentence reason it cannot be used. Never throws.
 */
export function readWorkbookBytes(bytes: Uint8Array, options: { readonly lang: Lang; readonly fileName: string; readonly maxBytes?: number }): BrowserReadResult {
  const read = readWorkbookLean(bytes, { lang: options.lang, fileName: options.fileName, maxBytes: options.maxBytes });
  if (!read.ok) return { ok: false, fatal: read.fatal };
  return { ok: true, sheets: read.book.sheets, storedBody: read.book.storedBody };
}

/**
 * The one-sentence reason for a file the page could not even read (too large to load, gone since it
 * was picked), worded as for the command line.
 */
export function unreadableFile(reason: UnreadableReason, options: { readonly lang: Lang; readonly fileName: string; readonly size?: number }): FatalError {
  const size = reason === "too-large" && options.size !== undefined ? { actual: options.size, limit: MAX_FILE_BYTES } : undefined;
  return unreadable(reason, options.lang, options.fileName, size);
}
