/**
 * The on-demand reader bundle (dist/consolidate-reader.js, built from src/xlsx/browser.ts) run the
 * way a browser runs it — a fresh JavaScript realm with no `require`, `Buffer`, `process` or `zlib` —
 * gives exactly what the command line's reader gives in Node (zlib), on the consolidation fixtures of both parts (dates, merges, stored bodies,
 * Annex 2 sheets, defined names) and on files it must refuse. Needs `npm run build` first.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInContext, createContext } from "node:vm";
import { readWorkbookBytes } from "../../src/xlsx/read";
import { NODE_IO } from "../../src/xlsx/nodeReader";
import { bodyWorkbooks, writeFixture } from "../consolidate/fixtures";
import {
  bodiesWithDuplicate,
  writeBodyWorkbook,
  writeBrokenFile,
} from "../browser/consolidateFixtures";

const BUNDLE = join(__dirname, "..", "..", "dist", "consolidate-reader.js");

interface BundleExports {
  readonly READER_VERSION: number;
  readonly MAX_FILE_BYTES: number;
  readWorkbookBytes(bytes: Uint8Array, options: { lang: string; fileName: string }): unknown;
  unreadableFile(
    reason: string,
    options: { lang: string; fileName: string; size?: number }
  ): unknown;
}

let dir: string;
const files: string[] = [];
let bundle: BundleExports;
let realm: Record<string, unknown>;

beforeAll(async () => {
  if (!existsSync(BUNDLE))
    throw new Error("dist/consolidate-reader.js missing: run `npm run build` first");
  dir = mkdtempSync(join(tmpdir(), "atkaruu-reader-"));
  for (const fx of bodyWorkbooks()) files.push(await writeFixture(dir, fx));
  for (const b of bodiesWithDuplicate()) files.push(await writeBodyWorkbook(dir, b));
  files.push(await writeBrokenFile(dir));
  files.push(join(__dirname, "..", "..", "examples", "table1-example.xlsx"));
  // A browser-like realm: the language's own globals plus what browsers have and Node code would not need.
  realm = { TextDecoder, TextEncoder, console };
  createContext(realm);
  runInContext(
    `${readFileSync(BUNDLE, "utf8")}\n;globalThis.__exports = AtkaruuConsolidateReader;`,
    realm,
    { filename: "consolidate-reader.js" }
  );
  bundle = realm.__exports as BundleExports;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Dates and other realm-bound objects compared as JSON. */
const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

test("the bundle runs without Node's globals and modules", () => {
  expect(runInContext("typeof require + typeof Buffer + typeof process", realm)).toBe(
    "undefinedundefinedundefined"
  );
  expect(bundle.READER_VERSION).toBe(3);
});

test("the bundle reads every fixture exactly as the reader does in Node", () => {
  expect(files.length).toBeGreaterThanOrEqual(12);
  for (const path of files) {
    const bytes = new Uint8Array(readFileSync(path));
    const name = path.split("/").pop()!;
    for (const lang of ["ky", "en"] as const) {
      const node = readWorkbookBytes(bytes, { lang, fileName: name, keep: "table1" }, NODE_IO);
      const expected = node.ok
        ? {
            ok: true,
            sheets: node.book.sheets,
            storedBody: node.book.storedBody,
            storedAsOf: node.book.storedAsOf,
            snapshot: node.book.snapshot,
            storedPlan: node.book.storedPlan,
          }
        : { ok: false, fatal: node.fatal };
      expect([name, lang, json(bundle.readWorkbookBytes(bytes, { lang, fileName: name }))]).toEqual(
        [name, lang, json(expected)]
      );
    }
  }
});

test("dates stay dates, merges and stored bodies are kept", () => {
  const mon = files.find((f) => f.endsWith("МОН.xlsx"))!;
  const result = bundle.readWorkbookBytes(new Uint8Array(readFileSync(mon)), {
    lang: "en",
    fileName: "МОН.xlsx",
  }) as { ok: true; sheets: { rows: unknown[][] }[] };
  const dates = result.sheets
    .flatMap((s) => s.rows.flat())
    .filter((v) => Object.prototype.toString.call(v) === "[object Date]");
  expect(dates.length).toBe(2);
  const mf = bundle.readWorkbookBytes(
    new Uint8Array(readFileSync(files.find((f) => f.endsWith("report_2025_06.xlsx"))!)),
    { lang: "en", fileName: "report_2025_06.xlsx" }
  ) as { storedBody: string };
  expect(mf.storedBody).toBe("Министерство финансов (МФ)");
});

/** The bytes with the compressed data of the first worksheet part scrambled (its ZIP headers intact). */
function scrambleFirstSheet(good: Uint8Array): Uint8Array {
  const out = new Uint8Array(good);
  const u16 = (o: number): number => out[o] | (out[o + 1] << 8);
  const u32 = (o: number): number =>
    (out[o] | (out[o + 1] << 8) | (out[o + 2] << 16)) + out[o + 3] * 0x1000000;
  for (let o = 0; o + 30 < out.length; o++) {
    if (u32(o) !== 0x04034b50) continue;
    const nameLen = u16(o + 26);
    const name = new TextDecoder().decode(out.subarray(o + 30, o + 30 + nameLen));
    if (!name.startsWith("xl/worksheets/sheet")) continue;
    const start = o + 30 + nameLen + u16(o + 28);
    const size = u32(o + 18);
    for (let i = start + Math.floor(size / 3); i < start + Math.floor(size / 3) + 24; i++)
      out[i] ^= 0xa5;
    return out;
  }
  throw new Error("no worksheet part");
}

test("a damaged ZIP part and truncated bytes get the same sentence as in Node", () => {
  const good = new Uint8Array(readFileSync(files.find((f) => f.endsWith("table1-example.xlsx"))!));
  for (const bytes of [good.subarray(0, Math.floor(good.length / 2)), scrambleFirstSheet(good)]) {
    const node = readWorkbookBytes(
      bytes,
      { lang: "ru", fileName: "x.xlsx", keep: "table1" },
      NODE_IO
    );
    expect(node.ok).toBe(false);
    const expected = node.ok ? null : { ok: false, fatal: node.fatal };
    expect(json(bundle.readWorkbookBytes(bytes, { lang: "ru", fileName: "x.xlsx" }))).toEqual(
      json(expected)
    );
  }
});

test("the refusal sentences for files not loaded at all", () => {
  expect(
    json(
      bundle.unreadableFile("too-large", {
        lang: "en",
        fileName: "big.xlsx",
        size: 50 * 1024 * 1024,
      })
    )
  ).toEqual({
    code: "unreadable-workbook",
    message: expect.stringMatching(
      /^“big\.xlsx” cannot be read as an Excel workbook: .*\(50 MB > 20 MB\)\.$/
    ),
  });
  expect(bundle.MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
});
