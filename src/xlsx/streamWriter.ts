/**
 * Sheet models → a new .xlsx with ExcelJS's streaming writer (consolidation output, Node only): each
 * row is written and released as soon as it is complete, so a long issues sheet does not hold an
 * ExcelJS model of every cell in memory.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { modelExtent, rowHeightsOf } from "../core";
import type { MergeArea, SheetModel } from "../core";
import {
  excelDataBar,
  excelHeaderFooter,
  excelPageSetup,
  excelStyle,
  excelViews,
  fillCell,
} from "./render";

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
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "Atkaruu";
  for (const model of models) {
    if (
      (model.validations?.length ?? 0) > 0 ||
      (model.names?.length ?? 0) > 0 ||
      model.table !== undefined ||
      (model.print.rowBreaks?.length ?? 0) > 0 ||
      (model.hiddenColumns?.length ?? 0) > 0
    ) {
      throw new Error(
        `modelsToXlsx: sheet ${model.name} needs the in-memory writer (validations, names, a table, page breaks or hidden columns)`
      );
    }
    const footer = excelHeaderFooter(model.print);
    const ws = wb.addWorksheet(model.name, {
      pageSetup: excelPageSetup(model.print),
      views: excelViews(model),
      ...(footer !== undefined ? { headerFooter: footer } : {}),
    });
    ws.columns = model.columnWidths.map((width) => ({ width }));
    (model.dataBars ?? []).forEach((bar, i) =>
      ws.addConditionalFormatting(excelDataBar(bar, i + 1))
    );

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
      for (const m of mergesByTop.get(r) ?? [])
        ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const row = ws.getRow(r + 1);
      for (; i < cells.length && cells[i].row === r; i++)
        fillCell(row.getCell(cells[i].col + 1), cells[i], styles);
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
