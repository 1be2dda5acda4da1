/**
 * The pane's consolidation workflow on an in-memory port: files read with the reader the pane loads
 * (here its Node build, `src/xlsx/browser.ts`, through the same validating wrapper), Table 1 sheets of
 * the open workbook, the three sheets written and the chart placed over the summary's body rows.
 * Figures are the hand-computed ones of test/browser/consolidateFixtures.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SUMMARY_HEADER_ROW, SUMMARY_LEVEL_COL, coreCatalog } from "../../src/core";
import type { Consolidation, SheetGrid } from "../../src/core";
import * as readerModule from "../../src/xlsx/browser";
import { checkedReader } from "../../src/taskpane/consolidate/loadReader";
import type { Reader } from "../../src/taskpane/consolidate/loadReader";
import {
  CONSOLIDATION_SHEET_NAMES,
  LEVEL_CHART_NAME,
  consolidateFiles,
  consolidateSheets,
  discoverBodySheets,
  expectedFromSheet,
  fileEntry,
  levelChart,
  sheetEntry,
  writeConsolidation,
} from "../../src/taskpane/consolidate/workflow";
import type { PickedFile, ReadProgress } from "../../src/taskpane/consolidate/workflow";
import {
  BROKEN_FILE,
  CONSOLIDATION_AS_OF,
  EXPECTED_BODIES,
  EXPECTED_OVERALL,
  bodiesWithDuplicate,
  threeBodies,
  writeBodyWorkbook,
  writeBrokenFile,
} from "../browser/consolidateFixtures";
import type { BodyWorkbook } from "../browser/consolidateFixtures";
import { MemoryPort } from "./memoryPort";

let dir: string;
const paths = new Map<string, string>();
const reader: Reader = checkedReader(readerModule);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-pane-consolidate-"));
  for (const b of bodiesWithDuplicate()) paths.set(b.file, await writeBodyWorkbook(dir, b));
  paths.set(BROKEN_FILE, await writeBrokenFile(dir));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function picked(file: string, modified: number): PickedFile {
  const bytes = new Uint8Array(readFileSync(paths.get(file)!));
  return { name: file, lastModified: modified, size: bytes.length, bytes: async () => bytes };
}

const pickedAll = (bodies: readonly BodyWorkbook[]): PickedFile[] =>
  bodies.map((b) => picked(b.file, b.modified));

function expectHandFigures(c: Consolidation): void {
  expect(
    c.bodies.map((b) => ({
      body: b.body,
      file: b.file,
      total: b.total,
      completed: b.completed,
      onTime: b.completedOnTime,
      late: b.completedLate,
      level: b.executionLevel === null ? null : Math.round(b.executionLevel * 10) / 10,
    }))
  ).toEqual(
    EXPECTED_BODIES.map((e) => ({
      body: e.body,
      file: e.file,
      total: e.total,
      completed: e.completed,
      onTime: e.onTime,
      late: e.late,
      level: e.level,
    }))
  );
  expect({
    total: c.overall.total,
    completed: c.overall.completed,
    level: c.overall.executionLevel,
  }).toEqual({
    total: EXPECTED_OVERALL.total,
    completed: EXPECTED_OVERALL.completed,
    level: EXPECTED_OVERALL.level,
  });
}

describe("files picked in the pane", () => {
  test("three bodies' workbooks: the hand-computed figures, progress file by file", async () => {
    const progress: ReadProgress[] = [];
    const c = await consolidateFiles(
      pickedAll(threeBodies()),
      reader,
      { asOf: CONSOLIDATION_AS_OF, lang: "en" },
      (p) => progress.push(p)
    );
    expectHandFigures(c);
    expect(c.unreadable).toEqual([]);
    expect(c.duplicates).toEqual([]);
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(["0/3", "1/3", "2/3", "3/3"]);
    expect(progress.map((p) => p.current)).toEqual([
      "МЦРИТ.xlsx",
      "report_b.xlsx",
      "МЭК.xlsx",
      null,
    ]);
  });

  test("an unreadable file gets its one sentence and does not stop the rest; the older duplicate is named", async () => {
    const files = [...pickedAll(bodiesWithDuplicate()), picked(BROKEN_FILE, 0)];
    const c = await consolidateFiles(files, reader, { asOf: CONSOLIDATION_AS_OF, lang: "en" });
    expectHandFigures(c);
    expect(c.unreadable).toEqual([
      {
        file: BROKEN_FILE,
        body: null,
        code: "unreadable-workbook",
        message: `“${BROKEN_FILE}” cannot be read as an Excel workbook: it is not an .xlsx file.`,
      },
    ]);
    expect(c.duplicates).toEqual([{ body: "МЭК", used: "МЭК.xlsx", ignored: "МЭК_old.xlsx" }]);
  });

  test("a file over the size limit is refused without being loaded; a file gone since it was picked is named", async () => {
    let loaded = false;
    const huge: PickedFile = {
      name: "huge.xlsx",
      lastModified: 0,
      size: reader.MAX_FILE_BYTES + 1,
      bytes: async () => ((loaded = true), new Uint8Array()),
    };
    const gone: PickedFile = {
      name: "gone.xlsx",
      lastModified: 0,
      size: 10,
      bytes: () => Promise.reject(new Error("NotFoundError")),
    };
    const a = await fileEntry(huge, reader, { asOf: CONSOLIDATION_AS_OF, lang: "ru" });
    const b = await fileEntry(gone, reader, { asOf: CONSOLIDATION_AS_OF, lang: "ru" });
    expect(loaded).toBe(false);
    expect(a.fatal?.message).toMatch(/«huge\.xlsx».*слишком большой/);
    expect(b.fatal?.message).toMatch(/«gone\.xlsx».*не найден/);
  });

  test("the reader's results are validated before the pane uses them", () => {
    expect(() => checkedReader({ ...readerModule, READER_VERSION: 1 })).toThrow(
      /not the expected reader/
    );
    expect(() => checkedReader({ readWorkbookBytes: () => null })).toThrow(
      /not the expected reader/
    );
    const liar = checkedReader({
      ...readerModule,
      readWorkbookBytes: () => ({ ok: true, sheets: [{ name: 1, rows: [] }], storedBody: null }),
    });
    expect(() =>
      liar.readWorkbookBytes(new Uint8Array(), { lang: "en", fileName: "x.xlsx" })
    ).toThrow(/unexpected result/);
  });
});

/** The bodies' Table 1 grids as sheets of one workbook, each named after its body. */
function bodySheets(): SheetGrid[] {
  const names = ["МЦРИТ", "МФ", "МЭК"];
  return threeBodies().map((b, i) => ({ ...b.sheets[0], name: names[i] }));
}

