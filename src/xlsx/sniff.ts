/**
 * Recognise input ExcelJS cannot read, from the bytes alone and before ExcelJS sees them, so each
 * case gets its own clear reason (`UnreadableReason`) instead of a parser's stack trace:
 * - an empty file; a file over the size limit;
 * - an OLE compound file (CFB): a password-protected .xlsx (Office wraps it in a CFB with an
 *   `EncryptedPackage` stream), a legacy .xls (a `Workbook`/`Book` stream) or another Office file;
 * - a ZIP that is truncated or damaged, that is no package (.docx and .xlsb are told apart later), whose entries
 *   would inflate beyond the memory limit (a "zip bomb"), or that uses ZIP encryption;
 * - a CSV text file (its own sentence: how to save it as .xlsx); text or HTML named .xls (as .xls);
 * - anything else (text, HTML or XML saved with an .xls/.xlsx name).
 * Browser-safe: plain byte arithmetic, no Node APIs.
 */
import type { UnreadableReason } from "../core";
import { listZipEntries } from "./zip";

/** Default limit on the size of a workbook file (documented in docs/cli.md). */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Limit on the inflated size of all parts except pictures (what the XML parser must hold). ExcelJS
 * needs about 11 bytes of heap per byte of sheet XML, so 48 MB (some 120 000 Table 1 rows) stays
 * near 550 MB — far from Node's heap limit, whose overflow would abort the process with no sentence.
 */
export const MAX_XML_BYTES = 48 * 1024 * 1024;
/** Limit on the inflated size of all parts together (pictures are held as they are). */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
/** Limit on the number of parts of one workbook. */
export const MAX_ZIP_ENTRIES = 50_000;

export interface SniffLimits {
  readonly maxFileBytes?: number;
  /** The file's name: a `.csv` that is text gets its own sentence. */
  readonly fileName?: string;
}

/** `ooxml`: an .xlsx/.xlsm package; `ods`: an OpenDocument spreadsheet. */
export type PackageKind = "ooxml" | "ods";

export type SniffResult =
  | { readonly ok: true; readonly kind: PackageKind }
  | {
      readonly ok: false;
      readonly reason: UnreadableReason;
      readonly size?: { readonly actual: number; readonly limit: number };
    };

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** Check the bytes of a would-be .xlsx file. */
export function sniffWorkbook(bytes: Uint8Array, limits: SniffLimits = {}): SniffResult {
  const limit = limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > limit)
    return { ok: false, reason: "too-large", size: { actual: bytes.length, limit } };
  if (startsWith(bytes, CFB_SIGNATURE)) return { ok: false, reason: classifyCompoundFile(bytes) };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return checkZip(bytes);
  if (/\.(csv|tsv|txt)$/i.test(limits.fileName ?? "") && looksLikeText(bytes))
    return { ok: false, reason: "csv" };
  // Text, HTML or XML Spreadsheet 2003 under an .xls name (web systems export "Excel" so): Excel opens
  // it, and saving it as .xlsx is the same advice as for a real .xls.
  if (/\.xls$/i.test(limits.fileName ?? "")) return { ok: false, reason: "legacy-xls" };
  return { ok: false, reason: "not-xlsx" };
}

/** No NUL bytes in the first 4 KB (or UTF-16 with its byte-order mark): a text file. */
function looksLikeText(b: Uint8Array): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  for (let i = 0; i < Math.min(b.length, 4096); i++) if (b[i] === 0) return false;
  return true;
}

/** Pictures, media and binary parts: held as they are, never parsed as XML. */
const BINARY_PART =
  /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|wdp|bin|mp3|mp4|wav|avi|ttf|odttf|fntdata|pdf)$/i;

// ---------------------------------------------------------------------------------------------
// ZIP (the container of .xlsx)

