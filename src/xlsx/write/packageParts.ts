/**
 * The edits a copy makes to the package's bookkeeping parts — a relationships part, `[Content_Types].xml`
 * and `docProps/app.xml` (the sheet titles Office shows in the file's properties) — each by splicing
 * its text, every other byte kept. Pure.
 */
import { XmlScanner, EOF, END } from "../read/xml";
import { applySplices, escapeAttr, escapeText } from "./xmlText";
import type { Splice } from "./xmlText";

/** A relationships part with some relationships removed (by id) and others added. */
export function editRelationships(
  xml: string | null,
  remove: ReadonlySet<string>,
  add: readonly { id: string; type: string; target: string }[]
): string {
  const text =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const s = new XmlScanner(text);
  const splices: Splice[] = [];
  let prefix = "";
  let close = -1;
  let rootSelfClosing: { start: number; end: number } | null = null;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === END) {
      if (s.depth === 0) close = s.start;
      continue;
    }
    if (s.depth <= 1 && s.name === "Relationships") {
      prefix = s.prefix;
      if (s.selfClosing) rootSelfClosing = { start: s.start, end: s.end };
      continue;
    }
    if (s.name === "Relationship") {
      const start = s.start;
      const id = s.attr("Id");
      if (!s.selfClosing) s.skipElement();
      if (id !== undefined && remove.has(id)) splices.push({ from: start, to: s.end, text: "" });
      continue;
    }
    if (!s.selfClosing) s.skipElement();
  }
  const added = add
    .map(
      (r) =>
        `<${prefix}Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`
    )
    .join("");
  if (added !== "") {
    if (rootSelfClosing !== null) {
      const tag = text.slice(rootSelfClosing.start, rootSelfClosing.end).replace(/\s*\/>$/, ">");
      splices.push({
        from: rootSelfClosing.start,
        to: rootSelfClosing.end,
        text: `${tag}${added}</${prefix}Relationships>`,
      });
    } else splices.push({ from: close, to: close, text: added });
  }
  return applySplices(text, splices);
}

/** `[Content_Types].xml` with the overrides of removed parts dropped and overrides for new parts added. */
export function editContentTypes(
  xml: string,
  removeParts: ReadonlySet<string>,
  add: readonly { part: string; type: string }[]
): string {
  const s = new XmlScanner(xml);
  const splices: Splice[] = [];
  let prefix = "";
  let close = -1;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === END) {
      if (s.depth === 0) close = s.start;
      continue;
    }
    if (s.depth <= 1 && s.name === "Types") {
      prefix = s.prefix;
      if (s.selfClosing) throw new Error("empty content types");
      continue;
    }
    if (s.name === "Override") {
      const start = s.start;
      const part = (s.attr("PartName") ?? "").replace(/^\/+/, "").toLowerCase();
      if (!s.selfClosing) s.skipElement();
      if (removeParts.has(part) || add.some((a) => a.part.toLowerCase() === part))
        splices.push({ from: start, to: s.end, text: "" });
      continue;
    }
    if (!s.selfClosing) s.skipElement();
  }
  const added = add
    .map(
      (a) =>
        `<${prefix}Override PartName="/${escapeAttr(a.part)}" ContentType="${escapeAttr(a.type)}"/>`
    )
    .join("");
  if (added !== "") splices.push({ from: close, to: close, text: added });
  return applySplices(xml, splices);
}

/**
 * `docProps/app.xml` with the sheet titles following the new sheets: a replaced sheet's title takes
 * the new name; a new sheet's title is added to the first heading (the worksheets) at its place, and
 * that heading's count raised. Returns null when the part has no titles this understands (left as is).
 */
export function editAppTitles(
  xml: string,
  replace: ReadonlyMap<string, string>,
  insert: readonly { name: string; at: number }[]
): string | null {
  const s = new XmlScanner(xml);
  const titles: { start: number; end: number; text: string }[] = [];
  let titlesVector: { start: number; end: number; tag: string; close: number } | null = null;
  let firstCount: { start: number; end: number; value: number } | null = null;
  let inHeadings = false;
  let inTitles = false;
  let lpstrPrefix = "vt:";
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === END) {
      if (s.name === "HeadingPairs") inHeadings = false;
      else if (s.name === "TitlesOfParts") inTitles = false;
      else if (s.name === "vector" && inTitles && titlesVector !== null)
        titlesVector.close = s.start;
      continue;
    }
    if (s.name === "HeadingPairs") inHeadings = !s.selfClosing;
    else if (s.name === "TitlesOfParts") inTitles = !s.selfClosing;
    else if (s.name === "vector" && inTitles && !s.selfClosing)
      titlesVector = { start: s.start, end: s.end, tag: xml.slice(s.start, s.end), close: -1 };
    else if (s.name === "i4" && inHeadings && firstCount === null && !s.selfClosing) {
      const start = s.end;
      const v = Number(s.text().trim());
      firstCount = { start, end: s.start, value: v };
    } else if (s.name === "lpstr" && inTitles && !s.selfClosing) {
      lpstrPrefix = s.prefix;
      const start = s.start;
      const text = s.text();
      titles.push({ start, end: s.end, text });
    }
  }
  if (
    titlesVector === null ||
    titlesVector.close < 0 ||
    firstCount === null ||
    !Number.isInteger(firstCount.value)
  )
    return null;
  const splices: Splice[] = [];
  for (const t of titles) {
    const to = replace.get(t.text.toLowerCase());
    if (to !== undefined)
      splices.push({
        from: t.start,
        to: t.end,
        text: `<${lpstrPrefix}lpstr>${escapeText(to)}</${lpstrPrefix}lpstr>`,
      });
  }
  if (insert.length > 0) {
    const sheetTitles = titles.slice(0, firstCount.value);
    for (const ins of insert) {
      const at = Math.min(ins.at, sheetTitles.length);
      const pos =
        at < sheetTitles.length
          ? sheetTitles[at].start
          : sheetTitles.length > 0
            ? sheetTitles[sheetTitles.length - 1].end
            : titlesVector.end;
      splices.push({
        from: pos,
        to: pos,
        text: `<${lpstrPrefix}lpstr>${escapeText(ins.name)}</${lpstrPrefix}lpstr>`,
      });
    }
    splices.push({
      from: firstCount.start,
      to: firstCount.end,
      text: String(firstCount.value + insert.length),
    });
    const size = /\ssize\s*=\s*"(\d+)"/.exec(titlesVector.tag);
    if (size !== null)
      splices.push({
        from: titlesVector.start,
        to: titlesVector.end,
        text: titlesVector.tag.replace(size[0], ` size="${Number(size[1]) + insert.length}"`),
      });
  }
  return applySplices(xml, splices);
}
