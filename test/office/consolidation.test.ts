/**
 * Consolidation through the Office adapter on the strict Excel double: the pane's workflow
 * (src/taskpane/consolidate/workflow.ts) over `OfficeWorkbook` writes the three sheets and one native
 * bar chart, in a number of syncs that does not grow with the number of bodies, and never touches
 * the bodies' Table 1 sheets. Figures: test/browser/consolidateFixtures.ts (worked out by hand).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  PERIODS_HEADER_ROW,
  SUMMARY_HEADER_ROW,
  SUMMARY_LEVEL_COL,
  compareCatalog,
  coreCatalog,
} from "../../src/core";
import type { Lang, SheetGrid } from "../../src/core";
import { OfficeWorkbook } from "../../src/taskpane/excel/officeWorkbook";
import { checkedReader } from "../../src/taskpane/consolidate/loadReader";
import {
  LEVEL_CHART_NAME,
  PERIODS_CHART_NAME,
  consolidateFiles,
  consolidateSheets,
  discoverBodySheets,
  writeConsolidation,
} from "../../src/taskpane/consolidate/workflow";
import type { PickedFile } from "../../src/taskpane/consolidate/workflow";
import type { BarChartSpec } from "../../src/taskpane/port";
import * as readerModule from "../../src/xlsx/browser";
import {
  CONSOLIDATION_AS_OF,
  EXPECTED_BODIES,
  EXPECTED_OVERALL,
  generatedBody,
  threeBodies,
  writeBodyWorkbook,
} from "../browser/consolidateFixtures";
import {
  EXPECTED_PERIOD_LEVELS,
  EXPECTED_PERIOD_OVERALL,
  PERIOD_FILES,
  PERIODS_AS_OF,
  periodWorkbook,
} from "../consolidate/periodsFixtures";
import { chartSnapshot, ExcelDouble, FIVE_MB } from "./excelDouble";
import type { SheetState } from "./excelDouble";

jest.setTimeout(60_000);

let double: ExcelDouble;

afterEach(() => double?.uninstall());

function setup(options: ConstructorParameters<typeof ExcelDouble>[0] = {}): OfficeWorkbook {
  double?.uninstall();
  double = new ExcelDouble(options).install();
  return new OfficeWorkbook();
}

/** Seed the bodies' Table 1 grids as sheets named after the bodies, behind a cover sheet. */
function seedBodies(grids: readonly SheetGrid[]): SheetState[] {
  double.workbook.seedSheet("Титул", [["Свод отчётов органов за I полугодие 2025 года"]]);
  return grids.map((g) =>
    double.workbook.seedSheet(
      g.name,
      g.rows.map((r) =>
        r.map((v) => (v === null || v instanceof Date || typeof v === "object" ? null : v))
      ),
      {
        merges: (g.merges ?? []).map((m) => ({
          top: m.top,
          left: m.left,
          rows: m.bottom - m.top + 1,
          cols: m.right - m.left + 1,
        })),
      }
    )
  );
}

const threeBodyGrids = (): SheetGrid[] =>
  threeBodies().map((b, i) => ({ ...b.sheets[0], name: ["МЦРИТ", "МФ", "МЭК"][i] }));
const generatedGrids = (n: number): SheetGrid[] =>
  Array.from({ length: n }, (_, i) => generatedBody(i, 30).sheets[0]);

const TEXTS = { title: "Execution level by body, %" };
const round = (v: unknown): unknown => (typeof v === "number" ? Math.round(v * 10) / 10 : v);

async function consolidateInExcel(port: OfficeWorkbook, lang: Lang = "en") {
  const d = await discoverBodySheets(port);
  const c = await consolidateSheets(port, d.table1, { asOf: CONSOLIDATION_AS_OF, lang });
  return { c, written: await writeConsolidation(port, c, TEXTS) };
}

