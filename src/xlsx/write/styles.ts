/**
 * A sheet model's styles merged into a workbook's `styles.xml`: fonts, fills, borders, number
 * formats and cell formats (`cellXfs`) are appended after the user's, whose indexes never change,
 * so every existing cell keeps its look. New fonts take the model's font name, else the workbook's
 * default font (name, family, scheme), with the model's weight, slant, size and colour. Lists the part lacks are inserted in
 * the order CT_Stylesheet requires (ECMA-376 Part 1 §18.8.39). Pure.
 */
import type { CellStyle } from "../../core";
import { XmlScanner, EOF, END, START } from "../read/xml";
import { escapeAttr, setAttribute } from "./xmlText";
import type { Splice } from "./xmlText";
import { applySplices } from "./xmlText";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** CT_Stylesheet's children in schema order. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type ListName = (typeof ORDER)[number];
const CHILD: Partial<Record<ListName, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
};

/** Built-in number formats by code (§18.8.30), so `0` or `0.00` are not added as custom formats. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** The font of a model style that names none, when the workbook's default font has no name either. */
const DEFAULT_FONT = "Calibri";

/** The thin grey border of model cells (the same as the ExcelJS renderer's). */
const BORDER_RGB = "FF808080";

/** An empty stylesheet with the defaults Excel expects (two default fills, one font, one border, one format). */
export function emptyStylesheet(ns = MAIN_NS): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${ns}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

interface ListInfo {
  /** The start tag's span. */
  start: number;
  tagEnd: number;
  tag: string;
  selfClosing: boolean;
  /** Where the end tag starts (= tagEnd when self-closing). */
  close: number;
  children: number;
}

interface BaseFont {
  name?: string;
  family?: string;
  charset?: string;
  scheme?: string;
  size?: string;
}

export interface MergedStyles {
  readonly xml: string;
  /** Per model style index: the `cellXfs` index to write in `s`. */
  readonly xfIds: readonly number[];
}

