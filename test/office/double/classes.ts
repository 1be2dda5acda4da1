/**
 * The subset of Excel's object model the double simulates, class by class, with Excel's rules where
 * a wrong call would fail in Excel too: value arrays must match the range's shape, enumerations are
 * case-sensitive, sheet and defined names follow Excel's syntax and are unique, merges may not
 * overlap, tables may not hold merged cells, list sources are at most 255 characters, a workbook
 * keeps one visible sheet. Every member named here is checked against @types/office-js when the
 * double starts (runtime.ts), so nothing here can be an invented API.
 */
import { DoubleUsageError, invalidArgument, itemNotFound, OfficeError } from "./errors";
import {
  bottomOf,
  containsRect,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FORMAT,
  DEFAULT_ROW_HEIGHT,
  enteredValue,
  formatAddress,
  intersects,
  isErrorValue,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  rightOf,
} from "./model";
import type {
  Border,
  Cell,
  CellFormat,
  ChartAxisState,
  ChartRef,
  ChartState,
  ConditionalFormatState,
  NameState,
  Rect,
  SheetEvent,
  SheetState,
  TableState,
  Validation,
  WorkbookState,
} from "./model";
import { excelEnumValues } from "./apiSurface";
import type { AnyClassDef, ClassDef, Exec } from "./runtime";

interface RangeT {
  readonly sheet: SheetState;
  readonly rect: Rect;
}
interface BorderT {
  readonly range: RangeT;
  readonly side: string;
}
interface CfT {
  readonly sheet: SheetState;
  readonly cf: ConditionalFormatState;
}
interface ScopeT {
  readonly wb: WorkbookState;
  readonly sheet: SheetState | null;
}
interface NameT {
  readonly wb: WorkbookState;
  readonly item: NameState;
}
interface SettingT {
  readonly wb: WorkbookState;
  readonly key: string;
}
interface AreasT {
  readonly sheet: SheetState;
  readonly rects: readonly Rect[];
}

function def<T>(d: ClassDef<T>): AnyClassDef {
  return d;
}

// ---------------------------------------------------------------------------------------------
// Argument checks

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_STYLE = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];
const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const PAPER = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
];
const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};
/** Excel refuses formatting calls on more cells than this in the double (whole columns are not modelled cell by cell). */
const MAX_FORMAT_CELLS = 5_000_000;
/** Longest address list `getRanges` takes in the double (office-js #5198 saw failures from 8 207 characters). */
const MAX_AREAS_ADDRESS = 8192;

function oneOf(v: unknown, allowed: readonly string[], where: string): string {
  if (typeof v !== "string" || !allowed.includes(v))
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where}: ${JSON.stringify(v)}; expected one of ${allowed.join(", ")})`,
      where
    );
  return v;
}

function bool(v: unknown, where: string): boolean {
  if (typeof v !== "boolean")
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where} expects a boolean)`,
      where
    );
  return v;
}

function num(v: unknown, min: number, max: number, where: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max)
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where}: ${String(v)} not in ${min}–${max})`,
      where
    );
  return v;
}

function str(v: unknown, where: string, max = Infinity): string {
  if (typeof v !== "string" || v.length > max)
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where} expects text${max < Infinity ? ` of at most ${max} characters` : ""})`,
      where
    );
  return v;
}

function color(v: unknown, where: string): string {
  if (typeof v === "string") {
    if (/^#[0-9A-Fa-f]{6}$/.test(v)) return v.toUpperCase();
    const named = NAMED_COLORS[v.toLowerCase()];
    if (named !== undefined) return named;
  }
  throw invalidArgument(
    `The argument is invalid or missing or has an incorrect format. (${where}: ${JSON.stringify(v)} is not a color)`,
    where
  );
}

function plainObject(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where} expects an object)`,
      where
    );
  return v as Record<string, unknown>;
}

function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const k of Object.keys(o))
    if (!allowed.includes(k))
      throw invalidArgument(
        `The argument is invalid or missing or has an incorrect format. (${where}: unknown property '${k}')`,
        where
      );
}

function int(v: unknown, min: number, max: number, where: string): number {
  const n = num(v, min, max, where);
  if (!Number.isInteger(n))
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where} expects an integer)`,
      where
    );
  return n;
}

/** A 2-D array exactly the size of the range, as Excel requires for `values`, `formulas`, `numberFormat`. */
function matrix(v: unknown, r: Rect, where: string): unknown[][] {
  const ok =
    Array.isArray(v) &&
    v.length === r.rows &&
    v.every((row) => Array.isArray(row) && row.length === r.cols);
  if (!ok) {
    const shape = Array.isArray(v)
      ? `${v.length}×${Array.isArray(v[0]) ? (v[0] as unknown[]).length : "?"}`
      : typeof v;
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${where}: got ${shape}, range is ${r.rows}×${r.cols})`,
      where
    );
  }
  return v as unknown[][];
}

function eachCell(t: RangeT, where: string, fn: (row: number, col: number) => void): void {
  if (t.rect.rows * t.rect.cols > MAX_FORMAT_CELLS)
    throw new DoubleUsageError(
      `Excel double: ${where} on ${t.rect.rows}×${t.rect.cols} cells is not modelled cell by cell; use a smaller range.`
    );
  for (let r = t.rect.top; r <= bottomOf(t.rect); r++)
    for (let c = t.rect.left; c <= rightOf(t.rect); c++) fn(r, c);
}

function grid<V>(t: RangeT, where: string, fn: (cell: Cell) => V): V[][] {
  if (t.rect.rows * t.rect.cols > MAX_FORMAT_CELLS)
    throw new OfficeError("GeneralException", "The range has more than five million cells.", where);
  const out: V[][] = [];
  for (let r = 0; r < t.rect.rows; r++) {
    const row: V[] = [];
    for (let c = 0; c < t.rect.cols; c++)
      row.push(fn(t.sheet.cell(t.rect.top + r, t.rect.left + c)));
    out.push(row);
  }
  return out;
}

/** The value every cell shares, or null when they differ (as Excel reports mixed formats). */
function uniform<V>(t: RangeT, where: string, fn: (cell: Cell) => V): V | null {
  let first = true;
  let value: V | null = null;
  let mixed = false;
  eachCell(t, where, (r, c) => {
    if (mixed) return;
    const v = fn(t.sheet.cell(r, c));
    if (first) {
      value = v;
      first = false;
    } else if (JSON.stringify(v) !== JSON.stringify(value)) mixed = true;
  });
  return mixed ? null : value;
}

function setFormat(t: RangeT, where: string, patch: Partial<CellFormat>): void {
  eachCell(t, where, (r, c) => {
    const cell = t.sheet.edit(r, c);
    cell.format = { ...cell.format, ...patch };
  });
}

function rangeOf(sheet: SheetState, rect: Rect): RangeT {
  return { sheet, rect };
}

/** A range argument (proxy) or address string on `sheet`. */
function rangeArg(arg: unknown, x: Exec, sheet: SheetState | null, where: string): RangeT {
  const ref = x.targetOf(arg);
  if (ref !== null) {
    if (ref.cls !== "Range") throw invalidArgument(`${where} expects a Range`, where);
    return ref.target as RangeT;
  }
  if (typeof arg !== "string")
    throw invalidArgument(`${where} expects a Range or an address`, where);
  const p = parseAddress(arg);
  if (p === null)
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where}: ${JSON.stringify(arg)})`,
      where
    );
  const s = p.sheet !== null ? x.wb.findSheet(p.sheet) : sheet;
  if (s === undefined || s === null || (sheet !== null && s !== sheet))
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where}: ${JSON.stringify(arg)})`,
      where
    );
  return rangeOf(s, p.rect);
}

// ---------------------------------------------------------------------------------------------
// Names (defined names and table names share one namespace in Excel)

function checkDefinedName(name: unknown, where: string): string {
  const n = str(name, where, 255);
  const cellLike =
    /^[A-Za-z]{1,3}\d{1,7}$/.test(n) || /^[RrCc]\d*$/.test(n) || /^[Rr]\d*[Cc]\d*$/.test(n);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(n) || cellLike || /^(true|false)$/i.test(n)) {
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where}: ${JSON.stringify(n)} is not a valid name)`,
      where
    );
  }
  return n;
}

function nameTaken(
  wb: WorkbookState,
  name: string,
  scope: SheetState | null,
  except?: TableState | NameState
): boolean {
  const k = name.toLowerCase();
  return (
    wb.names.some((n) => n !== except && n.scope === scope && n.name.toLowerCase() === k) ||
    wb.tables.some((t) => t !== except && t.name.toLowerCase() === k)
  );
}

/** The rectangle a name's formula points at (`='Sheet 1'!$A$3`), or null. */
function nameRange(wb: WorkbookState, n: NameState): RangeT | null {
  const f = n.formula.replace(/^=/, "");
  const p = parseAddress(f);
  if (p === null || p.sheet === null) return null;
  const s = wb.findSheet(p.sheet);
  return s === undefined ? null : rangeOf(s, p.rect);
}

// ---------------------------------------------------------------------------------------------
// Classes

const workbook = def<WorkbookState>({
  name: "Workbook",
  props: {},
  navs: {
    worksheets: { cls: "WorksheetCollection", get: (wb) => wb },
    names: { cls: "NamedItemCollection", get: (wb): ScopeT => ({ wb, sheet: null }) },
    tables: { cls: "TableCollection", get: (wb): ScopeT => ({ wb, sheet: null }) },
    settings: { cls: "SettingCollection", get: (wb) => wb },
    functions: { cls: "Functions", get: (wb) => wb },
  },
  methods: {
    getSelectedRange: {
      returns: "Range",
      maxArgs: 0,
      run: (wb): RangeT => {
        if (wb.selection !== null) return wb.selection;
        const s = wb.activeSheet;
        if (s === null) throw itemNotFound("Workbook.getSelectedRange");
        return rangeOf(s, { top: 0, left: 0, rows: 1, cols: 1 });
      },
    },
  },
});

