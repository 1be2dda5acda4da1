/**
 * The workbook the double keeps in memory: sheets in order, cells (value, formula, number format,
 * font, fill, borders, alignment, wrap, list validation), merges, column widths, row heights, page
 * layout and print titles, frozen rows, conditional formats, tables, defined names and add-in
 * settings. Tests seed it and assert on it; the proxies in `runtime.ts` change it only at `sync`.
 */
import { invalidArgument, itemNotFound, OfficeError } from "./errors";

export type Scalar = string | number | boolean;

/** A 0-based rectangle of cells. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel's default column width (Calibri 11: 8.43 characters = 64 px) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel keeps at most this many characters in a cell. */
export const MAX_CELL_TEXT = 32767;

export const bottomOf = (r: Rect): number => r.top + r.rows - 1;
export const rightOf = (r: Rect): number => r.left + r.cols - 1;
export const intersects = (a: Rect, b: Rect): boolean =>
  a.top <= bottomOf(b) && b.top <= bottomOf(a) && a.left <= rightOf(b) && b.left <= rightOf(a);
export const containsRect = (outer: Rect, inner: Rect): boolean =>
  inner.top >= outer.top &&
  bottomOf(inner) <= bottomOf(outer) &&
  inner.left >= outer.left &&
  rightOf(inner) <= rightOf(outer);
export const sameRect = (a: Rect, b: Rect): boolean =>
  a.top === b.top && a.left === b.left && a.rows === b.rows && a.cols === b.cols;

// ---------------------------------------------------------------------------------------------
// Addresses
// The double parses and prints addresses by itself, not with src/core's `columnLetter` / `parseA1`:
// it stands for Excel, so an error in the product's address code must show up as a mismatch here
// instead of being shared by the code under test and the double that checks it.

export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** A sheet name as Excel writes it in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1!A1:B2` (`Sheet1!A1` for one cell, `Sheet1!A:A`, `Sheet1!3:4` for whole columns or rows), as `range.address` gives it. */
export function formatAddress(sheet: string, r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  let body: string;
  if (r.rows === MAX_ROWS && r.top === 0)
    body = `${d}${columnName(r.left)}:${d}${columnName(rightOf(r))}`;
  else if (r.cols === MAX_COLS && r.left === 0) body = `${d}${r.top + 1}:${d}${bottomOf(r) + 1}`;
  else {
    const a = `${d}${columnName(r.left)}${d}${r.top + 1}`;
    body =
      r.rows === 1 && r.cols === 1 ? a : `${a}:${d}${columnName(rightOf(r))}${d}${bottomOf(r) + 1}`;
  }
  return `${quoteSheetName(sheet)}!${body}`;
}

interface ParsedAddress {
  readonly sheet: string | null;
  readonly rect: Rect;
}

/** Parse `A1`, `A1:B2`, `$A$1`, `A:C`, `3:4`, optionally prefixed by `Sheet!` or `'My sheet'!`. */
export function parseAddress(address: string): ParsedAddress | null {
  let text = address.trim();
  let sheet: string | null = null;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const s = text.slice(0, bang);
    sheet =
      s.startsWith("'") && s.endsWith("'") && s.length >= 2
        ? s.slice(1, -1).replace(/''/g, "'")
        : s;
    text = text.slice(bang + 1);
  }
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
  const col = /^\$?([A-Za-z]{1,3})$/;
  const row = /^\$?(\d{1,7})$/;
  const a = parts[0];
  const b = parts[1] ?? parts[0];
  let ma = cell.exec(a);
  let mb = cell.exec(b);
  if (ma && mb) {
    const r1 = Number(ma[2]) - 1;
    const r2 = Number(mb[2]) - 1;
    const c1 = columnIndex(ma[1]);
    const c2 = columnIndex(mb[1]);
    if (r1 < 0 || r2 < 0 || Math.max(r1, r2) >= MAX_ROWS || Math.max(c1, c2) >= MAX_COLS)
      return null;
    return {
      sheet,
      rect: {
        top: Math.min(r1, r2),
        left: Math.min(c1, c2),
        rows: Math.abs(r2 - r1) + 1,
        cols: Math.abs(c2 - c1) + 1,
      },
    };
  }
  if (parts.length === 2) {
    ma = col.exec(a);
    mb = col.exec(b);
    if (ma && mb) {
      const c1 = columnIndex(ma[1]);
      const c2 = columnIndex(mb[1]);
      if (Math.max(c1, c2) >= MAX_COLS) return null;
      return {
        sheet,
        rect: { top: 0, left: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 },
      };
    }
    ma = row.exec(a);
    mb = row.exec(b);
    if (ma && mb) {
      const r1 = Number(ma[1]) - 1;
      const r2 = Number(mb[1]) - 1;
      if (r1 < 0 || r2 < 0 || Math.max(r1, r2) >= MAX_ROWS) return null;
      return {
        sheet,
        rect: { top: Math.min(r1, r2), left: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS },
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Cells

export interface Border {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

export interface CellFormat {
  readonly fontName: string;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontColor: string;
  /** `#RRGGBB`, or null for no fill. */
  readonly fill: string | null;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly top: Border | null;
  readonly bottom: Border | null;
  readonly left: Border | null;
  readonly right: Border | null;
}

