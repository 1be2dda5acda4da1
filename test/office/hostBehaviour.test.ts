/**
 * Host behaviours of real Excel that the adapter must survive (issue 9), each modelled by the strict
 * double from Microsoft's documentation or the office-js issue tracker (cited per test and in
 * docs/office-adapter.md). Each test failed on the adapter before it handled the behaviour.
 */
import { OfficeWorkbook } from "../../src/taskpane/excel/officeWorkbook";
import { ExcelDouble } from "./excelDouble";
import { annex2Model, table1Merges, table1Rows } from "./fixtures";

jest.setTimeout(60_000);

let double: ExcelDouble;

function setup(options: ConstructorParameters<typeof ExcelDouble>[0] = {}): OfficeWorkbook {
  double?.uninstall();
  double = new ExcelDouble(options).install();
  double.workbook.seedSheet("1-таблица", table1Rows(20), { merges: table1Merges(20) });
  return new OfficeWorkbook();
}

afterEach(() => double.uninstall());

describe("row heights: Excel's autofit ignores merged cells", () => {
  test("every wrapped text of the Annex 2 shows in full, also the item lists merged across columns", async () => {
    const port = setup();
    const model = annex2Model(334);
    await port.writeSheet(model);
    const sheet = double.workbook.sheet(model.name);
    let mergedLong = 0;
    for (const c of model.cells) {
      const s = c.style === undefined ? undefined : model.styles[c.style];
      if (!s?.wrap || typeof c.value !== "string" || sheet.fitsText(c.row, c.col)) continue;
      const m = sheet.mergeAt(c.row, c.col) ?? { top: c.row, left: c.col, rows: 1, cols: 1 };
      // Lines the text needs at the least: its length over the characters its (merged) columns hold.
      let chars = 0;
      for (let k = m.left; k < m.left + m.cols; k++) chars += model.columnWidths[k] ?? 9;
      const lines = c.value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / chars)), 0);
      let height = 0;
      for (let r = m.top; r < m.top + m.rows; r++) height += sheet.rowHeight(r);
      if (m.cols > 1 && lines > 1) mergedLong++;
      if (height < lines * 15) throw new Error(`cell ${c.row}:${c.col} (${m.cols} columns) needs ${lines} lines, its rows are ${height} pt high`);
    }
    // The item lists of 334 measures are long: the check above did look at merged multi-line cells.
    expect(mergedLong).toBeGreaterThan(3);
  });
});