/** Merge the model's styles into a stylesheet (see the file comment). Throws XmlError when the part is damaged. */
export function mergeStyles(xml: string, styles: readonly CellStyle[]): MergedStyles {
  const s = new XmlScanner(xml);
  const lists = new Map<ListName, ListInfo>();
  const numFmtIds = new Set<number>();
  const numFmtByCode = new Map<string, number>();
  const base: BaseFont = {};
  let prefix = "";
  let rootEnd = -1;
  let current: ListName | null = null;
  let fontIndex = 0;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === END) {
      if (s.depth === 0) rootEnd = s.start;
      else if (s.depth === 1 && current !== null) {
        lists.get(current)!.close = s.start;
        current = null;
      }
      continue;
    }
    if (s.depth === 1 && !s.selfClosing && s.name === "styleSheet") {
      prefix = s.prefix;
      continue;
    }
    const level = s.depth - (s.selfClosing ? 0 : 1);
    if (level === 1) {
      const name = s.name as ListName;
      if (!ORDER.includes(name) || lists.has(name)) {
        if (!s.selfClosing) s.skipElement();
        continue;
      }
      lists.set(name, {
        start: s.start,
        tagEnd: s.end,
        tag: xml.slice(s.start, s.end),
        selfClosing: s.selfClosing,
        close: s.end,
        children: 0,
      });
      if (!s.selfClosing) current = name;
      continue;
    }
    if (level !== 2 || current === null) {
      if (!s.selfClosing) s.skipElement();
      continue;
    }
    const list = lists.get(current)!;
    if (CHILD[current] === s.name) list.children++;
    if (current === "numFmts" && s.name === "numFmt") {
      const id = Number(s.attr("numFmtId"));
      const code = s.attr("formatCode");
      if (Number.isInteger(id)) numFmtIds.add(id);
      if (code !== undefined && Number.isInteger(id) && !numFmtByCode.has(code))
        numFmtByCode.set(code, id);
    }
    if (current === "fonts" && s.name === "font" && fontIndex++ === 0 && !s.selfClosing) {
      const depth = s.depth;
      for (let u = s.next(); !(u === END && s.depth === depth - 1); u = s.next()) {
        if (u !== START) continue;
        const val = s.attr("val");
        const n: string = s.name;
        if (n === "name") base.name = val;
        else if (n === "family") base.family = val;
        else if (n === "charset") base.charset = val;
        else if (n === "scheme") base.scheme = val;
        else if (n === "sz") base.size = val;
        if (!s.selfClosing) s.skipElement();
      }
      continue;
    }
    if (!s.selfClosing) s.skipElement();
  }
  if (rootEnd < 0) throw new Error("styles: no document element");

  const p = prefix;
  const added: Record<"numFmts" | "fonts" | "fills" | "borders" | "cellXfs", string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
  };
  const count = (n: ListName): number => lists.get(n)?.children ?? 0;
  const fontKeys = new Map<string, number>();
  const fillKeys = new Map<string, number>();
  let borderId = -1;
  let nextNumFmt = 164;
  for (const id of numFmtIds) if (id >= nextNumFmt) nextNumFmt = id + 1;
  const xfIds: number[] = [];

  const fontOf = (st: CellStyle): number => {
    if (
      !st.bold &&
      !st.italic &&
      st.fontSize === undefined &&
      st.color === undefined &&
      st.fontName === undefined
    )
      return 0;
    const key = JSON.stringify([st.bold, st.italic, st.fontSize, st.color, st.fontName]);
    let id = fontKeys.get(key);
    if (id === undefined) {
      id = count("fonts") + added.fonts.length;
      const parts = [
        st.bold ? `<${p}b/>` : "",
        st.italic ? `<${p}i/>` : "",
        `<${p}sz val="${st.fontSize ?? base.size ?? 11}"/>`,
        st.color !== undefined
          ? `<${p}color rgb="FF${st.color.replace(/^#/, "").toUpperCase()}"/>`
          : "",
      ];
      // A font always named: a reader shows an unnamed font in its own default (often a serif).
      parts.push(`<${p}name val="${escapeAttr(st.fontName ?? base.name ?? DEFAULT_FONT)}"/>`);
      if (st.fontName === undefined || st.fontName === base.name) {
        if (base.family !== undefined) parts.push(`<${p}family val="${escapeAttr(base.family)}"/>`);
        if (base.charset !== undefined)
          parts.push(`<${p}charset val="${escapeAttr(base.charset)}"/>`);
        if (base.scheme !== undefined) parts.push(`<${p}scheme val="${escapeAttr(base.scheme)}"/>`);
      } else parts.push(`<${p}family val="2"/>`);
      added.fonts.push(`<${p}font>${parts.join("")}</${p}font>`);
      fontKeys.set(key, id);
    }
    return id;
  };
  const fillOf = (st: CellStyle): number => {
    if (st.fill === undefined) return 0;
    const rgb = "FF" + st.fill.replace(/^#/, "").toUpperCase();
    let id = fillKeys.get(rgb);
    if (id === undefined) {
      id = count("fills") + added.fills.length;
      added.fills.push(
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
      );
      fillKeys.set(rgb, id);
    }
    return id;
  };
  const borderOf = (st: CellStyle): number => {
    if (!st.border) return 0;
    if (borderId < 0) {
      borderId = count("borders");
      const side = (n: string): string =>
        `<${p}${n} style="thin"><${p}color rgb="${BORDER_RGB}"/></${p}${n}>`;
      added.borders.push(
        `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`
      );
    }
    return borderId;
  };
  const numFmtOf = (st: CellStyle): number => {
    const code = st.numberFormat;
    if (code === undefined) return 0;
    if (BUILT_IN[code] !== undefined) return BUILT_IN[code];
    let id = numFmtByCode.get(code);
    if (id === undefined) {
      id = nextNumFmt++;
      added.numFmts.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
      numFmtByCode.set(code, id);
    }
    return id;
  };

  for (const st of styles) {
    const font = fontOf(st);
    const fill = fillOf(st);
    const border = borderOf(st);
    const numFmt = numFmtOf(st);
    const align: string[] = [];
    if (st.hAlign !== undefined) align.push(`horizontal="${st.hAlign}"`);
    if (st.vAlign !== undefined)
      align.push(`vertical="${st.vAlign === "middle" ? "center" : st.vAlign}"`);
    if (st.wrap) align.push(`wrapText="1"`);
    const applies = [
      numFmt !== 0 ? ` applyNumberFormat="1"` : "",
      font !== 0 ? ` applyFont="1"` : "",
      fill !== 0 ? ` applyFill="1"` : "",
      border !== 0 ? ` applyBorder="1"` : "",
      align.length > 0 ? ` applyAlignment="1"` : "",
    ].join("");
    const attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}`;
    xfIds.push(count("cellXfs") + added.cellXfs.length);
    added.cellXfs.push(
      align.length > 0
        ? `<${p}xf ${attrs}><${p}alignment ${align.join(" ")}/></${p}xf>`
        : `<${p}xf ${attrs}/>`
    );
  }

  const splices: Splice[] = [];
  const wanted = ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const;
  for (const name of wanted) {
    const items = added[name];
    if (items.length === 0) continue;
    const list = lists.get(name);
    const total = count(name) + items.length;
    if (list !== undefined) {
      const tag = setAttribute(list.tag, "count", String(total));
      if (list.selfClosing)
        splices.push({
          from: list.start,
          to: list.tagEnd,
          text: tag.replace(/\s*\/>$/, ">") + items.join("") + `</${p}${name}>`,
        });
      else {
        splices.push({ from: list.start, to: list.tagEnd, text: tag });
        splices.push({ from: list.close, to: list.close, text: items.join("") });
      }
    } else {
      // Before the first list that must follow it, else at the end of the stylesheet.
      const later = ORDER.slice(ORDER.indexOf(name) + 1)
        .map((n) => lists.get(n)?.start)
        .filter((x): x is number => x !== undefined);
      const at = later.length > 0 ? Math.min(...later) : rootEnd;
      splices.push({
        from: at,
        to: at,
        text: `<${p}${name} count="${total}">${items.join("")}</${p}${name}>`,
      });
    }
  }
  return { xml: applySplices(xml, splices), xfIds };
}

/**
 * A copy of cell format `xf` (a `cellXfs` index) with a solid fill of `rgb` (`RRGGBB`), appended;
 * returns the stylesheet and the new format's index. An index past the list is taken as format 0.
 */
export function cloneXfWithFill(
  xml: string,
  xf: number,
  rgb: string
): { xml: string; xfId: number } {
  const s = new XmlScanner(xml);
  let prefix = "";
  let inFills = false;
  let inXfs = false;
  let fills = 0;
  let fillsTag: { start: number; end: number; tag: string; close: number } | null = null;
  let xfsTag: { start: number; end: number; tag: string; close: number } | null = null;
  const xfs: string[] = [];
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === END) {
      if (s.name === "fills" && inFills) {
        inFills = false;
        fillsTag!.close = s.start;
      }
      if (s.name === "cellXfs" && inXfs) {
        inXfs = false;
        xfsTag!.close = s.start;
      }
      continue;
    }
    if (s.depth === 1 && s.name === "styleSheet") prefix = s.prefix;
    else if (s.name === "fills" && !s.selfClosing && fillsTag === null) {
      inFills = true;
      fillsTag = { start: s.start, end: s.end, tag: xml.slice(s.start, s.end), close: -1 };
    } else if (s.name === "cellXfs" && !s.selfClosing && xfsTag === null) {
      inXfs = true;
      xfsTag = { start: s.start, end: s.end, tag: xml.slice(s.start, s.end), close: -1 };
    } else if (inFills && s.name === "fill") {
      fills++;
      if (!s.selfClosing) s.skipElement();
    } else if (inXfs && s.name === "xf") {
      const start = s.start;
      if (!s.selfClosing) s.skipElement();
      xfs.push(xml.slice(start, s.end));
    }
  }
  if (fillsTag === null || xfsTag === null || fillsTag.close < 0 || xfsTag.close < 0)
    throw new Error("styles: no fills or cell formats to extend");
  const base = xfs[xf] ?? xfs[0];
  if (base === undefined) throw new Error("styles: no cell format");
  const p = prefix;
  const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  const head = /^<[^>]*>/.exec(base)![0];
  const newHead = setAttribute(setAttribute(head, "fillId", String(fills)), "applyFill", "1");
  const copy = newHead + base.slice(head.length);
  return {
    xml: applySplices(xml, [
      {
        from: fillsTag.start,
        to: fillsTag.end,
        text: setAttribute(fillsTag.tag, "count", String(fills + 1)),
      },
      { from: fillsTag.close, to: fillsTag.close, text: fill },
      {
        from: xfsTag.start,
        to: xfsTag.end,
        text: setAttribute(xfsTag.tag, "count", String(xfs.length + 1)),
      },
      { from: xfsTag.close, to: xfsTag.close, text: copy },
    ]),
    xfId: xfs.length,
  };
}
