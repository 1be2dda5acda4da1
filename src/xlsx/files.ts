/**
 * Files on disk (Node only): read a workbook safely and write outputs atomically.
 *
 * Reading checks existence and size *before* reading, so a huge file is refused at once without
 * being loaded into memory. Writing goes to a temporary file in the target folder, is flushed to
 * disk, then renamed over the target: a reader (or an interrupted run) sees the old file or the
 * complete new one, never half of it. Input files are only ever opened for reading.
 */
import { promises as fsp, realpathSync, statSync, unlinkSync } from "node:fs";
import type { Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { FatalError, Lang } from "../core";
import { unreadable } from "./read/fatal";
import { DEFAULT_MAX_FILE_BYTES } from "./sniff";

/** The size limit: `ATKARUU_MAX_FILE_MB` in the environment, else `DEFAULT_MAX_FILE_BYTES` (20 MB). */
export function maxFileBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.ATKARUU_MAX_FILE_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MAX_FILE_BYTES;
}

export type FileBytes =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly fatal: FatalError };

/** Read a file's bytes after checking that it exists, is a file and is within the size limit. */
export async function readFileChecked(
  path: string,
  lang: Lang,
  maxBytes = maxFileBytes()
): Promise<FileBytes> {
  const name = basename(path);
  let st: Stats;
  try {
    st = await fsp.stat(path);
  } catch {
    return { ok: false, fatal: unreadable("not-found", lang, name) };
  }
  if (!st.isFile()) return { ok: false, fatal: unreadable("not-xlsx", lang, name) };
  if (st.size === 0) return { ok: false, fatal: unreadable("empty", lang, name) };
  if (st.size > maxBytes)
    return {
      ok: false,
      fatal: unreadable("too-large", lang, name, { actual: st.size, limit: maxBytes }),
    };
  try {
    const buf = await fsp.readFile(path);
    return { ok: true, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) };
  } catch {
    return { ok: false, fatal: unreadable("not-found", lang, name) };
  }
}

/** The same file on disk? Compares resolved real paths, and device + inode when both exist. */
export function isSameFile(a: string, b: string): boolean {
  const ra = resolve(a);
  const rb = resolve(b);
  if (ra === rb) return true;
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      // A file that does not exist yet: resolve its folder (which may be a link).
      try {
        return join(realpathSync(dirname(p)), basename(p));
      } catch {
        return p;
      }
    }
  };
  if (real(ra) === real(rb)) return true;
  try {
    const sa = statSync(ra);
    const sb = statSync(rb);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Temporary files being written right now, removed by `removePendingTempFiles` on a signal. */
const pending = new Set<string>();

/** Remove the temporary files of writes in progress (call from SIGINT/SIGTERM handlers). */
export function removePendingTempFiles(): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

export interface AtomicWriteOptions {
  /** Called after each chunk with the bytes written so far; awaited. */
  readonly onProgress?: (written: number, total: number) => void | Promise<void>;
  readonly chunkBytes?: number;
}

/**
 * Write `bytes` to `path` atomically: a temporary file `.atkaruu-<name>-<random>.tmp` in the same
 * folder, flushed with fsync, then renamed over `path`. On any failure the temporary file is
 * removed and `path` is left as it was.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  opts: AtomicWriteOptions = {}
): Promise<void> {
  const target = resolve(path);
  const dir = dirname(target);
  // The random part only keeps two writes to one folder apart; opening with `wx` (O_EXCL) is what
  // guarantees that no existing file or link is followed. Math.random, not node:crypto: loading
  // crypto costs every command a few milliseconds of its start (issue 14, `npm run bench` annex2).
  const random = Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, "0");
  const tmp = join(dir, `.atkaruu-${basename(target)}-${process.pid}-${random}.tmp`);
  const chunk = opts.chunkBytes ?? 1024 * 1024;
  pending.add(tmp);
  let handle: fsp.FileHandle | null = null;
  try {
    handle = await fsp.open(tmp, "wx", 0o644);
    for (let off = 0; off < bytes.length; off += chunk) {
      const end = Math.min(bytes.length, off + chunk);
      await handle.write(bytes, off, end - off);
      if (opts.onProgress) await opts.onProgress(end, bytes.length);
    }
    await handle.sync();
    await handle.close();
    handle = null;
    await fsp.rename(tmp, target);
    pending.delete(tmp);
  } catch (err) {
    if (handle !== null) await handle.close().catch(() => undefined);
    await fsp.unlink(tmp).catch(() => undefined);
    pending.delete(tmp);
    throw err;
  }
  // Make the rename itself durable; not possible on every platform, so best effort.
  try {
    const d = await fsp.open(dir, "r");
    await d.sync().catch(() => undefined);
    await d.close();
  } catch {
    // ignore
  }
}
