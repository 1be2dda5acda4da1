#!/usr/bin/env node
"use strict";
// The `atkaruu` command. The TypeScript sources are bundled by `npm run build` into dist/cli.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "atkaruu.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("atkaruu is not built yet: run `npm run build` in " + path.join(__dirname, "..") + "\n");
  process.exit(2);
}
require(bundle);
