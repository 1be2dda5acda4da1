/**
 * Writing a generated sheet (plan in writePlan.ts, applied here) and list validations.
 *
 * `writeSheet` builds the new sheet hidden under a temporary name no sheet has (a random part, so
 * two writers — another instance of the add-in on a shared workbook — never meet), in a constant
 * number of syncs (1 probe + ceil(bytes / budget) requests), makes it visible, then freezes its
 * header and sets its page layout (refused on hidden sheets by some builds: office-js #1463, #2196,
 * #3148), and only in its last request deletes the sheets it replaces, renames the new one and adds
 * the defined names (a very hidden sheet it replaces — the snapshot of an earlier report — is made
 * hidden first: Excel refuses to delete a very hidden sheet, docs of `Worksheet.delete`), and makes
 * the new sheet very hidden when asked. In a workbook kept in the 1904 date system (learnt in the
 * probe, as the reader does) the model's dates are shifted to its serials. Until then nothing but the new sheet exists, so a failure
 * leaves the workbook as it was: the clean-up deletes the new sheet by its id (a name may by then
 * belong to another).
 *
 * Excel on the web answers some large batches with `GeneralException` instead of a payload error
 * (office-js #1314, #1012): the write is then tried once more with half the request budget.
 */
import {
  columnLetter,
  modelIn1904System,
  PRINT_MARGINS_INCHES,
  quoteSheetName,
  uniqueName,
} from "../../core";
import type { CellStyle, SheetModel } from "../../core";
import type { CellBlock, WriteSheetOptions } from "../port";
import { clip, excelRun, lower, officeErrorCode } from "./host";
import { listSource, planRequests } from "./writePlan";
import type { CellInput, Rect, WriteOp } from "./writePlan";

/** Title of the error box of drop-down lists (the product's name, the same in every language). */
const PRODUCT_TITLE = "Atkaruu";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

export type { WriteSheetOptions } from "../port";

/** A temporary sheet name: `Atkaruu~` and six random characters, made unique against the sheets there are. */
function temporaryName(existing: readonly string[]): string {
  const token = Math.random().toString(36).slice(2, 8).padEnd(6, "0");
  return uniqueName(`Atkaruu~${token}`, existing);
}

/** Write the sheet; on `GeneralException` once more with half the budget (see the module comment). */
export async function writeSheet(
  model: SheetModel,
  options: WriteSheetOptions,
  budget: number
): Promise<void> {
  try {
    await writeOnce(model, options, budget);
  } catch (e) {
    if (officeErrorCode(e) !== "GeneralException") throw e;
    await writeOnce(model, options, Math.floor(budget / 2));
  }
}