/** Days from 1 Jan 1900 as Excel counts them (with its 29 Feb 1900), or from 1 Jan 1904 in that date system. */
function dateSerial(wb: WorkbookState, year: number, month: number, day: number): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return wb.date1904 ? days - 1462 : days;
}

/** `workbook.functions`: worksheet functions evaluated without a cell (only DATE is modelled). */
const functions = def<WorkbookState>({
  name: "Functions",
  props: {},
  navs: {},
  methods: {
    date: {
      returns: "FunctionResult",
      minArgs: 3,
      maxArgs: 3,
      run: (wb, [y, m, d]): { value: number | null; error: string | null } => {
        const year = int(y, 0, 9999, "Functions.date");
        const value = dateSerial(
          wb,
          year < 1900 ? year + 1900 : year,
          int(m, -1e6, 1e6, "Functions.date"),
          int(d, -1e6, 1e6, "Functions.date")
        );
        return value < 0 ? { value: null, error: "#NUM!" } : { value, error: null };
      },
    },
  },
});

const functionResult = def<{ value: unknown; error: string | null }>({
  name: "FunctionResult",
  props: { value: { get: (r) => r.value }, error: { get: (r) => r.error } },
  navs: {},
  methods: {},
});

/** The worksheet collection's events, called with Office's event arguments after the change. */
function sheetEvent(event: SheetEvent): {
  register: (wb: WorkbookState, handler: (args: unknown) => Promise<unknown>) => () => void;
} {
  return {
    register: (wb, handler) => {
      wb.sheetListeners[event].push(handler);
      return () => wb.sheetListeners[event].splice(wb.sheetListeners[event].indexOf(handler), 1);
    },
  };
}

const worksheets = def<WorkbookState>({
  name: "WorksheetCollection",
  itemClass: "Worksheet",
  items: (wb) => [...wb.sheets],
  props: {},
  navs: {},
  events: {
    onAdded: sheetEvent("added"),
    onDeleted: sheetEvent("deleted"),
    onNameChanged: sheetEvent("nameChanged"),
  },
  methods: {
    getItem: {
      returns: "Worksheet",
      minArgs: 1,
      maxArgs: 1,
      run: (wb, [key]) => wb.sheet(str(key, "WorksheetCollection.getItem")),
    },
    getItemOrNullObject: {
      returns: "Worksheet",
      orNull: true,
      minArgs: 1,
      maxArgs: 1,
      run: (wb, [key]) => wb.findSheet(str(key, "WorksheetCollection.getItemOrNullObject")) ?? null,
    },
    add: {
      returns: "Worksheet",
      maxArgs: 1,
      run: (wb, [name]) =>
        wb.addSheet(name === undefined ? undefined : str(name, "WorksheetCollection.add")),
    },
    getActiveWorksheet: {
      returns: "Worksheet",
      maxArgs: 0,
      run: (wb) => wb.activeSheet ?? itemNotFoundThrow("WorksheetCollection.getActiveWorksheet"),
    },
    getCount: { returns: "result", maxArgs: 1, run: (wb) => wb.sheets.length },
  },
});

function itemNotFoundThrow(where: string): never {
  throw itemNotFound(where);
}

function rangeIn(
  s: SheetState,
  top: unknown,
  left: unknown,
  rows: unknown,
  cols: unknown,
  where: string
): RangeT {
  const t = int(top, 0, MAX_ROWS - 1, where);
  const l = int(left, 0, MAX_COLS - 1, where);
  const r = int(rows, 1, MAX_ROWS - t, where);
  const c = int(cols, 1, MAX_COLS - l, where);
  return rangeOf(s, { top: t, left: l, rows: r, cols: c });
}

function usedIn(s: SheetState, within: Rect | null, valuesOnly: boolean): Rect | null {
  const u = s.usedRect(valuesOnly);
  if (u === null) return null;
  if (within === null) return u;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, c] of s.cells) {
    const r = Math.floor(k / MAX_COLS);
    const col = k % MAX_COLS;
    if (r < within.top || r > bottomOf(within) || col < within.left || col > rightOf(within))
      continue;
    const used =
      c.value !== "" ||
      c.formula !== null ||
      (!valuesOnly &&
        (c.format !== DEFAULT_FORMAT || c.numberFormat !== "General" || c.validation !== null));
    if (!used) continue;
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, col);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

const worksheet = def<SheetState>({
  name: "Worksheet",
  gone: (s) => s.deleted,
  props: {
    name: { get: (s) => s.name, set: (s, v, x) => x.wb.renameSheet(s, str(v, "Worksheet.name")) },
    id: { get: (s) => s.id },
    position: {
      get: (s, x) => x.wb.sheets.indexOf(s),
      set: (s, v, x) => {
        const p = int(v, 0, x.wb.sheets.length - 1, "Worksheet.position");
        x.wb.sheets.splice(x.wb.sheets.indexOf(s), 1);
        x.wb.sheets.splice(p, 0, s);
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v, x) => {
        const vis = oneOf(
          v,
          ["Visible", "Hidden", "VeryHidden"],
          "Worksheet.visibility"
        ) as SheetState["visibility"];
        if (
          vis !== "Visible" &&
          s.visibility === "Visible" &&
          x.wb.sheets.filter((o) => o.visibility === "Visible").length === 1
        ) {
          throw new OfficeError(
            "InvalidOperation",
            "A workbook must contain at least one visible worksheet.",
            "Worksheet.visibility"
          );
        }
        s.visibility = vis;
        if (vis !== "Visible" && x.wb.activeSheet === s)
          x.wb.activeSheet = x.wb.sheets.find((o) => o.visibility === "Visible") ?? null;
      },
    },
  },
  navs: {
    freezePanes: { cls: "WorksheetFreezePanes", get: (s) => s },
    pageLayout: { cls: "PageLayout", get: (s) => s },
    tables: { cls: "TableCollection", get: (s, x): ScopeT => ({ wb: x.wb, sheet: s }) },
    names: { cls: "NamedItemCollection", get: (s, x): ScopeT => ({ wb: x.wb, sheet: s }) },
    charts: { cls: "ChartCollection", get: (s) => s },
  },
  methods: {
    getRange: {
      returns: "Range",
      maxArgs: 1,
      run: (s, [address], x) =>
        address === undefined
          ? rangeOf(s, { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS })
          : rangeArg(str(address, "Worksheet.getRange"), x, s, "Worksheet.getRange"),
    },
    getRangeByIndexes: {
      returns: "Range",
      minArgs: 4,
      maxArgs: 4,
      run: (s, [r, c, rc, cc]) => rangeIn(s, r, c, rc, cc, "Worksheet.getRangeByIndexes"),
    },
    getRanges: {
      returns: "RangeAreas",
      maxArgs: 1,
      run: (s, [address], x): AreasT => {
        const where = "Worksheet.getRanges";
        const text = str(address, where);
        // office-js #5198: valid address lists fail from about 8 200 characters; the double refuses above 8 192.
        if (text.length > MAX_AREAS_ADDRESS)
          throw invalidArgument(
            `The argument is invalid or missing or has an incorrect format. (${where}: ${text.length} characters)`,
            where
          );
        const rects = text.split(/[,;]/).map((part) => rangeArg(part.trim(), x, s, where).rect);
        return { sheet: s, rects };
      },
    },
    getCell: {
      returns: "Range",
      minArgs: 2,
      maxArgs: 2,
      run: (s, [r, c]) => rangeIn(s, r, c, 1, 1, "Worksheet.getCell"),
    },
    getUsedRange: {
      returns: "Range",
      maxArgs: 1,
      run: (s, [valuesOnly]) =>
        rangeOf(s, usedIn(s, null, valuesOnly === true) ?? { top: 0, left: 0, rows: 1, cols: 1 }),
    },
    getUsedRangeOrNullObject: {
      returns: "Range",
      orNull: true,
      maxArgs: 1,
      run: (s, [valuesOnly]) => {
        const u = usedIn(s, null, valuesOnly === true);
        return u === null ? null : rangeOf(s, u);
      },
    },
    delete: { maxArgs: 0, run: (s, _a, x) => x.wb.deleteSheet(s) },
    activate: {
      maxArgs: 0,
      run: (s, _a, x) => {
        if (s.visibility !== "Visible")
          throw new OfficeError(
            "InvalidOperation",
            "The operation is not allowed on a hidden worksheet.",
            "Worksheet.activate"
          );
        x.wb.activeSheet = s;
      },
    },
  },
});

