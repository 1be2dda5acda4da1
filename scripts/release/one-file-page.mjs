// The standalone page as ONE self-contained file (release/…/atkaruu.html): an official opens it from a
// USB stick or an e-mail attachment, offline, in Chrome, Edge or Firefox. Everything dist/standalone.html
// loads is inlined — the page's bundle, the icon (a data: URI), the third-party notices — and the
// consolidation reader, which the page otherwise loads on demand as a second file: here it is a
// lazily evaluated function behind the global the loader looks for (window.AtkaruuConsolidateReader),
// so its code runs only when a coordinator picks files, as before, and the loader is unchanged.
// The Content-Security-Policy allows exactly these inline scripts (by their SHA-256) and no request
// to anywhere.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { licenceText, releaseScript } from "./web.mjs";

/**
 * Script text safe inside <script>…</script>. The HTML parser ends a script at `</script` and changes
 * state at `<!--` and `<script`; as React does for inline scripts (facebook/react#28871), the `s` of
 * `<script`/`</script` (any case) is written `\u0073` — the same character in strings, templates,
 * regular expressions and identifiers — and `<!--` (which minifiers leave only inside literals and
 * comments) as `\x3C!--`. The result is checked: it must still compile, and hold none of the three.
 */
export function inlineScript(code, name) {
  const safe = code.replace(/<(\/?)([sS])(cript)/gi, (_, slash, s, rest) => `<${slash}\\u00${s === "s" ? "73" : "53"}${rest}`).replace(/<!--/g, "\\x3C!--");
  if (/<!--|<\/?script/i.test(safe)) throw new Error(`${name}: could not make the script safe to inline`);
  new Script(safe, { filename: name }); // throws on a syntax error the escaping would have caused
  return safe;
}

/** Wraps the reader bundle (an IIFE assigned to `var <global>`) so it runs on first use of the global. */
export function lazyReader(code) {
  const m = /^(?:"use strict";)?var (\w+)\s*=/.exec(code);
  if (!m) throw new Error("consolidate-reader.js does not start with `var <global> =` (esbuild globalName): scripts/release/one-file-page.mjs must follow it");
  const global = JSON.stringify(m[1]);
  return [
    `(function(){var value,name=${global};Object.defineProperty(window,name,{configurable:true,get:function(){`,
    `if(value===undefined){value=(function(){`,
    code,
    `;return ${m[1]};})();Object.defineProperty(window,name,{value:value,configurable:true,writable:true});}return value;}});})();`,
  ].join("\n");
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Replaces exactly one match of `pattern` in the page (the page's source is ours: drift fails loudly). */
function replaceOnce(html, pattern, replacement, what) {
  const matches = html.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`));
  if (matches?.length !== 1) throw new Error(`standalone.html: expected one ${what}, found ${matches?.length ?? 0} (scripts/release/one-file-page.mjs)`);
  return html.replace(pattern, () => replacement);
}

/** The one-file page built from dist/ (standalone.html, standalone.js, consolidate-reader.js, the icon). */
export function oneFilePage(dist) {
  let html = readFileSync(join(dist, "standalone.html"), "utf8");
  const reader = inlineScript(lazyReader(releaseScript(readFileSync(join(dist, "consolidate-reader.js"), "utf8"), "consolidate-reader.js").trimEnd()), "consolidate-reader.js");
  const page = inlineScript(releaseScript(readFileSync(join(dist, "standalone.js"), "utf8"), "standalone.js").replace(/\/\*! For license information please see \S+ \*\//g, "/*! Licence notices: the third-party-licenses template at the end of this file */"), "standalone.js");
  const icon = `data:image/png;base64,${readFileSync(join(dist, "assets", "icon-32.png")).toString("base64")}`;
  // In an inert <template> (parsed as HTML, never shown or run), escaped as text.
  const notices = licenceText(dist, ["standalone.js", "consolidate-reader.js"]).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(reader)} ${sha256(page)}`,
    "style-src 'unsafe-inline'", // Fluent UI (Griffel) inserts its style rules at run time
    "img-src data: blob:",
    "connect-src blob: data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  html = replaceOnce(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/, `<meta http-equiv="Content-Security-Policy" content="${csp}" />`, "Content-Security-Policy");
  html = replaceOnce(html, /<link rel="icon"[^>]*href="[^"]*"[^>]*>/, `<link rel="icon" type="image/png" href="${icon}" />`, "icon link");
  html = replaceOnce(html, /<script src="standalone\.js"><\/script>/, `<script>${reader}</script>\n    <script>${page}</script>\n    <template id="third-party-licenses"><pre>\n${notices}</pre></template>`, "page script");
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "<script></script>");
  if (/\b(?:src|href)="(?!data:)[^"]*"/.test(markup)) throw new Error("atkaruu.html still references another file");
  return html;
}
