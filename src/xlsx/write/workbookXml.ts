/**
 * The edits a copy makes to `workbook.xml`: the sheet list (entries removed, added in place), the
 * defined names (the tool's names and print titles set, names local to a removed sheet dropped,
 * `localSheetId`s renumbered for the new order), and the active tab. Every other byte of the part
 * is kept. Pure; the caller checked the part is well-formed XML (the reader read it first).
 */
import { XmlScanner, EOF, END, START } from "../read/xml";
import { applySplices, escapeAttr, escapeText, setAttribute } from "./xmlText";
import type { Splice } from "./xmlText";

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string | undefined;
  /** The `<sheet>` element's span. */
  readonly start: number;
  readonly end: number;
}

export interface WorkbookXmlInfo {
  readonly prefix: string;
  readonly mainNs: string;
  /** The prefix bound to the relationships namespace on the root (without colon), or null. */
  readonly relPrefix: string | null;
  readonly relNs: string;
  readonly sheets: WorkbookSheetEntry[];
  readonly sheetsClose: number;
  readonly sheetsEnd: number;
  readonly names: {
    readonly name: string;
    readonly localSheetId?: number;
    readonly start: number;
    readonly end: number;
    readonly tag: string;
  }[];
  readonly definedNames: {
    readonly start: number;
    readonly tagEnd: number;
    readonly close: number;
    readonly end: number;
  } | null;
  /** Where a `<definedNames>` would go: after `sheets`, `functionGroups`, `externalReferences`. */
  readonly namesAt: number;
  readonly workbookView: {
    readonly start: number;
    readonly end: number;
    readonly tag: string;
  } | null;
  readonly bookViewsAt: number;
}

const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** Where everything the edits need is in the workbook part. */
export function scanWorkbookXml(xml: string): WorkbookXmlInfo {
  const s = new XmlScanner(xml);
  let prefix = "";
  let mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  let relPrefix: string | null = null;
  let relNs = TRANSITIONAL_REL;
  const sheets: WorkbookSheetEntry[] = [];
  const names: WorkbookXmlInfo["names"] = [];
  let sheetsClose = -1;
  let sheetsEnd = -1;
  let definedNames: { start: number; tagEnd: number; close: number; end: number } | null = null;
  let namesAt = -1;
  let workbookView: { start: number; end: number; tag: string } | null = null;
  let bookViewsAt = -1;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    const level = t === END ? s.depth : s.depth - (s.selfClosing ? 0 : 1);
    if (t === START && level === 0) {
      prefix = s.prefix;
      for (const [n, v] of s.attributes()) {
        if (n === (prefix === "" ? "xmlns" : `xmlns:${prefix.slice(0, -1)}`)) mainNs = v;
        if (n.startsWith("xmlns:") && (v === TRANSITIONAL_REL || v === STRICT_REL)) {
          relPrefix = n.slice(6);
          relNs = v;
        }
      }
      if (mainNs.startsWith("http://purl.oclc.org/"))
        relNs = relPrefix === null ? STRICT_REL : relNs;
      continue;
    }
    if (t === END) {
      if (level === 1 && s.name === "sheets") {
        sheetsClose = s.start;
        sheetsEnd = namesAt = s.end;
      } else if (level === 1 && (s.name === "functionGroups" || s.name === "externalReferences"))
        namesAt = s.end;
      else if (level === 1 && s.name === "definedNames" && definedNames !== null) {
        definedNames.close = s.start;
        definedNames.end = s.end;
      }
      continue;
    }
    if (level === 1) {
      if (s.name === "sheets" && s.selfClosing)
        sheetsClose = sheetsEnd = namesAt = s.end; // handled below as an empty list
      else if (s.name === "functionGroups" || s.name === "externalReferences") {
        if (!s.selfClosing) s.skipElement();
        namesAt = s.end;
      } else if (s.name === "definedNames")
        definedNames = { start: s.start, tagEnd: s.end, close: s.end, end: s.end };
      else if (s.name === "bookViews") bookViewsAt = s.start;
      else if (s.name === "sheets" && bookViewsAt < 0) bookViewsAt = s.start;
      else if (s.name !== "sheets" && s.name !== "bookViews" && !s.selfClosing) s.skipElement();
      continue;
    }
    if (level === 2 && s.name === "sheet") {
      const id = Number(s.attr("sheetId"));
      sheets.push({
        name: s.attr("name") ?? "",
        sheetId: Number.isFinite(id) ? id : 0,
        rid: s.attr("id"),
        start: s.start,
        end: s.end,
      });
      if (!s.selfClosing) {
        s.skipElement();
        (sheets[sheets.length - 1] as { end: number }).end = s.end;
      }
      continue;
    }
    if (level === 2 && s.name === "workbookView" && workbookView === null) {
      workbookView = { start: s.start, end: s.end, tag: xml.slice(s.start, s.end) };
      if (!s.selfClosing) s.skipElement();
      continue;
    }
    if (level === 2 && s.name === "definedName") {
      const start = s.start;
      const tag = xml.slice(s.start, s.end);
      const local = s.attr("localSheetId");
      const name = s.attr("name") ?? "";
      if (!s.selfClosing) s.skipElement();
      names.push({
        name,
        start,
        end: s.end,
        tag,
        ...(local !== undefined && /^\d+$/.test(local) ? { localSheetId: Number(local) } : {}),
      });
      continue;
    }
    if (!s.selfClosing) s.skipElement();
  }
  return {
    prefix,
    mainNs,
    relPrefix,
    relNs,
    sheets,
    sheetsClose,
    sheetsEnd,
    names,
    definedNames,
    namesAt,
    workbookView,
    bookViewsAt,
  };
}