async function writeOnce(
  model: SheetModel,
  options: WriteSheetOptions,
  budget: number
): Promise<void> {
  let requests = planRequests(model, budget, options.replaces?.length ?? 0);
  let created: Excel.Worksheet | null = null;
  let createdId: string | null = null;
  let temp: string | null = null;
  try {
    await excelRun(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets;
      sheets.load("items/name,items/visibility");
      const names = wb.names;
      names.load("items/name");
      const tables = wb.tables;
      tables.load("items/name,items/worksheet/name");
      // The date system rides along: 0 in a 1904 workbook, whose serials are 1462 days fewer (core modelIn1904System).
      const dateProbe = wb.functions.date(1904, 1, 1);
      dateProbe.load("value");
      await context.sync();
      if (dateProbe.value === 0)
        requests = planRequests(modelIn1904System(model), budget, options.replaces?.length ?? 0);

      const existing = sheets.items.map((s) => s.name);
      const replaced = new Set([model.name, ...(options.replaces ?? [])].map(lower));
      const doomed = existing.filter((n) => replaced.has(lower(n)));
      // Excel refuses to delete a very hidden sheet (an earlier snapshot): it is made hidden first.
      const veryHiddenDoomed = new Set(
        sheets.items
          .filter((s) => s.visibility === "VeryHidden" && replaced.has(lower(s.name)))
          .map((s) => s.name)
      );
      const oldIndex = existing.findIndex((n) => lower(n) === lower(model.name));
      const position =
        oldIndex < 0
          ? null
          : existing.slice(0, oldIndex).filter((n) => !replaced.has(lower(n))).length;
      const tempName = temporaryName(existing);
      temp = tempName;
      const modelNames = new Set((model.names ?? []).map((n) => lower(n.name)));
      const staleNames = names.items.map((n) => n.name).filter((n) => modelNames.has(lower(n)));
      const keptTables = tables.items
        .filter((t) => !replaced.has(lower(t.worksheet.name)))
        .map((t) => t.name);
      const keptNames = names.items.map((n) => n.name).filter((n) => !modelNames.has(lower(n)));
      const tableName =
        model.table === undefined
          ? null
          : uniqueName(model.table.name, [...keptTables, ...keptNames], { max: 255 });

      let table: Excel.Table | null = null;
      const target = (): Excel.Worksheet => {
        if (created === null) throw new Error("writeSheet: the sheet is used before it is added");
        return created;
      };
      for (const request of requests) {
        for (const op of request.ops) {
          if (op.kind === "begin") {
            created = wb.worksheets.add(tempName);
            created.visibility = "Hidden";
            created.load("id");
          } else if (op.kind === "reveal") {
            target().visibility = "Visible";
          } else if (op.kind === "finish") {
            for (const n of staleNames) wb.names.getItem(n).delete();
            const s = target();
            for (const d of doomed) {
              const old = wb.worksheets.getItem(d);
              if (veryHiddenDoomed.has(d)) old.visibility = "Hidden";
              old.delete();
            }
            s.name = model.name;
            if (position !== null) s.position = position;
            for (const n of model.names ?? [])
              wb.names.add(
                n.name,
                `=${quoteSheetName(model.name)}!$${columnLetter(n.col)}$${n.row + 1}`
              );
            if (table !== null && tableName !== null) table.name = tableName;
            // Very hidden only now: page layout is refused on hidden sheets by some builds (module comment).
            if (options.veryHidden === true) s.visibility = "VeryHidden";
            else if (options.activate === true) s.activate();
          } else {
            const t = applyOp(target(), op);
            if (t !== null) table = t;
          }
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per planned request, each under the payload budget (writePlan.ts)
        await context.sync();
        if (created !== null && createdId === null) createdId = created.id;
      }
    });
  } catch (e) {
    // By id once known; before the first request's answer only the (random, unique) name is.
    const key = createdId ?? temp;
    if (key !== null) await deleteSheet(key).catch(() => undefined);
    throw e;
  }
}

/** The clean-up: the sheet this write added, found by its id (`getItemOrNullObject` takes a name or an id). */
function deleteSheet(key: string): Promise<void> {
  return excelRun(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(key);
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.delete();
    await context.sync();
  });
}

/** Drop-down lists on one column: clears the rows' rule and sets a list (1 sync). */
export async function addListValidation(
  sheet: string,
  col: number,
  top: number,
  bottom: number,
  values: readonly string[],
  errorStyle: "stop" | "warning",
  message: string
): Promise<void> {
  const source = listSource(values);
  await excelRun(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(top, col, bottom - top + 1, 1);
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: errorStyle === "stop" ? "Stop" : "Warning",
      title: PRODUCT_TITLE,
      message: clip(message, 255),
    };
    await context.sync();
  });
}

/** Activate a sheet and select a block of cells — one cell, or an item's row of Table 1 (1 sync). */
export async function selectRange(sheet: string, block: CellBlock): Promise<void> {
  await excelRun(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRangeByIndexes(
      block.top,
      block.left,
      block.bottom - block.top + 1,
      block.right - block.left + 1
    ).select();
    await context.sync();
  });
}

// ---------------------------------------------------------------------------------------------
// Operations

