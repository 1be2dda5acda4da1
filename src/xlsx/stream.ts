/**
 * Consolidation's file I/O (Node only): a lean reader, and a streaming writer of sheet models.
 *
 * The lean, single-pass workbook reader: from an .xlsx file's bytes to the
 * grids of the sheets that may hold Table 1, plus the body the tool stored in the workbook — without
 * building ExcelJS's workbook model (styles of every cell, row and cell objects, drawings …).
 *
 * How: the ZIP's central directory gives random access to its parts, so the workbook, its
 * relationships, shared strings and number formats are read first whatever order the parts are stored
 * in (Excel stores shared strings *after* the sheets; ExcelJS's streaming reader then copies each sheet
 * to a temporary file). Each sheet is inflated and scanned once, row by row; a sheet whose first 30
 * rows hold no Table 1 header is abandoned there, and only Table 1 candidates are kept.
 *
 * The grids are the same as the plain reader's (`grid.ts` over `workbook.xlsx.load`): the same cell
 * values (shared and inline strings, rich text joined, formula results, errors, booleans, dates by
 * ExcelJS's own date-format test and serial conversion), merged areas with only the top-left value,
 * hidden state, workbook sheet order. `test/consolidate/stream.test.ts` checks that on fixtures.
 *
 * Why not ExcelJS's `stream.xlsx.WorkbookReader` as is: it ignores merged cells, turns error and
 * boolean formula results into numbers (`NaN`, `1`), names sheets `SheetN` when the workbook's
 * relationships use absolute targets, and parses every row of every sheet into ExcelJS objects.
 */
import { promises as fsp } from "node:fs";
import { basename } from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { z } from "zod";
import { ANNEX2_BODY_CELL, ANNEX2_NAMES, ANNEX2_SHEET_NAMES, HEADER_SEARCH_ROWS, isAnnex2Sheet, isGeneratedSheetName, cellText, findTableInSheet, modelExtent, parseA1, rowHeightsOf, sameSheetName } from "../core";
import type { CellValue, FatalError, Lang, MergeArea, SheetGrid, SheetModel } from "../core";
import { readFileChecked, maxFileBytes } from "./files";
import { inflateRaw } from "./inflate";
import { excelDataBar, excelPageSetup, excelStyle, excelViews, fillCell } from "./render";
import { MAX_XML_BYTES, sniffWorkbook } from "./sniff";
import { unreadable } from "./workbook";
import { listZipEntries, ZipError, zipEntryData } from "./zip";
import type { ZipEntry } from "./zip";

// ExcelJS's own number-format table and date tests, so dates are recognised exactly as the plain reader does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DEFAULT_NUM_FORMATS = require("exceljs/lib/xlsx/defaultnumformats") as Record<string, { f?: string } | undefined>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const EXCEL_UTILS = require("exceljs/lib/utils/utils") as {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(v: number, date1904: boolean): Date;
  xmlDecode(text: string): string;
};

export interface LeanWorkbook {
  /** `table1`: only sheets that may hold Table 1 (a header row found, or a required column missing); `all`: every sheet. */
  readonly sheets: SheetGrid[];
  /** The body stored by the tool (cell named `ATKARUU_BODY`, else the Annex 2 body cell, else the task pane's settings), or null. */
  readonly storedBody: string | null;
  /** Names of every sheet, in workbook order. */
  readonly sheetNames: string[];
}

/**
 * `parseFailed`: the file passed the byte checks but a part could not be parsed here; the plain
 * ExcelJS reader may still be tried before the file is called unreadable.
 */
export type LeanReadResult = { readonly ok: true; readonly book: LeanWorkbook } | { readonly ok: false; readonly fatal: FatalError; readonly parseFailed?: boolean };

export interface LeanReadOptions {
  readonly lang: Lang;
  /** Shown in error messages. */
  readonly fileName?: string;
  readonly maxBytes?: number;
  /** Which sheets to keep (default `table1`). */
  readonly keep?: "table1" | "all";
}

