/** Small helpers to write XML text and to edit parts by splicing their text (pure). */

/** Characters XML 1.0 cannot hold, written as SpreadsheetML's `_xHHHH_` escapes (ST_Xstring); a literal `_x…_` is escaped too. */
function xstring(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML cannot hold
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
}

/** Text content: `&`, `<`, `>` escaped; characters XML cannot hold as `_xHHHH_`. */
export function escapeText(s: string): string {
  return xstring(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return xstring(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** One replacement of `[from, to)` in a text. */
export interface Splice {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** Apply non-overlapping splices (in any order) to a text. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    if (s.from < at) throw new Error("overlapping edits");
    out += text.slice(at, s.from) + s.text;
    at = s.to;
  }
  return out + text.slice(at);
}

/**
 * A start tag's text with one attribute set (added before the tag's end when missing) or removed
 * (`value` null); every other byte of the tag is kept.
 */
export function setAttribute(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  const m = re.exec(tag);
  if (m !== null) {
    if (value === null) return tag.slice(0, m.index) + tag.slice(m.index + m[0].length);
    return (
      tag.slice(0, m.index) +
      `${m[1]}${name}="${escapeAttr(value)}"` +
      tag.slice(m.index + m[0].length)
    );
  }
  if (value === null) return tag;
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/, "")} ${name}="${escapeAttr(value)}"${tag.slice(end)}`;
}