describe("consolidating Table 1 sheets of the open workbook", () => {
  test("three bodies: three sheets, the hand-computed figures, one native bar chart; Table 1 sheets untouched", async () => {
    const port = setup();
    const bodies = seedBodies(threeBodyGrids());
    const before = bodies.map((s) => s.snapshot());
    const { c, written } = await consolidateInExcel(port);
    const t = coreCatalog("en").consolidation;
    expect(written).toEqual({
      sheets: [t.summarySheet, t.itemsSheet, t.issuesSheet],
      chart: "added",
      periodsChart: "none",
    });
    expect(double.workbook.sheets.map((s) => s.name)).toEqual([
      "Титул",
      "МЦРИТ",
      "МФ",
      "МЭК",
      t.summarySheet,
      t.itemsSheet,
      t.issuesSheet,
    ]);
    expect(bodies.map((s) => s.snapshot())).toEqual(before);
    expect(double.workbook.activeSheet?.name).toBe(t.summarySheet);

    const summary = double.workbook.sheet(t.summarySheet);
    const first = SUMMARY_HEADER_ROW + 1;
    const rows = summary.values().slice(first, first + 4);
    expect(rows.map((r) => [r[0], r[2], r[3], round(r[SUMMARY_LEVEL_COL])])).toEqual([
      ...EXPECTED_BODIES.map((e) => [e.body, e.total, e.completed, e.level]),
      [t.overall, EXPECTED_OVERALL.total, EXPECTED_OVERALL.completed, EXPECTED_OVERALL.level],
    ]);
    expect(summary.conditionalFormats.filter((f) => f.type === "DataBar")).toHaveLength(1);
    expect(c.overall.executionLevel).toBe(50);

    // One chart, over the body rows: names in column A, levels in column H, highest on top.
    expect(summary.charts.map(chartSnapshot)).toEqual([
      {
        name: LEVEL_CHART_NAME,
        chartType: "BarClustered",
        series: [
          {
            name: t.summaryHeaders[SUMMARY_LEVEL_COL],
            values: `${t.summarySheet}!$H$4:$H$6`,
            xValues: `${t.summarySheet}!$A$4:$A$6`,
          },
        ],
        title: { text: TEXTS.title, visible: true },
        legend: { visible: false, position: "Right" },
        valueAxis: { minimum: 0, maximum: 100, reversePlotOrder: false },
        categoryAxis: { minimum: null, maximum: null, reversePlotOrder: true },
        dataLabels: { showValue: true },
        position: { start: `${t.summarySheet}!A9`, end: `${t.summarySheet}!H22` },
      },
    ]);
    // The items sheet lists the 334 plan items; the issues sheet the bodies' validation issues.
    expect(double.workbook.sheet(t.itemsSheet).values().length).toBe(1 + 334);
    expect(
      double.workbook
        .sheet(t.issuesSheet)
        .values()
        .slice(1)
        .every((r) => ["МЦРИТ", "МФ", "МЭК"].includes(String(r[0])))
    ).toBe(true);
  });

  test("the syncs do not grow with the bodies: 5 and 50 bodies take the same number, every request under 5 MB", async () => {
    const counts: { read: number; write: number }[] = [];
    for (const n of [5, 50]) {
      const port = setup();
      const bodies = seedBodies(generatedGrids(n));
      const before = bodies.map((s) => s.snapshot());
      const d = await discoverBodySheets(port);
      expect(d.table1).toHaveLength(n);
      const read = await double.countSyncs(() =>
        consolidateSheets(port, d.table1, { asOf: CONSOLIDATION_AS_OF, lang: "ru" })
      );
      const c = read.value;
      expect(c.bodies).toHaveLength(n);
      // 30 measures each: 8 completed of 30 cycling on time, late, in progress, not completed → 16 ÷ 30.
      expect(c.overall).toMatchObject({ total: 30 * n, completed: 16 * n });
      const write = await double.countSyncs(() => writeConsolidation(port, c, TEXTS));
      expect(write.value.chart).toBe("added");
      expect(write.syncs.every((s) => s.error === undefined && s.requestBytes < FIVE_MB)).toBe(
        true
      );
      counts.push({ read: read.syncs.length, write: write.syncs.length });
      expect(bodies.map((s) => s.snapshot())).toEqual(before);
      const summary = double.workbook.sheet(coreCatalog("ru").consolidation.summarySheet);
      expect(summary.charts).toHaveLength(1);
      expect(chartSnapshot(summary.charts[0])).toMatchObject({
        series: [{ values: `Свод!$H$4:$H$${3 + n}`, xValues: `Свод!$A$4:$A$${3 + n}` }],
      });
    }
    // Reading: one round trip for all sheets. Writing: 3 × (1 probe + 1 request) + 2 for the chart.
    expect(counts).toEqual([
      { read: 1, write: 8 },
      { read: 1, write: 8 },
    ]);
  });

  test("consolidating again (in another language) replaces the sheets and the chart, nothing doubles", async () => {
    const port = setup();
    seedBodies(threeBodyGrids());
    await consolidateInExcel(port, "ky");
    await consolidateInExcel(port, "ru");
    const ru = coreCatalog("ru").consolidation;
    expect(double.workbook.sheets.map((s) => s.name)).toEqual([
      "Титул",
      "МЦРИТ",
      "МФ",
      "МЭК",
      ru.summarySheet,
      ru.itemsSheet,
      ru.issuesSheet,
    ]);
    expect(double.workbook.sheet(ru.summarySheet).charts.filter((c) => !c.deleted)).toHaveLength(1);
    // A sheet that only looks like a body (the tool's own summary) is never offered as one.
    expect((await discoverBodySheets(port)).table1).toEqual(["МЦРИТ", "МФ", "МЭК"]);
  });
});

