/**
 * A release built for the tests (and the benchmark): `node scripts/release.mjs --no-build` packages the
 * dist/ that `npm run build` made — the same bundles the other suites read, never rebuilt under them —
 * for a made-up base URL, into a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";

const ROOT = join(__dirname, "..", "..");

const releaseInfo = z.object({
  name: z.string(),
  version: z.string(),
  manifestVersion: z.string(),
  baseUrl: z.string(),
  renamed: z.record(z.string(), z.string()),
  sha256: z.record(z.string(), z.string()),
});
export type ReleaseInfo = z.infer<typeof releaseInfo>;

export interface BuiltRelease {
  /** release/atkaruu-<version>/ inside `out`. */
  readonly dir: string;
  readonly web: string;
  readonly info: ReleaseInfo;
}

/** Builds the release synchronously (a few seconds): suites can describe their checks on its files. */
export function buildRelease(out: string, baseUrl: string, build: number): BuiltRelease {
  execFileSync(
    process.execPath,
    [
      join(ROOT, "scripts", "release.mjs"),
      "--no-build",
      "--base-url",
      baseUrl,
      "--build",
      String(build),
      "--out",
      out,
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] }
  );
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  const dir = join(out, `atkaruu-${pkg.version}`);
  return {
    dir,
    web: join(dir, "web"),
    info: releaseInfo.parse(JSON.parse(readFileSync(join(dir, "release.json"), "utf8"))),
  };
}
