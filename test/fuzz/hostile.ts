/**
 * A seeded generator of damaged and hostile workbooks (issue 14): byte flips, truncation, a broken
 * central directory, wrong CRCs, sizes that lie, zip bombs, ZIP64 markers, the encrypted flag,
 * duplicate entry names, XML cut off or mis-nested, a DOCTYPE with entity expansion, 100 000-deep
 * nesting, a 50 MB string, row 2^31, column ZZZZZ, invalid UTF-8, a million empty rows. Each case says
 * whether it must be refused (`damaged`) or may be read — and then must give the base's figures.
 */
import { readZip, writeZip } from "../fixtures/xlsx/zip";
import type { ZipFile } from "../fixtures/xlsx/zip";

export interface HostileCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** `refused`: must be unreadable (exit 2); `same`: either unreadable or the base's very figures. */
  readonly expect: "refused" | "same";
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function sheetPart(files: readonly ZipFile[]): ZipFile {
  return files.find(
    (f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name) && dec.decode(f.data).includes("<row")
  )!;
}

function withPart(files: readonly ZipFile[], name: string, data: Uint8Array | string): Uint8Array {
  const d = typeof data === "string" ? enc.encode(data) : data;
  return writeZip(files.map((f) => (f.name === name ? { name, data: d } : f)));
}

/** The offset of the central directory and its size, from the end record. */
function centralDirectory(b: Uint8Array): { start: number; end: number } {
  const v = Buffer.from(b);
  const eocd = v.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  return { start: v.readUInt32LE(eocd + 16), end: eocd };
}

/** Every central directory record's offset. */
function records(b: Uint8Array): number[] {
  const v = Buffer.from(b);
  const { start, end } = centralDirectory(b);
  const out: number[] = [];
  for (
    let p = start;
    p < end;
    p += 46 + v.readUInt16LE(p + 28) + v.readUInt16LE(p + 30) + v.readUInt16LE(p + 32)
  )
    out.push(p);
  return out;
}