describe("consolidating picked files into the open workbook", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "atkaruu-office-consolidate-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function pickedFiles(n: number): Promise<PickedFile[]> {
    const bodies =
      n === 3 ? threeBodies() : Array.from({ length: n }, (_, i) => generatedBody(i, 30));
    const out: PickedFile[] = [];
    for (const b of bodies) {
      const bytes = new Uint8Array(readFileSync(await writeBodyWorkbook(dir, b)));
      out.push({
        name: b.file,
        lastModified: b.modified,
        size: bytes.length,
        bytes: async () => bytes,
      });
    }
    return out;
  }

  test("3, 5 and 50 files: the same syncs for writing; the user's sheet stays as it was", async () => {
    const reader = checkedReader(readerModule);
    const syncs: number[] = [];
    for (const n of [3, 5, 50]) {
      const port = setup();
      const own = double.workbook.seedSheet("Лист1", [["мои заметки"]]);
      const before = own.snapshot();
      const c = await consolidateFiles(await pickedFiles(n), reader, {
        asOf: CONSOLIDATION_AS_OF,
        lang: "en",
      });
      if (n === 3)
        expect(c.bodies.map((b) => [b.body, b.total, b.completed])).toEqual(
          EXPECTED_BODIES.map((e) => [e.body, e.total, e.completed])
        );
      const { syncs: s } = await double.countSyncs(() => writeConsolidation(port, c, TEXTS));
      syncs.push(s.length);
      expect(own.snapshot()).toEqual(before);
      expect(double.workbook.sheets).toHaveLength(4);
    }
    expect(syncs).toEqual([8, 8, 8]);
  });
});

