/**
 * How a core {@link SheetModel} becomes Office.js requests — pure, no Office calls, so it is tested
 * and measured on its own. The model is turned into an ordered list of operations whose number does
 * not grow with the row count (values and number formats are whole-rectangle writes; cells sharing a
 * style are grouped into a few rectangles), each with an estimate of its request size; the list is
 * then packed into requests of at most a byte budget, splitting the big value writes by rows.
 *
 * Sync budget of `writeSheet`: 1 probe sync + one sync per packed request, i.e.
 * `1 + ceil(estimatedBytes / budget)` at most (+1 when a split leaves a short last chunk), where
 * `estimatedBytes` is the UTF-8 size of the cell data plus a fixed allowance per Office action. A
 * typical 10 000-row Annex 2 fits one 4 MB request, so it takes as many syncs as a 100-row one.
 */
import { fitToWidthScale, modelExtent, rowHeightsOf, widthToPoints } from "../../core";
import type {
  CellStyle,
  DataBar,
  ListValidation,
  ModelValue,
  PrintSetup,
  SheetModel,
} from "../../core";

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** What one Office.js value write carries: text, a number, or "" for an empty cell. */
export type CellInput = string | number;

export type WriteOp =
  | {
      readonly kind: "columnWidth";
      readonly left: number;
      readonly count: number;
      readonly points: number;
    }
  | { readonly kind: "hideColumn"; readonly col: number }
  | {
      readonly kind: "values";
      readonly top: number;
      readonly left: number;
      readonly data: readonly (readonly CellInput[])[];
    }
  | {
      readonly kind: "numberFormat";
      readonly top: number;
      readonly left: number;
      readonly data: readonly (readonly string[])[];
    }
  | { readonly kind: "format"; readonly rect: Rect; readonly style: CellStyle }
  | { readonly kind: "merge"; readonly rect: Rect }
  | { readonly kind: "autofitRows"; readonly rect: Rect }
  | {
      readonly kind: "rowHeight";
      readonly top: number;
      readonly count: number;
      readonly points: number;
    }
  | { readonly kind: "print"; readonly print: PrintSetup; readonly scale: number | null }
  | { readonly kind: "freezeRows"; readonly rows: number }
  | { readonly kind: "validation"; readonly validation: ListValidation }
  | { readonly kind: "dataBar"; readonly bar: DataBar }
  | { readonly kind: "table"; readonly rect: Rect };

/**
 * Bytes charged per Office action (a property write, a method call, an object path and the action
 * that instantiates it) on top of its data: Office's request JSON spends roughly 50–120 bytes per
 * action on ids, types, names and the argument wrapper, so this over-counts on purpose.
 */
export const ACTION_BYTES = 160;
/** Actions to reach a new range: `getRangeByIndexes` (an object path) and its instantiation. */
const RANGE_ACTIONS = 2;

/**
 * Default request budget: under Excel on the web's 5 MB request limit with room for estimation
 * error (the estimate already over-counts each action's envelope).
 */
export const DEFAULT_REQUEST_BUDGET = 4_000_000;

/** Every request carries its envelope and re-sends the object paths it starts from (the sheet). */
const REQUEST_BYTES = 2 * ACTION_BYTES;

// ---------------------------------------------------------------------------------------------
// Units and values

const BOOLEAN_WORDS = new Set(["true", "false", "истина", "ложь"]);

/**
 * Excel parses text written through `range.values` like typed input: `=…` becomes a formula, `1.2`
 * a number (or a date in some locales), `30.06.2025` a date, `TRUE` a boolean. A leading apostrophe
 * keeps text as text (the apostrophe is not part of the value). Only text that starts with a letter,
 * holds no digit and is not a boolean word is safe without it.
 */
export function textForExcel(s: string): string {
  if (s === "") return "";
  const safe = /^\p{L}/u.test(s) && !/\d/.test(s) && !BOOLEAN_WORDS.has(s.trim().toLowerCase());
  return safe ? s : `'${s}`;
}

export function cellInput(v: ModelValue): CellInput {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return textForExcel(v);
}