const range = def<RangeT>({
  name: "Range",
  gone: (t) => t.sheet.deleted,
  props: {
    address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
    rowIndex: { get: (t) => t.rect.top },
    columnIndex: { get: (t) => t.rect.left },
    rowCount: { get: (t) => t.rect.rows },
    columnCount: { get: (t) => t.rect.cols },
    // ExcelApi 1.2: true when every column of the range is hidden, false when none, null when some
    // (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
    columnHidden: {
      get: (t) => {
        const first = t.sheet.hiddenColumns.has(t.rect.left);
        for (let c = t.rect.left; c <= rightOf(t.rect); c++)
          if (t.sheet.hiddenColumns.has(c) !== first) return null;
        return first;
      },
      set: (t, v) => {
        const hidden = bool(v, "Range.columnHidden");
        for (let c = t.rect.left; c <= rightOf(t.rect); c++) {
          if (hidden) t.sheet.hiddenColumns.add(c);
          else t.sheet.hiddenColumns.delete(c);
        }
      },
    },
    values: {
      // More than five million cells: `null` instead of an error (office-js-docs-pr #5821).
      get: (t, x) =>
        t.rect.rows * t.rect.cols > x.options.maxGetCells
          ? null
          : grid(t, "Range.values", (c) => c.value),
      set: (t, v) => {
        const m = matrix(v, t.rect, "Range.values");
        // `null` in a 2-D array leaves that cell as it is (docs "Blank and null values in Excel add-ins").
        const entered = m.map((row) =>
          row.map((x) => (x === null ? null : enteredValue(x, "Range.values")))
        );
        entered.forEach((row, i) =>
          row.forEach((e, j) => {
            if (e === null) return;
            const cell = t.sheet.edit(t.rect.top + i, t.rect.left + j);
            cell.value = e.value;
            cell.formula = e.formula;
            cell.quotePrefix = e.quotePrefix;
          })
        );
      },
    },
    formulas: {
      get: (t) => grid(t, "Range.formulas", (c) => c.formula ?? c.value),
      set: (t, v) => {
        const m = matrix(v, t.rect, "Range.formulas");
        m.forEach((row, i) =>
          row.forEach((x, j) => {
            if (x === null) return;
            const e = enteredValue(x, "Range.formulas");
            const cell = t.sheet.edit(t.rect.top + i, t.rect.left + j);
            cell.value = e.value;
            cell.formula = e.formula;
            cell.quotePrefix = e.quotePrefix;
          })
        );
      },
    },
    numberFormat: {
      get: (t) => grid(t, "Range.numberFormat", (c) => c.numberFormat),
      set: (t, v) => {
        const m = matrix(v, t.rect, "Range.numberFormat");
        // null keeps a cell's format, "" resets it to General (docs "Blank and null values in Excel add-ins").
        const formats = m.map((row) =>
          row.map((x) =>
            x === null ? null : x === "" ? "General" : str(x, "Range.numberFormat", 255)
          )
        );
        formats.forEach((row, i) =>
          row.forEach((f, j) => {
            if (f !== null) t.sheet.edit(t.rect.top + i, t.rect.left + j).numberFormat = f;
          })
        );
      },
    },
    text: {
      get: (t) =>
        grid(t, "Range.text", (c) =>
          typeof c.value === "boolean" ? (c.value ? "TRUE" : "FALSE") : String(c.value)
        ),
    },
    valueTypes: {
      get: (t) =>
        grid(t, "Range.valueTypes", (c) =>
          c.value === ""
            ? "Empty"
            : typeof c.value === "number"
              ? "Double"
              : typeof c.value === "boolean"
                ? "Boolean"
                : isErrorValue(c.value)
                  ? "Error"
                  : "String"
        ),
    },
  },
  navs: {
    format: { cls: "RangeFormat", get: (t) => t },
    dataValidation: { cls: "DataValidation", get: (t) => t },
    conditionalFormats: {
      cls: "ConditionalFormatCollection",
      get: (t): AreasT => ({ sheet: t.sheet, rects: [t.rect] }),
    },
    worksheet: { cls: "Worksheet", get: (t) => t.sheet },
  },
  methods: {
    merge: {
      maxArgs: 1,
      run: (t, [across], x) => {
        t.sheet.assertEditable("Range.merge");
        const rows =
          across === true
            ? Array.from({ length: t.rect.rows }, (_, i) => ({
                ...t.rect,
                top: t.rect.top + i,
                rows: 1,
              }))
            : [t.rect];
        for (const m of rows) {
          if (m.rows * m.cols === 1) continue;
          if (t.sheet.merges.some((e) => intersects(e, m))) {
            throw new OfficeError(
              "MergedRangeConflict",
              `Cannot merge ${formatAddress(t.sheet.name, m)}: it overlaps a merged area (the double does not extend merges; unmerge first).`,
              "Range.merge"
            );
          }
          if (x.wb.tables.some((tb) => tb.sheet === t.sheet && intersects(tb.rect, m))) {
            throw new OfficeError(
              "InvalidOperation",
              "Cells in a table cannot be merged.",
              "Range.merge"
            );
          }
          // Excel keeps the upper-left value only.
          for (let r = m.top; r <= bottomOf(m); r++) {
            for (let c = m.left; c <= rightOf(m); c++) {
              if (r === m.top && c === m.left) continue;
              const k = t.sheet.cells.get(r * MAX_COLS + c);
              if (k !== undefined) {
                k.value = "";
                k.formula = null;
                k.quotePrefix = false;
              }
            }
          }
          t.sheet.merges.push(m);
        }
      },
    },
    unmerge: {
      maxArgs: 0,
      run: (t) => {
        for (let i = t.sheet.merges.length - 1; i >= 0; i--)
          if (intersects(t.sheet.merges[i], t.rect)) t.sheet.merges.splice(i, 1);
      },
    },
    select: {
      maxArgs: 0,
      run: (t, _a, x) => {
        if (t.sheet.visibility !== "Visible")
          throw new OfficeError(
            "InvalidOperation",
            "The operation is not allowed on a hidden worksheet.",
            "Range.select"
          );
        x.wb.activeSheet = t.sheet;
        x.wb.selection = t;
      },
    },
    clear: {
      maxArgs: 1,
      run: (t, [applyTo]) => {
        const what =
          applyTo === undefined
            ? "All"
            : oneOf(applyTo, ["All", "Formats", "Contents"], "Range.clear");
        eachCell(t, "Range.clear", (r, c) => {
          const cell = t.sheet.cells.get(r * MAX_COLS + c);
          if (cell === undefined) return;
          if (what !== "Formats") {
            cell.value = "";
            cell.formula = null;
            cell.quotePrefix = false;
          }
          if (what !== "Contents") {
            cell.format = DEFAULT_FORMAT;
            cell.numberFormat = "General";
          }
        });
      },
    },
    getEntireColumn: {
      returns: "Range",
      maxArgs: 0,
      run: (t) =>
        rangeOf(t.sheet, { top: 0, left: t.rect.left, rows: MAX_ROWS, cols: t.rect.cols }),
    },
    getEntireRow: {
      returns: "Range",
      maxArgs: 0,
      run: (t) => rangeOf(t.sheet, { top: t.rect.top, left: 0, rows: t.rect.rows, cols: MAX_COLS }),
    },
    getCell: {
      returns: "Range",
      minArgs: 2,
      maxArgs: 2,
      run: (t, [r, c]) =>
        rangeIn(
          t.sheet,
          t.rect.top + int(r, 0, MAX_ROWS, "Range.getCell"),
          t.rect.left + int(c, 0, MAX_COLS, "Range.getCell"),
          1,
          1,
          "Range.getCell"
        ),
    },
    getUsedRangeOrNullObject: {
      returns: "Range",
      orNull: true,
      maxArgs: 1,
      run: (t, [valuesOnly]) => {
        const u = usedIn(t.sheet, t.rect, valuesOnly === true);
        return u === null ? null : rangeOf(t.sheet, u);
      },
    },
    getMergedAreasOrNullObject: {
      returns: "RangeAreas",
      orNull: true,
      maxArgs: 0,
      run: (t, _a, x): AreasT | null => {
        // Office returns the merged areas whose top-left cell lies in the range.
        const rects = t.sheet.merges.filter((m) =>
          containsRect(t.rect, { top: m.top, left: m.left, rows: 1, cols: 1 })
        );
        if (rects.length > x.options.maxMergedAreas) {
          throw new OfficeError(
            "GeneralException",
            `There are more than ${x.options.maxMergedAreas} merged areas in the range.`,
            "Range.getMergedAreasOrNullObject"
          );
        }
        return rects.length === 0 ? null : { sheet: t.sheet, rects };
      },
    },
  },
});

const rangeAreas = def<AreasT>({
  name: "RangeAreas",
  props: {
    address: { get: (a) => a.rects.map((r) => formatAddress(a.sheet.name, r)).join(", ") },
    areaCount: { get: (a) => a.rects.length },
  },
  navs: {
    areas: { cls: "RangeCollection", get: (a) => a },
    conditionalFormats: { cls: "ConditionalFormatCollection", get: (a) => a },
  },
  methods: {},
});

const rangeCollection = def<AreasT>({
  name: "RangeCollection",
  itemClass: "Range",
  items: (a) => a.rects.map((r) => rangeOf(a.sheet, r)),
  props: {},
  navs: {},
  methods: {},
});

const rangeFormat = def<RangeT>({
  name: "RangeFormat",
  props: {
    columnWidth: {
      get: (t) => {
        const w = t.sheet.columnWidth(t.rect.left);
        for (let c = t.rect.left; c <= rightOf(t.rect); c++)
          if (t.sheet.columnWidth(c) !== w) return null;
        return w;
      },
      // 255 characters of Calibri 11 is Excel's widest column.
      set: (t, v) => {
        const w = num(v, 0, 1342.5, "RangeFormat.columnWidth");
        for (let c = t.rect.left; c <= rightOf(t.rect); c++) {
          if (w === DEFAULT_COLUMN_WIDTH) t.sheet.columnWidths.delete(c);
          else t.sheet.columnWidths.set(c, w);
        }
      },
    },
    rowHeight: {
      get: (t) => {
        const h = t.sheet.rowHeight(t.rect.top);
        for (let r = t.rect.top; r <= bottomOf(t.rect); r++)
          if (t.sheet.rowHeight(r) !== h) return null;
        return h;
      },
      set: (t, v) => {
        const h = num(v, 0, 409, "RangeFormat.rowHeight");
        for (let r = t.rect.top; r <= bottomOf(t.rect); r++) {
          t.sheet.autofitRows.delete(r);
          if (h === DEFAULT_ROW_HEIGHT) t.sheet.rowHeights.delete(r);
          else t.sheet.rowHeights.set(r, h);
        }
      },
    },
    horizontalAlignment: {
      get: (t) =>
        uniform(t, "RangeFormat.horizontalAlignment", (c) => c.format.horizontalAlignment),
      set: (t, v) =>
        setFormat(t, "RangeFormat.horizontalAlignment", {
          horizontalAlignment: oneOf(v, H_ALIGN, "RangeFormat.horizontalAlignment"),
        }),
    },
    verticalAlignment: {
      get: (t) => uniform(t, "RangeFormat.verticalAlignment", (c) => c.format.verticalAlignment),
      set: (t, v) =>
        setFormat(t, "RangeFormat.verticalAlignment", {
          verticalAlignment: oneOf(v, V_ALIGN, "RangeFormat.verticalAlignment"),
        }),
    },
    wrapText: {
      get: (t) => uniform(t, "RangeFormat.wrapText", (c) => c.format.wrapText),
      set: (t, v) =>
        setFormat(t, "RangeFormat.wrapText", { wrapText: bool(v, "RangeFormat.wrapText") }),
    },
  },
  navs: {
    font: { cls: "RangeFont", get: (t) => t },
    fill: { cls: "RangeFill", get: (t) => t },
    borders: { cls: "RangeBorderCollection", get: (t) => t },
  },
  methods: {
    autofitRows: {
      maxArgs: 0,
      run: (t) => {
        if (t.rect.rows > MAX_FORMAT_CELLS)
          throw new DoubleUsageError(
            "Excel double: autofitRows over whole columns is not modelled."
          );
        for (let r = t.rect.top; r <= bottomOf(t.rect); r++) {
          t.sheet.rowHeights.delete(r);
          t.sheet.autofitRows.add(r);
        }
      },
    },
    autofitColumns: { maxArgs: 0, run: () => undefined },
  },
});

