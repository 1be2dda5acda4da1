/**
 * The blank group workbook's holidays sheet holds real dates: each shipped day is its Excel serial
 * under the dd.mm.yyyy format (not text that looks like a date), and the check reads them back as
 * the calendar. A model's dates move by 1462 days for a workbook kept in the 1904 date system.
 */
import {
  buildGroupTemplate,
  checkGroup,
  isoToSerial,
  modelIn1904System,
  SHIPPED_DAYS,
  SheetModelBuilder,
} from "../../../src/core";
import type { CellValue, Lang, SheetGrid, SheetModel } from "../../../src/core";

/** A model as the grid a reader gives (values only). */
function gridOf(model: SheetModel): SheetGrid {
  const rows: CellValue[][] = [];
  for (const c of model.cells) {
    while (rows.length <= c.row) rows.push([]);
    rows[c.row][c.col] = c.value;
  }
  return { name: model.name, rows: rows.map((r) => Array.from(r, (v) => v ?? null)) };
}

describe.each<Lang>(["ky", "ru", "en"])("the holidays sheet (%s)", (lang) => {
  const sheets = buildGroupTemplate(lang);
  const holidays = sheets[4];
  const dateCells = holidays.cells.filter((c) => c.col === 0 && c.value !== null && c.row > 3);

  test("each shipped day is a date serial under dd.mm.yyyy, in order", () => {
    // 10.04.2024 (Orozo Ait 2024) is serial 45392 in the 1900 date system.
    expect(isoToSerial("2024-04-10")).toBe(45392);
    expect(dateCells.map((c) => c.value)).toEqual(SHIPPED_DAYS.map((d) => isoToSerial(d.date)));
    expect(dateCells[0].value).toBe(45392);
    for (const c of dateCells) expect(holidays.styles[c.style!].numberFormat).toBe("dd.mm.yyyy");
  });

  test("the check reads them back as the calendar's days", () => {
    const r = checkGroup(sheets.map(gridOf), { asOf: "2025-01-01", lang });
    if (!r.ok) throw new Error(r.fatal.message);
    expect(r.check.calendarDays).toEqual(SHIPPED_DAYS.map((d) => ({ date: d.date, kind: d.kind })));
    expect(r.check.issues.filter((i) => i.sheet === holidays.name)).toEqual([]);
  });
});

describe("modelIn1904System", () => {
  const model = new SheetModelBuilder("S")
    .set(0, 0, 45392, { numberFormat: "dd.mm.yyyy" })
    .set(0, 1, 45392, { numberFormat: "0.0" })
    .set(0, 2, "10.04.2024", { numberFormat: "dd.mm.yyyy" })
    .set(0, 3, 7)
    .build({
      columnWidths: [10, 10, 10, 10],
      print: { orientation: "portrait", paper: "A4", fitToWidth: true },
    });
  test("a number under a date format moves 1462 days down; other numbers and text stay", () => {
    expect(modelIn1904System(model).cells.map((c) => c.value)).toEqual([
      45392 - 1462,
      45392,
      "10.04.2024",
      7,
    ]);
  });
  test("a model without a date format is returned as it is", () => {
    const plain = new SheetModelBuilder("P").set(0, 0, 5).build({
      columnWidths: [5],
      print: { orientation: "portrait", paper: "A4", fitToWidth: true },
    });
    expect(modelIn1904System(plain)).toBe(plain);
  });
});
