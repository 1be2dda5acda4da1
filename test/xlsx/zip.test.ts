/**
 * The one ZIP reader (src/xlsx/zip.ts) used by the byte checks and the lean reader, and the two
 * inflaters behind it: Node's zlib (src/xlsx/inflate.ts) and the browser's fflate
 * (src/xlsx/inflate.browser.ts) — the same contract, checked on the same inputs.
 */
import { deflateRawSync } from "node:zlib";
import { inflateRaw as inflateNode } from "../../src/xlsx/inflate";
import { inflateRaw as inflateBrowser } from "../../src/xlsx/inflate.browser";
import { listZipEntries, ZipError, zipEntryData } from "../../src/xlsx/zip";
import { text, writeZip } from "../fixtures/xlsx/zip";

const files = [
  { name: "[Content_Types].xml", data: text("<Types/>") },
  { name: "xl/workbook.xml", data: text("<workbook>" + "<sheet/>".repeat(500) + "</workbook>") },
  { name: "xl/worksheets/лист.xml", data: text("<worksheet/>") },
];

describe("listZipEntries / zipEntryData", () => {
  test("lists every part in stored order; each part's data inflates back to what was written", () => {
    for (const deflate of [true, false]) {
      const zip = writeZip(files, { deflate });
      const entries = listZipEntries(zip);
      expect(entries?.map((e) => [e.name, e.method, e.size, e.flags])).toEqual(
        files.map((f) => [f.name, deflate ? 8 : 0, f.data.length, 0x0800])
      );
      for (const [i, e] of entries!.entries()) {
        const data = zipEntryData(zip, e);
        expect(data.length).toBe(e.compressedSize);
        expect(Buffer.from(deflate ? inflateNode(data, e.size) : data)).toEqual(
          Buffer.from(files[i].data)
        );
      }
    }
  });

  test("a damaged or truncated directory is null, never made-up entries", () => {
    const zip = writeZip(files);
    expect(listZipEntries(zip.subarray(0, zip.length - 1))).toBeNull(); // end record cut
    expect(listZipEntries(zip.subarray(0, 100))).toBeNull();
    const badSignature = zip.slice();
    const cd = Buffer.from(badSignature).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    badSignature[cd + 3] = 0x09;
    expect(listZipEntries(badSignature)).toBeNull();
    expect(listZipEntries(zip, 2)).toBeNull(); // more entries than allowed
    expect(listZipEntries(zip, 3)).toHaveLength(3);
  });

  test("a part whose local header is missing cannot be read", () => {
    const zip = writeZip(files);
    const entry = listZipEntries(zip)![1];
    expect(() => zipEntryData(zip, { ...entry, localOffset: entry.localOffset + 1 })).toThrow(
      ZipError
    );
    expect(() => zipEntryData(zip, { ...entry, localOffset: zip.length - 10 })).toThrow(ZipError);
  });

  test("ZIP64: the end record through its locator, and only the overflowing values in the extra field", () => {
    const zip = zip64([
      { name: "a.xml", data: text("<a/>"), overflow: ["size"] },
      { name: "b.xml", data: text("<bb/>"), overflow: ["compressedSize", "localOffset"] },
      { name: "c.xml", data: text("<ccc/>"), overflow: ["size", "compressedSize", "localOffset"] },
    ]);
    const entries = listZipEntries(zip)!;
    expect(entries.map((e) => [e.name, e.size, e.compressedSize])).toEqual([
      ["a.xml", 4, 4],
      ["b.xml", 5, 5],
      ["c.xml", 6, 6],
    ]);
    expect(entries.map((e) => new TextDecoder().decode(zipEntryData(zip, e)))).toEqual([
      "<a/>",
      "<bb/>",
      "<ccc/>",
    ]);
    // A ZIP64 end record that is not where its locator says is damage.
    const broken = zip.slice();
    const rec = Buffer.from(broken).indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]));
    broken[rec] = 0;
    expect(listZipEntries(broken)).toBeNull();
  });
});

describe.each([
  ["Node's zlib", inflateNode],
  ["the browser's fflate", inflateBrowser],
])("inflateRaw with %s", (_, inflateRaw) => {
  const xml = text("<row>" + "<c t='s'><v>12</v></c>".repeat(20_000) + "</row>");
  const deflated = new Uint8Array(deflateRawSync(xml));

  test("inflates what zlib deflated, in one piece or many", () => {
    expect(same(inflateRaw(deflated, xml.length), xml)).toBe(true);
    const random = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);
    expect(
      same(inflateRaw(new Uint8Array(deflateRawSync(random, { level: 0 })), random.length), random)
    ).toBe(true);
  });

  test("data after the end of the stream is ignored", () => {
    const withTail = new Uint8Array([...deflated, ...new Array(40_000).fill(7)]);
    expect(same(inflateRaw(withTail, xml.length), xml)).toBe(true);
  });

  test("output over the limit is refused, also from a zip bomb", () => {
    expect(() => inflateRaw(deflated, xml.length - 1)).toThrow();
    const bomb = new Uint8Array(deflateRawSync(Buffer.alloc(64 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(80_000);
    expect(() => inflateRaw(bomb, 65536)).toThrow(/larger than 65536/);
  });

  test("empty, truncated and invalid data are refused", () => {
    expect(() => inflateRaw(new Uint8Array(0), 100)).toThrow();
    expect(() => inflateRaw(deflated.subarray(0, deflated.length - 5), xml.length)).toThrow();
    expect(() => inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x12]), 100)).toThrow();
  });
});

/** Byte-wise equality (Jest's deep equality is slow on large arrays). */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength)
  );
}

type Overflow = "size" | "compressedSize" | "localOffset";

/** A stored ZIP in ZIP64 form: the end record's figures in a ZIP64 end record, chosen entry values in the extra field. */
function zip64(
  entries: readonly { name: string; data: Uint8Array; overflow: readonly Overflow[] }[]
): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(e.data));
    const values: Record<Overflow, number> = {
      size: e.data.length,
      compressedSize: e.data.length,
      localOffset: offset,
    };
    const extra = Buffer.alloc(4 + 8 * e.overflow.length);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8 * e.overflow.length, 2);
    (["size", "compressedSize", "localOffset"] as const)
      .filter((k) => e.overflow.includes(k))
      .forEach((k, i) => extra.writeBigUInt64LE(BigInt(values[k]), 4 + 8 * i));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt32LE(e.overflow.includes("compressedSize") ? 0xffffffff : e.data.length, 20);
    central.writeUInt32LE(e.overflow.includes("size") ? 0xffffffff : e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(e.overflow.includes("localOffset") ? 0xffffffff : offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(cd.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, record, locator, end]));
}