const rangeFont = def<RangeT>({
  name: "RangeFont",
  props: {
    bold: {
      get: (t) => uniform(t, "RangeFont.bold", (c) => c.format.bold),
      set: (t, v) => setFormat(t, "RangeFont.bold", { bold: bool(v, "RangeFont.bold") }),
    },
    italic: {
      get: (t) => uniform(t, "RangeFont.italic", (c) => c.format.italic),
      set: (t, v) => setFormat(t, "RangeFont.italic", { italic: bool(v, "RangeFont.italic") }),
    },
    size: {
      get: (t) => uniform(t, "RangeFont.size", (c) => c.format.fontSize),
      set: (t, v) => setFormat(t, "RangeFont.size", { fontSize: num(v, 1, 409, "RangeFont.size") }),
    },
    color: {
      get: (t) => uniform(t, "RangeFont.color", (c) => c.format.fontColor),
      set: (t, v) => setFormat(t, "RangeFont.color", { fontColor: color(v, "RangeFont.color") }),
    },
    name: {
      get: (t) => uniform(t, "RangeFont.name", (c) => c.format.fontName),
      set: (t, v) => setFormat(t, "RangeFont.name", { fontName: str(v, "RangeFont.name", 31) }),
    },
  },
  navs: {},
  methods: {},
});

const rangeFill = def<RangeT>({
  name: "RangeFill",
  props: {
    color: {
      get: (t) => uniform(t, "RangeFill.color", (c) => c.format.fill ?? "#FFFFFF"),
      set: (t, v) => setFormat(t, "RangeFill.color", { fill: color(v, "RangeFill.color") }),
    },
  },
  navs: {},
  methods: { clear: { maxArgs: 0, run: (t) => setFormat(t, "RangeFill.clear", { fill: null }) } },
});

/** The cell edges a border index stands for: [row, col, edge] of every cell side it covers. */
function borderEdges(
  t: RangeT,
  side: string
): [number, number, "top" | "bottom" | "left" | "right"][] {
  const r = t.rect;
  const out: [number, number, "top" | "bottom" | "left" | "right"][] = [];
  if (r.rows * r.cols > MAX_FORMAT_CELLS)
    throw new DoubleUsageError("Excel double: borders on whole columns or rows are not modelled.");
  const rows = (): number[] => Array.from({ length: r.rows }, (_, i) => r.top + i);
  const cols = (): number[] => Array.from({ length: r.cols }, (_, i) => r.left + i);
  switch (side) {
    case "EdgeTop":
      for (const c of cols()) out.push([r.top, c, "top"]);
      break;
    case "EdgeBottom":
      for (const c of cols()) out.push([bottomOf(r), c, "bottom"]);
      break;
    case "EdgeLeft":
      for (const row of rows()) out.push([row, r.left, "left"]);
      break;
    case "EdgeRight":
      for (const row of rows()) out.push([row, rightOf(r), "right"]);
      break;
    case "InsideHorizontal":
      for (const row of rows())
        for (const c of cols()) {
          if (row > r.top) out.push([row, c, "top"]);
          if (row < bottomOf(r)) out.push([row, c, "bottom"]);
        }
      break;
    case "InsideVertical":
      for (const row of rows())
        for (const c of cols()) {
          if (c > r.left) out.push([row, c, "left"]);
          if (c < rightOf(r)) out.push([row, c, "right"]);
        }
      break;
    default:
      throw new DoubleUsageError(`Excel double: diagonal borders are not modelled (${side}).`);
  }
  return out;
}

function setBorder(b: BorderT, patch: Partial<Border>, where: string): void {
  for (const [r, c, edge] of borderEdges(b.range, b.side)) {
    const cell = b.range.sheet.edit(r, c);
    const current: Border = cell.format[edge] ?? {
      style: "Continuous",
      weight: "Thin",
      color: "#000000",
    };
    const next = { ...current, ...patch };
    cell.format = { ...cell.format, [edge]: next.style === "None" ? null : next };
  }
  void where;
}

function getBorder(b: BorderT, key: keyof Border): string | null {
  let value: string | null | undefined;
  for (const [r, c, edge] of borderEdges(b.range, b.side)) {
    const e = b.range.sheet.cell(r, c).format[edge];
    const v =
      e === null ? (key === "style" ? "None" : key === "weight" ? "Thin" : "#000000") : e[key];
    if (value === undefined) value = v;
    else if (value !== v) return null;
  }
  return value ?? null;
}

const rangeBorders = def<RangeT>({
  name: "RangeBorderCollection",
  itemClass: "RangeBorder",
  items: (t): BorderT[] => BORDER_INDEX.slice(0, 6).map((side) => ({ range: t, side })),
  props: {},
  navs: {},
  methods: {
    getItem: {
      returns: "RangeBorder",
      minArgs: 1,
      maxArgs: 1,
      run: (t, [index]): BorderT => ({
        range: t,
        side: oneOf(index, BORDER_INDEX, "RangeBorderCollection.getItem"),
      }),
    },
  },
});

const rangeBorder = def<BorderT>({
  name: "RangeBorder",
  props: {
    sideIndex: { get: (b) => b.side },
    style: {
      get: (b) => getBorder(b, "style"),
      set: (b, v) =>
        setBorder(b, { style: oneOf(v, BORDER_STYLE, "RangeBorder.style") }, "RangeBorder.style"),
    },
    weight: {
      get: (b) => getBorder(b, "weight"),
      set: (b, v) =>
        setBorder(
          b,
          { weight: oneOf(v, BORDER_WEIGHT, "RangeBorder.weight") },
          "RangeBorder.weight"
        ),
    },
    color: {
      get: (b) => getBorder(b, "color"),
      set: (b, v) => setBorder(b, { color: color(v, "RangeBorder.color") }, "RangeBorder.color"),
    },
  },
  navs: {},
  methods: {},
});

// ---- data validation

