/**
 * Browser entry of the workbook reader (src/xlsx/read), for consolidation in the task pane and on
 * the standalone page. It is bundled alone as `dist/consolidate-reader.js` (an IIFE that defines the
 * global `AtkaruuConsolidateReader`) and loaded with a `<script>` element only when a coordinator
 * picks files, so the pane's initial bundle never carries it (docs/taskpane.md, "Consolidation").
 *
 * The reader is pure, so this is a plain esbuild entry: ZIP parts are inflated with fflate
 * (`inflate.browser.ts`, bounded) instead of Node's zlib, and nothing else differs from
 * `atkaruu consolidate`. `test/taskpane/reader.test.ts` runs the built bundle without Node's globals
 * and compares.
 */
import type { FatalError, Lang, Plan, SheetGrid, Snapshot, UnreadableReason } from "../core";
import { inflateRaw } from "./inflate.browser";
import { readWorkbookBytes as readBytes } from "./read";
import { deflateSync } from "fflate";
import type { PatchIo } from "./write/patchPackage";
import { unreadable } from "./read/fatal";
import { DEFAULT_MAX_FILE_BYTES } from "./sniff";

/** Files larger than this are not read (the same limit as the command line's default). */
export const MAX_FILE_BYTES = DEFAULT_MAX_FILE_BYTES;

/** Bumped when the shape of {@link readWorkbookBytes}'s result changes (the pane checks it). */
export const READER_VERSION = 3;

/** The browser's package I/O: fflate's inflater and deflater, the plain CRC-32. */
export const BROWSER_IO: PatchIo = { inflate: inflateRaw, deflate: (b) => deflateSync(b) };

export type BrowserReadResult =
  | {
      readonly ok: true;
      readonly sheets: SheetGrid[];
      readonly storedBody: string | null;
      readonly storedAsOf: string | null;
      readonly snapshot: Snapshot | null;
      readonly storedPlan: Plan | null;
    }
  | { readonly ok: false; readonly fatal: FatalError };

/**
 * A workbook's bytes → the sheets that may hold Table 1 (`keep: "all"`: every sheet, e.g. a list of
 * expected bodies), the body and as-of date stored in it by the tool, the plan it stores (Table 1 made
 * from a plan; null: 444-р) and the snapshot of its last Annex 2 (for "compare with the previous
 * report"), or the one-sentence reason it cannot be used. Never throws.
 */
export function readWorkbookBytes(
  bytes: Uint8Array,
  options: {
    readonly lang: Lang;
    readonly fileName: string;
    readonly maxBytes?: number;
    readonly keep?: "table1" | "all";
  }
): BrowserReadResult {
  const read = readBytes(
    bytes,
    {
      lang: options.lang,
      fileName: options.fileName,
      maxBytes: options.maxBytes,
      keep: options.keep ?? "table1",
    },
    BROWSER_IO
  );
  if (!read.ok) return { ok: false, fatal: read.fatal };
  return {
    ok: true,
    sheets: read.book.sheets,
    storedBody: read.book.storedBody,
    storedAsOf: read.book.storedAsOf,
    snapshot: read.book.snapshot,
    storedPlan: read.book.storedPlan,
  };
}

/**
 * The one-sentence reason for a file the page could not even read (too large to load, gone since it
 * was picked), worded as for the command line.
 */
export function unreadableFile(
  reason: UnreadableReason,
  options: { readonly lang: Lang; readonly fileName: string; readonly size?: number }
): FatalError {
  const size =
    reason === "too-large" && options.size !== undefined
      ? { actual: options.size, limit: MAX_FILE_BYTES }
      : undefined;
  return unreadable(reason, options.lang, options.fileName, size);
}
