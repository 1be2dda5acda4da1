/**
 * The fresh-machine promise (scripts/preflight.mjs, test/support/preflight.global.mjs): when a program
 * the tests drive is missing, `npm test` and a plain `npx jest` stop at once with one sentence that
 * names the command to run — no build, no failed tests. A missing program is simulated with $SOFFICE
 * pointing nowhere (the LibreOffice path every LibreOffice test uses); ATKARUU_NO_INSTALL keeps the
 * preflight from installing it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function run(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 110_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

test("npm test without LibreOffice stops before building, with one sentence naming the install command", () => {
  const started = Date.now();
  const r = run(NPM, ["test"], {
    SOFFICE: join(tmpdir(), "no-such-soffice"),
    ATKARUU_NO_INSTALL: "1",
  });
  expect(r.status).toBe(1);
  expect(lines(r.stderr)).toEqual([
    expect.stringContaining("`sudo apt-get install -y libreoffice-calc`"),
  ]);
  expect(r.stderr).toContain("LibreOffice");
  // Nothing was built or run: npm only echoed the script line.
  expect(r.stdout).not.toMatch(/built |Test Suites|tsc/);
  expect(Date.now() - started).toBeLessThan(60_000);
});

test("the preflight passes quietly when everything is there", () => {
  const r = run(process.execPath, ["scripts/preflight.mjs"], { ATKARUU_NO_INSTALL: "1" });
  expect([r.status, r.stderr]).toEqual([0, ""]);
});

test("without node_modules the sentence says to run npm ci", () => {
  const dir = mkdtempSync(join(tmpdir(), "atkaruu-preflight-"));
  try {
    mkdirSync(join(dir, "scripts"));
    copyFileSync(join(ROOT, "scripts", "preflight.mjs"), join(dir, "scripts", "preflight.mjs"));
    const r = run(process.execPath, ["scripts/preflight.mjs"], { ATKARUU_NO_INSTALL: "1" }, dir);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringContaining("run `npm ci` first")]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a plain jest run stops in its global setup with the same sentence, running no test", () => {
  const r = run(
    process.execPath,
    [join(ROOT, "node_modules", "jest", "bin", "jest.js"), "test/core/basics.test.ts"],
    { SOFFICE: join(tmpdir(), "no-such-soffice") }
  );
  expect(r.status).toBe(1);
  const out = r.stdout + r.stderr;
  expect(out).toContain("`sudo apt-get install -y libreoffice-calc`");
  expect(out).not.toMatch(/Tests:|PASS|FAIL/);
});