describe("Table 1 sheets of the open workbook", () => {
  test("each sheet is one body named by the sheet; the same figures; generated sheets are never offered", async () => {
    const port = new MemoryPort([
      { name: "Титул", rows: [["Свод"]] },
      ...bodySheets(),
      { name: "Summary", rows: [["old"]] },
      { name: "Органы", rows: [["Орган"], ["МЦРИТ"], ["МФ"], ["МЭК"], ["ГКС"]] },
    ]);
    const d = await discoverBodySheets(port);
    expect(d.table1).toEqual(["МЦРИТ", "МФ", "МЭК"]);
    expect(d.sheets.map((s) => s.name)).toEqual(["Титул", "МЦРИТ", "МФ", "МЭК", "Органы"]);
    const expected = await expectedFromSheet(port, "Органы");
    expect(expected).toEqual(["МЦРИТ", "МФ", "МЭК", "ГКС"]);
    port.calls.length = 0;
    const c = await consolidateSheets(port, d.table1, {
      asOf: CONSOLIDATION_AS_OF,
      lang: "en",
      expected,
    });
    // One read for all the sheets.
    expect(port.calls).toEqual([{ op: "readSheets", names: ["МЦРИТ", "МФ", "МЭК"] }]);
    expect(c.bodies.map((b) => [b.body, b.file, b.total, b.completed])).toEqual(
      EXPECTED_BODIES.map((e) => [e.body, e.body, e.total, e.completed])
    );
    expect(c.overall.executionLevel).toBe(EXPECTED_OVERALL.level);
    expect(c.missing).toEqual(["ГКС"]);
  });

  test("the sheet name is the body even where a file name would lose its last dot", () => {
    const e = sheetEntry(
      { ...bodySheets()[0], name: "МЦРИТ v1.2" },
      { asOf: CONSOLIDATION_AS_OF, lang: "en" }
    );
    expect(e.body).toBe("МЦРИТ v1.2");
  });
});