export interface NewSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookEdit {
  /** Indexes (in `info.sheets`) of the sheets removed. */
  readonly removed: ReadonlySet<number>;
  /** The sheets added, each at its index in the new order. */
  readonly added: readonly { readonly at: number; readonly entry: NewSheetEntry }[];
  /** Defined names to set (global when `localSheetId` is undefined); a name of the same name and scope is replaced. */
  readonly names: readonly {
    readonly name: string;
    readonly localSheetId?: number;
    readonly formula: string;
  }[];
  /** Index (new order) of the sheet to open on, or undefined to keep the active tab where it is. */
  readonly activeTab?: number;
}

/** The workbook part with the edits made. */
export function editWorkbookXml(xml: string, info: WorkbookXmlInfo, edit: WorkbookEdit): string {
  const p = info.prefix;
  const splices: Splice[] = [];
  // Old index → new index (removed sheets: -1).
  const kept = info.sheets.map((_, i) => i).filter((i) => !edit.removed.has(i));
  const order: (number | NewSheetEntry)[] = [...kept];
  for (const a of [...edit.added].sort((x, y) => x.at - y.at)) order.splice(a.at, 0, a.entry);
  const newIndex = new Map<number, number>();
  order.forEach((o, i) => {
    if (typeof o === "number") newIndex.set(o, i);
  });

  // The sheet list, rewritten as a whole: the kept entries byte for byte, the new ones in place.
  const relAttr = info.relPrefix !== null ? `${info.relPrefix}:id` : "r:id";
  const relDecl = info.relPrefix !== null ? "" : ` xmlns:r="${info.relNs}"`;
  const entryXml = (e: NewSheetEntry): string =>
    `<${p}sheet name="${escapeAttr(e.name)}" sheetId="${e.sheetId}"${e.state !== "visible" ? ` state="${e.state}"` : ""}${relDecl} ${relAttr}="${escapeAttr(e.rid)}"/>`;
  if (info.sheets.length > 0) {
    const from = info.sheets[0].start;
    const to = info.sheets[info.sheets.length - 1].end;
    // Whitespace between entries is kept with the entry that follows it.
    const pieces = order.map((o) =>
      typeof o === "number"
        ? xml.slice(o === 0 ? info.sheets[0].start : info.sheets[o - 1].end, info.sheets[o].end)
        : entryXml(o)
    );
    splices.push({ from, to, text: pieces.join("") });
  } else if (info.sheetsClose >= 0) {
    splices.push({
      from: info.sheetsClose,
      to: info.sheetsClose,
      text: order.map((o) => (typeof o === "number" ? "" : entryXml(o))).join(""),
    });
  }

  // Defined names: drop those replaced and those local to a removed sheet, renumber the rest, add the new.
  const newNames = edit.names;
  // A name local to a removed sheet goes; one the edit sets again (same name, same scope) is replaced.
  const keepName = (n: WorkbookXmlInfo["names"][number]): boolean => {
    if (n.localSheetId !== undefined && edit.removed.has(n.localSheetId)) return false;
    const mapped = n.localSheetId === undefined ? undefined : newIndex.get(n.localSheetId);
    return !newNames.some(
      (x) => x.name.toLowerCase() === n.name.toLowerCase() && x.localSheetId === mapped
    );
  };
  const addedNames = newNames.map(
    (n) =>
      `<${p}definedName name="${escapeAttr(n.name)}"${n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : ""}>${escapeText(n.formula)}</${p}definedName>`
  );
  if (info.definedNames !== null) {
    for (const n of info.names) {
      if (!keepName(n)) splices.push({ from: n.start, to: n.end, text: "" });
      else if (n.localSheetId !== undefined && newIndex.get(n.localSheetId) !== n.localSheetId) {
        splices.push({
          from: n.start,
          to: n.start + n.tag.length,
          text: setAttribute(n.tag, "localSheetId", String(newIndex.get(n.localSheetId))),
        });
      }
    }
    if (addedNames.length > 0) {
      const d = info.definedNames;
      if (d.close === d.tagEnd && xml.slice(d.start, d.tagEnd).endsWith("/>"))
        splices.push({
          from: d.start,
          to: d.tagEnd,
          text: `<${p}definedNames>${addedNames.join("")}</${p}definedNames>`,
        });
      else splices.push({ from: d.close, to: d.close, text: addedNames.join("") });
    }
  } else if (addedNames.length > 0 && info.namesAt >= 0) {
    splices.push({
      from: info.namesAt,
      to: info.namesAt,
      text: `<${p}definedNames>${addedNames.join("")}</${p}definedNames>`,
    });
  }

  // The active tab (and the first tab shown) follow the new order.
  const mapIndex = (v: string | undefined): number | undefined => {
    if (v === undefined || !/^\d+$/.test(v)) return undefined;
    const old = Number(v);
    return newIndex.get(old) ?? edit.added[0]?.at ?? 0;
  };
  if (info.workbookView !== null) {
    const tagText = info.workbookView.tag;
    const s = new XmlScanner(tagText.endsWith("/>") ? tagText : tagText.replace(/>$/, "/>"));
    s.next();
    let tag = tagText;
    const active = edit.activeTab ?? mapIndex(s.attr("activeTab"));
    if (active !== undefined && active !== 0) tag = setAttribute(tag, "activeTab", String(active));
    else if (active === 0) tag = setAttribute(tag, "activeTab", null);
    const first = mapIndex(s.attr("firstSheet"));
    if (first !== undefined)
      tag = setAttribute(tag, "firstSheet", String(Math.min(first, active ?? first)));
    if (tag !== tagText)
      splices.push({
        from: info.workbookView.start,
        to: info.workbookView.start + tagText.length,
        text: tag,
      });
  } else if (edit.activeTab !== undefined && edit.activeTab > 0 && info.bookViewsAt >= 0) {
    splices.push({
      from: info.bookViewsAt,
      to: info.bookViewsAt,
      text: `<${p}bookViews><${p}workbookView activeTab="${edit.activeTab}"/></${p}bookViews>`,
    });
  }
  return applySplices(xml, splices);
}
