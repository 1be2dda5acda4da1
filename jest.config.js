/** Type checking is done once by `tsc --noEmit` (npm run typecheck); Jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The fresh-machine promise: a missing program or build stops the run with one sentence (scripts/preflight.mjs).
  globalSetup: "<rootDir>/test/support/preflight.global.mjs",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }],
  },
};