/** UTF-8 length of a string without allocating (the payload limit counts bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Model → operations

/**
 * Cells sharing a style, grouped into rectangles: each row is cut into runs of adjacent cells with
 * the same style, and a run continues the rectangle above when the row before had the same run.
 * A table whose rows look alike (the Annex 2 detail table) becomes a handful of rectangles however
 * many rows it has.
 */
export function styleRectangles(model: SheetModel): { rect: Rect; style: number }[] {
  // The last style given to a cell wins, as the last value does.
  const byRow = new Map<number, Map<number, number>>();
  for (const c of model.cells) {
    if (c.style === undefined) continue;
    let row = byRow.get(c.row);
    if (row === undefined) byRow.set(c.row, (row = new Map()));
    row.set(c.col, c.style);
  }
  const done: { rect: Rect; style: number }[] = [];
  // Open rectangles keyed by "left:right:style", with their top row and last row.
  let open = new Map<
    string,
    { top: number; bottom: number; left: number; right: number; style: number }
  >();
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const cells = [...byRow.get(row)!.entries()].sort((a, b) => a[0] - b[0]);
    const runs: { left: number; right: number; style: number }[] = [];
    for (const [col, style] of cells) {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.style === style && last.right === col - 1) last.right = col;
      else runs.push({ left: col, right: col, style });
    }
    const next = new Map<
      string,
      { top: number; bottom: number; left: number; right: number; style: number }
    >();
    for (const run of runs) {
      const key = `${run.left}:${run.right}:${run.style}`;
      const prev = open.get(key);
      if (prev !== undefined && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(key, prev);
        open.delete(key);
      } else
        next.set(key, {
          top: row,
          bottom: row,
          left: run.left,
          right: run.right,
          style: run.style,
        });
    }
    for (const r of open.values())
      done.push({
        rect: { top: r.top, left: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 },
        style: r.style,
      });
    open = next;
  }
  for (const r of open.values())
    done.push({
      rect: { top: r.top, left: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 },
      style: r.style,
    });
  return done.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
}

/** Consecutive indexes with the same value, as [first, count, value]. */
function runsOf(entries: readonly [number, number][]): [number, number, number][] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const out: [number, number, number][] = [];
  for (const [i, v] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0] + last[1] === i && last[2] === v) last[1]++;
    else out.push([i, 1, v]);
  }
  return out;
}

/** Excel keeps a typed list (the comma-separated source) to 255 characters, and commas separate items. */
export function listSource(values: readonly string[]): string {
  for (const v of values)
    if (v.includes(","))
      throw new Error(`A drop-down value cannot contain a comma: ${JSON.stringify(v)}`);
  const source = values.join(",");
  if (source.length > 255)
    throw new Error(`A drop-down list is limited to 255 characters (${source.length})`);
  return source;
}

/** Every operation that writes the model onto an empty sheet, in the order they must run. */
export function planSheet(model: SheetModel): WriteOp[] {
  const ops: WriteOp[] = [];
  const { rows, cols } = modelExtent(model);

  for (const [left, count, chars] of runsOf(model.columnWidths.map((w, i) => [i, w]))) {
    ops.push({ kind: "columnWidth", left, count, points: widthToPoints(chars) });
  }
  for (const col of model.hiddenColumns ?? []) ops.push({ kind: "hideColumn", col });

  if (rows > 0 && cols > 0) {
    const data: CellInput[][] = Array.from({ length: rows }, () =>
      new Array<CellInput>(cols).fill("")
    );
    for (const c of model.cells) data[c.row][c.col] = cellInput(c.value);
    ops.push({ kind: "values", top: 0, left: 0, data });
  }

  const rects = styleRectangles(model);
  for (const { rect, style } of rects) {
    const s = model.styles[style];
    if (s.numberFormat !== undefined) {
      ops.push({
        kind: "numberFormat",
        top: rect.top,
        left: rect.left,
        data: Array.from({ length: rect.rows }, () =>
          new Array<string>(rect.cols).fill(s.numberFormat!)
        ),
      });
    }
  }
  for (const { rect, style } of rects)
    ops.push({ kind: "format", rect, style: model.styles[style] });

  for (const m of model.merges)
    ops.push({
      kind: "merge",
      rect: { top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 },
    });

  // Wrapped text needs its rows fitted: Excel fits rows to cells that are not merged itself, but its
  // autofit ignores merged cells (the Annex 2 item lists are merged across columns), so those rows
  // get the core's estimate — the rule the file writers use — set after the autofit; the model's own
  // heights (title, header) win. Autofit keeps the number of height writes independent of the rows.
  if (rows > 0 && cols > 0 && model.styles.some((s) => s.wrap))
    ops.push({ kind: "autofitRows", rect: { top: 0, left: 0, rows, cols } });
  for (const [top, count, points] of runsOf(
    Object.entries(rowHeightsOf(model, { hostFitsUnmerged: true })).map(([r, h]) => [Number(r), h])
  )) {
    ops.push({ kind: "rowHeight", top, count, points });
  }

  ops.push({
    kind: "print",
    print: model.print,
    scale: model.print.fitToWidth ? fitToWidthScale(model) : null,
  });
  if (model.freezeRows !== undefined && model.freezeRows > 0)
    ops.push({ kind: "freezeRows", rows: model.freezeRows });
  for (const v of model.validations ?? []) {
    listSource(v.values);
    ops.push({ kind: "validation", validation: v });
  }
  for (const bar of model.dataBars ?? []) ops.push({ kind: "dataBar", bar });
  if (model.table !== undefined) {
    const t = model.table;
    ops.push({
      kind: "table",
      rect: { top: t.top, left: t.left, rows: t.bottom - t.top + 1, cols: t.right - t.left + 1 },
    });
  }
  return ops;
}

