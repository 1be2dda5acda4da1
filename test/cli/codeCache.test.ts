/**
 * bin/atkaruu.js starts the bundle from the V8 code cache the build leaves beside it
 * (scripts/targets/cli.mjs): the same answers with and without it, and a cache is used only for the
 * very bundle it was made from — V8 alone would take a cache made for another bundle of the same
 * length and run the old code.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { buildPrivateCli, ROOT, runProcess } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
let bin: string;
let bundle: string;
const EXAMPLE = join(ROOT, "examples", "table1-example.xlsx");
const annex2 = (out: string): string[] => [
  "annex2",
  EXAMPLE,
  "--body",
  "МЦРИТ",
  "--as-of",
  "2025-06-30",
  "--out",
  join(dir, out),
  "--json",
];

beforeAll(async () => {
  // The repository's layout (bin/ beside dist/cli/) inside dist/, so `require("exceljs")` still resolves.
  const built = await buildPrivateCli();
  dir = mkdtempSync(join(ROOT, "dist", ".test-code-cache-"));
  mkdirSync(join(dir, "bin"));
  mkdirSync(join(dir, "dist", "cli"), { recursive: true });
  bin = join(dir, "bin", "atkaruu.js");
  bundle = join(dir, "dist", "cli", "atkaruu.js");
  copyFileSync(join(ROOT, "bin", "atkaruu.js"), bin);
  copyFileSync(built, bundle);
  rmSync(join(built, ".."), { recursive: true, force: true });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const withoutOutName = (s: string): string => s.replace(/"output": "[^"]*"/, '"output": "X"');

test("the build's run writes a cache that names its bundle; runs with it and without it answer the same", async () => {
  const write = await runProcess(bin, annex2("train.xlsx"), {
    cwd: dir,
    env: { ATKARUU_CODE_CACHE: "write" },
  });
  expect(write.code).toBe(0);
  const cache = readFileSync(`${bundle}.cache`);
  const source = readFileSync(bundle);
  expect([cache.readUInt32LE(0), cache.readUInt32LE(4)]).toEqual([source.length, crc32(source)]);
  expect(cache.length).toBeGreaterThan(100_000); // the functions the run compiled, not only the top level

  const cached = await runProcess(bin, annex2("cached.xlsx"), { cwd: dir });
  rmSync(`${bundle}.cache`);
  const plain = await runProcess(bin, annex2("plain.xlsx"), { cwd: dir });
  expect(cached.code).toBe(0);
  expect(JSON.parse(cached.stdout).summary).toMatchObject({
    total: 41,
    completed: 14,
    executionLevel: 34.1,
  });
  expect([cached.code, withoutOutName(cached.stdout), cached.stderr]).toEqual([
    plain.code,
    withoutOutName(plain.stdout),
    plain.stderr,
  ]);
  expect(existsSync(join(dir, "cached.xlsx")) && existsSync(join(dir, "plain.xlsx"))).toBe(true);
});

test("a cache made for another bundle of the same length is not used: the new bundle's code runs", async () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  const other = version.replace(/\d/g, (d) => (d === "9" ? "8" : "9"));
  const source = readFileSync(bundle, "utf8");
  expect(source).toContain(`version: "${version}"`);
  const write = await runProcess(bin, ["--version"], {
    cwd: dir,
    env: { ATKARUU_CODE_CACHE: "write" },
  });
  expect([write.code, write.stdout.trim(), existsSync(`${bundle}.cache`)]).toEqual([
    0,
    version,
    true,
  ]);
  // The same length, other code (as a rebuild in watch mode leaves it): the cache no longer matches.
  writeFileSync(bundle, source.replace(`version: "${version}"`, `version: "${other}"`));
  const r = await runProcess(bin, ["--version"], { cwd: dir });
  expect([r.code, r.stdout.trim()]).toEqual([0, other]);
  writeFileSync(bundle, source);
});
