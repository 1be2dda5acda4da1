// The static files of a release (web/): what the manifest and the pages reference in dist/, copied
// under content-hashed names — `taskpane.3f9c1a2b7d.js` — so that an update reaches every user at once.
// Office and browsers cache an add-in's files; Excel keeps functions.json (and its locales) for up to
// 24 hours whatever the server says (office-js#4722, #2777): a new name is a new file. Each file's name
// is the hash of its final bytes, after the names it references are rewritten, so a change anywhere
// renames everything that leads to it, up to the manifest. Releases can share one folder: nothing but
// the page's index.html and the licence file keeps its name, so the previous release keeps working
// for users whose Office still has the previous manifest (and a rollback finds its files in place).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join, posix } from "node:path";

/** Pages that keep a stable name: the address people open or bookmark. */
const STABLE = new Map([["standalone.html", "index.html"]]);
/** One licence file for the third-party notices every bundle points at. */
export const LICENSES = "THIRD-PARTY-LICENSES.txt";
/** The on-demand reader the pane and the page load by file name (src/taskpane/consolidate/loadReader.ts). */
const READER = "consolidate-reader.js";

export const contentHash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);

/** `dir/name.ext` → `dir/name.<hash>.ext`. */
export function hashedName(path, bytes) {
  const ext = extname(path);
  return posix.join(dirname(path), `${basename(path, ext)}.${contentHash(bytes)}${ext}`);
}

/** A bundle without its source-map link (maps are not shipped) and with its licence pointer on LICENSES. */
export function releaseScript(text, name) {
  return text
    .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n")
    .replace(/\/\*! For license information please see (\S+)\.LEGAL\.txt \*\//g, (_, file) => {
      if (file !== name) throw new Error(`${name} points at the licences of ${file}`);
      return `/*! For license information please see ${LICENSES} */`;
    });
}

/** The third-party notices of the bundles, one section each (esbuild's `legalComments: "linked"` files). */
export function licenceText(dist, bundles) {
  const parts = bundles.filter((b) => existsSync(join(dist, `${b}.LEGAL.txt`))).map((b) => `=== ${b} ===\n\n${readFileSync(join(dist, `${b}.LEGAL.txt`), "utf8").trim()}\n`);
  return `Third-party software in Atkaruu's bundles, with its licence notices.\n\n${parts.join("\n")}`;
}

/**
 * Builds the web tree from dist/, starting at the given dist paths (what the manifest names) and
 * following what the HTML pages and the bundles reference. Returns the files (web path → bytes) and
 * the renames (dist path → web path).
 */
export function webTree(dist, entries) {
  const files = new Map();
  const renamed = new Map();
  const bundles = [];

  function emit(path) {
    if (renamed.has(path)) return renamed.get(path);
    const file = join(dist, path);
    if (!existsSync(file)) throw new Error(`dist/${path} is missing: run npm run build`);
    let bytes = readFileSync(file);
    if (path.endsWith(".html")) bytes = Buffer.from(rewritePage(bytes.toString("utf8"), path));
    else if (path.endsWith(".js")) {
      bundles.push(path);
      bytes = Buffer.from(rewriteBundle(releaseScript(bytes.toString("utf8"), path), path));
    }
    const name = STABLE.get(path) ?? hashedName(path, bytes);
    renamed.set(path, name);
    files.set(name, bytes);
    return name;
  }

  /** Every relative src/href of a page is emitted and renamed; absolute ones (Office.js on Microsoft's CDN) stay. */
  function rewritePage(html, page) {
    return html.replace(/\b(src|href)="([^"]+)"/g, (all, attr, ref) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return all;
      const target = posix.normalize(posix.join(posix.dirname(page), ref));
      return `${attr}="${posix.relative(posix.dirname(page), emit(target))}"`;
    });
  }

  /** The reader is loaded by its file name (one string literal in the bundle): it gets the hashed name. */
  function rewriteBundle(text, path) {
    const literal = JSON.stringify(READER);
    const count = text.split(literal).length - 1;
    if (count === 0 && !text.includes(READER)) return text;
    if (count !== 1 || text.split(READER).length - 1 !== 1) {
      throw new Error(`${path} names ${READER} other than as one string literal: the release cannot give the reader its hashed name (scripts/release/web.mjs)`);
    }
    return text.replace(literal, JSON.stringify(emit(READER)));
  }

  for (const entry of entries) emit(entry);
  files.set(LICENSES, Buffer.from(licenceText(dist, bundles)));
  return { files, renamed };
}
