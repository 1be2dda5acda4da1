/**
 * `npm run release` for a made-up base URL (scripts/release.mjs, packaging the dist/ of `npm run build`):
 * the release manifest passes the same structural checks as the development one (test/manifest/checks.ts)
 * and every URL it names is a file of web/ under the hash of its content; web/ holds what the manifest and
 * the pages reference and nothing else; the CLI tarball installs offline into a temporary prefix and
 * gives the same answers as the repository's CLI; the one-file atkaruu.html, copied ALONE into an empty
 * folder and opened from file:// with the browser offline, opens a workbook, generates and downloads
 * Annex 2 with the right figures and consolidates with its inlined reader, while Chromium's request
 * log shows nothing but the page itself; and web/ served over HTTP loads the hashed reader.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { launchChromium } from "../browser/chromium";
import type { Chromium } from "../browser/chromium";
import { threeBodies, writeBodyWorkbook } from "../browser/consolidateFixtures";
import { table1Workbook } from "../browser/fixtures";
import { buildOfficeStub } from "../browser/officeStubBundle";
import {
  consolidateFiles,
  expectAnnex2Figures,
  expectedShown,
  fillReport,
  recordRequests,
  shownFigures,
} from "../browser/pageSteps";
import { serveDirectory } from "../browser/server";
import { manifestSuite } from "../manifest/checks";
import { buildRelease } from "../support/release";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const BASE = "https://atkaruu.example.test/monitoring/excel/";
const BUILD = 4242;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// Built while the suite is collected, so the manifest checks can be described on its files.
const OUT = mkdtempSync(join(tmpdir(), "atkaruu-release-"));
const { dir: DIR, web: WEB, info: INFO } = buildRelease(OUT, BASE, BUILD);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const nameOf = (distPath: string): string => {
  const name = INFO.renamed[distPath];
  if (name === undefined) throw new Error(`${distPath} is not in the release`);
  return name;
};

manifestSuite("the release manifest.xml (made-up base URL)", {
  manifest: join(DIR, "manifest.xml"),
  web: WEB,
  base: BASE,
  nameOf,
});

/** Every https:// URL in a manifest's attributes. */
const manifestUrls = (xml: string): string[] =>
  [...xml.matchAll(/\b(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
const versionOf = (xml: string): number[] =>
  /<Version>([^<]+)<\/Version>/.exec(xml)![1].split(".").map(Number);
const HASHED = /\.([0-9a-f]{10})\.[a-z]+$/;
const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");
/** Office's order of versions: part by part, a missing part is 0. */
function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]
  );
}

