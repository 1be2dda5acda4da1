/**
 * An Open Packaging Conventions package (the ZIP of an .xlsx/.xlsm) as the reader sees it: parts by
 * name, compared case-insensitively as OPC requires (ECMA-376 Part 2 §6.2.2.3), each inflated only
 * when asked for and never beyond its declared size, its CRC checked; relationships resolved against
 * the part that holds them (relative, absolute, `..`, percent-encoded or letter-case-different
 * targets). Pure: the inflater and the CRC function are handed in (zlib in Node, fflate in the browser).
 */
import { MAX_XML_BYTES } from "../sniff";
import { crc32, listZipEntries, zipEntryData, ZipError } from "../zip";
import type { ZipEntry } from "../zip";
import { XmlError, XmlScanner, START } from "./xml";

/** Raw DEFLATE data → its bytes, throwing when the output would pass `maxBytes`. */
export type Inflater = (data: Uint8Array, maxBytes: number) => Uint8Array;

export interface PackageIo {
  readonly inflate: Inflater;
  /** CRC-32 of some bytes (default: the plain one of zip.ts). */
  readonly crc32?: (bytes: Uint8Array) => number;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Lower-cased part name the target resolves to (no leading `/`), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

/** `…/relationships/worksheet` in the transitional and the strict namespace alike. */
export function relType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith("/" + kind);
}

/** The folder of a part name (`xl/worksheets/sheet1.xml` → `xl/worksheets`). */
export function partFolder(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own: `_rels/.rels`). */
export function relsPartOf(part: string): string {
  const folder = partFolder(part);
  const file = part.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === "" ? "" : folder + "/"}_rels/${file}.rels`;
}

/** A relationship target resolved against the folder of its source part, lower-cased. */
export function resolveTarget(baseFolder: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  try {
    t = decodeURIComponent(t);
  } catch {
    // not percent-encoded after all
  }
  const segments = t.startsWith("/") ? [] : baseFolder.split("/").filter((s) => s !== "");
  for (const s of t.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.join("/").toLowerCase();
}

// `ignoreBOM`: the byte-order mark is removed below, once, whatever the decoder does.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });

/** XML text of a part: UTF-8, or UTF-16 with its byte-order mark; invalid encoding is damage. */
export function xmlTextOf(bytes: Uint8Array): string {
  let text: string;
  try {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
      text = UTF16LE.decode(bytes.subarray(2));
    else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
      text = UTF16BE.decode(bytes.subarray(2));
    else text = UTF8.decode(bytes);
  } catch {
    throw new XmlError("invalid character encoding");
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export class Package {
  private readonly parts: Map<string, ZipEntry>;
  /** Every entry in stored order, folder entries included. */
  readonly entries: readonly ZipEntry[];
  private readonly relsCache = new Map<string, Relationship[]>();

  /** Throws ZipError when the directory is damaged or names one part twice. */
  constructor(
    readonly bytes: Uint8Array,
    private readonly io: PackageIo
  ) {
    const entries = listZipEntries(bytes);
    if (entries === null) throw new ZipError("bad central directory");
    this.entries = entries;
    this.parts = new Map();
    for (const e of entries) {
      const key = e.name.replace(/^\/+/, "").toLowerCase();
      if (e.name.endsWith("/") && e.size === 0) continue; // a folder entry
      // Two entries for one part name (also differing only in case): which one is "the" part is not defined.
      if (this.parts.has(key)) throw new ZipError("duplicate part name");
      // Every local header must be there and name its part: a directory entry whose name was changed would hide a part.
      zipEntryData(bytes, e);
      this.parts.set(key, e);
    }
  }

  /** Part names (lower-cased), in stored order. */
  names(): string[] {
    return [...this.parts.keys()];
  }

  has(part: string): boolean {
    return this.parts.has(part.toLowerCase());
  }

  entry(part: string): ZipEntry | undefined {
    return this.parts.get(part.toLowerCase());
  }

  /** The uncompressed bytes of a part, or null when there is no such part. Throws ZipError on damage. */
  bytesOf(part: string, maxBytes = MAX_XML_BYTES): Uint8Array | null {
    const e = this.parts.get(part.toLowerCase());
    if (e === undefined) return null;
    if (e.flags & 1) throw new ZipError("encrypted entry");
    if (e.size > maxBytes) throw new ZipError("part too large");
    const data = zipEntryData(this.bytes, e);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        // Never more than the part declares: a part that lies about its size is damaged, not read on.
        out = this.io.inflate(data, Math.max(e.size, 1));
      } catch {
        throw new ZipError("bad compressed data");
      }
    } else throw new ZipError("unsupported compression");
    if (out.length !== e.size) throw new ZipError("size differs from the directory");
    if ((this.io.crc32 ?? crc32)(out) !== e.crc) throw new ZipError("CRC mismatch");
    return out;
  }

  /** The XML text of a part, or null when there is none. */
  text(part: string): string | null {
    const b = this.bytesOf(part);
    return b === null ? null : xmlTextOf(b);
  }

  /** The relationships of a part (empty when it has none). */
  relationships(part: string): Relationship[] {
    const relsPart = relsPartOf(part.toLowerCase());
    const cached = this.relsCache.get(relsPart);
    if (cached !== undefined) return cached;
    const out: Relationship[] = [];
    const xml = this.text(relsPart);
    if (xml !== null) {
      const base = partFolder(part.toLowerCase());
      const s = new XmlScanner(xml);
      for (let t = s.next(); t !== 0; t = s.next()) {
        if (t !== START || s.name !== "Relationship") continue;
        const id = s.attr("Id");
        const target = s.attr("Target");
        if (id === undefined || target === undefined) continue;
        const external = s.attr("TargetMode") === "External";
        out.push({
          id,
          type: s.attr("Type") ?? "",
          target: external ? target : resolveTarget(base, target),
          external,
        });
      }
    }
    this.relsCache.set(relsPart, out);
    return out;
  }
}
