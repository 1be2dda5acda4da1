/**
 * A core `SheetModel` → the XML of a worksheet part, in the element order CT_Worksheet requires
 * (ECMA-376 Part 1 §18.3.1.99): values (strings inline, so the user's shared strings are not
 * touched), styles by the `cellXfs` indexes merged into the user's stylesheet (styles.ts), merges,
 * column widths, row heights (the model's own, else the estimate for wrapped text), frozen header,
 * the sheet view, data bars, list validations, internal hyperlinks, A4 print setup with fit to width,
 * the footer and the manual page breaks. Defined names
 * (print titles, the tool's names) go into workbook.xml (workbookXml.ts). Pure.
 */
import { a1, columnLetter, modelExtent, quoteSheetName, rangeA1, rowHeightsOf } from "../../core";
import type { ModelCell, SheetModel } from "../../core";
import { escapeAttr, escapeText } from "./xmlText";

/** Excel's limit on an inline list (`"a,b,c"`) in a data validation. */
export const INLINE_LIST_MAX = 255;

/** `"a,b,c"` when Excel accepts the list inline (no comma or quote in a value, at most 255 characters), else null. */
export function inlineListFormula(values: readonly string[]): string | null {
  const inline = values.join(",");
  return values.every((x) => !x.includes(",") && !x.includes('"')) &&
    inline.length <= INLINE_LIST_MAX
    ? `"${inline}"`
    : null;
}

export interface SheetXmlOptions {
  /** Per model style: the `cellXfs` index. */
  readonly xfIds: readonly number[];
  /** The SpreadsheetML and relationships namespaces of the workbook (transitional or strict). */
  readonly mainNs: string;
  /** The sheet is the one selected when the workbook opens. */
  readonly selected: boolean;
}

const num = (n: number): string => (Number.isFinite(n) ? String(n) : "0");

/** List validations that do not fit inline put their values in a hidden column past the model's cells. */
function withListColumns(model: SheetModel): {
  model: SheetModel;
  formulas: string[];
  hiddenCols: number[];
} {
  const formulas: string[] = [];
  const hiddenCols: number[] = [];
  const extra: ModelCell[] = [];
  let spare = modelExtent(model).cols + 1;
  for (const v of model.validations ?? []) {
    const inline = inlineListFormula(v.values);
    if (inline !== null) {
      formulas.push(inline);
      continue;
    }
    v.values.forEach((x, i) => extra.push({ row: i, col: spare, value: x }));
    formulas.push(`$${columnLetter(spare)}$1:$${columnLetter(spare)}$${v.values.length}`);
    hiddenCols.push(spare++);
  }
  hiddenCols.push(...(model.hiddenColumns ?? []));
  if (extra.length === 0) return { model, formulas, hiddenCols };
  const cells = [...model.cells, ...extra].sort((a, b) => a.row - b.row || a.col - b.col);
  return { model: { ...model, cells }, formulas, hiddenCols };
}

