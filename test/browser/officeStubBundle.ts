/**
 * Bundles officeStub.ts for the browser with esbuild. The double reads Microsoft's Excel API
 * declarations (@types/office-js) with `fs` at start-up; here `fs` is replaced by a module that
 * returns the Excel namespace of that file, read now in Node, so the double is exactly as strict
 * in the page as in Jest.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";

const ROOT = join(__dirname, "..", "..");

/** The `declare namespace Excel { … }` block: all the double's API check reads. */
function excelDeclarations(): string {
  const text = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const start = text.indexOf("\ndeclare namespace Excel {");
  if (start < 0) throw new Error("@types/office-js: no Excel namespace");
  const end = text.indexOf("\n}", start + 1);
  return text.slice(start + 1, end + 3);
}

export async function buildOfficeStub(): Promise<string> {
  const declarations = excelDeclarations();
  const out = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ["test/browser/officeStub.ts"],
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "chrome100",
    logLevel: "error",
    // The double finds the declarations with require.resolve (any path will do for the fs stand-in)
    // and uses two Node globals: setImmediate to defer, Buffer.byteLength to measure payloads.
    banner: {
      js: [
        "var require = { resolve: function (p) { return p; } };",
        "if (typeof Buffer === 'undefined') { window.Buffer = { byteLength: function (s) { return new TextEncoder().encode(String(s)).length; } }; }",
        "if (typeof setImmediate === 'undefined') { window.setImmediate = function (fn) { var args = Array.prototype.slice.call(arguments, 1); return setTimeout(function () { fn.apply(null, args); }, 0); }; }",
      ].join("\n"),
    },
    plugins: [
      {
        name: "fs-with-office-declarations",
        setup(build) {
          build.onResolve({ filter: /^(node:)?fs$/ }, () => ({
            path: "fs",
            namespace: "office-declarations",
          }));
          build.onLoad({ filter: /.*/, namespace: "office-declarations" }, () => ({
            contents: `const text = ${JSON.stringify(declarations)};\nexport function readFileSync() { return text; }\n`,
            loader: "js",
          }));
        },
      },
    ],
  });
  return out.outputFiles[0].text;
}