// ---------------------------------------------------------------------------------------------
// ZIP

/** Parts of the ZIP by lower-cased name (the byte checks have already found the directory intact). */
function zipParts(b: Uint8Array): Map<string, ZipEntry> {
  const entries = listZipEntries(b);
  if (entries === null) throw new ZipError("bad central directory");
  return new Map(entries.map((e) => [e.name.toLowerCase(), e]));
}

/** The inflated bytes of one part. */
function partBytes(b: Uint8Array, part: ZipEntry): Uint8Array {
  const data = zipEntryData(b, part);
  if (part.method === 0) return data;
  if (part.method !== 8) throw new ZipError("unsupported compression");
  return inflateRaw(data, Math.min(MAX_XML_BYTES, Math.max(part.size, 1) + 65536));
}

// `ignoreBOM`: the byte-order mark is kept in the text and removed below, once.
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** UTF-16LE as Node's `Buffer.toString("utf16le")`: code units kept as they are, a last odd byte ignored. */
function utf16le(b: Uint8Array): string {
  let s = "";
  const units: number[] = [];
  for (let i = 0; i + 1 < b.length; i += 2) {
    units.push(b[i] | (b[i + 1] << 8));
    if (units.length === 8192) s += String.fromCharCode(...units.splice(0));
  }
  return s + String.fromCharCode(...units);
}

/** XML text of a part (UTF-8, or UTF-16 with a byte-order mark). */
function partText(b: Uint8Array, parts: Map<string, ZipEntry>, name: string): string | null {
  const part = parts.get(name.toLowerCase());
  if (part === undefined) return null;
  const bytes = partBytes(b, part);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le(bytes.subarray(2));
  const text = UTF8.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// XML scanning (the parts of SpreadsheetML this reader needs; element prefixes like `x:` allowed)

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
    }
  });
}

/** Text content as an XML parser reports it: line ends normalised, entities decoded, CDATA kept. */
function xmlText(raw: string): string {
  let s = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  if (s.indexOf("<![CDATA[") >= 0) {
    let out = "";
    let i = 0;
    for (;;) {
      const c = s.indexOf("<![CDATA[", i);
      if (c < 0) break;
      const e = s.indexOf("]]>", c + 9);
      out += decodeEntities(s.slice(i, c)) + s.slice(c + 9, e < 0 ? s.length : e);
      i = e < 0 ? s.length : e + 3;
    }
    return out + decodeEntities(s.slice(i));
  }
  s = decodeEntities(s);
  return s;
}

const attrCache = new Map<string, RegExp>();