describe("files of two quarters (test/consolidate/periodsFixtures.ts)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "atkaruu-office-periods-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the periods sheet with each body's level per period and a native line chart over it, one line per body and the overall; consolidating again replaces it", async () => {
    const port = setup();
    double.workbook.seedSheet("Лист1", [["мои заметки"]]);
    const files: PickedFile[] = [];
    for (const f of PERIOD_FILES) {
      const bytes = new Uint8Array(readFileSync(await writeBodyWorkbook(dir, periodWorkbook(f))));
      files.push({
        name: f.file,
        lastModified: f.modified,
        size: bytes.length,
        bytes: async () => bytes,
      });
    }
    const reader = checkedReader(readerModule);
    const c = await consolidateFiles(files, reader, { asOf: PERIODS_AS_OF, lang: "ru" });
    const written = await double.countSyncs(() => writeConsolidation(port, c, TEXTS));
    const t = compareCatalog("ru");
    expect(written.value).toMatchObject({ chart: "added", periodsChart: "added" });
    expect(written.value.sheets[3]).toBe(t.periodsSheet);
    // 4 × (1 probe + 1 request) + 2 for each chart.
    expect(written.syncs).toHaveLength(12);
    const sheet = double.workbook.sheet(t.periodsSheet);
    const values = sheet.values();
    expect(values[PERIODS_HEADER_ROW].slice(0, 3)).toEqual([
      t.periodsBodyHeader,
      "31.03.2025",
      "30.06.2025",
    ]);
    const rows = EXPECTED_PERIOD_LEVELS.map((_, i) =>
      values[PERIODS_HEADER_ROW + 1 + i].slice(0, 3)
    );
    expect(rows).toEqual(EXPECTED_PERIOD_LEVELS.map((r) => r.map((v) => (v === null ? "" : v))));
    const overall = values[PERIODS_HEADER_ROW + 1 + EXPECTED_PERIOD_LEVELS.length];
    expect([overall[0], ...overall.slice(1, 3).map(round)]).toEqual([
      t.periodsOverall,
      ...EXPECTED_PERIOD_OVERALL.map((o) => o.level),
    ]);
    const charts = sheet.charts.filter((x) => !x.deleted);
    expect(charts).toHaveLength(1);
    const q = `'${t.periodsSheet}'`;
    expect(chartSnapshot(charts[0])).toMatchObject({
      name: PERIODS_CHART_NAME,
      chartType: "Line",
      title: { text: t.periodsTitle },
      legend: { visible: true, position: "Bottom" },
      valueAxis: { minimum: 0, maximum: 100 },
      series: [
        { name: "МЦРИТ", values: `${q}!$B$4:$C$4`, xValues: `${q}!$B$3:$C$3` },
        { name: "МЭК", values: `${q}!$B$5:$C$5`, xValues: `${q}!$B$3:$C$3` },
        { name: "МЮ", values: `${q}!$B$6:$C$6`, xValues: `${q}!$B$3:$C$3` },
        { name: t.periodsOverall, values: `${q}!$B$7:$C$7`, xValues: `${q}!$B$3:$C$3` },
      ],
    });
    await writeConsolidation(port, c, TEXTS);
    expect(double.workbook.sheets.filter((x) => x.name === t.periodsSheet)).toHaveLength(1);
    expect(double.workbook.sheet(t.periodsSheet).charts.filter((x) => !x.deleted)).toHaveLength(1);
  });
});

describe("addBarChart", () => {
  const spec = (over: Partial<BarChartSpec> = {}): BarChartSpec => ({
    name: "Levels",
    title: "Levels, %",
    seriesName: "Level",
    categories: { top: 1, left: 0, bottom: 3, right: 0 },
    values: { top: 1, left: 1, bottom: 3, right: 1 },
    placement: { top: 5, left: 0, bottom: 20, right: 5 },
    min: 0,
    max: 100,
    ...over,
  });

  test("2 syncs; adding it again replaces the chart of that name, other charts stay", async () => {
    const port = setup();
    double.workbook.seedSheet("Data", [
      ["Body", "Level"],
      ["A", 10],
      ["B", 20],
      ["C", 30],
    ]);
    const first = await double.countSyncs(() => port.addBarChart("Data", spec()));
    expect(first.value).toBe(true);
    expect(first.syncs).toHaveLength(2);
    await port.addBarChart("Data", spec({ name: "Other" }));
    await port.addBarChart("Data", spec({ title: "Levels again" }));
    const charts = double.workbook.sheet("Data").charts.filter((c) => !c.deleted);
    expect(charts.map((c) => [c.name, c.title.text])).toEqual([
      ["Other", "Levels, %"],
      ["Levels", "Levels again"],
    ]);
  });

  test("a missing sheet is Excel's ItemNotFound, and nothing is added", async () => {
    const port = setup();
    double.workbook.seedSheet("Data", [["x"]]);
    await expect(port.addBarChart("Nope", spec())).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(double.workbook.sheet("Data").charts).toHaveLength(0);
  });
});