function checkZip(b: Uint8Array): SniffResult {
  // An empty ZIP (only an end record) holds no workbook.
  if (b[2] === 0x05 && b[3] === 0x06) return { ok: false, reason: "not-xlsx" };
  if (!(b[2] === 0x03 && b[3] === 0x04)) return { ok: false, reason: "not-xlsx" };
  // A directory declaring far more parts than allowed is damaged rather than merely too large.
  const entries = listZipEntries(b, MAX_ZIP_ENTRIES * 4);
  if (entries === null) return { ok: false, reason: "corrupt" };
  if (entries.length > MAX_ZIP_ENTRIES) return { ok: false, reason: "too-large" };
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  // An OOXML package names its main part in _rels/.rels (the reader checks that it is a workbook).
  const kind: PackageKind | null =
    names.has("_rels/.rels") || names.has("xl/workbook.xml")
      ? "ooxml"
      : names.has("content.xml") && names.has("mimetype")
        ? "ods"
        : null;
  if (kind === null) return { ok: false, reason: "not-xlsx" };
  let xml = 0;
  let all = 0;
  for (const e of entries) {
    if (e.flags & 1) return { ok: false, reason: "encrypted" };
    if (e.method !== 0 && e.method !== 8) return { ok: false, reason: "corrupt" };
    all += e.size;
    if (!BINARY_PART.test(e.name) && !e.name.includes("/media/")) xml += e.size;
  }
  if (xml > MAX_XML_BYTES || all > MAX_UNCOMPRESSED_BYTES)
    return { ok: false, reason: "too-large" };
  return { ok: true, kind };
}

// ---------------------------------------------------------------------------------------------
// OLE compound files (CFB): legacy .xls, password-protected .xlsx, other Office documents.

const FREE_OR_END = 0xfffffffa; // sector numbers from here on are markers, not sectors

/** The names of the streams and storages in a compound file, or null when it cannot be walked. */
export function compoundFileNames(b: Uint8Array): string[] | null {
  if (b.length < 512) return null;
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((b.length - sectorSize) / sectorSize) + 1;
  const sectorAt = (n: number): number => (n + 1) * sectorSize;
  const fatSectors: number[] = [];
  const fatCount = u32(b, 0x2c);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++)
    fatSectors.push(u32(b, 0x4c + i * 4));
  let difat = u32(b, 0x44);
  let guard = 0;
  while (fatSectors.length < fatCount && difat < FREE_OR_END && guard++ < sectorCount) {
    const o = sectorAt(difat);
    if (o + sectorSize > b.length) return null;
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < fatCount; i++)
      fatSectors.push(u32(b, o + i * 4));
    difat = u32(b, o + per * 4);
  }
  const next = (sector: number): number => {
    const per = sectorSize / 4;
    const fs = fatSectors[Math.floor(sector / per)];
    if (fs === undefined || fs >= FREE_OR_END) return 0xfffffffe;
    const o = sectorAt(fs) + (sector % per) * 4;
    return o + 4 <= b.length ? u32(b, o) : 0xfffffffe;
  };
  const names: string[] = [];
  let dir = u32(b, 0x30);
  guard = 0;
  while (dir < FREE_OR_END && guard++ < sectorCount) {
    const o = sectorAt(dir);
    if (o + sectorSize > b.length) return null;
    for (let e = o; e < o + sectorSize; e += 128) {
      const type = b[e + 0x42];
      const len = u16(b, e + 0x40);
      if (type === 0 || len < 2 || len > 64) continue;
      let name = "";
      for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(b, e + i));
      names.push(name);
    }
    dir = next(dir);
  }
  return names.length > 0 ? names : null;
}

function containsUtf16(b: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++)
      if (b[i + 2 * k] !== text.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function classifyCompoundFile(b: Uint8Array): UnreadableReason {
  const names = compoundFileNames(b);
  if (names === null) {
    // A damaged directory: the stream name is still a reliable sign of encryption.
    return containsUtf16(b, "EncryptedPackage") ? "encrypted" : "legacy-xls";
  }
  if (names.includes("EncryptedPackage")) return "encrypted";
  if (names.includes("Workbook") || names.includes("Book")) return "legacy-xls";
  return "not-xlsx";
}
