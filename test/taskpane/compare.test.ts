/**
 * "Compare with the previous report" over an in-memory port: the previous report as a file's
 * sheets or as the snapshot the pane's own Annex 2 left in the workbook, with the hand-computed
 * changes of test/core/compareFixtures.ts; the item's row a change selects and shows.
 */
import { changeRowCells, SNAPSHOT_SHEET_NAME } from "../../src/core";
import type { ReportSource } from "../../src/core";
import { changeRowBlock, compareWithPrevious, workbookSnapshot } from "../../src/taskpane/compare";
import { paneCompareTexts } from "../../src/taskpane/i18n/compare";
import { EMPTY_SETTINGS } from "../../src/taskpane/port";
import type { PaneSettings } from "../../src/taskpane/port";
import { generateAnnex2 } from "../../src/taskpane/workflow";
import { currentTable, EXPECTED_CHANGES, MEASURES, previousTable } from "../core/compareFixtures";
import { MemoryPort } from "./memoryPort";

const SETTINGS: PaneSettings = { ...EMPTY_SETTINGS, body: "МЦРИТ" };
const TODAY = "2025-12-01";
const asJson = (
  changes: readonly {
    item: string;
    kind: string;
    from: string | null;
    to: string | null;
    cell: string | null;
  }[]
) => changes.map(({ item, kind, from, to, cell }) => ({ item, kind, from, to, cell }));

test("a picked file's Table 1 as the previous report: every hand-computed change, as of each title's date", async () => {
  const port = new MemoryPort([currentTable()]);
  const previous: ReportSource = {
    sheets: [previousTable()],
    snapshot: null,
    storedAsOf: null,
    storedBody: null,
  };
  const out = await compareWithPrevious(port, "1-таблица", previous, SETTINGS, "ky", TODAY);
  if (!out.ok) throw new Error(out.message);
  expect(asJson(out.comparison.changes)).toEqual(EXPECTED_CHANGES);
  expect([
    out.comparison.previous.asOf,
    out.comparison.current.asOf,
    out.comparison.levelChange,
  ]).toEqual(["2025-03-31", "2025-06-30", 12.5]);
  expect(out.previousFrom).toBe("table1");
});

test("the snapshot the pane's Annex 2 left: compared after Table 1 was edited, it gives the same changes", async () => {
  const port = new MemoryPort([previousTable()]);
  expect(await workbookSnapshot(port)).toBeNull();
  const none = await compareWithPrevious(port, "1-таблица", "snapshot", SETTINGS, "ru", TODAY);
  expect(none).toEqual({ ok: false, message: paneCompareTexts("ru").noSnapshot });

  const annex = await generateAnnex2(
    port,
    "1-таблица",
    { ...SETTINGS, periodTo: "2025-03-31" },
    "ky",
    TODAY,
    () => undefined
  );
  expect(annex.ok).toBe(true);
  const written = port.calls
    .filter((c) => c.op === "writeSheet")
    .map((c) => (c.op === "writeSheet" ? c.model.name : ""));
  expect(written).toEqual(["2-тиркеме", SNAPSHOT_SHEET_NAME]);
  expect((await workbookSnapshot(port))?.asOf).toBe("2025-03-31");

  // Unchanged since the snapshot: nothing changed.
  const same = await compareWithPrevious(port, "1-таблица", "snapshot", SETTINGS, "ky", TODAY);
  if (!same.ok) throw new Error(same.message);
  expect(same.comparison.changes).toEqual([]);
  expect(same.comparison.current.asOf).toBe("2025-03-31");

  // The official edits Table 1 for the next report.
  port.sheets = port.sheets.map((s) => (s.name === "1-таблица" ? currentTable() : s));
  const out = await compareWithPrevious(port, "1-таблица", "snapshot", SETTINGS, "ky", TODAY);
  if (!out.ok) throw new Error(out.message);
  expect(out.previousFrom).toBe("snapshot");
  expect(asJson(out.comparison.changes)).toEqual(EXPECTED_CHANGES);
  expect(out.comparison.previous.asOf).toBe("2025-03-31");
});

test("a change points at the item's row: the block Excel selects, the cells the page shows", async () => {
  const port = new MemoryPort([currentTable()]);
  const out = await compareWithPrevious(
    port,
    "1-таблица",
    { sheets: [previousTable()], snapshot: null, storedAsOf: null, storedBody: null },
    SETTINGS,
    "en",
    TODAY
  );
  if (!out.ok) throw new Error(out.message);
  const reopened = out.comparison.changes.find((c) => c.kind === "reopened")!;
  // Row 5 of the sheet (0-based 4), Table 1's columns A–G.
  expect(changeRowBlock(out.table.layout, reopened)).toEqual({
    top: 4,
    bottom: 4,
    left: 0,
    right: 6,
  });
  const cells = changeRowCells(out.table.grid, out.table.layout, reopened);
  expect(cells.map((c) => c.cell)).toEqual(["A5", "B5", "C5", "D5", "E5", "F5", "G5"]);
  expect(cells.find((c) => c.changed)).toEqual({
    header: out.table.layout.headers.status,
    cell: "F5",
    text: "Аткарууда",
    changed: true,
  });
  expect(cells.find((c) => c.cell === "C5")?.text).toBe(MEASURES.B);
  const removed = out.comparison.changes.find((c) => c.kind === "removed")!;
  expect(changeRowBlock(out.table.layout, removed)).toBeNull();
  expect(changeRowCells(out.table.grid, out.table.layout, removed)).toEqual([]);
});
