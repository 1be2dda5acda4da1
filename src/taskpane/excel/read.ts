/**
 * Reading the open workbook: the sheet list, and the values (and merged areas) of named sheets.
 *
 * - Bounded: `readSheets(names, { maxRows })` reads only the first rows of each sheet (the pane
 *   looks for Table 1 in the first `HEADER_SEARCH_ROWS`), so opening the pane on a workbook of many
 *   long sheets never loads them whole; the chosen sheet is then read in full.
 * - One round trip for any number of named sheets (values only, placed at their absolute position,
 *   merged areas where ExcelApi 1.13 is available). Only when Excel refuses that batch does it take
 *   more: the names are checked against the sheets that exist (a renamed sheet); when one was
 *   missing, the others are read again with merged areas, and when none was (or that fails too),
 *   without them (Excel fails above 512 merged areas, as a 10 000-row Table 1 with its tasks merged
 *   has; ExcelApi < 1.13 has none; the core inherits empty task cells without them).
 * - Too big for one response (`ResponsePayloadSizeLimitExceeded`, Excel on the web's 5 MB) or for
 *   one get (more than five million cells: `values` may come back `null` instead of an error,
 *   office-js-docs-pr #5821): read in row blocks, halving a block that is still too big; a single
 *   row Excel still cannot return is a {@link SheetTooLargeError}.
 * - Dates: Office gives a date cell as its serial number in the workbook's date system. A workbook
 *   in the 1904 system (found with `functions.date(1904, 1, 1)`, which is 0 there and 1462 in the
 *   1900 system; ExcelApi 1.2) has its date-formatted numbers moved to the 1900 serial of the same
 *   day, the one the core reads — as the xlsx reader honours `date1904`.
 */
import { DATE_1904_OFFSET, isDateNumberFormat } from "../../core";
import type { CellValue, MergeArea, SheetGrid } from "../../core";
import type { ReadSheetsOptions, SheetInfo } from "../port";
import { excelRun, fromExcel, isSetSupported, lower, officeErrorCode } from "./host";

type ReadOptions = ReadSheetsOptions;

/** A sheet Excel cannot return even one row of at a time (a row wider than a response). */
export class SheetTooLargeError extends Error {
  readonly code = "SheetTooLarge";
  constructor(readonly sheet: string) {
    super(`Excel could not return the cells of sheet "${sheet}": it is too large to read.`);
    this.name = "SheetTooLargeError";
  }
}

/** An Office.js value as the core's cell value: `""` is an empty cell; errors stay text (`#N/A`). */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return null;
}

/** Place a block of values read at (rowIndex, columnIndex) into a sheet grid from A1. */
function placeRows(
  rows: CellValue[][],
  rowIndex: number,
  columnIndex: number,
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[] | null
): void {
  while (rows.length < rowIndex) rows.push([]);
  values.forEach((vr, i) => {
    const row: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
    const fr = formats?.[i];
    vr.forEach((v, j) => {
      const c = cellValue(v);
      row.push(
        fr !== undefined && typeof c === "number" && isDateNumberFormat(String(fr[j] ?? ""))
          ? c + DATE_1904_OFFSET
          : c
      );
    });
    rows[rowIndex + i] = row;
  });
}

/** Excel's limit on the cells of one get (docs: "a range is limited to five million cells for get operations"). */
const MAX_GET_CELLS = 5_000_000;

type DateSystem = 1900 | 1904;

/** What one batch asked of one sheet. */
interface SheetRequest {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}

export class SheetReader {
  /** The workbook's date system, learnt with the first read. */
  private dateSystem: DateSystem | null = null;

  constructor(private readonly blockCells: number) {}

