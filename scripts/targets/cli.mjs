// The `atkaruu` command: one Node bundle. zod is bundled in: every call starts a process, and resolving
// and loading zod's few hundred files from node_modules cost about 40 ms of each start (issue 14,
// `npm run bench` annex2). ExcelJS stays external: only the commands that write new workbooks
// (`template`, `table1`, `consolidate`) load it, with `import()` when they write.
export default [
  {
    entryPoints: ["src/cli/main.ts"],
    outfile: "dist/cli/atkaruu.js",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["exceljs"],
    sourcemap: true,
  },
];