type Maker = (base: Uint8Array, files: readonly ZipFile[], r: () => number) => HostileCase;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const MAKERS: readonly Maker[] = [
  (base, _f, r) => {
    const b = new Uint8Array(base);
    const n = 1 + Math.floor(r() * 20);
    for (let i = 0; i < n; i++) b[Math.floor(r() * b.length)] ^= 1 + Math.floor(r() * 255);
    return { name: `${n} byte flips`, bytes: b, expect: "same" };
  },
  (base, _f, r) => ({
    name: "truncated",
    bytes: base.slice(0, Math.floor(r() * base.length)),
    expect: "refused",
  }),
  (base, _f, r) => {
    const b = new Uint8Array(base);
    const { start, end } = centralDirectory(b);
    for (let i = 0; i < 4; i++) b[start + Math.floor(r() * (end - start))] ^= 0xff;
    return { name: "broken central directory", bytes: b, expect: "same" };
  },
  (base, files, r) => {
    const b = Buffer.from(base);
    const sheet = sheetPart(files).name;
    const rec = records(base).find(
      (p) => b.subarray(p + 46, p + 46 + b.readUInt16LE(p + 28)).toString() === sheet
    )!;
    b.writeUInt32LE((b.readUInt32LE(rec + 16) ^ (1 + Math.floor(r() * 0xffff))) >>> 0, rec + 16);
    return { name: "wrong CRC of the sheet", bytes: new Uint8Array(b), expect: "refused" };
  },
  (_b, files, r) => {
    const sheet = sheetPart(files).name;
    const size = pick(r, [0xfff00000, 60 * 1024 * 1024, 10]);
    return {
      name: `sheet declares ${size} bytes`,
      bytes: writeZip(files, { declaredSize: (n) => (n === sheet ? size : undefined) }),
      expect: "refused",
    };
  },
  (_b, files, r) => {
    // A zip bomb hidden in a part that declares a small size: 40 MB of spaces after the XML.
    const target = pick(r, [
      sheetPart(files).name,
      "xl/sharedStrings.xml",
      "docProps/app.xml",
      "xl/theme/theme1.xml",
    ]);
    const f = files.find((x) => x.name === target) ?? files[0];
    const bomb = Buffer.concat([Buffer.from(f.data), Buffer.alloc(40 * 1024 * 1024, 0x20)]);
    const lie = target === sheetPart(files).name || target === "xl/sharedStrings.xml";
    return {
      name: `zip bomb in ${f.name}${lie ? " (declared small)" : ""}`,
      bytes: writeZip(
        files.map((x) => (x === f ? { name: x.name, data: bomb } : x)),
        { declaredSize: (n) => (lie && n === f.name ? f.data.length : undefined) }
      ),
      expect: lie ? "refused" : "same",
    };
  },
  (base, files) => {
    const b = Buffer.from(base);
    const rec = records(base)[Math.min(2, files.length - 1)];
    b.writeUInt32LE(0xffffffff, rec + 20);
    b.writeUInt32LE(0xffffffff, rec + 24);
    return {
      name: "ZIP64 sizes without their extra field",
      bytes: new Uint8Array(b),
      expect: "same",
    };
  },
  (base, _f, r) => {
    const b = Buffer.from(base);
    const rec = pick(r, records(base));
    b.writeUInt16LE(b.readUInt16LE(rec + 8) | 1, rec + 8);
    return { name: "encrypted-entry flag", bytes: new Uint8Array(b), expect: "refused" };
  },
  (_b, files, r) => {
    const f = pick(
      r,
      files.filter((x) => x.name.endsWith(".xml") && x.name.startsWith("xl/"))
    );
    const twin = r() < 0.5 ? f.name : f.name.toUpperCase();
    return {
      name: `duplicate entry ${twin}`,
      bytes: writeZip([...files, { name: twin, data: enc.encode("<worksheet/>") }]),
      expect: "refused",
    };
  },
  (_b, files, r) => {
    const s = sheetPart(files);
    const xml = dec.decode(s.data);
    const cut =
      xml.indexOf("<sheetData>") +
      20 +
      Math.floor(r() * (xml.indexOf("</sheetData>") - xml.indexOf("<sheetData>") - 20));
    return {
      name: "sheet XML cut off",
      bytes: withPart(files, s.name, xml.slice(0, cut)),
      expect: "refused",
    };
  },
  (_b, files, r) => {
    const s = sheetPart(files);
    const xml = dec.decode(s.data);
    const variant = pick(r, [
      xml.replace("</row>", "</c></row>"),
      xml.replace(/<\/row>/, "</rows>"),
      xml.replace("</sheetData>", ""),
      xml.replace(/<c r="B/, '<c r="B" r="B'),
    ]);
    return {
      name: "mis-nested sheet XML",
      bytes: withPart(files, s.name, variant),
      expect: "refused",
    };
  },
  (_b, files, r) => {
    const target = pick(r, [sheetPart(files).name, "xl/sharedStrings.xml", "xl/workbook.xml"]);
    const f = files.find((x) => x.name === target)!;
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
    const xml = dec.decode(f.data).replace(/\?>/, `?>${laughs}`).replace(/<t>/, "<t>&lol2;&xxe;");
    return {
      name: `DOCTYPE with entities in ${target}`,
      bytes: withPart(files, target, xml),
      expect: "refused",
    };
  },
  (_b, files) => {
    const s = sheetPart(files);
    const deep = "<x>".repeat(100_000) + "</x>".repeat(100_000);
    const xml = dec.decode(s.data).replace("</sheetData>", `</sheetData><extLst>${deep}</extLst>`);
    return { name: "100 000-deep nesting", bytes: withPart(files, s.name, xml), expect: "same" };
  },
  (_b, files) => {
    const s = sheetPart(files);
    const big = `<row r="900"><c r="A900" t="inlineStr"><is><t>${"ж".repeat(25 * 1024 * 1024)}</t></is></c></row>`;
    const xml = dec.decode(s.data).replace("</sheetData>", `${big}</sheetData>`);
    return { name: "a 50 MB string", bytes: withPart(files, s.name, xml), expect: "refused" };
  },
  (_b, files, r) => {
    const s = sheetPart(files);
    const xml = dec
      .decode(s.data)
      .replace(
        /<row r="(\d+)"/,
        () => `<row r="${pick(r, ["2147483648", "1048577", "0", "-5", "99999999999"])}"`
      );
    return {
      name: "row number outside the sheet",
      bytes: withPart(files, s.name, xml),
      expect: "refused",
    };
  },
  (_b, files) => {
    const s = sheetPart(files);
    const xml = dec.decode(s.data).replace(/<c r="B(\d+)"/, '<c r="ZZZZZ$1"');
    return { name: "column ZZZZZ", bytes: withPart(files, s.name, xml), expect: "refused" };
  },
  (_b, files, r) => {
    const s = sheetPart(files);
    const b = Buffer.from(s.data);
    const at = b.indexOf("<sheetData>") + 11 + Math.floor(r() * 100);
    const bad = Buffer.concat([b.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff]), b.subarray(at)]);
    return {
      name: "invalid UTF-8",
      bytes: withPart(files, s.name, new Uint8Array(bad)),
      expect: "refused",
    };
  },
  (_b, files) => {
    const s = sheetPart(files);
    const rows: string[] = [];
    for (let i = 2000; i <= 1_000_000; i++) rows.push(`<row r="${i}"/>`);
    const xml = dec.decode(s.data).replace("</sheetData>", `${rows.join("")}</sheetData>`);
    return { name: "a million empty rows", bytes: withPart(files, s.name, xml), expect: "same" };
  },
  (_b, files, r) => {
    // Stored (not deflated) parts, one of them with a flipped byte: only the CRC can tell.
    const s = sheetPart(files);
    const good = writeZip(files, { deflate: false });
    const b = Buffer.from(good);
    const name = Buffer.from(s.name);
    const at = b.indexOf(name) + name.length + 100;
    b[at + Math.floor(r() * 50)] ^= 0x04;
    return { name: "a flipped bit in a stored part", bytes: new Uint8Array(b), expect: "same" };
  },
];

/** The weights make cheap mutations common and the big ones (tens of MB) rare. */
const HEAVY = new Set([5, 13, 17]);

/** `count` cases from `seed` over a good workbook; `heavy` lets the big cases (50 MB strings …) in. */
export function* hostileCases(
  base: Uint8Array,
  seed: number,
  count: number,
  heavy = true
): Generator<HostileCase> {
  const files = readZip(base);
  const r = rng(seed);
  // Every kind once first, then at random.
  for (let i = 0; i < count; i++) {
    const k = i < MAKERS.length ? i : Math.floor(r() * MAKERS.length);
    if (!heavy && HEAVY.has(k) && i >= MAKERS.length) continue;
    const c = MAKERS[k](base, files, r);
    yield { ...c, name: `#${i} ${c.name}` };
  }
}