function defaultValidation(): Validation {
  return {
    rule: null,
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
}

function checkRule(v: unknown): Readonly<Record<string, unknown>> {
  const where = "DataValidation.rule";
  const o = plainObject(v, where);
  const kinds = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];
  const keys = Object.keys(o);
  if (keys.length !== 1 || !kinds.includes(keys[0]))
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where} needs exactly one of ${kinds.join(", ")})`,
      where
    );
  if (keys[0] !== "list")
    throw new DoubleUsageError(`Excel double: data validation rule '${keys[0]}' is not modelled.`);
  const list = plainObject(o.list, `${where}.list`);
  onlyKeys(list, ["inCellDropDown", "source"], `${where}.list`);
  if (list.inCellDropDown !== undefined) bool(list.inCellDropDown, `${where}.list.inCellDropDown`);
  // Excel limits a typed list (the source text) to 255 characters.
  const source = str(list.source, `${where}.list.source`, 255);
  if (source.trim() === "")
    throw invalidArgument(
      "The argument is invalid or missing or has an incorrect format. (empty list source)",
      where
    );
  return { list: { inCellDropDown: list.inCellDropDown ?? true, source } };
}

function editValidations(t: RangeT, where: string, fn: (v: Validation) => void): void {
  eachCell(t, where, (r, c) => {
    const cell = t.sheet.edit(r, c);
    const v = cell.validation === null ? defaultValidation() : { ...cell.validation };
    fn(v);
    cell.validation = v;
  });
}

const dataValidation = def<RangeT>({
  name: "DataValidation",
  props: {
    rule: {
      get: (t) => uniform(t, "DataValidation.rule", (c) => c.validation?.rule ?? null),
      set: (t, v) => {
        const rule = checkRule(v);
        editValidations(t, "DataValidation.rule", (val) => (val.rule = rule));
      },
    },
    errorAlert: {
      get: (t) => uniform(t, "DataValidation.errorAlert", (c) => c.validation?.errorAlert ?? null),
      set: (t, v) => {
        const where = "DataValidation.errorAlert";
        const o = plainObject(v, where);
        onlyKeys(o, ["showAlert", "style", "title", "message"], where);
        editValidations(t, where, (val) => {
          val.errorAlert = {
            showAlert:
              o.showAlert === undefined
                ? val.errorAlert.showAlert
                : bool(o.showAlert, `${where}.showAlert`),
            style:
              o.style === undefined
                ? val.errorAlert.style
                : oneOf(o.style, ["Stop", "Warning", "Information"], `${where}.style`),
            // Excel's limits for the error box: a 32-character title, a 255-character message.
            title:
              o.title === undefined ? val.errorAlert.title : str(o.title, `${where}.title`, 32),
            message:
              o.message === undefined
                ? val.errorAlert.message
                : str(o.message, `${where}.message`, 255),
          };
        });
      },
    },
    prompt: {
      get: (t) => uniform(t, "DataValidation.prompt", (c) => c.validation?.prompt ?? null),
      set: (t, v) => {
        const where = "DataValidation.prompt";
        const o = plainObject(v, where);
        onlyKeys(o, ["showPrompt", "title", "message"], where);
        editValidations(t, where, (val) => {
          val.prompt = {
            showPrompt:
              o.showPrompt === undefined
                ? val.prompt.showPrompt
                : bool(o.showPrompt, `${where}.showPrompt`),
            title: o.title === undefined ? val.prompt.title : str(o.title, `${where}.title`, 32),
            message:
              o.message === undefined
                ? val.prompt.message
                : str(o.message, `${where}.message`, 255),
          };
        });
      },
    },
    ignoreBlanks: {
      get: (t) =>
        uniform(t, "DataValidation.ignoreBlanks", (c) => c.validation?.ignoreBlanks ?? true),
      set: (t, v) =>
        editValidations(
          t,
          "DataValidation.ignoreBlanks",
          (val) => (val.ignoreBlanks = bool(v, "DataValidation.ignoreBlanks"))
        ),
    },
    type: {
      get: (t) => {
        const rule = uniform(t, "DataValidation.type", (c) => c.validation?.rule ?? null);
        if (rule === null)
          return uniform(t, "DataValidation.type", (c) => c.validation === null)
            ? "None"
            : "MixedCriteria";
        return "List";
      },
    },
  },
  navs: {},
  methods: {
    clear: {
      maxArgs: 0,
      run: (t) =>
        eachCell(t, "DataValidation.clear", (r, c) => {
          const cell = t.sheet.cells.get(r * MAX_COLS + c);
          if (cell !== undefined) cell.validation = null;
        }),
    },
  },
});

// ---- conditional formats

function boundRule(v: unknown, where: string): { type: string; formula?: string } {
  const o = plainObject(v, where);
  onlyKeys(o, ["type", "formula"], where);
  const type = oneOf(
    o.type,
    ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile", "Automatic"],
    `${where}.type`
  );
  if (["Number", "Percent", "Formula", "Percentile"].includes(type)) {
    const formula = str(o.formula, `${where}.formula`);
    if (formula.trim() === "")
      throw invalidArgument("A formula is required for this rule type.", where);
    return { type, formula };
  }
  return { type };
}

/** Does a conditional format apply to some cell of the areas? */
function cfTouches(cf: ConditionalFormatState, a: AreasT): boolean {
  return cf.rects.some((r) => a.rects.some((x) => intersects(r, x)));
}

const cfCollection = def<AreasT>({
  name: "ConditionalFormatCollection",
  itemClass: "ConditionalFormat",
  items: (t): CfT[] =>
    t.sheet.conditionalFormats
      .filter((cf) => cfTouches(cf, t))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({ sheet: t.sheet, cf })),
  props: {},
  navs: {},
  methods: {
    add: {
      returns: "ConditionalFormat",
      minArgs: 1,
      maxArgs: 1,
      run: (t, [type], x): CfT => {
        const kind = oneOf(
          type,
          [
            "Custom",
            "DataBar",
            "ColorScale",
            "IconSet",
            "TopBottom",
            "PresetCriteria",
            "ContainsText",
            "CellValue",
          ],
          "ConditionalFormatCollection.add"
        );
        t.sheet.assertEditable("ConditionalFormatCollection.add");
        if (kind !== "Custom" && kind !== "DataBar")
          throw new DoubleUsageError(
            `Excel double: conditional format type ${kind} is not modelled.`
          );
        if (t.rects.reduce((n, r) => n + r.rows * r.cols, 0) > MAX_FORMAT_CELLS)
          throw new DoubleUsageError(
            "Excel double: conditional formats on whole columns are not modelled."
          );
        // A new rule takes the top priority, as in Excel.
        for (const cf of t.sheet.conditionalFormats) cf.priority++;
        const cf: ConditionalFormatState = {
          id: x.wb.newId("cf"),
          type: kind,
          rects: t.rects.map((r) => ({ ...r })),
          priority: 0,
          stopIfTrue: false,
          custom: { formula: "", fill: null, fontColor: null, bold: null },
          dataBar: {
            barDirection: "Context",
            showDataBarOnly: false,
            lowerBoundRule: { type: "Automatic" },
            upperBoundRule: { type: "Automatic" },
            fillColor: "#638EC6",
            gradientFill: true,
            borderColor: "#638EC6",
          },
        };
        t.sheet.conditionalFormats.push(cf);
        return { sheet: t.sheet, cf };
      },
    },
    getCount: {
      returns: "result",
      maxArgs: 0,
      run: (t) => t.sheet.conditionalFormats.filter((cf) => cfTouches(cf, t)).length,
    },
    getItem: {
      returns: "ConditionalFormat",
      minArgs: 1,
      maxArgs: 1,
      run: (t, [id]): CfT => {
        const cf = t.sheet.conditionalFormats.find((c) => c.id === id);
        if (cf === undefined) throw itemNotFound("ConditionalFormatCollection.getItem");
        return { sheet: t.sheet, cf };
      },
    },
    clearAll: {
      maxArgs: 0,
      run: (t) => {
        const keep = t.sheet.conditionalFormats.filter((cf) => !cfTouches(cf, t));
        t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...keep);
      },
    },
  },
});

function cfOfType(c: CfT, type: "Custom" | "DataBar", orNull: boolean, where: string): CfT | null {
  if (c.cf.type === type) return c;
  if (orNull) return null;
  throw new OfficeError(
    "InvalidOperation",
    `The conditional format is not of type ${type}.`,
    where
  );
}

const conditionalFormat = def<CfT>({
  name: "ConditionalFormat",
  gone: (c) => c.sheet.deleted || !c.sheet.conditionalFormats.includes(c.cf),
  props: {
    id: { get: (c) => c.cf.id },
    type: { get: (c) => c.cf.type },
    priority: {
      get: (c) => c.cf.priority,
      set: (c, v) => {
        const p = int(v, 0, 1e6, "ConditionalFormat.priority");
        const others = c.sheet.conditionalFormats
          .filter((x) => x !== c.cf)
          .sort((a, b) => a.priority - b.priority);
        others.splice(Math.min(p, others.length), 0, c.cf);
        others.forEach((x, i) => (x.priority = i));
      },
    },
    stopIfTrue: {
      get: (c) => c.cf.stopIfTrue,
      set: (c, v) => (c.cf.stopIfTrue = bool(v, "ConditionalFormat.stopIfTrue")),
    },
  },
  navs: {
    custom: {
      cls: "CustomConditionalFormat",
      get: (c) => cfOfType(c, "Custom", false, "ConditionalFormat.custom"),
    },
    customOrNullObject: {
      cls: "CustomConditionalFormat",
      get: (c) => cfOfType(c, "Custom", true, "ConditionalFormat.customOrNullObject"),
    },
    dataBar: {
      cls: "DataBarConditionalFormat",
      get: (c) => cfOfType(c, "DataBar", false, "ConditionalFormat.dataBar"),
    },
    dataBarOrNullObject: {
      cls: "DataBarConditionalFormat",
      get: (c) => cfOfType(c, "DataBar", true, "ConditionalFormat.dataBarOrNullObject"),
    },
  },
  methods: {
    delete: {
      maxArgs: 0,
      run: (c) => {
        c.sheet.assertEditable("ConditionalFormat.delete");
        const list = c.sheet.conditionalFormats;
        list.splice(list.indexOf(c.cf), 1);
      },
    },
    getRange: {
      returns: "Range",
      maxArgs: 0,
      run: (c) => {
        if (c.cf.rects.length !== 1)
          throw new OfficeError(
            "InvalidOperation",
            "The conditional format applies to several areas; use getRanges.",
            "ConditionalFormat.getRange"
          );
        return rangeOf(c.sheet, c.cf.rects[0]);
      },
    },
  },
});

const customCf = def<CfT>({
  name: "CustomConditionalFormat",
  props: {},
  navs: {
    rule: { cls: "ConditionalFormatRule", get: (c) => c },
    format: { cls: "ConditionalRangeFormat", get: (c) => c },
  },
  methods: {},
});

const cfRule = def<CfT>({
  name: "ConditionalFormatRule",
  props: {
    formula: {
      get: (c) => c.cf.custom.formula,
      set: (c, v) => {
        const f = str(v, "ConditionalFormatRule.formula", 8192);
        if (!f.startsWith("="))
          throw invalidArgument(
            "The formula must start with '='.",
            "ConditionalFormatRule.formula"
          );
        c.cf.custom.formula = f;
      },
    },
  },
  navs: {},
  methods: {},
});

const cfRangeFormat = def<CfT>({
  name: "ConditionalRangeFormat",
  props: {},
  navs: {
    fill: { cls: "ConditionalRangeFill", get: (c) => c },
    font: { cls: "ConditionalRangeFont", get: (c) => c },
  },
  methods: {},
});

const cfFill = def<CfT>({
  name: "ConditionalRangeFill",
  props: {
    color: {
      get: (c) => c.cf.custom.fill,
      set: (c, v) => (c.cf.custom.fill = color(v, "ConditionalRangeFill.color")),
    },
  },
  navs: {},
  methods: { clear: { maxArgs: 0, run: (c) => (c.cf.custom.fill = null) } },
});

const cfFont = def<CfT>({
  name: "ConditionalRangeFont",
  props: {
    color: {
      get: (c) => c.cf.custom.fontColor,
      set: (c, v) => (c.cf.custom.fontColor = color(v, "ConditionalRangeFont.color")),
    },
    bold: {
      get: (c) => c.cf.custom.bold,
      set: (c, v) => (c.cf.custom.bold = bool(v, "ConditionalRangeFont.bold")),
    },
  },
  navs: {},
  methods: {},
});

const dataBar = def<CfT>({
  name: "DataBarConditionalFormat",
  props: {
    barDirection: {
      get: (c) => c.cf.dataBar.barDirection,
      set: (c, v) =>
        (c.cf.dataBar.barDirection = oneOf(
          v,
          ["Context", "LeftToRight", "RightToLeft"],
          "DataBarConditionalFormat.barDirection"
        )),
    },
    showDataBarOnly: {
      get: (c) => c.cf.dataBar.showDataBarOnly,
      set: (c, v) =>
        (c.cf.dataBar.showDataBarOnly = bool(v, "DataBarConditionalFormat.showDataBarOnly")),
    },
    lowerBoundRule: {
      get: (c) => c.cf.dataBar.lowerBoundRule,
      set: (c, v) =>
        (c.cf.dataBar.lowerBoundRule = boundRule(v, "DataBarConditionalFormat.lowerBoundRule")),
    },
    upperBoundRule: {
      get: (c) => c.cf.dataBar.upperBoundRule,
      set: (c, v) =>
        (c.cf.dataBar.upperBoundRule = boundRule(v, "DataBarConditionalFormat.upperBoundRule")),
    },
  },
  navs: { positiveFormat: { cls: "ConditionalDataBarPositiveFormat", get: (c) => c } },
  methods: {},
});

const dataBarPositive = def<CfT>({
  name: "ConditionalDataBarPositiveFormat",
  props: {
    fillColor: {
      get: (c) => c.cf.dataBar.fillColor,
      set: (c, v) =>
        (c.cf.dataBar.fillColor = color(v, "ConditionalDataBarPositiveFormat.fillColor")),
    },
    gradientFill: {
      get: (c) => c.cf.dataBar.gradientFill,
      set: (c, v) =>
        (c.cf.dataBar.gradientFill = bool(v, "ConditionalDataBarPositiveFormat.gradientFill")),
    },
    borderColor: {
      get: (c) => c.cf.dataBar.borderColor,
      set: (c, v) =>
        (c.cf.dataBar.borderColor = color(v, "ConditionalDataBarPositiveFormat.borderColor")),
    },
  },
  navs: {},
  methods: {},
});

// ---- page layout, freeze panes

function titleRows(arg: unknown, s: SheetState, x: Exec): string {
  const where = "PageLayout.setPrintTitleRows";
  let rect: Rect;
  const ref = x.targetOf(arg);
  if (ref !== null) {
    const t = ref.target as RangeT;
    if (t.sheet !== s) throw invalidArgument("The range must be on the same worksheet.", where);
    rect = t.rect;
  } else {
    const p = parseAddress(str(arg, where));
    if (p === null || (p.sheet !== null && x.wb.findSheet(p.sheet) !== s))
      throw invalidArgument(
        `The argument is invalid or missing or has an incorrect format. (${where}: ${JSON.stringify(arg)})`,
        where
      );
    rect = p.rect;
  }
  // "The range must span the entire row to be valid."
  if (rect.left !== 0 || rect.cols !== MAX_COLS)
    throw invalidArgument(`The range must span the entire row to be valid. (${where})`, where);
  return `$${rect.top + 1}:$${bottomOf(rect) + 1}`;
}

/**
 * Some builds refuse to freeze panes or set the page layout of a hidden sheet with GeneralException
 * (office-js #1463 unfreeze, #2196 freezeRows, #3148): the double refuses them all (unless told to allow).
 */
function visibleForLayout(s: SheetState, x: Exec, where: string): void {
  if (s.visibility !== "Visible" && x.options.hiddenSheetLayout === "fail") {
    throw new OfficeError(
      "GeneralException",
      "There was an internal error while processing the request.",
      where
    );
  }
}

/** A page-layout property: written only on a visible sheet. */
function layoutProp(
  get: (s: SheetState) => unknown,
  set: (s: SheetState, v: unknown, x: Exec) => void,
  where: string
): { get: (s: SheetState) => unknown; set: (s: SheetState, v: unknown, x: Exec) => void } {
  return {
    get,
    set: (s, v, x) => {
      visibleForLayout(s, x, where);
      set(s, v, x);
    },
  };
}

const margin = (key: keyof SheetState["pageLayout"]["margins"], name: string) =>
  layoutProp(
    (s) => s.pageLayout.margins[key],
    (s, v) => (s.pageLayout.margins[key] = num(v, 0, 409, `PageLayout.${name}`)),
    `PageLayout.${name}`
  );

const pageLayout = def<SheetState>({
  name: "PageLayout",
  props: {
    orientation: layoutProp(
      (s) => s.pageLayout.orientation,
      (s, v) =>
        (s.pageLayout.orientation = oneOf(v, ["Portrait", "Landscape"], "PageLayout.orientation")),
      "PageLayout.orientation"
    ),
    paperSize: layoutProp(
      (s) => s.pageLayout.paperSize,
      (s, v) => (s.pageLayout.paperSize = oneOf(v, PAPER, "PageLayout.paperSize")),
      "PageLayout.paperSize"
    ),
    centerHorizontally: layoutProp(
      (s) => s.pageLayout.centerHorizontally,
      (s, v) => (s.pageLayout.centerHorizontally = bool(v, "PageLayout.centerHorizontally")),
      "PageLayout.centerHorizontally"
    ),
    leftMargin: margin("left", "leftMargin"),
    rightMargin: margin("right", "rightMargin"),
    topMargin: margin("top", "topMargin"),
    bottomMargin: margin("bottom", "bottomMargin"),
    headerMargin: margin("header", "headerMargin"),
    footerMargin: margin("footer", "footerMargin"),
    zoom: {
      get: (s) => s.pageLayout.zoom,
      set: (s, v, x) => {
        const where = "PageLayout.zoom";
        visibleForLayout(s, x, where);
        const o = plainObject(v, where);
        onlyKeys(o, ["scale", "horizontalFitToPages", "verticalFitToPages"], where);
        const zoom: PageZoom = {};
        if (o.scale !== undefined) zoom.scale = int(o.scale, 10, 400, `${where}.scale`);
        if (o.horizontalFitToPages !== undefined)
          zoom.horizontalFitToPages = int(
            o.horizontalFitToPages,
            0,
            32767,
            `${where}.horizontalFitToPages`
          );
        if (o.verticalFitToPages !== undefined)
          zoom.verticalFitToPages = int(
            o.verticalFitToPages,
            0,
            32767,
            `${where}.verticalFitToPages`
          );
        if (
          zoom.scale !== undefined &&
          (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined)
        ) {
          throw invalidArgument("A zoom either scales or fits to pages, not both.", where);
        }
        // Fit-to-pages is accepted but not applied unless the Page Layout tab was opened (office-js #1860).
        if (zoom.scale === undefined && !x.options.pageLayoutTabOpen) return;
        s.pageLayout.zoom = zoom;
      },
    },
  },
  navs: {},
  methods: {
    setPrintTitleRows: {
      minArgs: 1,
      maxArgs: 1,
      run: (s, [rows], x) => {
        visibleForLayout(s, x, "PageLayout.setPrintTitleRows");
        s.pageLayout.printTitleRows = titleRows(rows, s, x);
      },
    },
    getPrintTitleRowsOrNullObject: {
      returns: "Range",
      orNull: true,
      maxArgs: 0,
      run: (s) => {
        const p =
          s.pageLayout.printTitleRows === null ? null : parseAddress(s.pageLayout.printTitleRows);
        return p === null ? null : rangeOf(s, p.rect);
      },
    },
  },
});

type PageZoom = { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };

const freezePanes = def<SheetState>({
  name: "WorksheetFreezePanes",
  props: {},
  navs: {},
  methods: {
    freezeRows: {
      maxArgs: 1,
      run: (s, [count], x) => {
        visibleForLayout(s, x, "WorksheetFreezePanes.freezeRows");
        s.frozenRows =
          count === undefined ? 1 : int(count, 0, MAX_ROWS - 1, "WorksheetFreezePanes.freezeRows");
      },
    },
    unfreeze: {
      maxArgs: 0,
      run: (s, _a, x) => {
        visibleForLayout(s, x, "WorksheetFreezePanes.unfreeze");
        s.frozenRows = 0;
      },
    },
    getLocationOrNullObject: {
      returns: "Range",
      orNull: true,
      maxArgs: 0,
      run: (s) =>
        s.frozenRows === 0
          ? null
          : rangeOf(s, { top: 0, left: 0, rows: s.frozenRows, cols: MAX_COLS }),
    },
  },
});

// ---- defined names

const namedItems = def<ScopeT>({
  name: "NamedItemCollection",
  itemClass: "NamedItem",
  items: (t): NameT[] =>
    t.wb.names.filter((n) => n.scope === t.sheet).map((item) => ({ wb: t.wb, item })),
  props: {},
  navs: {},
  methods: {
    add: {
      returns: "NamedItem",
      minArgs: 2,
      maxArgs: 3,
      run: (t, [name, reference, comment], x): NameT => {
        const where = "NamedItemCollection.add";
        const n = checkDefinedName(name, where);
        if (nameTaken(t.wb, n, t.sheet))
          throw new OfficeError("ItemAlreadyExists", "The resource already exists.", where);
        let formula: string;
        const ref = x.targetOf(reference);
        if (ref !== null) {
          const r = ref.target as RangeT;
          formula = `=${formatAddress(r.sheet.name, r.rect, true)}`;
        } else {
          const f = str(reference, where, 8192);
          formula = f.startsWith("=") ? f : `=${f}`;
          if (formula.length < 2) throw invalidArgument("The reference is empty.", where);
        }
        const item: NameState = {
          name: n,
          formula,
          comment: comment === undefined ? "" : str(comment, where, 255),
          visible: true,
          scope: t.sheet,
        };
        t.wb.names.push(item);
        return { wb: t.wb, item };
      },
    },
    getItem: {
      returns: "NamedItem",
      minArgs: 1,
      maxArgs: 1,
      run: (t, [name]): NameT => {
        const k = str(name, "NamedItemCollection.getItem").toLowerCase();
        const item = t.wb.names.find((n) => n.scope === t.sheet && n.name.toLowerCase() === k);
        if (item === undefined) throw itemNotFound("NamedItemCollection.getItem");
        return { wb: t.wb, item };
      },
    },
    getItemOrNullObject: {
      returns: "NamedItem",
      orNull: true,
      minArgs: 1,
      maxArgs: 1,
      run: (t, [name]): NameT | null => {
        const k = str(name, "NamedItemCollection.getItemOrNullObject").toLowerCase();
        const item = t.wb.names.find((n) => n.scope === t.sheet && n.name.toLowerCase() === k);
        return item === undefined ? null : { wb: t.wb, item };
      },
    },
    getCount: {
      returns: "result",
      maxArgs: 0,
      run: (t) => t.wb.names.filter((n) => n.scope === t.sheet).length,
    },
  },
});

const namedItem = def<NameT>({
  name: "NamedItem",
  gone: (n) => !n.wb.names.includes(n.item),
  props: {
    name: { get: (n) => n.item.name },
    formula: {
      get: (n) => n.item.formula,
      set: (n, v) => (n.item.formula = str(v, "NamedItem.formula", 8192)),
    },
    value: { get: (n) => n.item.formula.replace(/^=/, "") },
    type: {
      get: (n) =>
        nameRange(n.wb, n.item) !== null
          ? "Range"
          : n.item.formula.includes("#REF!")
            ? "Error"
            : "String",
    },
    visible: {
      get: (n) => n.item.visible,
      set: (n, v) => (n.item.visible = bool(v, "NamedItem.visible")),
    },
    comment: {
      get: (n) => n.item.comment,
      set: (n, v) => (n.item.comment = str(v, "NamedItem.comment", 255)),
    },
  },
  navs: {},
  methods: {
    delete: { maxArgs: 0, run: (n) => void n.wb.names.splice(n.wb.names.indexOf(n.item), 1) },
    getRange: {
      returns: "Range",
      maxArgs: 0,
      run: (n) => nameRange(n.wb, n.item) ?? itemNotFoundThrow("NamedItem.getRange"),
    },
    getRangeOrNullObject: {
      returns: "Range",
      orNull: true,
      maxArgs: 0,
      run: (n) => nameRange(n.wb, n.item),
    },
  },
});

// ---- tables

function checkTableName(
  wb: WorkbookState,
  name: unknown,
  self: TableState | undefined,
  where: string
): string {
  const n = checkDefinedName(name, where);
  if (n.includes(" ")) throw invalidArgument("Table names cannot contain spaces.", where);
  if (nameTaken(wb, n, null, self))
    throw new OfficeError("ItemAlreadyExists", "The resource already exists.", where);
  return n;
}

const tables = def<ScopeT>({
  name: "TableCollection",
  itemClass: "Table",
  items: (t) => t.wb.tables.filter((tb) => t.sheet === null || tb.sheet === t.sheet),
  props: {},
  navs: {},
  methods: {
    add: {
      returns: "Table",
      minArgs: 2,
      maxArgs: 2,
      run: (t, [address, hasHeaders], x): TableState => {
        const where = "TableCollection.add";
        const r = rangeArg(address, x, t.sheet, where);
        const headers = bool(hasHeaders, where);
        if (t.wb.tables.some((tb) => tb.sheet === r.sheet && intersects(tb.rect, r.rect)))
          throw new OfficeError("InvalidOperation", "A table can't overlap another table.", where);
        if (r.sheet.merges.some((m) => intersects(m, r.rect)))
          throw new OfficeError(
            "MergedRangeConflict",
            "A table can't overlap a range that contains merged cells.",
            where
          );
        if (r.rect.rows < (headers ? 2 : 1) || r.rect.cols * r.rect.rows > MAX_FORMAT_CELLS)
          throw invalidArgument("The table range is invalid.", where);
        if (headers) {
          // Excel makes header texts unique and non-empty.
          const seen = new Set<string>();
          for (let c = r.rect.left; c <= rightOf(r.rect); c++) {
            const cell = r.sheet.edit(r.rect.top, c);
            let text = cell.value === "" ? `Column${c - r.rect.left + 1}` : String(cell.value);
            const base = text;
            for (let i = 2; seen.has(text.toLowerCase()); i++) text = `${base}${i}`;
            seen.add(text.toLowerCase());
            if (text !== cell.value) cell.value = text;
          }
        }
        let i = 1;
        while (nameTaken(t.wb, `Table${i}`, null)) i++;
        const table: TableState = {
          book: t.wb,
          id: x.wb.newId("table"),
          name: `Table${i}`,
          sheet: r.sheet,
          rect: r.rect,
          style: "TableStyleMedium2",
          showHeaders: headers,
          deleted: false,
        };
        t.wb.tables.push(table);
        return table;
      },
    },
    getItem: {
      returns: "Table",
      minArgs: 1,
      maxArgs: 1,
      run: (t, [key]) => findTable(t, key) ?? itemNotFoundThrow("TableCollection.getItem"),
    },
    getItemOrNullObject: {
      returns: "Table",
      orNull: true,
      minArgs: 1,
      maxArgs: 1,
      run: (t, [key]) => findTable(t, key) ?? null,
    },
    getCount: {
      returns: "result",
      maxArgs: 0,
      run: (t) => t.wb.tables.filter((tb) => t.sheet === null || tb.sheet === t.sheet).length,
    },
  },
});

function findTable(t: ScopeT, key: unknown): TableState | undefined {
  const k = str(key, "TableCollection.getItem").toLowerCase();
  return t.wb.tables.find(
    (tb) =>
      (t.sheet === null || tb.sheet === t.sheet) && (tb.id === key || tb.name.toLowerCase() === k)
  );
}

const table = def<TableState>({
  name: "Table",
  gone: (t) => t.deleted,
  props: {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, v) => {
        t.name = checkTableName(t.book, v, t, "Table.name");
      },
    },
    style: { get: (t) => t.style, set: (t, v) => (t.style = str(v, "Table.style", 255)) },
    showHeaders: {
      get: (t) => t.showHeaders,
      set: (t, v) => (t.showHeaders = bool(v, "Table.showHeaders")),
    },
  },
  navs: { worksheet: { cls: "Worksheet", get: (t) => t.sheet } },
  methods: {
    getRange: { returns: "Range", maxArgs: 0, run: (t) => rangeOf(t.sheet, t.rect) },
    delete: {
      maxArgs: 0,
      run: (t) => {
        const wb = t.book;
        t.deleted = true;
        wb.tables.splice(wb.tables.indexOf(t), 1);
      },
    },
  },
});

// ---- charts

interface AxisT {
  readonly chart: ChartState;
  readonly axis: "value" | "category";
}
interface SeriesT {
  readonly chart: ChartState;
  readonly series: ChartState["series"][number];
}

const liveCharts = (s: SheetState): ChartState[] => s.charts.filter((c) => !c.deleted);

/** A data range for a chart series: one row or one column (as Excel requires of values and categories). */
function seriesRange(arg: unknown, x: Exec, where: string): ChartRef {
  const r = rangeArg(arg, x, null, where);
  if (r.rect.rows !== 1 && r.rect.cols !== 1)
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format. (${where}: a series takes one row or one column, got ${r.rect.rows}×${r.rect.cols})`,
      where
    );
  if (r.rect.rows * r.rect.cols > MAX_FORMAT_CELLS)
    throw invalidArgument(`${where}: the range is too large`, where);
  return { sheet: r.sheet, rect: r.rect };
}

