/**
 * Changes the user asks for on an existing sheet of their copy (the standalone page's "mark the
 * issues" and "add drop-down lists" on Table 1), made by splicing the sheet's XML: the marked cells
 * get a copy of their own format with the mark's fill; the lists are added to `dataValidations`, in
 * the place CT_Worksheet gives it. Everything else in the part is kept byte for byte. Pure.
 */
import { a1, rangeA1 } from "../../core";
import { refColumn } from "../read/sheet";
import { XmlScanner, EOF, END } from "../read/xml";
import { applySplices, escapeAttr, escapeText, setAttribute } from "./xmlText";
import type { Splice } from "./xmlText";

export interface CellFill {
  readonly row: number;
  readonly col: number;
  /** `RRGGBB`. */
  readonly rgb: string;
}

export interface SheetListValidation {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  /** The list formula: `"a,b,c"` inline, or a range. */
  readonly formula: string;
  readonly errorStyle: "stop" | "warning";
  readonly message: string;
}

/** Elements of CT_Worksheet that come after `dataValidations` (ECMA-376 Part 1 §18.3.1.99). */
const AFTER_VALIDATIONS = new Set([
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** Fill cells (each with a copy of its format that has the fill; `fillFormat(xf, rgb)` makes it). */
export function fillCells(
  xml: string,
  fills: readonly CellFill[],
  fillFormat: (xf: number, rgb: string) => number
): string {
  if (fills.length === 0) return xml;
  const wanted = new Map<string, CellFill>();
  for (const f of fills) wanted.set(`${f.row}:${f.col}`, f);
  const byRow = new Map<number, CellFill[]>();
  for (const f of wanted.values()) (byRow.get(f.row) ?? byRow.set(f.row, []).get(f.row)!).push(f);
  const splices: Splice[] = [];
  const done = new Set<string>();
  const s = new XmlScanner(xml);
  let prefix = "";
  let inData = false;
  let rowIndex = -1;
  let col = -1;
  let rowOpen: { start: number; contentStart: number; self: boolean } | null = null;
  const rowCells: { col: number; start: number }[] = [];

  const finishRow = (close: number): void => {
    // Cells of this row that do not exist yet: inserted before the first cell to their right.
    for (const f of byRow.get(rowIndex) ?? []) {
      const key = `${f.row}:${f.col}`;
      if (done.has(key)) continue;
      done.add(key);
      const next = rowCells.find((c) => c.col > f.col);
      const cellXml = `<${prefix}c r="${a1(f.row, f.col)}" s="${fillFormat(0, f.rgb)}"/>`;
      if (rowOpen!.self) {
        const tag = xml.slice(rowOpen!.start, close);
        splices.push({
          from: rowOpen!.start,
          to: close,
          text: tag.replace(/\s*\/>$/, ">") + cellXml + `</${prefix}row>`,
        });
      } else splices.push({ from: next?.start ?? close, to: next?.start ?? close, text: cellXml });
    }
    rowCells.length = 0;
    rowOpen = null;
  };

  let dataClose = -1;
  let dataSelf: { start: number; end: number } | null = null;
  const rowStarts: { index: number; start: number }[] = [];
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === END) {
      if (s.name === "row" && inData && rowOpen !== null) finishRow(s.start);
      else if (s.name === "sheetData") {
        inData = false;
        dataClose = s.start;
      }
      continue;
    }
    if (s.depth === 1 && s.name === "worksheet") prefix = s.prefix;
    if (s.name === "sheetData") {
      if (s.selfClosing) dataSelf = { start: s.start, end: s.end };
      else inData = true;
      continue;
    }
    if (!inData) {
      if (!s.selfClosing) s.skipElement();
      continue;
    }
    if (s.name === "row") {
      const r = s.attr("r");
      rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
      col = -1;
      rowStarts.push({ index: rowIndex, start: s.start });
      rowOpen = { start: s.start, contentStart: s.end, self: s.selfClosing };
      if (s.selfClosing) finishRow(s.end);
      continue;
    }
    if (s.name !== "c") {
      if (!s.selfClosing) s.skipElement();
      continue;
    }
    const ref = s.attr("r");
    const rc = ref !== undefined ? refColumn(ref) : -1;
    col = rc >= 0 ? rc : col + 1;
    rowCells.push({ col, start: s.start });
    const f = wanted.get(`${rowIndex}:${col}`);
    if (f !== undefined && !done.has(`${rowIndex}:${col}`)) {
      done.add(`${rowIndex}:${col}`);
      const xf = Number(s.attr("s") ?? "0");
      const tag = xml.slice(s.start, s.end);
      splices.push({
        from: s.start,
        to: s.end,
        text: setAttribute(
          ref === undefined ? setAttribute(tag, "r", a1(rowIndex, col)) : tag,
          "s",
          String(fillFormat(Number.isInteger(xf) ? xf : 0, f.rgb))
        ),
      });
    }
    if (!s.selfClosing) s.skipElement();
  }
  // Rows that do not exist yet: inserted before the first row below them.
  const missing = [...byRow.keys()]
    .filter((r) => [...(byRow.get(r) ?? [])].some((f) => !done.has(`${f.row}:${f.col}`)))
    .sort((a, b) => a - b);
  const newRows = new Map<number, string>();
  for (const r of missing) {
    const cells = byRow
      .get(r)!
      .sort((a, b) => a.col - b.col)
      .map((f) => `<${prefix}c r="${a1(f.row, f.col)}" s="${fillFormat(0, f.rgb)}"/>`);
    const at = rowStarts.find((x) => x.index > r)?.start ?? (dataSelf !== null ? -1 : dataClose);
    newRows.set(
      at,
      (newRows.get(at) ?? "") + `<${prefix}row r="${r + 1}">${cells.join("")}</${prefix}row>`
    );
  }
  for (const [at, text] of newRows) {
    if (at === -1 && dataSelf !== null)
      splices.push({
        from: dataSelf.start,
        to: dataSelf.end,
        text: `<${prefix}sheetData>${text}</${prefix}sheetData>`,
      });
    else if (at >= 0) splices.push({ from: at, to: at, text });
  }
  return applySplices(xml, splices);
}