// ---------------------------------------------------------------------------------------------
// Sizes and packing

/** Office actions a format operation queues for a style (object paths included). */
function formatActions(style: CellStyle, rect: Rect): number {
  let n = RANGE_ACTIONS + 1; // the range and its format object
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.color !== undefined
  )
    n += 1;
  for (const v of [
    style.bold,
    style.italic,
    style.fontSize,
    style.color,
    style.hAlign,
    style.vAlign,
    style.wrap,
  ])
    if (v !== undefined) n += 1;
  if (style.fill !== undefined) n += 2;
  if (style.border) {
    const sides = 4 + (rect.rows > 1 ? 1 : 0) + (rect.cols > 1 ? 1 : 0);
    n += 1 + sides * 5; // borders collection; per side: getItem (a call and its object path), style, weight, color
  }
  return n;
}

function matrixBytes(data: readonly (readonly (CellInput | string)[])[]): number {
  let n = 2;
  for (const row of data) n += rowBytes(row);
  return n;
}

function rowBytes(row: readonly (CellInput | string)[]): number {
  return utf8Length(JSON.stringify(row)) + 1;
}

/** Estimated request bytes of one operation. */
export function estimateBytes(op: WriteOp): number {
  switch (op.kind) {
    case "values":
    case "numberFormat":
      return (RANGE_ACTIONS + 1) * ACTION_BYTES + matrixBytes(op.data);
    case "format":
      return formatActions(op.style, op.rect) * ACTION_BYTES + utf8Length(JSON.stringify(op.style));
    case "validation":
      return (RANGE_ACTIONS + 3) * ACTION_BYTES + 2 * utf8Length(JSON.stringify(op.validation));
    case "print":
      return 12 * ACTION_BYTES;
    case "dataBar":
      return (RANGE_ACTIONS + 9) * ACTION_BYTES;
    case "table":
      return (RANGE_ACTIONS + 2) * ACTION_BYTES;
    case "columnWidth":
      return (RANGE_ACTIONS + 4) * ACTION_BYTES;
    case "hideColumn":
      return (RANGE_ACTIONS + 2) * ACTION_BYTES;
    case "merge":
    case "autofitRows":
      return (RANGE_ACTIONS + 1) * ACTION_BYTES;
    case "rowHeight":
    case "freezeRows":
      return (RANGE_ACTIONS + 2) * ACTION_BYTES;
  }
}

/**
 * Split a values or number-format write into row chunks: the first at most `first` bytes, the others
 * at most `rest` bytes. A single row larger than the budget still goes alone (Excel caps a cell at
 * 32 767 characters, so a row cannot reach the 5 MB limit).
 */