export const DEFAULT_FORMAT: CellFormat = Object.freeze({
  fontName: "Calibri",
  fontSize: 11,
  bold: false,
  italic: false,
  fontColor: "#000000",
  fill: null,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  top: null,
  bottom: null,
  left: null,
  right: null,
});

export interface ListRule {
  readonly list: { readonly inCellDropDown: boolean; readonly source: string };
}

export interface Validation {
  rule: Readonly<Record<string, unknown>> | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface Cell {
  /** "" for an empty cell (as `range.values` gives it). Error values are their text, e.g. `#N/A`. */
  value: Scalar;
  /** The formula when the cell holds one. */
  formula: string | null;
  /** Text entered with a leading apostrophe (kept as text, the apostrophe is not part of the value). */
  quotePrefix: boolean;
  numberFormat: string;
  format: CellFormat;
  validation: Validation | null;
}

function emptyCell(): Cell {
  return {
    value: "",
    formula: null,
    quotePrefix: false,
    numberFormat: "General",
    format: DEFAULT_FORMAT,
    validation: null,
  };
}

const ERROR_VALUE =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/**
 * What Excel stores when a script assigns `value` to a cell through `range.values` — an
 * approximation of Excel's input parser: a leading `'` keeps text as text; `=…` (and `+…`/`-…`
 * that are not numbers) become formulas, which the double cannot calculate and shows as `#NAME?`;
 * number-looking text becomes a number, `dd.mm.yyyy` text a date serial, `TRUE`/`FALSE` booleans,
 * `#N/A` an error. Anything else is text. Code that means text must therefore escape it.
 */
export function enteredValue(
  value: unknown,
  location: string
): Pick<Cell, "value" | "formula" | "quotePrefix"> {
  if (value === null || value === undefined || value === "")
    return { value: "", formula: null, quotePrefix: false };
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw invalidArgument(
        "The argument is invalid or missing or has an incorrect format.",
        location
      );
    return { value, formula: null, quotePrefix: false };
  }
  if (typeof value === "boolean") return { value, formula: null, quotePrefix: false };
  if (typeof value !== "string")
    throw invalidArgument(
      "The argument is invalid or missing or has an incorrect format.",
      location
    );
  if (value.length > MAX_CELL_TEXT)
    throw invalidArgument(
      `Text values in cells are limited to ${MAX_CELL_TEXT} characters.`,
      location
    );
  if (value.startsWith("'"))
    return { value: value.slice(1), formula: null, quotePrefix: value.length > 1 };
  const t = value.trim();
  if (/^[+-]?(\d+([.,]\d+)?|\.\d+)([eE][+-]?\d+)?$/.test(t))
    return { value: Number(t.replace(",", ".")), formula: null, quotePrefix: false };
  if (/^[=+-]./s.test(value))
    return {
      value: "#NAME?",
      formula: value.startsWith("=") ? value : `=${value}`,
      quotePrefix: false,
    };
  if (/^(true|false)$/i.test(t))
    return { value: t.toLowerCase() === "true", formula: null, quotePrefix: false };
  const pct = /^([+-]?\d+(\.\d+)?)%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, formula: null, quotePrefix: false };
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (dmy) {
    const ms = Date.UTC(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1]));
    return { value: Math.round(ms / 86400000) + 25569, formula: null, quotePrefix: false };
  }
  if (ERROR_VALUE.test(t)) return { value: t, formula: null, quotePrefix: false };
  return { value, formula: null, quotePrefix: false };
}