/**
 * The series `charts.add` makes from its source range: one per column (`Columns`, or `Auto` when the
 * range is at least as tall as it is wide) or per row. Deliberately simpler than Excel: no header
 * row or label column is guessed from text cells; code names series and sets categories itself.
 */
function seriesFrom(src: RangeT, by: string): ChartState["series"] {
  const r = src.rect;
  const byColumns = by === "Columns" || (by === "Auto" && r.rows >= r.cols);
  const n = byColumns ? r.cols : r.rows;
  return Array.from({ length: n }, (_, i) => ({
    name: `Series${i + 1}`,
    values: {
      sheet: src.sheet,
      rect: byColumns
        ? { top: r.top, left: r.left + i, rows: r.rows, cols: 1 }
        : { top: r.top + i, left: r.left, rows: 1, cols: r.cols },
    },
    xValues: null,
  }));
}

const newAxis = (): ChartAxisState => ({ minimum: null, maximum: null, reversePlotOrder: false });

const chartCollection = def<SheetState>({
  name: "ChartCollection",
  itemClass: "Chart",
  items: (s) => liveCharts(s),
  props: { count: { get: (s) => liveCharts(s).length } },
  navs: {},
  methods: {
    add: {
      returns: "Chart",
      minArgs: 2,
      maxArgs: 3,
      run: (s, [type, sourceData, seriesBy], x): ChartState => {
        const where = "ChartCollection.add";
        const chartType = oneOf(
          type,
          excelEnumValues("ChartType").filter((v) => v !== "Invalid"),
          `${where} type`
        );
        const by =
          seriesBy === undefined
            ? "Auto"
            : oneOf(seriesBy, excelEnumValues("ChartSeriesBy"), `${where} seriesBy`);
        const src = rangeArg(sourceData, x, null, where);
        if (src.rect.rows * src.rect.cols > MAX_FORMAT_CELLS)
          throw invalidArgument(`${where}: the source range is too large`, where);
        let i = 1;
        while (liveCharts(s).some((c) => c.name === `Chart ${i}`)) i++;
        const chart: ChartState = {
          id: x.wb.newId("chart"),
          sheet: s,
          name: `Chart ${i}`,
          chartType,
          series: seriesFrom(src, by),
          title: { text: "", visible: true },
          legend: { visible: true, position: "Right" },
          valueAxis: newAxis(),
          categoryAxis: newAxis(),
          dataLabels: { showValue: false },
          position: null,
          deleted: false,
        };
        s.charts.push(chart);
        return chart;
      },
    },
    // "If there are multiple charts with the same name, the first one will be returned."
    getItem: {
      returns: "Chart",
      minArgs: 1,
      maxArgs: 1,
      run: (s, [name]) =>
        liveCharts(s).find((c) => c.name === str(name, "ChartCollection.getItem")) ??
        itemNotFoundThrow("ChartCollection.getItem"),
    },
    getItemOrNullObject: {
      returns: "Chart",
      orNull: true,
      minArgs: 1,
      maxArgs: 1,
      run: (s, [name]) =>
        liveCharts(s).find((c) => c.name === str(name, "ChartCollection.getItemOrNullObject")) ??
        null,
    },
    getItemAt: {
      returns: "Chart",
      minArgs: 1,
      maxArgs: 1,
      run: (s, [index]) =>
        liveCharts(s)[int(index, 0, Number.MAX_SAFE_INTEGER, "ChartCollection.getItemAt")] ??
        itemNotFoundThrow("ChartCollection.getItemAt"),
    },
    getCount: { returns: "result", maxArgs: 0, run: (s) => liveCharts(s).length },
  },
});