describe("writing", () => {
  test("three sheets in order, each replacing the same sheet in the other languages; the chart over the body rows", async () => {
    const c = await consolidateFiles(pickedAll(threeBodies()), reader, {
      asOf: CONSOLIDATION_AS_OF,
      lang: "ru",
    });
    const port = new MemoryPort([
      { name: "Лист1", rows: [] },
      { name: "Summary", rows: [["old"]] },
    ]);
    const written = await writeConsolidation(port, c, {
      title: "Уровень исполнения по органам, %",
    });
    const t = coreCatalog("ru").consolidation;
    expect(written).toEqual({
      sheets: [t.summarySheet, t.itemsSheet, t.issuesSheet],
      chart: "added",
      periodsChart: "none",
    });
    const writes = port.calls.filter((x) => x.op === "writeSheet");
    expect(
      writes.map((w) =>
        w.op === "writeSheet" ? [w.model.name, [...w.replaces].sort(), w.activate] : []
      )
    ).toEqual([
      [
        t.summarySheet,
        [...CONSOLIDATION_SHEET_NAMES[0]].filter((n) => n !== t.summarySheet).sort(),
        true,
      ],
      [
        t.itemsSheet,
        [...CONSOLIDATION_SHEET_NAMES[1]].filter((n) => n !== t.itemsSheet).sort(),
        false,
      ],
      [
        t.issuesSheet,
        [...CONSOLIDATION_SHEET_NAMES[2]].filter((n) => n !== t.issuesSheet).sort(),
        false,
      ],
    ]);
    // The English summary made earlier is gone; the user's own sheet stays.
    expect(port.sheets.map((s) => s.name)).toEqual([
      "Лист1",
      t.summarySheet,
      t.itemsSheet,
      t.issuesSheet,
    ]);
    const summary = port.sheets.find((s) => s.name === t.summarySheet)!;
    const first = SUMMARY_HEADER_ROW + 1;
    // The level cells hold the exact ratio (shown with one decimal by their number format).
    const round = (v: unknown): unknown => (typeof v === "number" ? Math.round(v * 10) / 10 : v);
    expect(
      [0, 1, 2].map((i) => [
        summary.rows[first + i][0],
        round(summary.rows[first + i][SUMMARY_LEVEL_COL]),
      ])
    ).toEqual(EXPECTED_BODIES.map((e) => [e.body, e.level]));
    const chart = port.calls.find((x) => x.op === "addBarChart");
    expect(chart).toEqual({
      op: "addBarChart",
      sheet: t.summarySheet,
      chart: {
        name: LEVEL_CHART_NAME,
        title: "Уровень исполнения по органам, %",
        seriesName: t.summaryHeaders[SUMMARY_LEVEL_COL],
        categories: { top: first, left: 0, bottom: first + 2, right: 0 },
        values: {
          top: first,
          left: SUMMARY_LEVEL_COL,
          bottom: first + 2,
          right: SUMMARY_LEVEL_COL,
        },
        placement: {
          top: first + 3 + 2,
          left: 0,
          bottom: first + 3 + 2 + 13,
          right: SUMMARY_LEVEL_COL,
        },
        min: 0,
        max: 100,
      },
    });
  });

  test("a port without charts (the standalone page) says so; bodies without measures are left out of the chart", async () => {
    const empty: SheetGrid = {
      name: "Пусто",
      rows: [
        [
          "№",
          "Задача",
          "Мероприятие",
          "Срок исполнения",
          "Ожидаемые результаты (продукт)",
          "Статус",
        ],
      ],
    };
    const port = new MemoryPort([...bodySheets(), empty], { charts: false });
    const c = await consolidateSheets(port, ["МЦРИТ", "МФ", "МЭК", "Пусто"], {
      asOf: CONSOLIDATION_AS_OF,
      lang: "en",
    });
    expect(c.bodies.map((b) => b.body)).toEqual(["МЭК", "МЦРИТ", "МФ", "Пусто"]);
    const spec = levelChart(c, { title: "x" })!;
    expect(spec.values.bottom - spec.values.top + 1).toBe(3);
    const written = await writeConsolidation(port, c, { title: "x" });
    expect(written.chart).toBe("unsupported");
  });

  test("no chart when no body has a measure", async () => {
    const empty: SheetGrid = {
      name: "Пусто",
      rows: [
        [
          "№",
          "Задача",
          "Мероприятие",
          "Срок исполнения",
          "Ожидаемые результаты (продукт)",
          "Статус",
        ],
      ],
    };
    const port = new MemoryPort([empty]);
    const c = await consolidateSheets(port, ["Пусто"], { asOf: CONSOLIDATION_AS_OF, lang: "en" });
    expect(levelChart(c, { title: "x" })).toBeNull();
    expect((await writeConsolidation(port, c, { title: "x" })).chart).toBe("none");
    expect(port.calls.some((x) => x.op === "addBarChart")).toBe(false);
  });
});