export function isErrorValue(v: Scalar): boolean {
  return typeof v === "string" && ERROR_VALUE.test(v);
}

// ---------------------------------------------------------------------------------------------
// Sheets, conditional formats, tables, names

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** `$3:$4`, or null. */
  printTitleRows: string | null;
  centerHorizontally: boolean;
  /** Margins in points (Excel's defaults: 0.7 in left/right, 0.75 in top/bottom, 0.3 in header/footer). */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly type: "Custom" | "DataBar";
  /** The areas it applies to: one for a range, several when added through `getRanges` (RangeAreas). */
  rects: Rect[];
  priority: number;
  stopIfTrue: boolean;
  /** Custom: the rule formula and the format applied when it is true. */
  custom: { formula: string; fill: string | null; fontColor: string | null; bold: boolean | null };
  /** Data bar settings. */
  dataBar: {
    barDirection: string;
    showDataBarOnly: boolean;
    lowerBoundRule: { type: string; formula?: string };
    upperBoundRule: { type: string; formula?: string };
    fillColor: string;
    gradientFill: boolean;
    borderColor: string;
  };
}

/** A block of cells a chart reads (it follows its sheet when that sheet is renamed, as in Excel). */
export interface ChartRef {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

export interface ChartSeriesState {
  name: string;
  values: ChartRef;
  /** Category labels (`setXAxisValues`), or null: Excel numbers the categories 1, 2, 3… */
  xValues: ChartRef | null;
}

export interface ChartAxisState {
  minimum: number | null;
  maximum: number | null;
  reversePlotOrder: boolean;
}

export interface ChartState {
  readonly id: string;
  readonly sheet: SheetState;
  name: string;
  chartType: string;
  series: ChartSeriesState[];
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  valueAxis: ChartAxisState;
  categoryAxis: ChartAxisState;
  dataLabels: { showValue: boolean };
  /** The cells the chart covers (`setPosition`), or null where Excel placed it. */
  position: { start: Rect; end: Rect | null } | null;
  deleted: boolean;
}

/** A chart as plain data: references become addresses (for snapshots and test assertions). */
export function chartSnapshot(c: ChartState): unknown {
  const ref = (r: ChartRef | null): string | null =>
    r === null ? null : formatAddress(r.sheet.name, r.rect, true);
  return {
    name: c.name,
    chartType: c.chartType,
    series: c.series.map((x) => ({ name: x.name, values: ref(x.values), xValues: ref(x.xValues) })),
    title: { ...c.title },
    legend: { ...c.legend },
    valueAxis: { ...c.valueAxis },
    categoryAxis: { ...c.categoryAxis },
    dataLabels: { ...c.dataLabels },
    position:
      c.position === null
        ? null
        : {
            start: formatAddress(c.sheet.name, c.position.start),
            end: c.position.end === null ? null : formatAddress(c.sheet.name, c.position.end),
          },
  };
}

export class SheetState {
  deleted = false;
  /**
   * Protected (Review → Protect Sheet): changing its cells, merges or conditional formats fails with
   * InvalidOperation, as issue 9 reports Excel doing (to be checked in real Excel: docs/office-adapter.md).
   */
  protected = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly cells = new Map<number, Cell>();
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Hidden columns (`Range.columnHidden`); Excel neither shows nor prints them. */
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  /**
   * Rows whose height Excel was asked to fit to their content. Excel fits a row to its cells that
   * are not merged only ("You can't use the AutoFit feature for rows or columns that contain merged
   * cells", support.microsoft.com, Change the column width and row height): see {@link fitsText}.
   */
  readonly autofitRows = new Set<number>();
  readonly pageLayout: PageLayoutState = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
    centerHorizontally: false,
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
  };
  frozenRows = 0;
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];

  constructor(
    readonly id: string,
    public name: string
  ) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  /** The cell at (row, col); an empty default when nothing was ever written there. */
  cell(row: number, col: number): Cell {
    return this.cells.get(SheetState.key(row, col)) ?? emptyCell();
  }

  /** Changes to a protected sheet fail (see {@link protected}). */
  assertEditable(where: string): void {
    if (this.protected)
      throw new OfficeError(
        "InvalidOperation",
        "The cell or chart you're trying to change is on a protected sheet.",
        where
      );
  }

  /** The cell at (row, col), created when needed, for changing it (never on a protected sheet). */
  edit(row: number, col: number): Cell {
    this.assertEditable("Range");
    const k = SheetState.key(row, col);
    let c = this.cells.get(k);
    if (c === undefined) {
      c = emptyCell();
      this.cells.set(k, c);
    }
    return c;
  }

  /** The smallest rectangle holding every cell with a value (valuesOnly) or with a value or format. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      const used =
        c.value !== "" ||
        c.formula !== null ||
        (!valuesOnly &&
          (c.format !== DEFAULT_FORMAT || c.numberFormat !== "General" || c.validation !== null));
      if (!used) continue;
      const r = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    if (bottom < 0) return null;
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** The merged area holding (row, col), if any. */
  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => intersects(m, { top: row, left: col, rows: 1, cols: 1 }));
  }

  /** Does Excel fit the row of (row, col) to that cell's text? Only for a fitted row and a cell that is not merged. */
  fitsText(row: number, col: number): boolean {
    return this.autofitRows.has(row) && this.mergeAt(row, col) === undefined;
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Values of a rectangle (default: the used range from A1), as a 2-D array, "" for empty cells. */
  values(rect?: Rect): Scalar[][] {
    const r = rect ?? this.extentFromA1();
    const out: Scalar[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row: Scalar[] = [];
      for (let j = 0; j < r.cols; j++) row.push(this.cell(r.top + i, r.left + j).value);
      out.push(row);
    }
    return out;
  }

  /** A1 to the bottom-right used cell (values or formats). */
  extentFromA1(): Rect {
    const u = this.usedRect(false);
    return u === null
      ? { top: 0, left: 0, rows: 0, cols: 0 }
      : { top: 0, left: 0, rows: bottomOf(u) + 1, cols: rightOf(u) + 1 };
  }

  /** A deep copy of what a test may compare before and after an operation ("untouched"). */
  snapshot(): unknown {
    const cells = [...this.cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([k, c]) => [
        k,
        {
          ...c,
          format: { ...c.format },
          validation: c.validation === null ? null : JSON.parse(JSON.stringify(c.validation)),
        },
      ]);
    return JSON.parse(
      JSON.stringify({
        name: this.name,
        visibility: this.visibility,
        cells,
        merges: this.merges,
        columnWidths: [...this.columnWidths],
        rowHeights: [...this.rowHeights],
        pageLayout: this.pageLayout,
        frozenRows: this.frozenRows,
        conditionalFormats: this.conditionalFormats,
        charts: this.charts.map(chartSnapshot),
      })
    );
  }
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  /** null: workbook scope. */
  readonly scope: SheetState | null;
}

