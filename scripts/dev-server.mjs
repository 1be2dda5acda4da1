// The add-in's development server: serves dist/ over HTTPS on https://localhost:3000 (the URLs in
// manifest.xml) with the certificate `npx office-addin-dev-certs install` puts in
// ~/.office-addin-dev-certs/, which Office trusts. `npm start` runs it through office-addin-debugging.
//   node scripts/dev-server.mjs [--port=3000]
import { createServer } from "node:https";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const port = Number(process.argv.find((a) => a.startsWith("--port="))?.slice("--port=".length) ?? process.env.npm_package_config_dev_server_port ?? 3000);
const certDir = join(homedir(), ".office-addin-dev-certs");
const certFile = join(certDir, "localhost.crt");
const keyFile = join(certDir, "localhost.key");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

if (!existsSync(certFile) || !existsSync(keyFile)) {
  console.error(`No development certificate in ${certDir}. Run: npx office-addin-dev-certs install`);
  process.exit(1);
}
if (!existsSync(join(dist, "taskpane.html"))) {
  console.error("dist/taskpane.html is missing. Run: npm run build");
  process.exit(1);
}

const server = createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, (req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (path === "/") {
    res.writeHead(302, { location: "/taskpane.html" }).end();
    return;
  }
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist + sep)) {
    res.writeHead(403).end();
    return;
  }
  readFile(file).then(
    (body) => {
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        // Excel fetches functions.json and functions.js from its own origin.
        "access-control-allow-origin": "*",
        "cache-control": "no-store",
      });
      res.end(body);
    },
    () => res.writeHead(404).end(),
  );
});

server.on("error", (e) => {
  console.error(e.code === "EADDRINUSE" ? `Port ${port} is in use: is the dev server already running? (npm stop)` : String(e));
  process.exit(1);
});
server.listen(port, () => console.log(`Atkaruu dev server: https://localhost:${port}/taskpane.html (serving ${dist})`));
