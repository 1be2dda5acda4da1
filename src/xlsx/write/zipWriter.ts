/**
 * Writes a ZIP whose parts are either copied from another ZIP exactly as they were stored (their
 * compressed bytes, CRC, sizes, time and name kept — "byte for byte") or given anew and deflated.
 * Pure: the deflater and the CRC function are handed in (zlib in Node, fflate and the plain CRC of
 * zip.ts in the browser). The output never needs
 * ZIP64: its inputs are bounded far below 4 GB (src/xlsx/sniff.ts).
 */
import { crc32, zipEntryData } from "../zip";
import type { ZipEntry } from "../zip";

/** Raw DEFLATE of some bytes. */
export type Deflater = (data: Uint8Array) => Uint8Array;

export interface ZipWriteIo {
  readonly deflate: Deflater;
  /** CRC-32 of some bytes (default: the plain one of zip.ts; Node hands in zlib's). */
  readonly crc32?: (bytes: Uint8Array) => number;
}

export type OutputPart =
  | { readonly kind: "copy"; readonly entry: ZipEntry }
  | { readonly kind: "new"; readonly name: string; readonly data: Uint8Array };

const ENCODER = new TextEncoder();

/** DOS time and date of a moment (local fields as ZIP tools write them). */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Record {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

/**
 * The ZIP of the parts, in the order given. `source` holds the bytes the copied entries come from.
 * Step by step: it yields after each part it deflates (the long work), see patchPackageSteps.
 */
export function* writeZipSteps(
  parts: readonly OutputPart[],
  source: Uint8Array,
  io: ZipWriteIo,
  now = new Date()
): Generator<void, Uint8Array> {
  const stamp = dosDateTime(now);
  const crc = io.crc32 ?? crc32;
  const records: Record[] = [];
  for (const p of parts) {
    if (p.kind === "copy") {
      const e = p.entry;
      // Bit 3 (sizes in a data descriptor) is dropped: the sizes are written in the local header.
      records.push({
        name: e.rawName,
        flags: e.flags & ~0x0008,
        method: e.method,
        time: e.time,
        date: e.date,
        crc: e.crc,
        size: e.size,
        data: zipEntryData(source, e),
      });
      continue;
    }
    records.push({
      name: ENCODER.encode(p.name),
      flags: 0x0800,
      method: 8,
      time: stamp.time,
      date: stamp.date,
      crc: crc(p.data),
      size: p.data.length,
      data: io.deflate(p.data),
    });
    yield;
  }
  let total = 22;
  for (const r of records) total += 30 + r.name.length + r.data.length + 46 + r.name.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let o = 0;
  const offsets: number[] = [];
  for (const r of records) {
    offsets.push(o);
    view.setUint32(o, 0x04034b50, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, r.flags, true);
    view.setUint16(o + 8, r.method, true);
    view.setUint16(o + 10, r.time, true);
    view.setUint16(o + 12, r.date, true);
    view.setUint32(o + 14, r.crc >>> 0, true);
    view.setUint32(o + 18, r.data.length, true);
    view.setUint32(o + 22, r.size, true);
    view.setUint16(o + 26, r.name.length, true);
    view.setUint16(o + 28, 0, true);
    out.set(r.name, o + 30);
    out.set(r.data, o + 30 + r.name.length);
    o += 30 + r.name.length + r.data.length;
  }
  const cdStart = o;
  records.forEach((r, i) => {
    view.setUint32(o, 0x02014b50, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, 20, true);
    view.setUint16(o + 8, r.flags, true);
    view.setUint16(o + 10, r.method, true);
    view.setUint16(o + 12, r.time, true);
    view.setUint16(o + 14, r.date, true);
    view.setUint32(o + 16, r.crc >>> 0, true);
    view.setUint32(o + 20, r.data.length, true);
    view.setUint32(o + 24, r.size, true);
    view.setUint16(o + 28, r.name.length, true);
    view.setUint32(o + 42, offsets[i], true);
    out.set(r.name, o + 46);
    o += 46 + r.name.length;
  });
  view.setUint32(o, 0x06054b50, true);
  view.setUint16(o + 8, records.length, true);
  view.setUint16(o + 10, records.length, true);
  view.setUint32(o + 12, o - cdStart, true);
  view.setUint32(o + 16, cdStart, true);
  return out;
}