/** Value of an attribute in a start tag's text, entities decoded. */
function attr(tag: string, name: string): string | undefined {
  let re = attrCache.get(name);
  if (re === undefined) {
    re = new RegExp(`\\s${name.replace(/[:]/g, "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrCache.set(name, re);
  }
  const m = re.exec(tag);
  if (m === null) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? "");
}

/** A start or end tag found by {@link nextTag}. */
interface Tag {
  /** Local name (prefix removed). */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Position of `<` and just after `>`. */
  start: number;
  end: number;
}

/** The next element tag at or after `pos` (comments, declarations and processing instructions skipped), or null. */
function nextTag(xml: string, pos: number, tag: Tag): Tag | null {
  let lt = xml.indexOf("<", pos);
  while (lt >= 0) {
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const e = xml.indexOf("-->", lt + 4);
        lt = e < 0 ? -1 : xml.indexOf("<", e + 3);
        continue;
      }
      if (xml.startsWith("<![CDATA[", lt)) {
        const e = xml.indexOf("]]>", lt + 9);
        lt = e < 0 ? -1 : xml.indexOf("<", e + 3);
        continue;
      }
      const e = xml.indexOf(">", lt);
      lt = e < 0 ? -1 : xml.indexOf("<", e + 1);
      continue;
    }
    if (c === 63 /* ? */) {
      const e = xml.indexOf("?>", lt);
      lt = e < 0 ? -1 : xml.indexOf("<", e + 2);
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return null;
    const closing = c === 47; /* / */
    let i = closing ? lt + 2 : lt + 1;
    let nameStart = i;
    for (; i < gt; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === 58 /* : */) nameStart = i + 1;
      else if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) break;
    }
    tag.name = xml.slice(nameStart, i);
    tag.closing = closing;
    tag.selfClosing = !closing && xml.charCodeAt(gt - 1) === 47;
    tag.start = lt;
    tag.end = gt + 1;
    return tag;
  }
  return null;
}

/** Text from `pos` up to the end tag of `name` (nested tags' text included, e.g. CDATA). */
function textUntilEnd(xml: string, pos: number, name: string, tag: Tag): { text: string; end: number } {
  let t = nextTag(xml, pos, tag);
  let raw = "";
  let from = pos;
  while (t !== null && !(t.closing && t.name === name)) {
    raw += xml.slice(from, t.start);
    from = t.end;
    t = nextTag(xml, t.end, tag);
  }
  if (t === null) return { text: xmlText(raw + xml.slice(from)), end: xml.length };
  raw += xml.slice(from, t.start);
  return { text: xmlText(raw), end: t.end };
}

/** Every start tag named `name` in `xml` (its text, for {@link attr}). */
function startTags(xml: string, name: string, from = 0, until = xml.length): string[] {
  const out: string[] = [];
  const tag = {} as Tag;
  for (let t = nextTag(xml, from, tag); t !== null && t.start < until; t = nextTag(xml, t.end, tag)) {
    if (!t.closing && t.name === name) out.push(xml.slice(t.start, t.end));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Workbook parts

interface SheetRef {
  readonly name: string;
  readonly hidden: boolean;
  /** Lower-cased part name, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string | null;
}

/** Resolve a relationship target against the folder of the part that holds it. */
function resolveTarget(baseDir: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  const segments = t.startsWith("/") ? [] : baseDir.split("/").filter((s) => s !== "");
  for (const s of t.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.join("/").toLowerCase();
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function relationships(xml: string | null, baseDir: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === null) return out;
  for (const t of startTags(xml, "Relationship")) {
    const id = attr(t, "Id");
    const target = attr(t, "Target");
    if (id === undefined || target === undefined || attr(t, "TargetMode") === "External") continue;
    out.set(id, { type: attr(t, "Type") ?? "", target: resolveTarget(baseDir, target) });
  }
  return out;
}

interface WorkbookInfo {
  readonly sheets: SheetRef[];
  readonly date1904: boolean;
  readonly definedNames: Map<string, string>;
  readonly sharedStringsPart: string;
  readonly stylesPart: string;
}

function workbookInfo(xml: string, rels: Map<string, Relationship>): WorkbookInfo {
  const sheets: SheetRef[] = [];
  for (const t of startTags(xml, "sheet")) {
    const name = attr(t, "name") ?? "";
    const state = attr(t, "state");
    const rid = attr(t, "r:id") ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(t)?.[1];
    const rel = rid !== undefined ? rels.get(rid) : undefined;
    // Chart sheets and dialog sheets hold no cells (the plain reader does not list them either).
    const part = rel !== undefined && rel.type.endsWith("/worksheet") ? rel.target : null;
    sheets.push({ name, hidden: state === "hidden" || state === "veryHidden", part });
  }
  const pr = startTags(xml, "workbookPr")[0];
  const d1904 = pr !== undefined ? attr(pr, "date1904") : undefined;
  const definedNames = new Map<string, string>();
  const tag = {} as Tag;
  for (let t = nextTag(xml, 0, tag); t !== null; t = nextTag(xml, t.end, tag)) {
    if (t.closing || t.selfClosing || t.name !== "definedName") continue;
    const name = attr(xml.slice(t.start, t.end), "name");
    const { text, end } = textUntilEnd(xml, t.end, "definedName", tag);
    if (name !== undefined && !definedNames.has(name)) definedNames.set(name, text.trim());
    t.end = end;
  }
  let sharedStringsPart = "xl/sharedstrings.xml";
  let stylesPart = "xl/styles.xml";
  for (const r of rels.values()) {
    if (r.type.endsWith("/sharedStrings")) sharedStringsPart = r.target;
    else if (r.type.endsWith("/styles")) stylesPart = r.target;
  }
  return { sheets, date1904: d1904 === "1" || d1904 === "true", definedNames, sharedStringsPart, stylesPart };
}

/** Shared strings: runs joined, phonetic guides (`rPh`) left out — as the plain reader shows them. */
function sharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (xml === null) return out;
  const tag = {} as Tag;
  let current: string | null = null;
  let phonetic = 0;
  for (let t = nextTag(xml, 0, tag); t !== null; t = nextTag(xml, t.end, tag)) {
    switch (t.name) {
      case "si":
        if (t.closing) {
          out.push(current ?? "");
          current = null;
        } else if (t.selfClosing) out.push("");
        else current = "";
        break;
      case "rPh":
        if (!t.selfClosing) phonetic += t.closing ? -1 : 1;
        break;
      case "t":
        if (!t.closing && !t.selfClosing) {
          const start = t.end;
          const { text, end } = textUntilEnd(xml, start, "t", tag);
          if (phonetic === 0 && current !== null) current += text;
          t.end = end;
        }
        break;
      default:
        break;
    }
  }
  return out;
}

/** Which cell style ids (`s`) show dates: ExcelJS's test on the style's number format. */
function dateStyles(xml: string | null): boolean[] {
  const out: boolean[] = [];
  if (xml === null) return out;
  const custom = new Map<string, string>();
  for (const t of startTags(xml, "numFmt")) {
    const id = attr(t, "numFmtId");
    const code = attr(t, "formatCode");
    if (id !== undefined && code !== undefined) custom.set(id, code);
  }
  const xfsStart = xml.search(/<(\w+:)?cellXfs[\s>]/);
  if (xfsStart < 0) return out;
  const xfsEnd = xml.search(/<\/(\w+:)?cellXfs>/);
  for (const t of startTags(xml, "xf", xfsStart, xfsEnd < 0 ? xml.length : xfsEnd)) {
    const id = attr(t, "numFmtId");
    // As ExcelJS: numFmtId 0 (General) has no format; built-in ids use its default table.
    const fmt = id && id !== "0" ? (custom.get(id) ?? DEFAULT_NUM_FORMATS[id]?.f) : undefined;
    out.push(fmt !== undefined && EXCEL_UTILS.isDateFmt(fmt));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** 0-based column of an A1 reference's letters, or -1. */
function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return i === 0 ? -1 : col - 1;
}

function parseRange(ref: string): MergeArea | null {
  const [a, b] = ref.split(":");
  const tl = parseA1(a.replace(/\$/g, ""));
  const br = parseA1((b ?? a).replace(/\$/g, ""));
  if (tl === null || br === null) return null;
  return { top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/** The value a user sees, from a cell's parts, exactly as the plain reader (cell-xform + grid.ts) gives it. */
function cellValue(ctx: SheetContext, t: string | undefined, s: number, formula: boolean, v: string | undefined, inline: string | undefined): CellValue {
  const asNumber = (text: string): CellValue => {
    const n = Number.parseFloat(text);
    if (s > 0 && ctx.dates[s] === true) return EXCEL_UTILS.excelToDate(n, ctx.date1904);
    return Number.isFinite(n) ? n : null;
  };
  const str = (x: string | undefined): CellValue => (x === undefined || x === "" ? null : x);
  if (formula) {
    if (v === undefined) return null;
    if (t === "str") return str(EXCEL_UTILS.xmlDecode(v));
    if (t === "b") return Number.parseInt(v, 10) !== 0;
    if (t === "e") return { error: v };
    return asNumber(v);
  }
  switch (t) {
    case "s": {
      if (v === undefined) return null;
      return str(ctx.strings[Number.parseInt(v, 10)]);
    }
    case "inlineStr":
      return str(inline ?? v);
    case "str":
      return v === undefined ? null : str(EXCEL_UTILS.xmlDecode(v));
    case "b":
      return v === undefined ? null : Number.parseInt(v, 10) !== 0;
    case "e":
      return v === undefined ? null : { error: v };
    default:
      return v === undefined ? (inline !== undefined ? str(inline) : null) : asNumber(v);
  }
}

interface ScanPlan {
  /** Keep the whole sheet whatever it holds. */
  readonly keepAll: boolean;
  /** Never a Table 1 (a sheet the tool generated): read only the wanted cells. */
  readonly generated: boolean;
  /** Cells to pick up on the way (0-based), keyed `row:col`. */
  readonly wanted: ReadonlyMap<string, { row: number; col: number }>;
}

interface ScanResult {
  /** The grid, when kept. */
  readonly grid: SheetGrid | null;
  readonly picked: Map<string, CellValue>;
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/** Scan one sheet's XML row by row. */
function scanSheet(xml: string, name: string, hidden: boolean, ctx: SheetContext, plan: ScanPlan): ScanResult {
  const picked = new Map<string, CellValue>();
  let lastWantedRow = -1;
  for (const w of plan.wanted.values()) lastWantedRow = Math.max(lastWantedRow, w.row);
  let keep = plan.keepAll ? true : plan.generated ? false : null; // null: undecided until the header rows are seen
  const rows: (readonly CellValue[])[] = [];

  const tag = {} as Tag;
  let pos = xml.search(/<(\w+:)?sheetData[\s>/]/);
  if (pos < 0) pos = xml.length;
  let rowIndex = -1;
  let row: CellValue[] | null = null;
  let col = -1;
  let stopped = false;

  const finishRow = (): void => {
    if (row === null) return;
    let n = row.length;
    while (n > 0 && row[n - 1] === null) n--;
    if (n > 0 && keep !== false) {
      row.length = n;
      while (rows.length < rowIndex) rows.push(EMPTY_ROW);
      rows[rowIndex] = row;
    }
    row = null;
  };

  /** Decide whether this sheet may hold Table 1, once its header rows are known. */
  const decide = (): void => {
    if (keep !== null) return;
    const found = findTableInSheet({ name, rows });
    keep = found.ok || found.code === "missing-column";
    if (!keep) rows.length = 0;
  };

  for (let t = nextTag(xml, pos, tag); t !== null; t = nextTag(xml, t.end, tag)) {
    const tn = t.name;
    if (tn === "row") {
      if (t.closing) {
        finishRow();
        continue;
      }
      const tagText = xml.slice(t.start, t.end);
      const r = attr(tagText, "r");
      rowIndex = r !== undefined ? Number.parseInt(r, 10) - 1 : rowIndex + 1;
      col = -1;
      if (keep === null && rowIndex > HEADER_SEARCH_ROWS) decide();
      if (keep === false && rowIndex > lastWantedRow) {
        stopped = true;
        break;
      }
      row = t.selfClosing ? null : [];
      continue;
    }
    if (tn === "sheetData" && t.closing) break;
    if (tn !== "c" || t.closing || row === null) continue;

    // A cell: <c r="B3" s="2" t="s"> <f>…</f> <v>…</v> <is>…</is> </c>
    const cellTag = xml.slice(t.start, t.end);
    const ref = attr(cellTag, "r");
    const rc = ref !== undefined ? refColumn(ref) : -1;
    col = rc >= 0 ? rc : col + 1;
    if (t.selfClosing) continue;
    const sAttr = attr(cellTag, "s");
    const s = sAttr !== undefined ? Number.parseInt(sAttr, 10) || 0 : 0;
    const type = attr(cellTag, "t");
    let formula = false;
    let v: string | undefined;
    let inline: string | undefined;
    let phonetic = 0;
    let u = nextTag(xml, t.end, tag);
    while (u !== null && !(u.closing && u.name === "c")) {
      if (!u.closing) {
        if (u.name === "f") {
          const fTag = xml.slice(u.start, u.end);
          if (attr(fTag, "t") !== undefined) formula = true;
          if (!u.selfClosing) {
            const f = textUntilEnd(xml, u.end, "f", tag);
            if (f.text !== "") formula = true;
            u.end = f.end;
          }
        } else if (u.name === "v" && !u.selfClosing) {
          const x = textUntilEnd(xml, u.end, "v", tag);
          if (x.text !== "") v = x.text;
          u.end = x.end;
        } else if (u.name === "rPh" && !u.selfClosing) {
          phonetic++;
        } else if (u.name === "t" && !u.selfClosing) {
          const x = textUntilEnd(xml, u.end, "t", tag);
          if (phonetic === 0) inline = (inline ?? "") + x.text;
          u.end = x.end;
        }
      } else if (u.name === "rPh") phonetic--;
      u = nextTag(xml, u.end, tag);
    }
    if (u === null) break;
    t.end = u.end;

    const value = cellValue(ctx, type, s, formula, v, inline);
    if (value === null) continue;
    if (plan.wanted.size > 0) {
      const key = `${rowIndex}:${col}`;
      if (plan.wanted.has(key)) picked.set(key, value);
    }
    if (keep === false) continue;
    while (row.length < col) row.push(null);
    row[col] = value;
  }
  finishRow();
  if (!stopped) decide();
  if (keep !== true) return { grid: null, picked };

  // Merged areas follow the cell data; only the top-left cell of an area keeps its value.
  const merges: MergeArea[] = [];
  const mergeRe = /<(?:\w+:)?mergeCell\s[^>]*?ref\s*=\s*["']([^"']+)["']/g;
  mergeRe.lastIndex = afterSheetData(xml);
  for (let m = mergeRe.exec(xml); m !== null; m = mergeRe.exec(xml)) {
    const area = parseRange(m[1]);
    if (area !== null) merges.push(area);
  }
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const rv = rows[r];
      if (rv.length <= m.left) continue;
      let changed: CellValue[] | null = null;
      for (let c = m.left; c <= m.right && c < rv.length; c++) {
        if ((r === m.top && c === m.left) || rv[c] === null) continue;
        changed ??= [...rv];
        changed[c] = null;
      }
      if (changed !== null) {
        let n = changed.length;
        while (n > 0 && changed[n - 1] === null) n--;
        changed.length = n;
        rows[r] = n === 0 ? EMPTY_ROW : changed;
      }
    }
  }
  let last = rows.length;
  while (last > 0 && rows[last - 1].length === 0) last--;
  rows.length = last;
  const grid: SheetGrid = { name, rows, ...(merges.length > 0 ? { merges } : {}), ...(hidden ? { hidden: true } : {}) };
  return { grid, picked };
}

/** Where the merge list may start: after the sheet data (or 0 when there is none). */
function afterSheetData(xml: string): number {
  const i = xml.search(/<\/(\w+:)?sheetData>/);
  return i < 0 ? 0 : i;
}

// ---------------------------------------------------------------------------------------------
// Public

/** `'Annex 2'!$A$3` → sheet and cell. */
function definedCell(ref: string): { sheet: string; row: number; col: number } | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseA1(ref.slice(bang + 1).split(":")[0].replace(/\$/g, ""));
  return cell === null ? null : { sheet, ...cell };
}

/** The key of the task pane's settings in `workbook.settings` (src/taskpane/excel/officeWorkbook.ts). */
const PANE_SETTINGS_KEY = "atkaruu.pane";
const PaneBody = z.object({ body: z.string().max(500) });

/**
 * The body in the task pane's settings: Office keeps `workbook.settings` as properties of the add-in's
 * web extension part, each value JSON-encoded (the pane stores a JSON string, so it is encoded twice).
 */
function settingsBody(bytes: Uint8Array, parts: Map<string, ZipEntry>): string | null {
  for (const name of parts.keys()) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/.test(name)) continue;
    const xml = partText(bytes, parts, name);
    if (xml === null) continue;
    for (const t of startTags(xml, "property")) {
      if (attr(t, "name") !== PANE_SETTINGS_KEY) continue;
      let value: unknown = attr(t, "value");
      try {
        for (let i = 0; i < 2 && typeof value === "string"; i++) value = JSON.parse(value);
      } catch {
        continue;
      }
      const parsed = PaneBody.safeParse(value);
      if (parsed.success && parsed.data.body.trim() !== "") return parsed.data.body.trim();
    }
  }
  return null;
}

/** Read a workbook's bytes (see the file comment). Never throws: unusable input is a `FatalError`. */
export function readWorkbookLean(bytes: Uint8Array, opts: LeanReadOptions): LeanReadResult {
  const fileName = opts.fileName ?? "";
  const sniff = sniffWorkbook(bytes, { maxFileBytes: opts.maxBytes });
  if (!sniff.ok) return { ok: false, fatal: unreadable(sniff.reason, opts.lang, fileName, sniff.size) };
  try {
    return { ok: true, book: readParts(bytes, opts.keep ?? "table1") };
  } catch {
    // A damaged part (bad deflate data, truncated XML, …).
    return { ok: false, fatal: unreadable("corrupt", opts.lang, fileName), parseFailed: true };
  }
}

function readParts(bytes: Uint8Array, keep: "table1" | "all"): LeanWorkbook {
  const parts = zipParts(bytes);
  const wbXml = partText(bytes, parts, "xl/workbook.xml");
  if (wbXml === null) throw new ZipError("no workbook part");
  const rels = relationships(partText(bytes, parts, "xl/_rels/workbook.xml.rels"), "xl");
  const info = workbookInfo(wbXml, rels);
  const ctx: SheetContext = {
    strings: sharedStrings(partText(bytes, parts, info.sharedStringsPart)),
    dates: dateStyles(partText(bytes, parts, info.stylesPart)),
    date1904: info.date1904,
  };

  // Cells worth picking up on the way: the defined name of the body, the Annex 2 body cell.
  const named = info.definedNames.has(ANNEX2_NAMES.body) ? definedCell(info.definedNames.get(ANNEX2_NAMES.body)!) : null;
  const wantedFor = (name: string): Map<string, { row: number; col: number }> => {
    const w = new Map<string, { row: number; col: number }>();
    if (named !== null && named.sheet === name) w.set(`${named.row}:${named.col}`, { row: named.row, col: named.col });
    if (isAnnex2Sheet(name)) w.set(`${ANNEX2_BODY_CELL.row}:${ANNEX2_BODY_CELL.col}`, { ...ANNEX2_BODY_CELL });
    return w;
  };

  const sheets: SheetGrid[] = [];
  const picked = new Map<string, Map<string, CellValue>>();
  for (const ref of info.sheets) {
    if (ref.part === null || !parts.has(ref.part)) continue; // a chart sheet or a dangling reference
    const xml = partText(bytes, parts, ref.part);
    if (xml === null) continue;
    const plan: ScanPlan = { keepAll: keep === "all", generated: isGeneratedSheetName(ref.name), wanted: wantedFor(ref.name) };
    const result = scanSheet(xml, ref.name, ref.hidden, ctx, plan);
    if (result.grid !== null) sheets.push(result.grid);
    picked.set(ref.name, result.picked);
  }

  // As the plain reader: the named cell first, else the body cell of an Annex 2 sheet in any language.
  let storedBody: string | null = null;
  if (named !== null) {
    const text = cellText(picked.get(named.sheet)?.get(`${named.row}:${named.col}`) ?? null);
    if (text !== "") storedBody = text;
  }
  if (storedBody === null) {
    for (const annex of ANNEX2_SHEET_NAMES) {
      const ref = info.sheets.find((s) => sameSheetName(s.name, annex));
      if (ref === undefined) continue;
      const text = cellText(picked.get(ref.name)?.get(`${ANNEX2_BODY_CELL.row}:${ANNEX2_BODY_CELL.col}`) ?? null);
      if (text !== "") {
        storedBody = text;
        break;
      }
    }
  }
  // Last, the body the task pane saved in the workbook's settings (before any Annex 2 was made).
  if (storedBody === null) storedBody = settingsBody(bytes, parts);
  return { sheets, storedBody, sheetNames: info.sheets.map((s) => s.name) };
}

/** Read a workbook file (size checked before reading). */
export async function readWorkbookFileLean(path: string, lang: Lang, opts: { maxBytes?: number; keep?: "table1" | "all" } = {}): Promise<LeanReadResult & { readonly modified?: number }> {
  const maxBytes = opts.maxBytes ?? maxFileBytes();
  const file = await readFileChecked(path, lang, maxBytes);
  if (!file.ok) return file;
  let modified: number | undefined;
  try {
    modified = (await fsp.stat(path)).mtimeMs;
  } catch {
    modified = undefined;
  }
  const result = readWorkbookLean(file.bytes, { lang, fileName: basename(path), maxBytes, keep: opts.keep });
  return modified === undefined ? result : { ...result, modified };
}

// ---------------------------------------------------------------------------------------------
// Writing: sheet models → .xlsx bytes with ExcelJS's streaming writer

/**
 * Render sheet models into a new workbook with ExcelJS's streaming writer: each row is written and
 * released as soon as it is complete, so a long issues sheet does not hold an ExcelJS model of every
 * cell in memory. The same rendering as `renderModel` (styles, merges, widths, heights, A4 print
 * setup with repeated rows, frozen header, data bars); list validations, defined names and tables —
 * not used by the consolidation sheets — are not supported here and are refused.
 */
export async function modelsToXlsx(models: readonly SheetModel[]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  wb.creator = "Atkaruu";
  for (const model of models) {
    if ((model.validations?.length ?? 0) > 0 || (model.names?.length ?? 0) > 0 || model.table !== undefined) {
      throw new Error(`modelsToXlsx: sheet ${model.name} needs the in-memory writer (validations, names or a table)`);
    }
    const ws = wb.addWorksheet(model.name, { pageSetup: excelPageSetup(model.print), views: excelViews(model) });
    ws.columns = model.columnWidths.map((width) => ({ width }));
    (model.dataBars ?? []).forEach((bar, i) => ws.addConditionalFormatting(excelDataBar(bar, i + 1)));

    const styles = model.styles.map(excelStyle);
    const mergesByTop = new Map<number, MergeArea[]>();
    for (const m of model.merges) {
      if (m.bottom === m.top && m.right === m.left) continue;
      const list = mergesByTop.get(m.top);
      if (list) list.push(m);
      else mergesByTop.set(m.top, [m]);
    }
    const heights = rowHeightsOf(model);
    const { rows } = modelExtent(model);
    let i = 0;
    const cells = model.cells;
    for (let r = 0; r < rows; r++) {
      // A merge is declared while its rows are still open (the streaming writer cannot reach back).
      for (const m of mergesByTop.get(r) ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const row = ws.getRow(r + 1);
      for (; i < cells.length && cells[i].row === r; i++) fillCell(row.getCell(cells[i].col + 1), cells[i], styles);
      const h = heights[r];
      if (h !== undefined) row.height = h;
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = Buffer.concat(chunks, total);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
