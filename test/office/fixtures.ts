/**
 * Test material for the Office adapter: synthetic Table 1 sheets of any length (analysed by the real
 * core into Annex 2 models), and a check that a sheet in the double holds exactly what a core
 * SheetModel describes.
 */
import { analyseWorkbook, buildAnnex2, PLAN_ITEMS_444, rowHeightsOf } from "../../src/core";
import type { Analysis, Lang, SheetModel } from "../../src/core";
import { widthToPoints } from "../../src/core";
import type { Scalar, SheetState } from "./excelDouble";
import { DEFAULT_FORMAT } from "./excelDouble";

const DEADLINES = [
  "2025-жыл",
  "2024-жылдын IV чейреги",
  "туруктуу",
  "2026-жылдын 1-июлуна чейин",
  "этабы менен",
];
const STATUSES = [
  "Мөөнөтүндө аткарылды",
  "Аткарууда",
  "Аткарылган жок",
  "Мөөнөтүн бузуу менен аткарылды",
];

export const TABLE1_HEADER = [
  "№",
  "Милдет",
  "Чара/ иш-аракет",
  "Ишке ашыруу мөөнөтү",
  "Күтүлгөн натыйжалар (продукт)",
  "Статус",
  "Жооптуу аткаруучулар",
];

/**
 * A Table 1 sheet with `n` measures under a title row, three measures per task. `text` makes the
 * measure and result texts longer (characters each), to reach a given payload.
 */
export function table1Rows(n: number, text = 0): (Scalar | null)[][] {
  const rows: (Scalar | null)[][] = [
    ["1-таблица. Иш-чаралар планы"],
    TABLE1_HEADER,
    [1, 2, 3, 4, 5, 6, 7],
  ];
  const pad = text > 0 ? " " + "ж".repeat(text) : "";
  for (let i = 0; i < n; i++) {
    rows.push([
      i + 1,
      i % 3 === 0 ? `Милдет ${Math.floor(i / 3) + 1}: кызматтар` : null,
      `Иш-чара ${i + 1}: кызмат${pad}`,
      DEADLINES[i % DEADLINES.length],
      `Кызмат иштейт${pad}`,
      STATUSES[i % STATUSES.length],
      i % 5 === 0 ? "Минфин, МЦРИТ" : "МЦРИТ",
    ]);
  }
  return rows;
}

/** Task cells merged down over their measures, as officials type them. */
export function table1Merges(
  n: number
): { top: number; left: number; rows: number; cols: number }[] {
  const out: { top: number; left: number; rows: number; cols: number }[] = [];
  for (let i = 0; i < n; i += 3) {
    const rows = Math.min(3, n - i);
    if (rows > 1) out.push({ top: 3 + i, left: 1, rows, cols: 1 });
  }
  return out;
}

export function analysisOf(rows: (Scalar | null)[][], lang: Lang = "ky"): Analysis {
  const grid = { name: "1-таблица", rows: rows.map((r) => r.map((v) => (v === "" ? null : v))) };
  const result = analyseWorkbook([grid], { body: "МЦРИТ", asOf: "2025-06-30", lang });
  if (!result.ok) throw new Error(`fixture is not a Table 1: ${result.fatal.message}`);
  return result.analysis;
}

/** The Annex 2 model the core builds for `n` synthetic measures. */
export function annex2Model(n: number, options: { lang?: Lang; text?: number } = {}): SheetModel {
  const lang = options.lang ?? "ky";
  return buildAnnex2(analysisOf(table1Rows(n, options.text), lang), {
    body: "Санариптик өнүктүрүү министрлиги (МЦРИТ)",
    periodFrom: "2025-01-01",
    periodTo: "2025-06-30",
    asOf: "2025-06-30",
    person: "Асанов А., башкы адис",
    contacts: "+996 312 000000, info@example.kg",
    planItems: PLAN_ITEMS_444,
    lang,
  });
}

/**
 * Assert that a sheet of the double holds exactly the model: values (text as text), merges, styles
 * of every model cell (font, fill, alignment, wrap, borders, number format), column widths, row
 * heights, print setup, frozen rows, list validations and data bars.
 */