  async listSheets(): Promise<SheetInfo[]> {
    return excelRun(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== "Visible" }));
    });
  }

  /** One round trip for all named sheets (two when no names are given: the list first); missing sheets are left out. */
  async readSheets(names?: readonly string[], options: ReadOptions = {}): Promise<SheetGrid[]> {
    const merges = isSetSupported("ExcelApi", "1.13");
    const again = async (
      list: readonly string[] | undefined,
      e: unknown
    ): Promise<SheetGrid[] | null> => {
      const code = officeErrorCode(e);
      if (code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit")
        return this.readInBlocks(list, options);
      return null;
    };
    try {
      return await this.completed(await this.readAtOnce(names, merges, options), options);
    } catch (e) {
      const blocks = await again(names, e);
      if (blocks !== null) return blocks;
      if (!fromExcel(e)) throw e;
    }
    const existing = names === undefined ? undefined : await this.existingSheets(names);
    // With every sheet there, a missing one was not the cause: only the merged areas are left to drop.
    const missing = names !== undefined && existing !== undefined && existing.length < names.length;
    for (const withMerges of merges && missing ? [true, false] : [false]) {
      try {
        return await this.completed(await this.readAtOnce(existing, withMerges, options), options);
      } catch (e) {
        const blocks = await again(existing, e);
        if (blocks !== null) return blocks;
        if (!withMerges || !fromExcel(e)) throw e;
      }
    }
    throw new Error("readSheets: unreachable");
  }

  /** A read with the sheets Excel would not return whole read again in row blocks, in the order asked. */
  private async completed(
    read: { grids: SheetGrid[]; tooBig: string[]; order: readonly string[] },
    options: ReadOptions
  ): Promise<SheetGrid[]> {
    if (read.tooBig.length === 0) return read.grids;
    const big = await this.readInBlocks(read.tooBig, options);
    const all = [...read.grids, ...big];
    const rank = new Map(read.order.map((n, i) => [lower(n), i]));
    return all.sort((a, b) => (rank.get(lower(a.name)) ?? 0) - (rank.get(lower(b.name)) ?? 0));
  }

  /** The given names that are sheets of the workbook (ignoring case, as Excel does). */
  private existingSheets(names: readonly string[]): Promise<string[]> {
    return excelRun(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const have = new Map(sheets.items.map((s) => [lower(s.name), s.name]));
      return names.map((n) => have.get(lower(n))).filter((n): n is string => n !== undefined);
    });
  }

  private async sheetNames(
    context: Excel.RequestContext,
    names: readonly string[] | undefined
  ): Promise<readonly string[]> {
    if (names !== undefined) return names;
    const all = context.workbook.worksheets;
    all.load("items/name");
    await context.sync();
    return all.items.map((s) => s.name);
  }

  /** The part of a sheet to read: its used range (values only), within the first `maxRows` rows when bounded. */
  private usedPart(sheet: Excel.Worksheet, options: ReadOptions): Excel.Range {
    // Asked of a real range (the whole sheet or its first rows), never of a null object.
    return options.maxRows === undefined
      ? sheet.getUsedRangeOrNullObject(true)
      : sheet.getRange(`1:${options.maxRows}`).getUsedRangeOrNullObject(true);
  }

  /** The date-system probe rides along with the first read. */
  private probeDateSystem(context: Excel.RequestContext): Excel.FunctionResult<number> | null {
    if (this.dateSystem !== null) return null;
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load("value");
    return probe;
  }

  private learnDateSystem(probe: Excel.FunctionResult<number> | null): void {
    if (probe !== null) this.dateSystem = probe.value === 0 ? 1904 : 1900;
  }

  private readAtOnce(
    names: readonly string[] | undefined,
    withMerges: boolean,
    options: ReadOptions
  ): Promise<{ grids: SheetGrid[]; tooBig: string[]; order: readonly string[] }> {
    return excelRun(async (context) => {
      const list = await this.sheetNames(context, names);
      const probe = this.probeDateSystem(context);
      const with1904 = this.dateSystem === 1904;
      const requests: SheetRequest[] = list.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name,visibility");
        const used = this.usedPart(sheet, options);
        used.load(
          with1904
            ? "values,numberFormat,rowIndex,columnIndex,rowCount,columnCount"
            : "values,rowIndex,columnIndex,rowCount,columnCount"
        );
        let merged: Excel.RangeAreas | null = null;
        if (withMerges) {
          // From the whole sheet (or its first rows), not the used range: never a method call on a null object.
          merged = (
            options.maxRows === undefined
              ? sheet.getRange()
              : sheet.getRange(`1:${options.maxRows}`)
          ).getMergedAreasOrNullObject();
          merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
        }
        return { sheet, used, merged };
      });
      await context.sync();
      this.learnDateSystem(probe);
      // A 1904 workbook learnt just now: the number formats, to find the date cells (1 more sync, once).
      if (this.dateSystem === 1904 && !with1904) {
        for (const r of requests)
          if (!r.sheet.isNullObject && !r.used.isNullObject) r.used.load("numberFormat");
        await context.sync();
      }
      const grids: SheetGrid[] = [];
      const tooBig: string[] = [];
      for (const { sheet, used, merged } of requests) {
        if (sheet.isNullObject) continue;
        const rows: CellValue[][] = [];
        if (!used.isNullObject) {
          // Over five million cells Excel may answer `null` instead of failing (office-js-docs-pr #5821).
          const values = used.values as unknown[][] | null;
          if (values === null || used.rowCount * used.columnCount > MAX_GET_CELLS) {
            tooBig.push(sheet.name);
            continue;
          }
          placeRows(
            rows,
            used.rowIndex,
            used.columnIndex,
            values,
            this.dateSystem === 1904 ? (used.numberFormat as unknown[][]) : null
          );
        }
        const areas: MergeArea[] = [];
        if (merged !== null && !merged.isNullObject) {
          for (const a of merged.areas.items)
            areas.push({
              top: a.rowIndex,
              left: a.columnIndex,
              bottom: a.rowIndex + a.rowCount - 1,
              right: a.columnIndex + a.columnCount - 1,
            });
        }
        grids.push({
          name: sheet.name,
          rows,
          ...(withMerges ? { merges: areas } : {}),
          hidden: sheet.visibility !== "Visible",
        });
      }
      return { grids, tooBig, order: list };
    });
  }

  /** Dimensions first, then row blocks of at most `blockCells` cells, halving a block Excel still refuses. */
  private readInBlocks(
    names: readonly string[] | undefined,
    options: ReadOptions
  ): Promise<SheetGrid[]> {
    return excelRun(async (context) => {
      // Only sheets that exist: nothing below is asked of a null object.
      const all = await this.sheetNames(context, undefined);
      const have = new Map(all.map((n) => [lower(n), n]));
      const list =
        names === undefined
          ? all
          : names.map((n) => have.get(lower(n))).filter((n): n is string => n !== undefined);
      const probe = this.probeDateSystem(context);
      const requests = list.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name,visibility");
        const used = this.usedPart(sheet, options);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        return { sheet, used };
      });
      await context.sync();
      this.learnDateSystem(probe);
      const grids: SheetGrid[] = [];
      for (const { sheet, used } of requests) {
        if (sheet.isNullObject) continue;
        const rows: CellValue[][] = [];
        if (!used.isNullObject) {
          let block = Math.max(1, Math.floor(this.blockCells / used.columnCount));
          for (let r = 0; r < used.rowCount;) {
            const n = Math.min(block, used.rowCount - r);
            const part = sheet.getRangeByIndexes(
              used.rowIndex + r,
              used.columnIndex,
              n,
              used.columnCount
            );
            if (this.dateSystem === 1904) part.load("values,numberFormat");
            else part.load("values");
            let values: unknown[][] | null;
            try {
              // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block: a block is what one response can hold
              await context.sync();
              values = part.values as unknown[][] | null;
            } catch (e) {
              if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
              values = null;
            }
            if (values === null) {
              if (n === 1) throw new SheetTooLargeError(sheet.name);
              block = Math.ceil(n / 2);
              continue;
            }
            placeRows(
              rows,
              used.rowIndex + r,
              used.columnIndex,
              values,
              this.dateSystem === 1904 ? (part.numberFormat as unknown[][]) : null
            );
            r += n;
          }
        }
        grids.push({ name: sheet.name, rows, hidden: sheet.visibility !== "Visible" });
      }
      return grids;
    });
  }
}
