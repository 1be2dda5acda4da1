/**
 * The ExcelJS adapter: sheet models → new workbooks (the Table 1 template, consolidation output),
 * and — until the package writer takes over — the workbook model a copy is written from. Reading
 * grids is not done here: every path reads with src/xlsx/read. Browser-safe (no Node APIs).
 *
 * Why ExcelJS: it writes .xlsx with styles, merges, print setup, data validations, defined names and
 * tables, in Node and in the browser, under the MIT licence, with no native code.
 */
import ExcelJS from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import type { FatalError, Lang, SheetModel } from "../core";
import { unreadable } from "./read/fatal";
import { renderModel } from "./render";
import { sniffWorkbook } from "./sniff";

export { DEFAULT_MAX_FILE_BYTES, sniffWorkbook } from "./sniff";
export type { SniffResult } from "./sniff";
export { worksheetGrid, visibleValue } from "./grid";
export { unreadable } from "./read/fatal";

export type ExcelJsResult =
  | { readonly ok: true; readonly workbook: Workbook }
  | { readonly ok: false; readonly fatal: FatalError };

export interface ReadOptions {
  /** Shown in error messages. */
  readonly fileName?: string;
  readonly lang: Lang;
  /** Size limit in bytes (default `DEFAULT_MAX_FILE_BYTES`). */
  readonly maxBytes?: number;
}

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Load a workbook into ExcelJS's model (to write a copy from). Never throws: unusable input is a `FatalError`. */
export async function loadExcelJsWorkbook(
  data: Uint8Array | ArrayBuffer,
  opts: ReadOptions
): Promise<ExcelJsResult> {
  const bytes = toBytes(data);
  const fileName = opts.fileName ?? "";
  const sniff = sniffWorkbook(bytes, { maxFileBytes: opts.maxBytes });
  if (!sniff.ok)
    return { ok: false, fatal: unreadable(sniff.reason, opts.lang, fileName, sniff.size) };
  const workbook = new ExcelJS.Workbook();
  // ExcelJS warns on the console about oddities (long sheet names); our user gets one sentence or none.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    // ExcelJS's typings ask for its own Buffer interface; JSZip underneath takes any byte array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, fatal: unreadable("corrupt", opts.lang, fileName) };
  } finally {
    console.warn = warn;
  }
  return { ok: true, workbook };
}

/** Remove a worksheet and every defined name pointing into it (ExcelJS would keep them dangling). */
function removeSheet(workbook: Workbook, ws: Worksheet): void {
  const names = workbook.definedNames as unknown as {
    matrixMap?: Record<string, { removeCellEx?: unknown; sheets?: Record<string, unknown> }>;
  };
  for (const matrix of Object.values(names.matrixMap ?? {})) {
    if (matrix.sheets && Object.prototype.hasOwnProperty.call(matrix.sheets, ws.name))
      delete matrix.sheets[ws.name];
  }
  workbook.removeWorksheet(ws.id);
}

/** Remove every cell of a defined name (so it can be set again without gaining a second range). */
function removeDefinedName(workbook: Workbook, name: string): void {
  const names = workbook.definedNames as unknown as { matrixMap?: Record<string, unknown> };
  if (names.matrixMap) delete names.matrixMap[name];
}

export interface WriteSheetOptions {
  /** Other names of the same sheet (e.g. Annex 2 in the other languages): removed first. */
  readonly replaces?: readonly string[];
  /** Put the new sheet right after this sheet (default: at the end). */
  readonly after?: string;
}

/**
 * Add a generated sheet to a workbook. A sheet named like the model or like one of `replaces`
 * (case-insensitively, as Excel compares sheet names) is removed first; no other sheet is touched.
 */
export function writeSheetModel(
  workbook: Workbook,
  model: SheetModel,
  opts: WriteSheetOptions = {}
): Worksheet {
  const doomed = new Set([model.name, ...(opts.replaces ?? [])].map((n) => n.toLowerCase()));
  const order = workbook.worksheets;
  // The new sheet takes the place of the sheet it replaces when no other place is asked for.
  let anchor: string | undefined = opts.after;
  if (anchor === undefined) {
    const i = order.findIndex((w) => doomed.has(w.name.toLowerCase()));
    if (i > 0) anchor = order[i - 1].name;
  }
  for (const ws of order) if (doomed.has(ws.name.toLowerCase())) removeSheet(workbook, ws);
  for (const n of model.names ?? []) removeDefinedName(workbook, n.name);

  const ws = workbook.addWorksheet(model.name);
  renderModel(workbook, ws, model);

  // Sheet order is ExcelJS's `orderNo`; renumber so the new sheet follows its anchor.
  const rest = workbook.worksheets.filter((w) => w !== ws);
  const at = anchor === undefined ? -1 : rest.findIndex((w) => w.name === anchor);
  const placed = at < 0 ? [...rest, ws] : [...rest.slice(0, at + 1), ws, ...rest.slice(at + 1)];
  placed.forEach((w, i) => {
    (w as unknown as { orderNo: number }).orderNo = i;
  });
  return ws;
}

/** A new workbook holding one generated sheet (the Table 1 template, a consolidation). */
export function workbookFromModels(models: readonly SheetModel[]): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Atkaruu";
  for (const m of models) writeSheetModel(workbook, m);
  return workbook;
}

interface NameMatrix {
  sheets?: Record<string, unknown>;
}

/**
 * Mend what ExcelJS itself would write broken or refuse to write:
 * - defined names pointing at sheets that do not exist (ExcelJS turns names it cannot parse, such
 *   as formulas or external references, into such names) are dropped;
 * - a shared-formula cell whose master cell is gone (e.g. covered by a merge) keeps its value but
 *   loses the formula — otherwise ExcelJS stops with "Shared Formula master must exist…".
 * Returns how many names and cells were changed.
 */
export function repairForWrite(workbook: Workbook): { names: number; formulas: number } {
  let names = 0;
  let formulas = 0;
  const sheetNames = new Set(workbook.worksheets.map((w) => w.name));
  const matrices =
    (workbook.definedNames as unknown as { matrixMap?: Record<string, NameMatrix> }).matrixMap ??
    {};
  for (const [name, matrix] of Object.entries(matrices)) {
    for (const sheet of Object.keys(matrix.sheets ?? {})) {
      if (!sheetNames.has(sheet)) {
        delete matrix.sheets![sheet];
        names++;
      }
    }
    if (Object.keys(matrix.sheets ?? {}).length === 0) delete matrices[name];
  }
  for (const ws of workbook.worksheets) {
    const masters = new Set<string>();
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown };
        if (v.formula) masters.add(cell.address);
        else if (v.sharedFormula && !masters.has(v.sharedFormula)) {
          cell.value = (cell.result ?? null) as ExcelJS.CellValue;
          formulas++;
        }
      });
    });
  }
  return { names, formulas };
}

/** Serialise a workbook to .xlsx bytes (after `repairForWrite`). Throws when ExcelJS cannot write it. */
export async function workbookToBuffer(workbook: Workbook): Promise<Uint8Array> {
  repairForWrite(workbook);
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
