/**
 * The workbook reader (src/xlsx/read) and the copy writer (src/xlsx/write) in Node: files read after
 * their size is checked, ZIP parts inflated with zlib (bounded, `inflate.ts`), deflated and checked by zlib, and the reading driven in slices that
 * give the event loop a turn every few tens of milliseconds — so Ctrl+C or `timeout` ends even a
 * long read at once (src/cli/main.ts handles the signal; docs/cli.md, "Limits").
 */
import { promises as fsp } from "node:fs";
import { basename } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import type { Lang } from "../core";
import { maxFileBytes, readFileChecked } from "./files";
import { inflateRaw } from "./inflate";
import { readWorkbookSteps } from "./read";
import type { ReadOptions, ReadResult } from "./read";
import { patchPackageSteps } from "./write/patchPackage";
import type { PatchIo, PatchOptions } from "./write/patchPackage";

/** Zlib for inflating, deflating and CRCs. */
export const NODE_IO: PatchIo = {
  inflate: inflateRaw,
  crc32: (b) => crc32(b),
  deflate: (b) => {
    const out = deflateRawSync(b);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};

/** How long the reader works before it lets other events (signals) run. */
const SLICE_MS = 40;

/** Run a step-wise computation to its end, yielding to the event loop between slices. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let since = Date.now();
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
    if (Date.now() - since >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = Date.now();
    }
  }
}

/** Read a workbook's bytes (see src/xlsx/read). Never throws. */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions): Promise<ReadResult> {
  return runInSlices(readWorkbookSteps(bytes, opts, NODE_IO));
}

/** Read a workbook file (size checked before it is read); `modified` is its modification time. */
export async function readWorkbookFile(
  path: string,
  lang: Lang,
  opts: { readonly maxBytes?: number; readonly keep?: "table1" | "all" } = {}
): Promise<ReadResult & { readonly modified?: number; readonly bytes?: Uint8Array }> {
  const maxBytes = opts.maxBytes ?? maxFileBytes();
  const file = await readFileChecked(path, lang, maxBytes);
  if (!file.ok) return file;
  let modified: number | undefined;
  try {
    modified = (await fsp.stat(path)).mtimeMs;
  } catch {
    modified = undefined;
  }
  const result = await readWorkbook(file.bytes, {
    lang,
    fileName: basename(path),
    maxBytes,
    keep: opts.keep,
  });
  return { ...result, bytes: file.bytes, ...(modified === undefined ? {} : { modified }) };
}

/** The copy's bytes (src/xlsx/write/patchPackage), written in slices like the reading. Throws as patchPackage does. */
export function patchPackageInSlices(
  bytes: Uint8Array,
  options: PatchOptions
): Promise<Uint8Array> {
  return runInSlices(patchPackageSteps(bytes, options, NODE_IO));
}