export function expectSheetMatchesModel(sheet: SheetState, model: SheetModel): void {
  expect(sheet.name).toBe(model.name);
  const expected = new Map<string, { value: Scalar; style: number | undefined }>();
  for (const c of model.cells)
    expected.set(`${c.row}:${c.col}`, { value: c.value === null ? "" : c.value, style: c.style });
  // Values: every model cell, and nothing else.
  for (const [key, e] of expected) {
    const [r, c] = key.split(":").map(Number);
    const cell = sheet.cell(r, c);
    if (cell.value !== e.value || cell.formula !== null)
      throw new Error(
        `cell ${key}: expected ${JSON.stringify(e.value)}, got ${JSON.stringify(cell.value)}${cell.formula ? ` (formula ${cell.formula})` : ""}`
      );
  }
  for (const [k, cell] of sheet.cells) {
    const r = Math.floor(k / 16384);
    const c = k % 16384;
    if (cell.value !== "" && !expected.has(`${r}:${c}`))
      throw new Error(
        `cell ${r}:${c} holds ${JSON.stringify(cell.value)}, which the model does not`
      );
  }
  // Styles.
  for (const [key, e] of expected) {
    const [r, c] = key.split(":").map(Number);
    const f = sheet.cell(r, c).format;
    const s = e.style === undefined ? {} : model.styles[e.style];
    const want = {
      bold: s.bold ?? DEFAULT_FORMAT.bold,
      italic: s.italic ?? DEFAULT_FORMAT.italic,
      fontSize: s.fontSize ?? DEFAULT_FORMAT.fontSize,
      fontColor: s.color !== undefined ? `#${s.color}` : DEFAULT_FORMAT.fontColor,
      fill: s.fill !== undefined ? `#${s.fill}` : null,
      horizontalAlignment:
        s.hAlign !== undefined
          ? { left: "Left", center: "Center", right: "Right" }[s.hAlign]
          : "General",
      verticalAlignment:
        s.vAlign !== undefined
          ? { top: "Top", middle: "Center", bottom: "Bottom" }[s.vAlign]
          : "Bottom",
      wrapText: s.wrap ?? false,
      borders: s.border ? 4 : 0,
      numberFormat: s.numberFormat ?? "General",
    };
    const got = {
      bold: f.bold,
      italic: f.italic,
      fontSize: f.fontSize,
      fontColor: f.fontColor,
      fill: f.fill,
      horizontalAlignment: f.horizontalAlignment,
      verticalAlignment: f.verticalAlignment,
      wrapText: f.wrapText,
      borders: [f.top, f.bottom, f.left, f.right].filter(
        (b) => b !== null && b.style === "Continuous" && b.weight === "Thin"
      ).length,
      numberFormat: sheet.cell(r, c).numberFormat,
    };
    if (JSON.stringify(got) !== JSON.stringify(want))
      throw new Error(
        `cell ${key} style: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`
      );
  }
  const rect = (m: {
    top: number;
    left: number;
    bottom: number;
    right: number;
  }): { top: number; left: number; rows: number; cols: number } => ({
    top: m.top,
    left: m.left,
    rows: m.bottom - m.top + 1,
    cols: m.right - m.left + 1,
  });
  const key = (r: { top: number; left: number }): number => r.top * 100000 + r.left;
  expect([...sheet.merges].sort((a, b) => key(a) - key(b))).toEqual(
    model.merges.map(rect).sort((a, b) => key(a) - key(b))
  );
  model.columnWidths.forEach((w, c) => expect(sheet.columnWidth(c)).toBe(widthToPoints(w)));
  // Every row the core sizes for a host that fits unmerged cells itself (the model's own heights, rows of merged wrapped text) has that height.
  for (const [r, h] of Object.entries(rowHeightsOf(model, { hostFitsUnmerged: true })))
    expect(sheet.rowHeight(Number(r))).toBe(h);
  expect(sheet.pageLayout.orientation).toBe(
    model.print.orientation === "landscape" ? "Landscape" : "Portrait"
  );
  expect(sheet.pageLayout.paperSize).toBe("A4");
  if (model.print.fitToWidth) expect(printedWidthFits(sheet, model)).toBe(true);
  const repeat = model.print.repeatRows;
  expect(sheet.pageLayout.printTitleRows).toBe(
    repeat === undefined ? null : `$${repeat.top + 1}:$${repeat.bottom + 1}`
  );
  expect(sheet.frozenRows).toBe(model.freezeRows ?? 0);
  for (const v of model.validations ?? []) {
    for (const r of [v.top, Math.floor((v.top + v.bottom) / 2), v.bottom]) {
      const val = sheet.cell(r, v.col).validation;
      expect(val?.rule).toEqual({ list: { inCellDropDown: true, source: v.values.join(",") } });
      expect(val?.errorAlert).toMatchObject({
        showAlert: true,
        style: v.errorStyle === "stop" ? "Stop" : "Warning",
        message: v.errorMessage,
      });
    }
    expect(sheet.cell(v.bottom + 1, v.col).validation).toBeNull();
  }
  const bars = sheet.conditionalFormats.filter((cf) => cf.type === "DataBar");
  expect(
    bars.map((b) => ({
      rects: b.rects,
      color: b.dataBar.fillColor,
      low: b.dataBar.lowerBoundRule,
      high: b.dataBar.upperBoundRule,
    }))
  ).toEqual(
    (model.dataBars ?? []).map((d) => ({
      rects: [{ top: d.top, left: d.col, rows: d.bottom - d.top + 1, cols: 1 }],
      color: `#${d.color}`,
      low: { type: "Number", formula: "0" },
      high: { type: "Number", formula: "100" },
    }))
  );
}

/**
 * Does the sheet print one page wide? Its columns (as the double holds them, in points) at the
 * print scale fit between the sheet's margins on A4 — or a fit-to-pages zoom is in effect.
 */
export function printedWidthFits(sheet: SheetState, model: SheetModel): boolean {
  const z = sheet.pageLayout.zoom;
  if (z.horizontalFitToPages === 1) return true;
  let width = 0;
  const cols = Math.max(
    model.columnWidths.length,
    ...model.cells.map((c) => c.col + 1),
    ...model.merges.map((m) => m.right + 1)
  );
  // Hidden columns are not printed (support.microsoft.com, "Hide or show rows or columns").
  for (let c = 0; c < cols; c++) if (!sheet.hiddenColumns.has(c)) width += sheet.columnWidth(c);
  const page = sheet.pageLayout.orientation === "Landscape" ? 841.89 : 595.28;
  const printable = page - sheet.pageLayout.margins.left - sheet.pageLayout.margins.right;
  return (width * (z.scale ?? 100)) / 100 <= printable;
}
