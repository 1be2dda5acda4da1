/** The pure part of the Office adapter: model → operations → requests under a byte budget. */
import { SheetModelBuilder, widthToPoints } from "../../src/core";
import {
  estimateBytes,
  listSource,
  packRequests,
  planRequests,
  planSheet,
  styleRectangles,
  textForExcel,
  utf8Length,
} from "../../src/taskpane/excel/writePlan";
import type { WriteOp } from "../../src/taskpane/excel/writePlan";
import { annex2Model } from "./fixtures";

test("column widths: characters (the file's width) → points for Calibri 11", () => {
  expect(widthToPoints(8.43)).toBe(44.25); // 59 px
  expect(widthToPoints(9.140625)).toBe(48); // Excel's default column: 64 px
  expect(widthToPoints(7)).toBe(36.75); // 49 px
  expect(widthToPoints(46)).toBe(241.5); // 322 px
  expect(widthToPoints(0)).toBe(0);
});

test("text Excel would reinterpret gets an apostrophe; plain words do not", () => {
  for (const t of [
    "1.2",
    "12",
    "=A1",
    "+996",
    "- пункт",
    "30.06.2025",
    "март 2025",
    "TRUE",
    "истина",
    "#N/A",
    "'quoted",
    " leading space",
  ]) {
    expect(textForExcel(t)).toBe(`'${t}`);
  }
  for (const t of ["Аткарылды", "Мөөнөтүндө аткарылды", "done", "МЦРИТ, Минфин"])
    expect(textForExcel(t)).toBe(t);
  expect(textForExcel("")).toBe("");
});

test("utf8Length counts bytes as the payload limit does", () => {
  for (const s of ["abc", "жөө", "€", "😀 ok", ""])
    expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
});

test("cells sharing a style are grouped into rectangles; the count does not grow with rows", () => {
  const b = new SheetModelBuilder("S");
  const head = { bold: true, border: true };
  const cell = { wrap: true, border: true };
  for (let c = 0; c < 4; c++) b.set(0, c, `h${c}`, head);
  for (let r = 1; r <= 500; r++)
    for (let c = 0; c < 4; c++)
      b.set(r, c, `v${r}`, c === 0 ? { ...cell, hAlign: "center" } : cell);
  const model = b.build({
    columnWidths: [5, 5, 5, 5],
    print: { orientation: "portrait", paper: "A4", fitToWidth: false },
  });
  const rects = styleRectangles(model);
  expect(rects.map((r) => r.rect)).toEqual([
    { top: 0, left: 0, rows: 1, cols: 4 },
    { top: 1, left: 0, rows: 500, cols: 1 },
    { top: 1, left: 1, rows: 500, cols: 3 },
  ]);
  // Every styled cell is covered exactly once, with its own style.
  const covered = new Map<string, number>();
  for (const { rect, style } of rects)
    for (let r = rect.top; r < rect.top + rect.rows; r++)
      for (let c = rect.left; c < rect.left + rect.cols; c++) covered.set(`${r}:${c}`, style);
  for (const c of model.cells) expect(covered.get(`${c.row}:${c.col}`)).toBe(c.style);
  expect(covered.size).toBe(model.cells.length);
  expect(styleRectangles(annex2Model(3000)).length).toBe(styleRectangles(annex2Model(30)).length);
});

test("packing: every request within the budget, value rows split across requests and nothing lost or repeated", () => {
  const model = annex2Model(2_000, { text: 100 });
  const ops = planSheet(model);
  const budget = 120_000;
  const requests = packRequests<never>(
    ops.map((op) => ({ op })),
    budget
  );
  expect(requests.length).toBeGreaterThan(5);
  for (const r of requests) {
    expect(r.bytes).toBeLessThanOrEqual(budget);
    expect(r.bytes).toBe(r.ops.reduce((s: number, op) => s + estimateBytes(op), 2 * 160));
  }
  const values = requests
    .flatMap((r) => r.ops)
    .filter((op): op is Extract<WriteOp, { kind: "values" }> => (op as WriteOp).kind === "values");
  const rows = values.flatMap((v) => v.data);
  const whole = (ops.find((op) => op.kind === "values") as Extract<WriteOp, { kind: "values" }>)
    .data;
  expect(rows).toEqual(whole);
  values.reduce((top, v) => {
    expect(v.top).toBe(top);
    return top + v.data.length;
  }, 0);
  // Operations keep their order: nothing formats a cell before its value is written.
  const kinds = requests.flatMap((r) => r.ops).map((op) => (op as WriteOp).kind);
  expect(kinds.lastIndexOf("values")).toBeLessThan(kinds.indexOf("format"));
});

test("planRequests: the begin step opens the first request and finish closes the last", () => {
  const requests = planRequests(annex2Model(50), 4_000_000);
  expect(requests).toHaveLength(1);
  const kinds = requests[0].ops.map((op) => op.kind);
  expect(kinds[0]).toBe("begin");
  expect(kinds[kinds.length - 1]).toBe("finish");
});

test("drop-down sources: no commas inside values, at most 255 characters", () => {
  expect(listSource(["a", "b"])).toBe("a,b");
  expect(() => listSource(["a, b"])).toThrow(/comma/);
  expect(() => listSource(["x".repeat(256)])).toThrow(/255/);
});
