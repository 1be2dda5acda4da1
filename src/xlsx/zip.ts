/**
 * The ZIP container of an .xlsx, read from its central directory — one reader for the byte checks
 * (`sniff.ts`: damage, encryption, zip bombs) and for the lean workbook reader (`stream.ts`: random
 * access to the parts). Browser-safe: plain byte arithmetic, no Node APIs; inflating is left to the
 * caller (`inflate.ts` in Node, `inflate.browser.ts` in the reader bundle).
 *
 * Why by hand and not fflate's `unzipSync`: its listing does not give the flags (ZIP encryption),
 * checks no record signatures (a damaged directory yields made-up entries instead of an error), and
 * it inflates each part into a buffer of the size the directory claims, silently cutting a part that
 * is larger (docs/cli.md, "Why these dependencies").
 */

/** One part as the central directory describes it (ZIP64 sizes and offsets already applied). */
export interface ZipEntry {
  readonly name: string;
  /** General purpose flags; bit 0 = encrypted. */
  readonly flags: number;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** Uncompressed size, as declared. */
  readonly size: number;
  /** Where the part's local header starts. */
  readonly localOffset: number;
  /** CRC-32 of the uncompressed bytes, as declared. */
  readonly crc: number;
  /** MS-DOS time and date of the entry. */
  readonly time: number;
  readonly date: number;
  /** The name as stored (written back unchanged when the part is copied). */
  readonly rawName: Uint8Array;
}

/** A ZIP structure that cannot be followed (the lean reader turns it into "damaged"). */
export class ZipError extends Error {}

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x100000000;

const FULL32 = 0xffffffff;
/** Entry names, decoded leniently: a stray byte in a name is compared as it decodes, not an error here. */
const NAME_DECODER = new TextDecoder("utf-8", { fatal: false });

function findEndOfCentralDirectory(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/**
 * The central directory of a ZIP, in stored order, or null when it is damaged or truncated (a record
 * without its signature or beyond the end of the bytes), or declares more than `maxEntries` entries.
 */
export function listZipEntries(
  b: Uint8Array,
  maxEntries = Number.MAX_SAFE_INTEGER
): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(b);
  if (eocd < 0) return null;
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === FULL32 || cdOffset === FULL32) {
    // ZIP64: the real figures are in the ZIP64 end record, found through its locator.
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) return null;
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== 0x06064b50) return null;
    count = u64(b, rec + 32);
    cdSize = u64(b, rec + 40);
    cdOffset = u64(b, rec + 48);
  }
  if (cdOffset + cdSize > b.length || count > maxEntries) return null;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = NAME_DECODER;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return null;
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const time = u16(b, p + 12);
    const date = u16(b, p + 14);
    const crc = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localOffset = u32(b, p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > b.length) return null;
    const rawName = b.subarray(p + 46, p + 46 + nameLen);
    const name = decoder.decode(rawName);
    if (size === FULL32 || compressedSize === FULL32 || localOffset === FULL32) {
      // ZIP64 extended information: the 8-byte values that overflowed, in this order.
      let x = p + 46 + nameLen;
      const xEnd = x + extraLen;
      while (x + 4 <= xEnd) {
        const id = u16(b, x);
        const len = u16(b, x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          if (size === FULL32) {
            size = u64(b, q);
            q += 8;
          }
          if (compressedSize === FULL32) {
            compressedSize = u64(b, q);
            q += 8;
          }
          if (localOffset === FULL32) localOffset = u64(b, q);
          break;
        }
        x += 4 + len;
      }
    }
    entries.push({
      name,
      flags,
      method,
      compressedSize,
      size,
      localOffset,
      crc,
      time,
      date,
      rawName,
    });
    p = end;
  }
  // Fewer records than the directory's size holds: a count that lies would hide parts.
  if (p !== cdOffset + cdSize) return null;
  return entries;
}

/**
 * The bytes an entry stores after its local header: compressed when `method` is 8. The local header
 * must be there and name the same part as the directory (two names for one part would let two
 * readers see two different workbooks), and the data must lie within the file.
 */
export function zipEntryData(b: Uint8Array, entry: ZipEntry): Uint8Array {
  const o = entry.localOffset;
  if (o + 30 > b.length || u32(b, o) !== 0x04034b50) throw new ZipError("bad local header");
  const nameLen = u16(b, o + 26);
  const start = o + 30 + nameLen + u16(b, o + 28);
  if (start + entry.compressedSize > b.length)
    throw new ZipError("entry beyond the end of the file");
  const name = NAME_DECODER.decode(b.subarray(o + 30, o + 30 + nameLen));
  if (name !== entry.name) throw new ZipError("local header names another part");
  return b.subarray(start, start + entry.compressedSize);
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309, as ZIP uses it) of some bytes, in plain arithmetic (Node's zlib.crc32 is faster where there is one). */
export function crc32(b: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const t = crcTable;
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = t[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