function splitRows(
  op: Extract<WriteOp, { kind: "values" | "numberFormat" }>,
  first: number,
  rest: number
): WriteOp[] {
  const overhead = (RANGE_ACTIONS + 1) * ACTION_BYTES + 2;
  const slice = (from: number, to: number): WriteOp =>
    ({ ...op, top: op.top + from, data: op.data.slice(from, to) }) as WriteOp;
  const parts: WriteOp[] = [];
  let limit = first;
  let start = 0;
  let bytes = overhead;
  for (let r = 0; r < op.data.length; r++) {
    const b = rowBytes(op.data[r]);
    if (bytes + b > limit) {
      // Close the chunk (if it holds rows; if not even one row fitted in what was left of the
      // current request, the op simply starts in the next one).
      if (r > start) parts.push(slice(start, r));
      start = r;
      limit = rest;
      bytes = overhead;
    }
    bytes += b;
  }
  if (start < op.data.length) parts.push(slice(start, op.data.length));
  return parts;
}

export interface PackedRequest<T> {
  readonly ops: T[];
  readonly bytes: number;
}

/**
 * Pack operations, in order, into requests of at most `budget` estimated bytes. Value and number
 * format writes are split by rows to fill each request; other operations are small and move whole.
 * `fixed` operations (sheet setup, final renames) are passed through with their own estimates.
 */
export function packRequests<T>(
  items: readonly ({ readonly op: WriteOp } | { readonly fixed: T; readonly bytes: number })[],
  budget: number
): PackedRequest<WriteOp | T>[] {
  const out: PackedRequest<WriteOp | T>[] = [];
  let cur: (WriteOp | T)[] = [];
  let bytes = REQUEST_BYTES;
  const flush = (): void => {
    if (cur.length > 0) out.push({ ops: cur, bytes });
    cur = [];
    bytes = REQUEST_BYTES;
  };
  const add = (op: WriteOp | T, b: number): void => {
    if (bytes + b > budget && cur.length > 0) flush();
    cur.push(op);
    bytes += b;
  };
  for (const item of items) {
    if ("fixed" in item) {
      add(item.fixed, item.bytes);
      continue;
    }
    const op = item.op;
    const b = estimateBytes(op);
    if (bytes + b <= budget || (op.kind !== "values" && op.kind !== "numberFormat")) {
      add(op, b);
      continue;
    }
    for (const part of splitRows(op, budget - bytes, budget - REQUEST_BYTES))
      add(part, estimateBytes(part));
  }
  flush();
  return out;
}

/** Steps of `writeSheet`: the planned operations between adding the sheet and swapping it in. */
export type WriteStep =
  WriteOp | { readonly kind: "begin" } | { readonly kind: "reveal" } | { readonly kind: "finish" };

/**
 * Operations Excel may refuse on a hidden sheet: freezing panes (office-js #1463, #2196, #3148) and
 * the page layout. They run after `reveal` makes the new sheet visible, still under its temporary
 * name, so a refusal leaves the old sheets as they were.
 */
const AFTER_REVEAL: ReadonlySet<WriteOp["kind"]> = new Set(["print", "freezeRows"]);

/**
 * The requests `writeSheet` sends after its probe: `begin` (add the hidden sheet) first; the planned
 * operations; `reveal` (make it visible) and the operations that need a visible sheet; `finish`
 * (delete the replaced sheets, rename, defined names, table name, activate) last. Its length + 1
 * is the number of syncs.
 */
export function planRequests(
  model: SheetModel,
  budget: number,
  replaces = 0
): PackedRequest<WriteStep>[] {
  const names = model.names?.length ?? 0;
  const finishBytes = (3 * names + 2 * (1 + replaces) + 8) * ACTION_BYTES + 64 * names;
  const ops = planSheet(model);
  return packRequests<WriteStep>(
    [
      { fixed: { kind: "begin" }, bytes: 5 * ACTION_BYTES },
      ...ops.filter((op) => !AFTER_REVEAL.has(op.kind)).map((op) => ({ op })),
      { fixed: { kind: "reveal" }, bytes: 2 * ACTION_BYTES },
      ...ops.filter((op) => AFTER_REVEAL.has(op.kind)).map((op) => ({ op })),
      { fixed: { kind: "finish" }, bytes: finishBytes },
    ],
    budget
  );
}