export interface TableState {
  readonly book: WorkbookState;
  readonly id: string;
  name: string;
  readonly sheet: SheetState;
  rect: Rect;
  style: string;
  showHeaders: boolean;
  deleted: boolean;
}

/** The worksheet events the double raises (WorksheetCollection.onAdded / onDeleted / onNameChanged). */
export type SheetEvent = "added" | "deleted" | "nameChanged";

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  /** The workbook counts dates from 1904 (Excel's option "Use 1904 date system"): DATE(1904,1,1) is 0. */
  date1904 = false;
  /** Handlers registered through the API, called after the change (asynchronously, as Office does). */
  readonly sheetListeners: Record<SheetEvent, ((args: unknown) => Promise<unknown>)[]> = {
    added: [],
    deleted: [],
    nameChanged: [],
  };
  readonly names: NameState[] = [];
  readonly tables: TableState[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetState | null = null;
  selection: { sheet: SheetState; rect: Rect } | null = null;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  private emit(event: SheetEvent, args: Record<string, unknown>): void {
    for (const h of this.sheetListeners[event])
      setTimeout(() => void h({ ...args, source: "Local" }), 0);
  }

  /** A sheet by name (case-insensitive, as Excel compares names) or by id. */
  findSheet(key: string): SheetState | undefined {
    const k = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === k);
  }

  sheet(key: string): SheetState {
    const s = this.findSheet(key);
    if (s === undefined) throw itemNotFound(`WorksheetCollection.getItem(${JSON.stringify(key)})`);
    return s;
  }

  /** Add a sheet at the end (what `worksheets.add` does). */
  addSheet(name?: string): SheetState {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    checkSheetName(n, this, null);
    const s = new SheetState(this.newId("sheet"), n);
    this.sheets.push(s);
    if (this.activeSheet === null) this.activeSheet = s;
    this.emit("added", { type: "WorksheetAdded", worksheetId: s.id });
    return s;
  }

  /** Seed a sheet with values (test setup, not through the API). */
  seedSheet(
    name: string,
    rows: readonly (readonly (Scalar | null)[])[],
    options: { merges?: readonly Rect[]; hidden?: boolean; protected?: boolean } = {}
  ): SheetState {
    const s = this.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        s.edit(r, c).value = v;
      })
    );
    for (const m of options.merges ?? []) s.merges.push(m);
    if (options.hidden) s.visibility = "Hidden";
    if (options.protected) s.protected = true;
    return s;
  }

  deleteSheet(s: SheetState): void {
    // "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
    // InvalidOperation exception" (Worksheet.delete, learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
    if (s.visibility === "VeryHidden") {
      throw new OfficeError(
        "InvalidOperation",
        "The worksheet is very hidden: change its visibility to hidden or visible before deleting it.",
        "Worksheet.delete"
      );
    }
    const visible = this.sheets.filter((x) => x.visibility === "Visible" && !x.deleted);
    if (s.visibility === "Visible" && visible.length === 1) {
      throw new OfficeError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.delete"
      );
    }
    const i = this.sheets.indexOf(s);
    this.sheets.splice(i, 1);
    s.deleted = true;
    for (const c of s.charts) c.deleted = true;
    for (const t of this.tables) if (t.sheet === s) t.deleted = true;
    for (let j = this.tables.length - 1; j >= 0; j--)
      if (this.tables[j].deleted) this.tables.splice(j, 1);
    for (let j = this.names.length - 1; j >= 0; j--)
      if (this.names[j].scope === s) this.names.splice(j, 1);
    // Workbook names that pointed into the sheet now point nowhere, as in Excel.
    const ref = sheetRefPattern(s.name);
    for (const n of this.names) n.formula = n.formula.replace(ref, "#REF!");
    if (this.activeSheet === s)
      this.activeSheet = this.sheets.find((x) => x.visibility === "Visible") ?? null;
    if (this.selection?.sheet === s) this.selection = null;
    this.emit("deleted", { type: "WorksheetDeleted", worksheetId: s.id });
  }

  renameSheet(s: SheetState, name: string): void {
    if (name === s.name) return;
    checkSheetName(name, this, s);
    const ref = sheetRefPattern(s.name);
    for (const n of this.names) n.formula = n.formula.replace(ref, `${quoteSheetName(name)}!`);
    const before = s.name;
    s.name = name;
    this.emit("nameChanged", {
      type: "WorksheetNameChanged",
      worksheetId: s.id,
      nameBefore: before,
      nameAfter: name,
    });
  }
}

function sheetRefPattern(name: string): RegExp {
  const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `(?:'${esc(name.replace(/'/g, "''"))}'|${esc(name)})!(?:\\$?[A-Z]{1,3}\\$?\\d+(?::\\$?[A-Z]{1,3}\\$?\\d+)?)?`,
    "gi"
  );
}

/** Excel's rules for sheet names: 1–31 characters, none of `: \ / ? * [ ]`, no leading or trailing apostrophe, unique ignoring case. */
export function checkSheetName(name: string, wb: WorkbookState, self: SheetState | null): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw invalidArgument(
      "The argument is invalid or missing or has an incorrect format.",
      "Worksheet.name"
    );
  }
  const other = wb.findSheet(name);
  if (other !== undefined && other !== self) {
    throw new OfficeError("ItemAlreadyExists", "The resource already exists.", "Worksheet.name");
  }
}