function rangeOf(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRangeByIndexes(r.top, r.left, r.rows, r.cols);
}

/** Border sides as Office.js names them (`Excel.BorderIndex`). */
type BorderSide =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function applyStyle(range: Excel.Range, s: CellStyle, r: Rect): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.color !== undefined) f.font.color = `#${s.color}`;
  if (s.fill !== undefined) f.fill.color = `#${s.fill}`;
  if (s.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign !== undefined) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) {
    const sides: BorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (r.rows > 1) sides.push("InsideHorizontal");
    if (r.cols > 1) sides.push("InsideVertical");
    for (const side of sides) {
      const b = f.borders.getItem(side);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
}

/** Queue one planned operation on the new sheet; returns the table when it creates one. */
function applyOp(sheet: Excel.Worksheet, op: WriteOp): Excel.Table | null {
  switch (op.kind) {
    case "columnWidth":
      sheet.getRangeByIndexes(0, op.left, 1, op.count).getEntireColumn().format.columnWidth =
        op.points;
      return null;
    case "hideColumn":
      sheet.getRangeByIndexes(0, op.col, 1, 1).getEntireColumn().columnHidden = true;
      return null;
    case "values":
      if (op.data.length > 0)
        rangeOf(sheet, {
          top: op.top,
          left: op.left,
          rows: op.data.length,
          cols: op.data[0].length,
        }).values = op.data as CellInput[][];
      return null;
    case "numberFormat":
      if (op.data.length > 0)
        rangeOf(sheet, {
          top: op.top,
          left: op.left,
          rows: op.data.length,
          cols: op.data[0].length,
        }).numberFormat = op.data as string[][];
      return null;
    case "format":
      applyStyle(rangeOf(sheet, op.rect), op.style, op.rect);
      return null;
    case "merge":
      rangeOf(sheet, op.rect).merge(false);
      return null;
    case "autofitRows":
      rangeOf(sheet, op.rect).format.autofitRows();
      return null;
    case "rowHeight":
      sheet.getRangeByIndexes(op.top, 0, op.count, 1).format.rowHeight = op.points;
      return null;
    case "print": {
      const layout = sheet.pageLayout;
      layout.orientation = op.print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      const m = PRINT_MARGINS_INCHES;
      layout.leftMargin = m.left * 72;
      layout.rightMargin = m.right * 72;
      layout.topMargin = m.top * 72;
      layout.bottomMargin = m.bottom * 72;
      layout.headerMargin = m.header * 72;
      layout.footerMargin = m.footer * 72;
      // One page wide as a scale: fit-to-pages is ignored unless the Page Layout tab was opened (office-js #1860).
      if (op.scale !== null) layout.zoom = { scale: op.scale };
      if (op.print.repeatRows !== undefined)
        layout.setPrintTitleRows(
          `$${op.print.repeatRows.top + 1}:$${op.print.repeatRows.bottom + 1}`
        );
      return null;
    }
    case "freezeRows":
      sheet.freezePanes.freezeRows(op.rows);
      return null;
    case "validation": {
      const v = op.validation;
      const dv = sheet.getRangeByIndexes(v.top, v.col, v.bottom - v.top + 1, 1).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: listSource(v.values) } };
      dv.errorAlert = {
        showAlert: true,
        style: v.errorStyle === "stop" ? "Stop" : "Warning",
        title: clip(v.errorTitle, 32),
        message: clip(v.errorMessage, 255),
      };
      return null;
    }
    case "dataBar": {
      const b = op.bar;
      const cf = sheet
        .getRangeByIndexes(b.top, b.col, b.bottom - b.top + 1, 1)
        .conditionalFormats.add("DataBar");
      cf.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
      cf.dataBar.upperBoundRule = { type: "Number", formula: "100" };
      cf.dataBar.positiveFormat.fillColor = `#${b.color}`;
      return null;
    }
    case "table":
      return sheet.tables.add(rangeOf(sheet, op.rect), true);
  }
}
