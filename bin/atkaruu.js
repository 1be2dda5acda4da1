#!/usr/bin/env node
"use strict";
// The `atkaruu` command. The TypeScript sources are bundled by `npm run build` into dist/cli.
//
// The build also leaves the bundle's V8 code cache beside it (`atkaruu.js.cache`, made by one
// `annex2` run, scripts/targets/cli.mjs): a command is a fresh process, and compiling the functions
// it runs is a good part of its start (issue 14, `npm run bench` annex2). Node 20 has no
// `module.enableCompileCache`, so the bundle is compiled here with `vm.Script` and that cache. The
// cache is used only when its header names this very bundle (length and CRC-32 of its bytes); V8
// itself rejects one made by another Node or with other flags, and then the bundle is compiled as
// usual. No cache, or a stale one: plain `require`, the same code either way.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "atkaruu.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("atkaruu is not built yet: run `npm run build` in " + path.join(__dirname, "..") + "\n");
  process.exit(2);
}
const cacheFile = bundle + ".cache";
/** `ATKARUU_CODE_CACHE=write`: the build's run that makes the cache (compiled without one, written at exit). */
const writing = process.env.ATKARUU_CODE_CACHE === "write";

/** The cache's V8 data when its header names `source` (length, CRC-32), else null. */
function cachedDataFor(source, crc32) {
  let cache;
  try {
    cache = fs.readFileSync(cacheFile);
  } catch {
    return null;
  }
  if (cache.length <= 8 || cache.readUInt32LE(0) !== source.length || cache.readUInt32LE(4) !== crc32(source)) return null;
  return cache.subarray(8);
}

function runWithCodeCache() {
  const { crc32 } = require("node:zlib");
  if (typeof crc32 !== "function") return false; // Node before 20.15: no zlib.crc32
  const source = fs.readFileSync(bundle);
  const cachedData = writing ? null : cachedDataFor(source, crc32);
  if (cachedData === null && !writing) return false;
  const vm = require("node:vm");
  const Module = require("node:module");
  // The wrapper Node puts around every CommonJS module, so the bundle runs as `require` would run it.
  const wrapped = "(function (exports, require, module, __filename, __dirname) { " + source.toString("utf8") + "\n});";
  const script = new vm.Script(wrapped, { filename: bundle, ...(cachedData !== null ? { cachedData } : {}) });
  if (writing) {
    process.once("exit", () => {
      const header = Buffer.alloc(8);
      header.writeUInt32LE(source.length, 0);
      header.writeUInt32LE(crc32(source), 4);
      try {
        fs.writeFileSync(cacheFile, Buffer.concat([header, script.createCachedData()]));
      } catch (err) {
        process.stderr.write(`no code cache written: ${err instanceof Error ? err.message : String(err)}\n`);
      }
    });
  }
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  script.runInThisContext()(mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  return true;
}

if (!runWithCodeCache()) require(bundle);
