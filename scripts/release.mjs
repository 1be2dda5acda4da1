// `npm run release -- --base-url https://HOST/PATH/` (or ATKARUU_BASE_URL): builds
// release/atkaruu-<version>/ from a production build of every target (scripts/build.mjs):
//   web/            the static files to host at the base URL: the pane, the functions, the icons, the page
//                   (index.html), the manifest again (for "link to manifest" deployment) — every file but
//                   index.html and the licence under a content-hashed name (scripts/release/web.mjs)
//   manifest.xml    every URL on the base URL, a new <Version> (scripts/release/manifest.mjs, version.mjs)
//   atkaruu.html    the standalone page as one self-contained file (scripts/release/one-file-page.mjs)
//   atkaruu-<version>.tgz   the command line: npm install -g atkaruu-<version>.tgz (scripts/release/cli-package.mjs)
//   docs/           for IT: deployment.md (hosting, central deployment, sideloading, updates, rollback)
//                   and RELEASE.md (this release's addresses and files)
//   release.json    version, base URL, every file's SHA-256, the dist → web renames
// Options: --build N (ATKARUU_BUILD) the version's fourth part; --out DIR (default release/);
// --no-build packages the dist/ already built (the tests do, beside the other suites reading dist/).
// Written beside the target and renamed into place: a failed run leaves the previous release as it was.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { root } from "./lib/load-targets.mjs";
import { packCli } from "./release/cli-package.mjs";
import { DEV_BASE, manifestPaths, releaseManifest } from "./release/manifest.mjs";
import { oneFilePage } from "./release/one-file-page.mjs";
import { buildNumber, manifestVersion, parseBaseUrl } from "./release/version.mjs";
import { webTree } from "./release/web.mjs";

const arg = (name) => {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = process.argv[i];
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : process.argv[i + 1];
};

function fail(message) {
  console.error(message);
  process.exit(2);
}

let base, version, build;
try {
  base = parseBaseUrl(arg("base-url") ?? process.env.ATKARUU_BASE_URL);
  build = buildNumber(arg("build") ?? process.env.ATKARUU_BUILD);
} catch (e) {
  fail(e.message);
}
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
try {
  version = manifestVersion(pkg.version, build);
} catch (e) {
  fail(e.message);
}
const out = resolve(arg("out") ?? join(root, "release"));
const dist = join(root, "dist");

if (!process.argv.includes("--no-build")) {
  const r = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) fail("The build failed: see above.");
}

const name = `atkaruu-${pkg.version}`;
const target = join(out, name);
const stage = join(out, `.${name}.${process.pid}.tmp`);
rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, "web"), { recursive: true });

try {
  const devManifest = readFileSync(join(root, "manifest.xml"), "utf8");
  const { files, renamed } = webTree(dist, [...manifestPaths(devManifest), "standalone.html"]);
  const nameOf = (path) => {
    if (!renamed.has(path))
      throw new Error(`manifest.xml names ${DEV_BASE}${path}, which is not in the web tree`);
    return renamed.get(path);
  };
  const manifest = releaseManifest(devManifest, {
    base,
    version,
    nameOf,
    note: `Atkaruu ${version}, built by \`npm run release\` for ${base}: every URL below is a file of this release's web/ folder served there. The development manifest (npm start) is the repository's manifest.xml.`,
  });
  files.set("manifest.xml", Buffer.from(manifest));
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(stage, "web", path)), { recursive: true });
    writeFileSync(join(stage, "web", path), bytes);
  }
  writeFileSync(join(stage, "manifest.xml"), manifest);
  writeFileSync(join(stage, "atkaruu.html"), oneFilePage(dist));

  const { tarball, dir } = await packCli({ root, stage, version: pkg.version });
  rmSync(dir, { recursive: true, force: true });

  mkdirSync(join(stage, "docs"));
  copyFileSync(join(root, "docs", "deployment.md"), join(stage, "docs", "deployment.md"));
  const sha = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");
  const webFiles = [...files.keys()].sort();
  writeFileSync(
    join(stage, "docs", "RELEASE.md"),
    [
      `# Atkaruu ${version}`,
      "",
      `Built for **${base}** (manifest version ${version}). How to host, deploy, update and roll back: [deployment.md](deployment.md).`,
      "",
      `- Host the contents of \`web/\` at ${base} (keep earlier releases' files there: their names never collide).`,
      `- The add-in: upload \`manifest.xml\` in the Microsoft 365 admin center, or give it the link ${new URL("manifest.xml", base).href}.`,
      `- The page in a browser: ${new URL("index.html", base).href}; offline, one file: \`atkaruu.html\`.`,
      `- The command line: \`npm install -g ${tarball.slice(stage.length + 1)}\`, then \`atkaruu\`.`,
      "",
      "| web/ file | SHA-256 |",
      "|---|---|",
      ...webFiles.map((f) => `| \`${f}\` | \`${sha(join(stage, "web", f)).slice(0, 16)}…\` |`),
      "",
    ].join("\n")
  );
  const all = [
    "manifest.xml",
    "atkaruu.html",
    tarball.slice(stage.length + 1),
    ...webFiles.map((f) => `web/${f}`),
  ];
  writeFileSync(
    join(stage, "release.json"),
    JSON.stringify(
      {
        name,
        version: pkg.version,
        manifestVersion: version,
        baseUrl: base,
        renamed: Object.fromEntries(renamed),
        sha256: Object.fromEntries(all.map((f) => [f, sha(join(stage, f))])),
      },
      null,
      2
    ) + "\n"
  );

  // Into place: the previous release of this version moves aside only once the new one is complete.
  const old = `${target}.${process.pid}.old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(stage, target);
  rmSync(old, { recursive: true, force: true });
} catch (e) {
  rmSync(stage, { recursive: true, force: true });
  fail(`The release could not be built: ${e instanceof Error ? e.message : String(e)}`);
}
console.log(`Release ${version} for ${base}: ${target}`);