/** The worksheet XML of a model. */
export function sheetXml(input: SheetModel, opts: SheetXmlOptions): string {
  if (input.table !== undefined)
    throw new Error(`sheet ${input.name}: tables are written only into new workbooks`);
  const { model, formulas, hiddenCols } = withListColumns(input);
  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${opts.mainNs}">`
  );
  if (model.print.fitToWidth) out.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  const { rows, cols } = modelExtent(model);
  out.push(`<dimension ref="${rows > 0 && cols > 0 ? rangeA1(0, 0, rows - 1, cols - 1) : "A1"}"/>`);

  const freeze = model.freezeRows !== undefined && model.freezeRows > 0 ? model.freezeRows : 0;
  const view = [`<sheetView${opts.selected ? ` tabSelected="1"` : ""} workbookViewId="0">`];
  if (freeze > 0) {
    const tl = a1(freeze, 0);
    view.push(
      `<pane ySplit="${freeze}" topLeftCell="${tl}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${tl}" sqref="${tl}"/>`
    );
  } else view.push(`<selection activeCell="A1" sqref="A1"/>`);
  view.push(`</sheetView>`);
  out.push(`<sheetViews>${view.join("")}</sheetViews>`, `<sheetFormatPr defaultRowHeight="15"/>`);

  const widths = [...model.columnWidths];
  const colXml: string[] = [];
  const lastCol = Math.max(widths.length, ...hiddenCols.map((c) => c + 1));
  for (let c = 0; c < lastCol; c++) {
    const hidden = hiddenCols.includes(c);
    const w = widths[c];
    if (w === undefined && !hidden) continue;
    colXml.push(
      `<col min="${c + 1}" max="${c + 1}" width="${num(w ?? 9.140625)}"${w !== undefined ? ` customWidth="1"` : ""}${hidden ? ` hidden="1"` : ""}/>`
    );
  }
  if (colXml.length > 0) out.push(`<cols>${colXml.join("")}</cols>`);

  const heights = rowHeightsOf(model);
  out.push("<sheetData>");
  const cells = model.cells;
  let i = 0;
  const rowNumbers = new Set<number>();
  for (const c of cells) rowNumbers.add(c.row);
  for (const r of Object.keys(heights)) rowNumbers.add(Number(r));
  const ordered = [...rowNumbers].sort((a, b) => a - b);
  for (const r of ordered) {
    while (i < cells.length && cells[i].row < r) i++;
    const h = heights[r];
    const parts: string[] = [];
    let lastWritten = -1;
    for (; i < cells.length && cells[i].row === r; i++) {
      const c = cells[i];
      if (c.col === lastWritten) continue; // a cell given twice: the first wins, as a sheet holds one
      lastWritten = c.col;
      const ref = a1(c.row, c.col);
      const s =
        c.style !== undefined && opts.xfIds[c.style] !== undefined && opts.xfIds[c.style] !== 0
          ? ` s="${opts.xfIds[c.style]}"`
          : "";
      if (typeof c.value === "number" && Number.isFinite(c.value))
        parts.push(`<c r="${ref}"${s}><v>${num(c.value)}</v></c>`);
      else if (typeof c.value === "string" && c.value !== "") {
        const space = /^\s|\s$|\n/.test(c.value) ? ` xml:space="preserve"` : "";
        parts.push(
          `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeText(c.value)}</t></is></c>`
        );
      } else if (s !== "") parts.push(`<c r="${ref}"${s}/>`);
    }
    const ht = h !== undefined ? ` ht="${num(h)}" customHeight="1"` : "";
    if (parts.length === 0 && ht === "") continue;
    out.push(`<row r="${r + 1}"${ht}>${parts.join("")}</row>`);
  }
  out.push("</sheetData>");

  const merges = model.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length > 0)
    out.push(
      `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeA1(m.top, m.left, m.bottom, m.right)}"/>`).join("")}</mergeCells>`
    );
  (model.dataBars ?? []).forEach((bar, k) => {
    const rgb = "FF" + bar.color.replace(/^#/, "").toUpperCase();
    out.push(
      `<conditionalFormatting sqref="${rangeA1(bar.top, bar.col, bar.bottom, bar.col)}"><cfRule type="dataBar" priority="${k + 1}"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="100"/><color rgb="${rgb}"/></dataBar></cfRule></conditionalFormatting>`
    );
  });
  const validations = model.validations ?? [];
  if (validations.length > 0) {
    const dv = validations.map(
      (v, k) =>
        `<dataValidation type="list" errorStyle="${v.errorStyle === "stop" ? "stop" : "warning"}" allowBlank="1" showErrorMessage="1" errorTitle="${escapeAttr(v.errorTitle)}" error="${escapeAttr(v.errorMessage)}" sqref="${rangeA1(v.top, v.col, v.bottom, v.col)}"><formula1>${escapeText(formulas[k])}</formula1></dataValidation>`
    );
    out.push(`<dataValidations count="${dv.length}">${dv.join("")}</dataValidations>`);
  }
  const links = model.links ?? [];
  if (links.length > 0) {
    // Internal links need no relationship: `location` names the target (ECMA-376 Part 1 §18.3.1.47).
    out.push(
      `<hyperlinks>${links.map((l) => `<hyperlink ref="${a1(l.row, l.col)}" location="${escapeAttr(`${quoteSheetName(l.sheet)}!${l.cell}`)}"/>`).join("")}</hyperlinks>`
    );
  }
  out.push(
    `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>`
  );
  const fit = model.print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
  out.push(`<pageSetup paperSize="9" orientation="${model.print.orientation}"${fit}/>`);
  if (model.print.footer !== undefined)
    out.push(
      `<headerFooter><oddFooter>${escapeText(model.print.footer)}</oddFooter></headerFooter>`
    );
  const breaks = (model.print.rowBreaks ?? []).filter((r) => r > 0);
  if (breaks.length > 0) {
    // `id` is the 1-based row a break follows: the 0-based row that starts the page.
    out.push(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`
    );
  }
  out.push("</worksheet>");
  return out.join("");
}

/** `'Annex 2'!$5:$6`: the rows repeated at the top of each printed page, as a defined name's formula. */
export function printTitlesFormula(sheetRef: string, model: SheetModel): string | null {
  const r = model.print.repeatRows;
  return r === undefined ? null : `${sheetRef}!$${r.top + 1}:$${r.bottom + 1}`;
}