/** A cell argument of `setPosition`: a Range or an address on the chart's sheet. */
function positionCell(arg: unknown, c: ChartState, x: Exec, where: string): Rect {
  const r = rangeArg(arg, x, c.sheet, where);
  if (r.sheet !== c.sheet)
    throw invalidArgument(`${where}: the cell must be on the chart's worksheet`, where);
  return r.rect;
}

const chart = def<ChartState>({
  name: "Chart",
  gone: (c) => c.deleted,
  props: {
    name: { get: (c) => c.name, set: (c, v) => (c.name = str(v, "Chart.name", 255)) },
    id: { get: (c) => c.id },
    chartType: {
      get: (c) => c.chartType,
      set: (c, v) =>
        (c.chartType = oneOf(
          v,
          excelEnumValues("ChartType").filter((t) => t !== "Invalid"),
          "Chart.chartType"
        )),
    },
  },
  navs: {
    title: { cls: "ChartTitle", get: (c) => c },
    legend: { cls: "ChartLegend", get: (c) => c },
    axes: { cls: "ChartAxes", get: (c) => c },
    series: { cls: "ChartSeriesCollection", get: (c) => c },
    dataLabels: { cls: "ChartDataLabels", get: (c) => c },
    worksheet: { cls: "Worksheet", get: (c) => c.sheet },
  },
  methods: {
    delete: { maxArgs: 0, run: (c) => void (c.deleted = true) },
    setPosition: {
      minArgs: 1,
      maxArgs: 2,
      run: (c, [start, end], x) => {
        const where = "Chart.setPosition";
        const s = positionCell(start, c, x, where);
        const e = end === undefined ? null : positionCell(end, c, x, where);
        if (e !== null && (e.top < s.top || e.left < s.left))
          throw invalidArgument(`${where}: the end cell is above or left of the start cell`, where);
        c.position = { start: s, end: e };
      },
    },
  },
});