describe("the release folder", () => {
  const manifest = readFileSync(join(DIR, "manifest.xml"), "utf8");
  const devManifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

  test("every manifest URL is on the base URL and names a file of web/ under the hash of its content", () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect([u, u.startsWith(BASE)]).toEqual([u, true]);
      const file = join(WEB, decodeURIComponent(u.slice(BASE.length)));
      expect([u, existsSync(file)]).toEqual([u, true]);
      const hash = HASHED.exec(u)?.[1];
      expect([u, hash !== undefined && sha(file).startsWith(hash)]).toEqual([u, true]);
    }
    expect(manifest).not.toMatch(/localhost/);
    expect(readFileSync(join(WEB, "manifest.xml"), "utf8")).toBe(manifest);
  });

  test("both manifests name the same files: the development one in dist/, the release one in web/", () => {
    const dev = manifestUrls(devManifest);
    const rel = manifestUrls(manifest);
    expect(rel.length).toBe(dev.length);
    dev.forEach((u, i) => {
      const path = decodeURIComponent(new URL(u).pathname.slice(1));
      expect([u, existsSync(join(DIST, path))]).toEqual([u, true]);
      expect(rel[i]).toBe(`${BASE}${nameOf(path)}`);
    });
  });

  test("a new, greater <Version> of four parts: the package version and the build number", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(versionOf(manifest)).toEqual([...pkg.version.split(".").map(Number), BUILD]);
    expect(INFO.manifestVersion).toBe(`${pkg.version}.${BUILD}`);
    expect(compareVersions(versionOf(manifest), versionOf(devManifest))).toBeGreaterThan(0);
  });

  test("web/ holds exactly what the manifest and the pages reference, every bundle without a source map", () => {
    const files = walk(WEB)
      .map((f) => relative(WEB, f).split("\\").join("/"))
      .sort();
    expect(files).toEqual(
      [
        ...new Set([...Object.values(INFO.renamed), "manifest.xml", "THIRD-PARTY-LICENSES.txt"]),
      ].sort()
    );
    for (const [from, to] of Object.entries(INFO.renamed)) {
      if (to === "index.html") expect(from).toBe("standalone.html");
      else
        expect([to, HASHED.test(to) && sha(join(WEB, to)).startsWith(HASHED.exec(to)![1])]).toEqual(
          [to, true]
        );
    }
    for (const js of files.filter((f) => f.endsWith(".js"))) {
      const text = readFileSync(join(WEB, js), "utf8");
      expect([js, text.includes("sourceMappingURL")]).toEqual([js, false]);
      expect([js, /\.LEGAL\.txt/.test(text)]).toEqual([js, false]);
    }
    // The pages load the hashed bundles; the pane and the page load the reader by its hashed name.
    expect(readFileSync(join(WEB, "index.html"), "utf8")).toContain(
      `src="${nameOf("standalone.js")}"`
    );
    for (const bundle of ["taskpane.js", "standalone.js"])
      expect(readFileSync(join(WEB, nameOf(bundle)), "utf8")).toContain(
        JSON.stringify(nameOf("consolidate-reader.js"))
      );
    expect(readFileSync(join(WEB, "THIRD-PARTY-LICENSES.txt"), "utf8")).toMatch(/React|react/);
  });

  test("release.json gives every file's SHA-256, and docs/ the IT guide and this release's addresses", () => {
    for (const [file, digest] of Object.entries(INFO.sha256))
      expect([file, sha(join(DIR, file))]).toEqual([file, digest]);
    expect(Object.keys(INFO.sha256)).toEqual(
      expect.arrayContaining([
        "manifest.xml",
        "atkaruu.html",
        `atkaruu-${INFO.version}.tgz`,
        `web/${nameOf("taskpane.html")}`,
      ])
    );
    expect(readFileSync(join(DIR, "docs", "deployment.md"), "utf8")).toBe(
      readFileSync(join(ROOT, "docs", "deployment.md"), "utf8")
    );
    const notes = readFileSync(join(DIR, "docs", "RELEASE.md"), "utf8");
    expect(notes).toContain(`${BASE}manifest.xml`);
    expect(notes).toContain(INFO.manifestVersion);
  });

  test("a base URL that is not https://, or none, is refused with one sentence and nothing is written", () => {
    const out = mkdtempSync(join(tmpdir(), "atkaruu-release-bad-"));
    try {
      for (const args of [["--base-url", "http://intranet.example/atkaruu/"], []]) {
        const r = spawnSync(
          process.execPath,
          [join(ROOT, "scripts", "release.mjs"), "--no-build", ...args, "--out", out],
          { cwd: ROOT, encoding: "utf8", env: { ...process.env, ATKARUU_BASE_URL: "" } }
        );
        expect(r.status).toBe(2);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.stderr).toMatch(/https:\/\//);
      }
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("the command line package", () => {
  const tarball = join(DIR, `atkaruu-${INFO.version}.tgz`);

  test("declares no dependencies and holds the bundled command", () => {
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
      .trim()
      .split("\n")
      .sort();
    expect(listing).toEqual([
      "package/README.md",
      "package/atkaruu.js",
      "package/atkaruu.js.LEGAL.txt",
      "package/package.json",
    ]);
    const pkg = JSON.parse(
      execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" })
    ) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: "atkaruu",
      version: INFO.version,
      bin: { atkaruu: "atkaruu.js" },
    });
    for (const key of ["dependencies", "optionalDependencies", "peerDependencies", "scripts"])
      expect([key, pkg[key]]).toEqual([key, undefined]);
  });

  test("npm install -g into a temporary prefix, offline, gives atkaruu — with the repository CLI's answers", () => {
    const prefix = mkdtempSync(join(tmpdir(), "atkaruu-prefix-"));
    try {
      const npm = process.platform === "win32" ? "npm.cmd" : "npm";
      const cache = join(prefix, ".npm-cache"); // an empty cache: nothing could come from an earlier download
      execFileSync(
        npm,
        [
          "install",
          "-g",
          "--prefix",
          prefix,
          "--offline",
          "--cache",
          cache,
          "--no-audit",
          "--no-fund",
          tarball,
        ],
        { cwd: prefix, stdio: "pipe" }
      );
      const bin = join(prefix, "bin", "atkaruu");
      expect(existsSync(bin)).toBe(true);
      const args = (out: string): string[] => [
        "annex2",
        join(ROOT, "examples", "table1-example.xlsx"),
        "--body",
        "МЦРИТ",
        "--as-of",
        "2025-06-30",
        "--out",
        out,
        "--json",
      ];
      const installed = JSON.parse(
        execFileSync(bin, args(join(prefix, "installed.xlsx")), { cwd: prefix, encoding: "utf8" })
      ) as { summary: { total: number; completed: number; executionLevel: number } };
      const repo = JSON.parse(
        execFileSync(
          process.execPath,
          [join(ROOT, "bin", "atkaruu.js"), ...args(join(prefix, "repo.xlsx"))],
          { cwd: prefix, encoding: "utf8" }
        )
      ) as typeof installed;
      expect(installed.summary).toMatchObject({ total: 41, completed: 14, executionLevel: 34.1 });
      expect(JSON.stringify(installed).replace(/installed\.xlsx/g, "X")).toBe(
        JSON.stringify(repo).replace(/repo\.xlsx/g, "X")
      );
      expect(statSync(join(prefix, "installed.xlsx")).size).toBeGreaterThan(0);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});

describe("in Chromium", () => {
  let browser: Chromium;
  let work: string;
  let sample: string;
  let bodies: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "atkaruu-release-browser-"));
    sample = join(work, "table1.xlsx");
    writeFileSync(sample, await table1Workbook());
    bodies = [];
    for (const b of threeBodies()) bodies.push(await writeBodyWorkbook(work, b));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** The one-file page copied alone into an empty folder, opened from file:// with the browser offline. */
  async function openAlone(): Promise<{
    page: Page;
    url: string;
    requests: string[];
    problems: string[];
  }> {
    const alone = join(work, `alone-${Date.now()}`);
    mkdirSync(alone);
    copyFileSync(join(DIR, "atkaruu.html"), join(alone, "atkaruu.html"));
    expect(readdirSync(alone)).toEqual(["atkaruu.html"]);
    await browser.context.setOffline(true);
    const page = await browser.context.newPage();
    const requests = recordRequests(page);
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(String(e)));
    // A Content-Security-Policy refusal is reported on the console.
    page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
    const url = pathToFileURL(join(alone, "atkaruu.html")).href;
    await page.goto(url);
    return { page, url, requests, problems };
  }

  afterEach(() => browser.context.setOffline(false));

  /** Requests that could have gone anywhere: blob: and data: URLs are the page's own memory. */
  const network = (requests: string[]): string[] =>
    requests.filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"));

  test("atkaruu.html alone, offline: opens a workbook, generates and downloads Annex 2 with the right figures; no request but the page", async () => {
    const { page, url, requests, problems } = await openAlone();
    await page.getByTestId("language").selectOption("ky");
    await page.getByTestId("file-input").setInputFiles(sample);
    await page.getByTestId("opened").waitFor();
    await fillReport(page);
    await page.getByTestId("check").click();
    await page.getByTestId("figures").waitFor();
    await page.getByTestId("generate").click();
    await page.getByTestId("download").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download").click(),
    ]);
    const saved = join(work, "one-file-annex2.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expectAnnex2Figures(wb, "ky");
    expect(network(requests)).toEqual([url]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("atkaruu.html alone, offline: consolidation runs on the inlined reader", async () => {
    const { page, url, requests, problems } = await openAlone();
    await page.getByTestId("language").selectOption("en");
    await consolidateFiles(page, "en", bodies);
    expect(await shownFigures(page)).toEqual(expectedShown("en", "overall"));
    expect(network(requests)).toEqual([url]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("web/ over HTTP: the page and the pane load their hashed files, the reader by its hashed name, nothing missing", async () => {
    const server = await serveDirectory(WEB);
    try {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(String(e)));
      await page.goto(`${server.origin}/index.html`);
      await page.getByTestId("language").selectOption("en");
      await consolidateFiles(page, "en", bodies);
      expect(await shownFigures(page)).toEqual(expectedShown("en", "overall"));
      await page.close();

      const pane = await browser.context.newPage();
      pane.on("pageerror", (e) => problems.push(String(e)));
      await pane.addInitScript(
        (s) => ((window as unknown as { __ATKARUU_SEED__: unknown }).__ATKARUU_SEED__ = s),
        { displayLanguage: "en-US", sheets: [{ name: "Sheet1", rows: [["Report"]], merges: [] }] }
      );
      const stub = await buildOfficeStub();
      await pane.route(OFFICE_JS, (route) =>
        route.fulfill({ contentType: "text/javascript", body: stub })
      );
      await pane.goto(`${server.origin}/${nameOf("taskpane.html")}`);
      await pane.getByTestId("tab-consolidate").waitFor();
      await pane.close();

      expect(server.requested).toEqual(
        expect.arrayContaining([
          "/index.html",
          `/${nameOf("standalone.js")}`,
          `/${nameOf("consolidate-reader.js")}`,
          `/${nameOf("taskpane.html")}`,
          `/${nameOf("functions.js")}`,
          `/${nameOf("taskpane.js")}`,
        ])
      );
      const missing = server.requested.filter(
        (p) => p !== "/favicon.ico" && !existsSync(join(WEB, decodeURIComponent(p)))
      );
      expect(missing).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
