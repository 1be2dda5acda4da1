// The `atkaruu` command: one Node bundle; npm packages stay external (installed beside it).
export default [
  {
    entryPoints: ["src/cli/main.ts"],
    outfile: "dist/cli/atkaruu.js",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: true,
  },
];
