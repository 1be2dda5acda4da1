/**
 * Loads the workbook reader for consolidation (`dist/consolidate-reader.js`, built from
 * `src/xlsx/browser.ts`) on demand: a classic `<script>` element added the first time a coordinator
 * picks files, never part of the pane's initial JavaScript.
 *
 * Why a classic script and not `import()` of an ES module chunk: the pane's page is a classic-script
 * page (Office.js, then the custom functions, then the pane — one shared runtime), and the same
 * loader serves the standalone page, which must work when opened from `file://`, where browsers
 * refuse module scripts but run classic ones. A script element works the same in Edge WebView2,
 * Safari's WKWebView and Excel on the web. The cost: the reader bundle carries its own copy of the
 * few core modules it needs (header recognition, messages).
 */
import * as z from "zod/mini";
import type { FatalError, Lang, UnreadableReason } from "../../core";
import type { BrowserReadResult } from "../../xlsx/browser";
import { READER_BUILD } from "./readerBuild";

/** The file of the reader bundle, next to the page (scripts/targets/taskpane.mjs). */
export const READER_FILE = "consolidate-reader.js";
/** The global the bundle defines (esbuild `globalName`). */
export const READER_GLOBAL = "AtkaruuConsolidateReader";
/** The reader's interface version this pane speaks (`READER_VERSION` of src/xlsx/browser.ts). */
export const READER_VERSION = 3;

/** What the pane uses of the reader bundle. */
export interface Reader {
  readonly MAX_FILE_BYTES: number;
  readWorkbookBytes(
    bytes: Uint8Array,
    options: { readonly lang: Lang; readonly fileName: string; readonly keep?: "table1" | "all" }
  ): BrowserReadResult;
  unreadableFile(
    reason: UnreadableReason,
    options: { readonly lang: Lang; readonly fileName: string; readonly size?: number }
  ): FatalError;
}

/** The reader could not be loaded (network, a stale or foreign file): the pane says so in its language. */
export class ReaderLoadError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "ReaderLoadError";
  }
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function");

/** The bundle's exports, checked before use: the right version and every function present. */
const readerModule = z.object({
  READER_VERSION: z.literal(READER_VERSION),
  MAX_FILE_BYTES: z.number().check(z.positive()),
  readWorkbookBytes: fn,
  unreadableFile: fn,
});

const cellValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.date(),
  z.object({ error: z.string() }),
  z.null(),
]);
const merge = z.object({
  top: z.number(),
  left: z.number(),
  bottom: z.number(),
  right: z.number(),
});
const grid = z.object({
  name: z.string(),
  rows: z.array(z.array(cellValue)),
  merges: z.optional(z.array(merge)),
  hidden: z.optional(z.boolean()),
});
const fatal = z.object({
  code: z.enum(["unreadable-workbook", "no-table", "missing-column"]),
  message: z.string(),
  column: z.optional(
    z.enum([
      "no",
      "task",
      "measure",
      "deadline",
      "result",
      "status",
      "executors",
      "role",
      "completedOn",
    ])
  ),
  sheet: z.optional(z.string()),
});
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const snapshotMeasure = z.object({
  row: z.number(),
  no: z.string(),
  task: z.string(),
  measure: z.string(),
  deadlineText: z.string(),
  result: z.string(),
  statusText: z.string(),
  executors: z.string(),
  deadline: z.object({
    type: z.nullable(z.enum(["fixed", "ongoing", "staged"])),
    end: z.nullable(isoDate),
  }),
  status: z.enum(["on_time", "late", "in_progress", "not_completed", "missing", "unknown"]),
  role: z.enum(["lead", "co"]),
  completedOn: z.nullable(isoDate),
});
const snapshot = z.object({
  asOf: isoDate,
  body: z.nullable(z.string()),
  sheet: z.string(),
  measures: z.array(snapshotMeasure),
});
const langTexts = z.object({
  ky: z.optional(z.string()),
  ru: z.optional(z.string()),
  en: z.optional(z.string()),
});
/** The plan a workbook stores (core plan/model.ts `Plan`). */
const plan = z.object({
  title: langTexts,
  act: langTexts,
  years: z.object({ from: z.number(), to: z.number() }),
  items: z.number(),
  itemShape: z.enum(["n", "n.n", "n.n.n"]),
  builtin: z.optional(z.literal("444-р")),
});
/** What crosses from the reader bundle into the pane, validated (zod at every boundary). */
const readResult = z.union([
  z.object({
    ok: z.literal(true),
    sheets: z.array(grid),
    storedBody: z.nullable(z.string()),
    storedAsOf: z.nullable(isoDate),
    snapshot: z.nullable(snapshot),
    storedPlan: z.nullable(plan),
  }),
  z.object({ ok: z.literal(false), fatal }),
]);

/** Wrap the bundle's exports: every result is validated before the pane uses it. */
export function checkedReader(exports: unknown): Reader {
  const parsed = readerModule.safeParse(exports);
  if (!parsed.success)
    throw new ReaderLoadError(
      `${READER_FILE}: not the expected reader (version ${READER_VERSION})`
    );
  const raw = exports as Reader;
  return {
    MAX_FILE_BYTES: parsed.data.MAX_FILE_BYTES,
    readWorkbookBytes(bytes, options) {
      const r = readResult.safeParse(raw.readWorkbookBytes(bytes, options));
      if (!r.success)
        throw new ReaderLoadError(`${READER_FILE}: unexpected result for ${options.fileName}`);
      return r.data as BrowserReadResult;
    },
    unreadableFile(reason, options) {
      const r = fatal.safeParse(raw.unreadableFile(reason, options));
      if (!r.success)
        throw new ReaderLoadError(`${READER_FILE}: unexpected message for ${options.fileName}`);
      return r.data;
    },
  };
}

let loading: Promise<Reader> | null = null;

/** The reader, loading its bundle once (a failed load is tried again next time). */
export function loadReader(doc: Document = document): Promise<Reader> {
  if (loading !== null) return loading;
  const attempt = new Promise<Reader>((resolve, reject) => {
    const win = doc.defaultView as (Window & Record<string, unknown>) | null;
    const ready = (): void => {
      try {
        resolve(checkedReader(win?.[READER_GLOBAL]));
      } catch (e) {
        reject(e);
      }
    };
    if (win?.[READER_GLOBAL] !== undefined) {
      ready();
      return;
    }
    const script = doc.createElement("script");
    // The build's id in the query: never a reader cached from an earlier version of the add-in.
    script.src = new URL(`${READER_FILE}?v=${encodeURIComponent(READER_BUILD)}`, doc.baseURI).href;
    script.async = true;
    script.onload = ready;
    script.onerror = () => {
      script.remove();
      reject(new ReaderLoadError(`${READER_FILE} could not be loaded`));
    };
    doc.head.appendChild(script);
  });
  loading = attempt;
  attempt.catch(() => {
    if (loading === attempt) loading = null;
  });
  return attempt;
}
