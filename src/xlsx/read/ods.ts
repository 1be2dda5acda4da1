/**
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format) → the same grids as an .xlsx: its
 * `content.xml` tables in order, cell values by `office:value-type` (numbers, ISO dates, booleans,
 * text of the `text:p` paragraphs joined by line breaks), merged areas from
 * `table:number-columns-spanned` / `table:number-rows-spanned`, hidden tables by their style
 * (`table:display="false"`), named ranges. Repeated rows and columns (`number-rows-repeated`, which
 * LibreOffice writes for the empty rest of a sheet) are expanded only where they hold values, and
 * within the reader's cell bound. OpenDocument 1.2/1.3, part 1, §9.1 (tables) and §19.
 */
import type { CellValue, MergeArea } from "../../core";
import { GridTooLarge, MAX_COLS, MAX_GRID_CELLS, MAX_ROWS, isoCellDate } from "./sheet";
import { XmlError, XmlScanner, EOF, END, START } from "./xml";

export interface OdsSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: (readonly CellValue[])[];
  readonly merges: MergeArea[];
}

export interface OdsBook {
  readonly sheets: OdsSheet[];
  /** Named ranges: name → `{ sheet, row, col }` of their first cell. */
  readonly names: Map<string, { sheet: string; row: number; col: number }>;
}

const YIELD_EVERY = 50_000;
const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

function repeat(v: string | undefined, max: number): number {
  if (v === undefined) return 1;
  if (!/^[0-9]{1,8}$/.test(v)) throw new XmlError("bad repeat count");
  const n = Number(v);
  if (n < 1) throw new XmlError("bad repeat count");
  return Math.min(n, max);
}

/** `$'Annex 2'.$A$3` (or `Sheet1.A3:B4`) → its sheet and first cell. */
export function odsAddress(address: string): { sheet: string; row: number; col: number } | null {
  const m = /^\$?(?:'((?:[^']|'')*)'|([^.]+))\.\$?([A-Za-z]{1,3})\$?([0-9]{1,7})/.exec(
    address.trim()
  );
  if (m === null) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  let col = 0;
  for (const ch of m[3].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[4]);
  if (col > MAX_COLS || row < 1 || row > MAX_ROWS) return null;
  return { sheet, row: row - 1, col: col - 1 };
}

/** The text of a `text:p` (after its start tag): spaces, tabs and line breaks as written; notes left out. */
function paragraph(s: XmlScanner): string {
  if (s.selfClosing) return "";
  const depth = s.depth;
  let out = "";
  for (;;) {
    out += s.leadingText();
    const t = s.next();
    if (t === EOF) throw new XmlError("document ends early");
    if (t === END) {
      if (s.depth === depth - 1) return out;
      continue; // the end of a span
    }
    switch (s.name) {
      case "s":
        out += " ".repeat(repeat(s.attr("c"), 10_000));
        break;
      case "tab":
        out += "\t";
        break;
      case "line-break":
        out += "\n";
        break;
      case "span":
      case "a":
        break; // descend: their text follows
      default:
        if (!s.selfClosing) s.skipElement(); // notes, annotations, fields
    }
  }
}

