// The add-in's development loop: every target of scripts/targets/*.mjs built unminified and watched by
// esbuild, dist/ served over HTTPS on https://localhost:3000 (the URLs of manifest.xml) by esbuild's own
// server, and the pane and the standalone page reloading themselves after each rebuild (live reload).
// The localhost certificate comes from office-addin-dev-certs, installed or renewed before serving
// (Office trusts its CA). `npm start` runs this through office-addin-debugging, which sideloads.
//   node scripts/dev-server.mjs [--port=3000]        (npm run dev-server)
//   --certfile=F --keyfile=F                           your own certificate instead (office-addin-dev-certs is not called)
//
// Live reload: esbuild's server sends a `change` event on /esbuild when the context it serves from
// rebuilds with a changed output. The targets are several contexts (their options differ), so the
// server runs on a small context of its own — one generated module whose output changes with every
// rebuild of any target — and the pages, built with a banner, listen on /esbuild and reload.
import * as esbuild from "esbuild";
import { existsSync, mkdirSync, watch as watchFile } from "node:fs";
import { join } from "node:path";
import { loadTargets, root } from "./lib/load-targets.mjs";

const port = Number(
  process.argv.find((a) => a.startsWith("--port="))?.slice("--port=".length) ??
    process.env.npm_package_config_dev_server_port ??
    3000
);
const dist = join(root, "dist");

/** The development certificate for https://localhost: created, trusted and renewed by Microsoft's tool. */
async function certificates() {
  let devCerts;
  try {
    devCerts = (await import("office-addin-dev-certs")).default;
  } catch {
    throw new Error("office-addin-dev-certs is missing: run `npm ci` (it is a devDependency)");
  }
  // Installs the CA and a localhost certificate if there is none or it has expired (asks for the
  // system password once, to trust the CA), as Microsoft's templates do in their dev server.
  await devCerts.getHttpsServerOptions();
  const dir = join(process.env.HOME ?? process.env.USERPROFILE ?? "", ".office-addin-dev-certs");
  return { certfile: join(dir, "localhost.crt"), keyfile: join(dir, "localhost.key") };
}

/** Reloads the page after a rebuild: only in development bundles, only where esbuild serves them. */
const RELOAD_CLIENT = `(() => { if (typeof EventSource === "undefined" || location.protocol !== "https:") return; new EventSource("/esbuild").addEventListener("change", () => location.reload()); })();`;
/** Bundles that are pages' main scripts (they get the reload client). */
const PAGE_SCRIPTS = new Set(["dist/taskpane.js", "dist/standalone.js"]);

let generation = 0;
const beacon = await esbuild.context({
  absWorkingDir: root,
  entryPoints: ["dev-reload"],
  outfile: join(dist, "dev-reload.js"),
  bundle: true,
  write: false,
  logLevel: "warning",
  plugins: [
    {
      name: "generation",
      setup(b) {
        b.onResolve({ filter: /^dev-reload$/ }, () => ({
          path: "dev-reload",
          namespace: "beacon",
        }));
        b.onLoad({ filter: /.*/, namespace: "beacon" }, () => ({
          contents: `export const generation = ${generation};`,
          loader: "js",
        }));
      },
    },
  ],
});

/** Bump the beacon, whose changed output makes esbuild send `change` — once for a burst of rebuilds (one edit rebuilds several bundles). */
let pending = null;
function reload() {
  clearTimeout(pending);
  pending = setTimeout(() => {
    generation++;
    beacon.rebuild().catch(() => undefined);
  }, 300);
}

/** After any target rebuilds without errors: reload the pages. */
const notify = {
  name: "dev-reload-notify",
  setup: (build) => build.onEnd((result) => void (result.errors.length === 0 && reload())),
};

mkdirSync(dist, { recursive: true });
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
let certs =
  arg("certfile") && arg("keyfile") ? { certfile: arg("certfile"), keyfile: arg("keyfile") } : null;
try {
  certs ??= await certificates();
} catch (e) {
  console.error(
    `The development certificate could not be installed: ${e instanceof Error ? e.message : String(e)}. Run: npx office-addin-dev-certs install`
  );
  process.exit(1);
}

const afters = [];
for (const { file, targets, after } of await loadTargets({ dev: true, watch: true })) {
  for (const options of targets) {
    const withReload = PAGE_SCRIPTS.has(options.outfile)
      ? { ...options, banner: { js: RELOAD_CLIENT } }
      : options;
    const ctx = await esbuild.context({
      ...withReload,
      plugins: [...(withReload.plugins ?? []), notify],
    });
    // Built once before serving, so Office never loads a half-written dist/; then watched.
    await ctx.rebuild();
    await ctx.watch();
  }
  if (after) {
    await after({ root, watch: true });
    afters.push(after);
  }
  console.log(`watching ${file}`);
}

// The pages' HTML is copied by the targets' `after` step: copy again (and reload) when it changes.
for (const html of ["src/taskpane/taskpane.html", "src/taskpane/standalone/standalone.html"]) {
  if (!existsSync(join(root, html))) continue;
  watchFile(join(root, html), async () => {
    for (const after of afters) await after({ root, watch: true });
    reload();
  });
}

try {
  // Excel on the web fetches functions.json and functions.js from its own origin: allow any origin.
  const served = await beacon.serve({ servedir: dist, port, ...certs, cors: { origin: "*" } });
  console.log(
    `Atkaruu dev server: https://localhost:${served.port}/taskpane.html and /standalone.html (serving ${dist}, reloading on change)`
  );
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  console.error(
    /address already in use/i.test(message)
      ? `Port ${port} is in use: is the dev server already running? (npm stop)`
      : message
  );
  process.exit(1);
}