const chartTitle = def<ChartState>({
  name: "ChartTitle",
  props: {
    text: { get: (c) => c.title.text, set: (c, v) => (c.title.text = str(v, "ChartTitle.text")) },
    visible: {
      get: (c) => c.title.visible,
      set: (c, v) => (c.title.visible = bool(v, "ChartTitle.visible")),
    },
  },
  navs: {},
  methods: {},
});

const chartLegend = def<ChartState>({
  name: "ChartLegend",
  props: {
    visible: {
      get: (c) => c.legend.visible,
      set: (c, v) => (c.legend.visible = bool(v, "ChartLegend.visible")),
    },
    position: {
      get: (c) => c.legend.position,
      set: (c, v) =>
        (c.legend.position = oneOf(
          v,
          excelEnumValues("ChartLegendPosition").filter((p) => p !== "Invalid"),
          "ChartLegend.position"
        )),
    },
  },
  navs: {},
  methods: {},
});

const chartAxes = def<ChartState>({
  name: "ChartAxes",
  props: {},
  navs: {
    valueAxis: { cls: "ChartAxis", get: (c): AxisT => ({ chart: c, axis: "value" }) },
    categoryAxis: { cls: "ChartAxis", get: (c): AxisT => ({ chart: c, axis: "category" }) },
  },
  methods: {},
});

const axisOf = (a: AxisT): ChartAxisState =>
  a.axis === "value" ? a.chart.valueAxis : a.chart.categoryAxis;

/** Bounds belong to a value axis; the double refuses them on a category axis (stricter than documented). */
function bound(a: AxisT, v: unknown, key: "minimum" | "maximum"): void {
  const where = `ChartAxis.${key}`;
  if (a.axis !== "value")
    throw new OfficeError(
      "InvalidOperation",
      `${where} applies to a value axis only (Excel double).`,
      where
    );
  const n = num(v, -1e307, 1e307, where);
  const other = key === "minimum" ? a.chart.valueAxis.maximum : a.chart.valueAxis.minimum;
  if (other !== null && (key === "minimum" ? n >= other : n <= other))
    throw invalidArgument(`${where}: the minimum must be less than the maximum`, where);
  a.chart.valueAxis[key] = n;
}

const chartAxis = def<AxisT>({
  name: "ChartAxis",
  props: {
    minimum: { get: (a) => axisOf(a).minimum, set: (a, v) => bound(a, v, "minimum") },
    maximum: { get: (a) => axisOf(a).maximum, set: (a, v) => bound(a, v, "maximum") },
    reversePlotOrder: {
      get: (a) => axisOf(a).reversePlotOrder,
      set: (a, v) => (axisOf(a).reversePlotOrder = bool(v, "ChartAxis.reversePlotOrder")),
    },
  },
  navs: {},
  methods: {},
});

const chartSeriesCollection = def<ChartState>({
  name: "ChartSeriesCollection",
  itemClass: "ChartSeries",
  items: (c): SeriesT[] => c.series.map((series) => ({ chart: c, series })),
  props: { count: { get: (c) => c.series.length } },
  navs: {},
  methods: {
    getItemAt: {
      returns: "ChartSeries",
      minArgs: 1,
      maxArgs: 1,
      run: (c, [index]): SeriesT => {
        const series =
          c.series[int(index, 0, Number.MAX_SAFE_INTEGER, "ChartSeriesCollection.getItemAt")];
        if (series === undefined) throw itemNotFound("ChartSeriesCollection.getItemAt");
        return { chart: c, series };
      },
    },
    getCount: { returns: "result", maxArgs: 0, run: (c) => c.series.length },
  },
});

const chartSeries = def<SeriesT>({
  name: "ChartSeries",
  gone: (t) => t.chart.deleted || !t.chart.series.includes(t.series),
  props: {
    name: {
      get: (t) => t.series.name,
      set: (t, v) => (t.series.name = str(v, "ChartSeries.name", 255)),
    },
  },
  navs: {},
  methods: {
    setValues: {
      minArgs: 1,
      maxArgs: 1,
      run: (t, [range], x) =>
        void (t.series.values = seriesRange(range, x, "ChartSeries.setValues")),
    },
    setXAxisValues: {
      minArgs: 1,
      maxArgs: 1,
      run: (t, [range], x) =>
        void (t.series.xValues = seriesRange(range, x, "ChartSeries.setXAxisValues")),
    },
  },
});

const chartDataLabels = def<ChartState>({
  name: "ChartDataLabels",
  props: {
    showValue: {
      get: (c) => c.dataLabels.showValue,
      set: (c, v) => (c.dataLabels.showValue = bool(v, "ChartDataLabels.showValue")),
    },
  },
  navs: {},
  methods: {},
});

// ---- settings

function jsonValue(v: unknown, where: string): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    text = undefined;
  }
  if (text === undefined)
    throw invalidArgument("The setting value must be JSON-serialisable.", where);
  return JSON.parse(text) as unknown;
}

const settings = def<WorkbookState>({
  name: "SettingCollection",
  itemClass: "Setting",
  items: (wb): SettingT[] => [...wb.settings.keys()].map((key) => ({ wb, key })),
  props: {},
  navs: {},
  methods: {
    add: {
      returns: "Setting",
      minArgs: 2,
      maxArgs: 2,
      run: (wb, [key, value]): SettingT => {
        const k = str(key, "SettingCollection.add", 255);
        if (k === "") throw invalidArgument("The setting key is empty.", "SettingCollection.add");
        wb.settings.set(k, jsonValue(value, "SettingCollection.add"));
        return { wb, key: k };
      },
    },
    getItem: {
      returns: "Setting",
      minArgs: 1,
      maxArgs: 1,
      run: (wb, [key]): SettingT => {
        const k = str(key, "SettingCollection.getItem");
        if (!wb.settings.has(k)) throw itemNotFound("SettingCollection.getItem");
        return { wb, key: k };
      },
    },
    getItemOrNullObject: {
      returns: "Setting",
      orNull: true,
      minArgs: 1,
      maxArgs: 1,
      run: (wb, [key]): SettingT | null => {
        const k = str(key, "SettingCollection.getItemOrNullObject");
        return wb.settings.has(k) ? { wb, key: k } : null;
      },
    },
    getCount: { returns: "result", maxArgs: 0, run: (wb) => wb.settings.size },
  },
});

const setting = def<SettingT>({
  name: "Setting",
  gone: (s) => !s.wb.settings.has(s.key),
  props: {
    key: { get: (s) => s.key },
    value: {
      get: (s) => s.wb.settings.get(s.key),
      set: (s, v) => s.wb.settings.set(s.key, jsonValue(v, "Setting.value")),
    },
  },
  navs: {},
  methods: { delete: { maxArgs: 0, run: (s) => void s.wb.settings.delete(s.key) } },
});

/** Every class the double models. */
export function excelClasses(): AnyClassDef[] {
  return [
    workbook,
    functions,
    functionResult,
    worksheets,
    worksheet,
    range,
    rangeAreas,
    rangeCollection,
    rangeFormat,
    rangeFont,
    rangeFill,
    rangeBorders,
    rangeBorder,
    dataValidation,
    cfCollection,
    conditionalFormat,
    customCf,
    cfRule,
    cfRangeFormat,
    cfFill,
    cfFont,
    dataBar,
    dataBarPositive,
    pageLayout,
    freezePanes,
    namedItems,
    namedItem,
    tables,
    table,
    settings,
    setting,
    chartCollection,
    chart,
    chartTitle,
    chartLegend,
    chartAxes,
    chartAxis,
    chartSeriesCollection,
    chartSeries,
    chartDataLabels,
  ];
}