/** Add list validations (one replacing any over exactly the same cells). */
export function addValidations(xml: string, lists: readonly SheetListValidation[]): string {
  if (lists.length === 0) return xml;
  const refs = new Set(lists.map((v) => rangeA1(v.top, v.col, v.bottom, v.col)));
  const s = new XmlScanner(xml);
  const splices: Splice[] = [];
  let prefix = "";
  let existing: { start: number; end: number; tag: string; close: number; count: number } | null =
    null;
  let insertAt = -1;
  let rootClose = -1;
  let inDv = false;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === END) {
      if (s.depth === 0) rootClose = s.start;
      else if (s.name === "dataValidations" && inDv) {
        inDv = false;
        existing!.close = s.start;
      }
      continue;
    }
    if (s.depth === 1 && s.name === "worksheet") {
      prefix = s.prefix;
      continue;
    }
    const level = s.depth - (s.selfClosing ? 0 : 1);
    if (level === 1 && s.name === "dataValidations" && existing === null) {
      existing = {
        start: s.start,
        end: s.end,
        tag: xml.slice(s.start, s.end),
        close: -1,
        count: 0,
      };
      if (!s.selfClosing) inDv = true;
      continue;
    }
    if (inDv && s.name === "dataValidation") {
      const start = s.start;
      const sqref = (s.attr("sqref") ?? "").trim();
      if (!s.selfClosing) s.skipElement();
      if (refs.has(sqref)) splices.push({ from: start, to: s.end, text: "" });
      else existing!.count++;
      continue;
    }
    if (level === 1 && insertAt < 0 && AFTER_VALIDATIONS.has(s.name)) insertAt = s.start;
    if (!s.selfClosing) s.skipElement();
  }
  const p = prefix;
  const items = lists.map(
    (v) =>
      `<${p}dataValidation type="list" errorStyle="${v.errorStyle}" allowBlank="1" showErrorMessage="1" error="${escapeAttr(v.message)}" sqref="${rangeA1(v.top, v.col, v.bottom, v.col)}"><${p}formula1>${escapeText(v.formula)}</${p}formula1></${p}dataValidation>`
  );
  if (existing !== null && existing.close >= 0) {
    splices.push({
      from: existing.start,
      to: existing.end,
      text: setAttribute(existing.tag, "count", String(existing.count + items.length)),
    });
    splices.push({ from: existing.close, to: existing.close, text: items.join("") });
  } else {
    if (existing !== null) splices.push({ from: existing.start, to: existing.end, text: "" }); // an empty <dataValidations/>
    const at = existing !== null ? existing.start : insertAt >= 0 ? insertAt : rootClose;
    splices.push({
      from: at,
      to: at,
      text: `<${p}dataValidations count="${items.length}">${items.join("")}</${p}dataValidations>`,
    });
  }
  return applySplices(xml, splices);
}
