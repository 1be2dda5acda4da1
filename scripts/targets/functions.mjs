// Excel custom functions: dist/functions.js, dist/functions.json and the localised metadata.
//
// 1. dist/functions.json is generated from the JSDoc of src/functions/functions.ts by
//    custom-functions-metadata (never hand-kept), then completed by completeGeneratedMetadata in
//    src/functions/metadata.ts: descriptions on one line, and allowErrorForDataTypeAny so that error
//    cells inside a range reach the functions (the generator cannot express that flag).
// 2. The hand-written localised files src/functions/locales/functions-<lang>.json are checked against
//    the generated English file (same ids, parameters, types; every name and description
//    localised; Office's naming rules) and copied to dist/. A file that drifted stops the build.
// 3. dist/functions.js bundles functions.ts and calls CustomFunctions.associate for every id the
//    generator found, so ids and functions cannot get out of step either.
import * as esbuild from "esbuild";
import cfm from "custom-functions-metadata";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const SOURCE = "src/functions/functions.ts";
const LOCALES = "src/functions/locales";

/** Write beside the target, then rename: a page or test reading dist/ never sees half a file. */
function writeAtomically(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Load src/functions/metadata.ts (TypeScript, with zod bundled in) for the checks, built in memory. */
async function loadChecks(root) {
  const out = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["src/functions/metadata.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "warning",
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`
  );
}

/** Metadata from the JSDoc of functions.ts, completed for Office (see completeGeneratedMetadata). */
export async function generateMetadata(root, checks) {
  const result = await cfm.generateCustomFunctionsMetadata(join(root, SOURCE));
  if (result.errors.length > 0)
    throw new Error(`custom-functions-metadata: ${result.errors.join("; ")}`);
  return {
    metadata: checks.completeGeneratedMetadata(JSON.parse(result.metadataJson)),
    associate: result.associate,
  };
}

/** `outDir` (absolute, or relative to root) lets the tests build into a scratch folder instead of dist/. */
export default async function functionsTargets({ root, outDir = "dist" }) {
  const checks = await loadChecks(root);
  const { metadata: english, associate } = await generateMetadata(root, checks);
  const problems = checks.namingProblems(english, "dist/functions.json");
  const locales = readdirSync(join(root, LOCALES))
    .filter((f) => /^functions-[a-z]{2}(-[A-Za-z]+)?\.json$/.test(f))
    .sort();
  const copies = [];
  for (const f of locales) {
    const text = readFileSync(join(root, LOCALES, f), "utf8");
    const localised = checks.parseMetadata(text, `${LOCALES}/${f}`);
    problems.push(...checks.localisationProblems(english, localised, `${LOCALES}/${f}`));
    copies.push([f, text]);
  }
  if (problems.length > 0)
    throw new Error(`custom functions metadata:\n  ${problems.join("\n  ")}`);

  const out = resolve(root, outDir);
  mkdirSync(out, { recursive: true });
  writeAtomically(join(out, "functions.json"), JSON.stringify(english, null, 2) + "\n");
  for (const [f, text] of copies) writeAtomically(join(out, f), text);

  const entry = [
    `import * as functions from "./${SOURCE.replace(/\.ts$/, "")}";`,
    `declare const CustomFunctions: { associate(id: string, fn: (...args: never[]) => unknown): void } | undefined;`,
    // Harmless outside Excel (a page loading the bundle without the custom-functions runtime).
    `if (typeof CustomFunctions !== "undefined") {`,
    ...associate.map(
      (a) => `  CustomFunctions.associate(${JSON.stringify(a.id)}, functions.${a.functionName});`
    ),
    `}`,
  ].join("\n");

  return [
    {
      stdin: { contents: entry, resolveDir: root, sourcefile: "functions-entry.ts", loader: "ts" },
      outfile: join(out, "functions.js"),
      bundle: true,
      platform: "browser",
      format: "iife",
      target: "es2019",
      minify: true,
      sourcemap: true,
    },
  ];
}
