// The fresh-machine promise of `npm test`: before anything is built or run, check what the tests need
// besides node_modules — the real programs they drive (Chromium, LibreOffice, Python's openpyxl and
// xlsxwriter, pdftotext) — and either install what is missing (Linux with apt-get, as root or with
// password-less sudo) or stop at once with one sentence naming the command to run. Never a wall of
// failed tests. Only Node's built-ins here: this runs before `npm ci` in .ci/run.
//
//   node scripts/preflight.mjs              npm test's first step: node_modules, then the programs (installs them)
//   node scripts/preflight.mjs --programs   the programs only (.ci/run, before npm ci)
//   ATKARUU_NO_INSTALL=1                    check only, never install
// test/support/preflight.global.mjs (Jest's globalSetup) checks the same without installing, so a
// plain `npx jest` stops the same way.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PYTHON = "/usr/bin/python3";

/** Can the system Python import a module? (The python3 on PATH may be a pyenv build without them.) */
function pythonHas(module) {
  if (!existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ["-c", `import ${module}`], { stdio: "ignore" }).status === 0;
}

/** Every program the tests use, how to tell it is there, and its Debian/Ubuntu package. */
export const PROGRAMS = [
  { name: "Chromium", present: () => existsSync("/usr/bin/chromium"), apt: "chromium" },
  {
    name: "LibreOffice",
    present: () => existsSync(process.env.SOFFICE ?? "/usr/bin/soffice"),
    apt: "libreoffice-calc",
  },
  { name: "Python's openpyxl", present: () => pythonHas("openpyxl"), apt: "python3-openpyxl" },
  {
    name: "Python's XlsxWriter",
    present: () => pythonHas("xlsxwriter"),
    apt: "python3-xlsxwriter",
  },
  { name: "pdftotext", present: () => existsSync("/usr/bin/pdftotext"), apt: "poppler-utils" },
];

/** The programs not found on this machine. */
export function missingPrograms() {
  return PROGRAMS.filter((p) => !p.present());
}

/** The packages npm test needs that npm ci installs (a few that every run loads). */
const MODULES = ["esbuild", "jest", "ts-jest", "typescript", "exceljs", "playwright-core"];

export function missingModules() {
  return MODULES.filter((m) => !existsSync(join(root, "node_modules", m, "package.json")));
}

const aptCommand = (missing) => `sudo apt-get install -y ${missing.map((p) => p.apt).join(" ")}`;

/** One sentence: what is missing and the command that installs it. */
export function programsSentence(missing) {
  const names = missing.map((p) => p.name).join(", ");
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    return `npm test drives real programs this machine lacks (${names}; on Debian/Ubuntu: ${missing.map((p) => p.apt).join(" ")}): install them (Chromium at /usr/bin/chromium, LibreOffice at /usr/bin/soffice or $SOFFICE, the Python modules for /usr/bin/python3) and run npm test again.`;
  }
  return `npm test needs ${names}, missing on this machine: run \`${aptCommand(missing)}\` (or .ci/run, which also runs npm ci and npm test), then npm test again.`;
}

export function modulesSentence(missing) {
  return `npm test needs the project's packages (${missing.join(", ")} not found): run \`npm ci\` first, then npm test again.`;
}

/** Root, or sudo that asks no password (or may ask, at a terminal the user started .ci/run from). */
function asRoot(interactive) {
  if (process.getuid?.() === 0) return [];
  if (!existsSync("/usr/bin/sudo")) return null;
  if (spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0) return ["sudo", "-n"];
  return interactive ? ["sudo"] : null;
}

/** Install the missing programs with apt-get when this machine lets us; true when all are there after. */
function install(missing, interactive) {
  if (
    process.env.ATKARUU_NO_INSTALL ||
    process.platform !== "linux" ||
    !existsSync("/usr/bin/apt-get")
  )
    return false;
  const prefix = asRoot(interactive);
  if (prefix === null) return false;
  const packages = missing.map((p) => p.apt);
  console.error(`preflight: installing what npm test needs with apt-get: ${packages.join(" ")}`);
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, ...args];
    execFileSync(cmd, rest, {
      stdio: [interactive ? "inherit" : "ignore", "inherit", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  };
  try {
    run(["apt-get", "update"]);
    run(["apt-get", "install", "-y", ...packages]);
  } catch {
    return false;
  }
  return missingPrograms().length === 0;
}

/** npm test's preflight. Returns the exit code. */
export function preflight({ programsOnly = false } = {}) {
  if (!programsOnly) {
    const modules = missingModules();
    if (modules.length > 0) {
      console.error(modulesSentence(modules));
      return 1;
    }
  }
  const missing = missingPrograms();
  if (missing.length === 0) return 0;
  if (install(missing, programsOnly && process.stdin.isTTY === true)) return 0;
  console.error(programsSentence(missingPrograms()));
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit(preflight({ programsOnly: process.argv.includes("--programs") }));
}