/** Read `content.xml` of an .ods. Throws XmlError when it is damaged, GridTooLarge past the cell bound. */
export function* readOdsContent(xml: string, budget: { cells: number }): Generator<void, OdsBook> {
  const s = new XmlScanner(xml);
  const hiddenStyles = new Set<string>();
  const sheets: OdsSheet[] = [];
  const names = new Map<string, { sheet: string; row: number; col: number }>();
  let styleName: string | null = null;
  let table: {
    name: string;
    hidden: boolean;
    rows: (readonly CellValue[])[];
    merges: MergeArea[];
  } | null = null;
  let rowIndex = 0;
  let tags = 0;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (++tags % YIELD_EVERY === 0) yield;
    if (t === END) {
      if (s.name === "table" && table !== null) {
        let last = table.rows.length;
        while (last > 0 && table.rows[last - 1].length === 0) last--;
        table.rows.length = last;
        sheets.push(table);
        table = null;
      } else if (s.name === "style") styleName = null;
      continue;
    }
    switch (s.name) {
      case "style":
        styleName = s.selfClosing ? null : (s.attr("name") ?? null);
        break;
      case "table-properties":
        if (styleName !== null && s.attr("display") === "false") hiddenStyles.add(styleName);
        break;
      case "table":
        if (s.selfClosing) {
          sheets.push({ name: s.attr("name") ?? "", hidden: false, rows: [], merges: [] });
          break;
        }
        table = {
          name: s.attr("name") ?? "",
          hidden: hiddenStyles.has(s.attr("style-name") ?? ""),
          rows: [],
          merges: [],
        };
        rowIndex = 0;
        break;
      case "table-row": {
        if (table === null) throw new XmlError("row outside a table");
        const times = repeat(s.attr("number-rows-repeated"), MAX_ROWS);
        const cells = s.selfClosing ? [] : yield* readRow(s, rowIndex, table.merges);
        if (cells.length > 0) {
          if (rowIndex + times > MAX_ROWS) throw new XmlError("row outside the sheet");
          while (table.rows.length < rowIndex) table.rows.push(EMPTY_ROW);
          for (let k = 0; k < times; k++) {
            budget.cells += cells.length;
            if (budget.cells > MAX_GRID_CELLS) throw new GridTooLarge();
            table.rows.push(k === 0 ? cells : [...cells]);
          }
        }
        rowIndex += times;
        break;
      }
      case "named-range":
      case "named-expression": {
        const name = s.attr("name");
        const address = odsAddress(
          s.attr("cell-range-address") ?? s.attr("base-cell-address") ?? ""
        );
        if (name !== undefined && address !== null && !names.has(name)) names.set(name, address);
        break;
      }
      case "annotation":
      case "shapes":
      case "forms":
        if (!s.selfClosing) s.skipElement();
        break;
      default:
        break;
    }
  }
  return { sheets, names };
}

/** The cells of one `table:table-row` (after its start tag); merges found on the way are added. */
function* readRow(
  s: XmlScanner,
  rowIndex: number,
  merges: MergeArea[]
): Generator<void, CellValue[]> {
  const depth = s.depth;
  const row: CellValue[] = [];
  let col = 0;
  let tags = 0;
  for (let t = s.next(); !(t === END && s.depth === depth - 1); t = s.next()) {
    if (t === EOF) throw new XmlError("document ends early");
    if (++tags % YIELD_EVERY === 0) yield;
    if (t !== START) continue;
    const covered = s.name === "covered-table-cell";
    if (s.name !== "table-cell" && !covered) {
      if (!s.selfClosing) s.skipElement();
      continue;
    }
    const times = repeat(s.attr("number-columns-repeated"), MAX_COLS);
    if (col + times > MAX_COLS && !s.selfClosing) throw new XmlError("column outside the sheet");
    const value = covered ? null : cellValue(s);
    if (covered && !s.selfClosing) s.skipElement();
    if (!covered) {
      const across = repeat(s.attr("number-columns-spanned"), MAX_COLS);
      const down = repeat(s.attr("number-rows-spanned"), MAX_ROWS);
      if (across > 1 || down > 1)
        merges.push({
          top: rowIndex,
          left: col,
          bottom: Math.min(MAX_ROWS, rowIndex + down) - 1,
          right: Math.min(MAX_COLS, col + across) - 1,
        });
    }
    if (value !== null) {
      while (row.length < col) row.push(null);
      for (let k = 0; k < times; k++) row.push(value);
    }
    col = Math.min(MAX_COLS, col + times);
  }
  return row;
}

/** The value of a `table:table-cell` (its start tag current); its content is consumed. */
function cellValue(s: XmlScanner): CellValue {
  const type = s.attr("value-type");
  const value = s.attr("value");
  const date = s.attr("date-value");
  const bool = s.attr("boolean-value");
  let text: string | null = null;
  if (!s.selfClosing) {
    const depth = s.depth;
    const paragraphs: string[] = [];
    for (let t = s.next(); !(t === END && s.depth === depth - 1); t = s.next()) {
      if (t === EOF) throw new XmlError("document ends early");
      if (t !== START) continue;
      if (s.name === "p" || s.name === "h") paragraphs.push(paragraph(s));
      else if (!s.selfClosing) s.skipElement();
    }
    if (paragraphs.length > 0) text = paragraphs.join("\n");
  }
  switch (type) {
    case "float":
    case "percentage":
    case "currency": {
      const n = Number(value);
      return value !== undefined && Number.isFinite(n) ? n : null;
    }
    case "date":
      return date !== undefined ? (isoCellDate(date) ?? text) : text;
    case "boolean":
      return bool === "true" || bool === "1";
    case "string":
    case "time":
    default:
      return text === null || text === "" ? null : text;
  }
}
