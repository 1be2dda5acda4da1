/** The pane's workflow over an in-memory port: discovery, check, Annex 2, template, marks, drop-downs. */
import {
  ANNEX2_SHEET_NAMES,
  coreCatalog,
  SNAPSHOT_SHEET_NAME,
  uniqueSheetName,
} from "../../src/core";
import type { SheetGrid } from "../../src/core";
import { paneCatalog } from "../../src/taskpane/i18n";
import type { AnnexStep } from "../../src/taskpane/i18n";
import type { PaneSettings } from "../../src/taskpane/port";
import { EMPTY_SETTINGS } from "../../src/taskpane/port";
import {
  DROPDOWN_HEADROOM,
  addDropdowns,
  asOfDate,
  checkTable,
  discoverSheets,
  dropdownPlans,
  formatLevel,
  generateAnnex2,
  groupIssues,
  initialSheet,
  insertTemplate,
  issueMarks,
  notXlsxExtension,
  periodReversed,
  reportMeta,
  templateModel,
} from "../../src/taskpane/workflow";
import {
  AS_OF,
  BODY,
  EXPECTED_FIGURES,
  EXPECTED_ISSUES,
  TABLE_SHEET,
  sampleSheets,
} from "../browser/fixtures";
import { MemoryPort } from "./memoryPort";

const TODAY = "2025-11-20";
const SETTINGS: PaneSettings = {
  ...EMPTY_SETTINGS,
  body: ` ${BODY} `,
  periodFrom: "2025-01-01",
  periodTo: AS_OF,
  person: "Асанов Асан",
  contacts: "asan@example.kg",
};

function sampleGrids(): SheetGrid[] {
  return sampleSheets().map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => [...r]),
    merges: s.merges,
  }));
}

/** A Russian Table 1 with a role column (no executors column). */
function roleGrid(name = "Таблица 1"): SheetGrid {
  return {
    name,
    rows: [
      ["№", "Задача", "Мероприятие", "Срок исполнения", "Ожидаемые результаты", "Статус", "Роль"],
      [
        1,
        "Задача",
        "Мероприятие 1",
        "2025 год",
        "Итог",
        "Исполнено в срок",
        "основной исполнитель",
      ],
      [2, "Задача", "Мероприятие 2", "постоянно", "Итог", "В процессе исполнения", "соисполнитель"],
    ],
  };
}

describe("discovery", () => {
  test("finds Table 1 behind a cover sheet and never offers generated sheets", async () => {
    const port = new MemoryPort([
      ...sampleGrids(),
      { name: coreCatalog("ky").annex2.sheetName, rows: [["x"]] },
      { name: "Annex 2", rows: [] },
    ]);
    const d = await discoverSheets(port);
    expect(d.sheets.map((s) => s.name)).toEqual(["Мукаба", TABLE_SHEET]);
    expect(d.detected).toBe(TABLE_SHEET);
    expect([...d.withTable]).toEqual([TABLE_SHEET]);
    // One read for every sheet together, not one per sheet.
    expect(port.calls.filter((c) => c.op === "readSheets")).toEqual([
      { op: "readSheets", names: ["Мукаба", TABLE_SHEET] },
    ]);
  });

  test("a workbook without Table 1 detects nothing; an empty one reads nothing", async () => {
    await expect(
      discoverSheets(new MemoryPort([{ name: "Sheet1", rows: [["Budget", 42]] }]))
    ).resolves.toMatchObject({ detected: null });
    const empty = new MemoryPort([]);
    await expect(discoverSheets(empty)).resolves.toMatchObject({ sheets: [], detected: null });
    expect(empty.calls.some((c) => c.op === "readSheets")).toBe(false);
  });

  test("starts on the sheet chosen last time only if it still holds a table", async () => {
    const d = await discoverSheets(
      new MemoryPort([{ name: "Notes", rows: [["a"]] }, ...sampleGrids(), roleGrid()])
    );
    expect(initialSheet(d, "Таблица 1")).toBe("Таблица 1");
    expect(initialSheet(d, "Notes")).toBe(TABLE_SHEET);
    expect(initialSheet(d, "Gone")).toBe(TABLE_SHEET);
    const none = await discoverSheets(
      new MemoryPort([
        { name: "Hidden", rows: [], hidden: true },
        { name: "Visible", rows: [] },
      ])
    );
    expect(initialSheet(none, "")).toBe("Visible");
  });
});

describe("check", () => {
  test("reads only the chosen sheet and reports every issue at its cell, as of the period's end", async () => {
    const port = new MemoryPort(sampleGrids());
    const out = await checkTable(port, TABLE_SHEET, SETTINGS, "ky", TODAY);
    if (!out.ok) throw new Error(out.message);
    expect(port.calls).toEqual([{ op: "readSheets", names: [TABLE_SHEET] }]);
    expect(out.analysis.asOf).toBe(AS_OF);
    expect(out.analysis.body).toBe(BODY);
    expect(
      out.analysis.issues
        .map((i) => ({ code: i.code, cell: i.cell, severity: i.severity }))
        .sort((a, b) => a.cell.localeCompare(b.cell))
    ).toEqual([...EXPECTED_ISSUES].sort((a, b) => a.cell.localeCompare(b.cell)));
    const s = out.analysis.summary;
    expect([s.total, s.completed, s.completedOnTime, s.completedLate, s.inProgress]).toEqual([
      EXPECTED_FIGURES.total,
      EXPECTED_FIGURES.completed,
      EXPECTED_FIGURES.onTime,
      EXPECTED_FIGURES.late,
      EXPECTED_FIGURES.inProgress,
    ]);
    expect(out.rowCount).toBe(12);
    const { errors, warnings } = groupIssues(out.analysis.issues);
    expect(errors.map((i) => i.cell)).toEqual(["F9", "A10", "D10", "C11", "F12"]);
    expect(warnings.map((i) => i.cell)).toEqual(["F8", "F11", "G12"]);
  });

  test("a sheet without Table 1 gets the pane's sentence naming the sheet; a missing column the core's", async () => {
    const port = new MemoryPort([
      { name: "Sheet1", rows: [["Budget"]] },
      { name: "Broken", rows: [["№", "Задача", "Мероприятие", "Ожидаемые результаты", "Статус"]] },
    ]);
    await expect(checkTable(port, "Sheet1", SETTINGS, "ru", TODAY)).resolves.toEqual({
      ok: false,
      message: paneCatalog("ru").sheet.noTableOnSheet("Sheet1"),
    });
    const broken = await checkTable(port, "Broken", SETTINGS, "ru", TODAY);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toContain(coreCatalog("ru").columnNames.deadline);
  });

  test("a port failure propagates (the pane shows it), nothing is swallowed", async () => {
    await expect(checkTable(new MemoryPort([]), "Nope", SETTINGS, "en", TODAY)).rejects.toThrow(
      "ItemNotFound"
    );
  });
});

describe("Annex 2", () => {
  test("reads, analyses, writes in that order; replaces Annex 2 in other languages; leaves Table 1 alone", async () => {
    const grids = sampleGrids();
    const table = grids[1];
    const port = new MemoryPort(grids);
    const steps: AnnexStep[] = [];
    const out = await generateAnnex2(port, TABLE_SHEET, SETTINGS, "ru", TODAY, (s) =>
      steps.push(s)
    );
    expect(steps).toEqual(["reading", "analysing", "writing"]);
    if (!out.ok) throw new Error(out.message);
    const ru = coreCatalog("ru").annex2.sheetName;
    expect(out.sheetName).toBe(ru);
    const write = port.calls.find((c) => c.op === "writeSheet");
    expect(write).toMatchObject({
      op: "writeSheet",
      replaces: ANNEX2_SHEET_NAMES.filter((n) => n !== ru),
      activate: true,
      veryHidden: false,
    });
    // Then the snapshot of what it reported, very hidden, for a later comparison (docs/compare.md).
    expect(port.calls.map((c) => c.op)).toEqual(["readSheets", "writeSheet", "writeSheet"]);
    expect(port.calls[2]).toMatchObject({
      op: "writeSheet",
      model: { name: SNAPSHOT_SHEET_NAME },
      activate: false,
      veryHidden: true,
    });
    expect(port.sheets.find((s) => s.name === TABLE_SHEET)).toBe(table);
    expect(port.sheets.find((s) => s.name === ru)?.rows[2]?.[0]).toBe(BODY);

    // Again in Kyrgyz: the Russian Annex 2 goes, one Annex 2 remains.
    await generateAnnex2(port, TABLE_SHEET, SETTINGS, "ky", TODAY);
    expect(port.sheets.map((s) => s.name)).toEqual([
      "Мукаба",
      TABLE_SHEET,
      coreCatalog("ky").annex2.sheetName,
      SNAPSHOT_SHEET_NAME,
    ]);
  });

  test("nothing is written when Table 1 cannot be analysed", async () => {
    const port = new MemoryPort([{ name: "Sheet1", rows: [["Budget"]] }]);
    const out = await generateAnnex2(port, "Sheet1", SETTINGS, "en", TODAY);
    expect(out.ok).toBe(false);
    expect(port.calls.some((c) => c.op === "writeSheet")).toBe(false);
  });

  test("report details: trimmed, empty body is none, a bad date is ignored, as-of is the period's end or today", () => {
    expect(reportMeta(SETTINGS, "ky", TODAY)).toMatchObject({
      body: BODY,
      periodFrom: "2025-01-01",
      periodTo: AS_OF,
      asOf: AS_OF,
      person: "Асанов Асан",
      planItems: 334,
      lang: "ky",
    });
    expect(
      reportMeta({ ...SETTINGS, body: "  ", periodTo: "2025-02-30" }, "en", TODAY)
    ).toMatchObject({ body: null, periodTo: null, asOf: TODAY });
    expect(asOfDate(EMPTY_SETTINGS, TODAY)).toBe(TODAY);
    expect(
      periodReversed({ ...EMPTY_SETTINGS, periodFrom: "2025-06-30", periodTo: "2025-01-01" })
    ).toBe(true);
    expect(
      periodReversed({ ...EMPTY_SETTINGS, periodFrom: "2025-01-01", periodTo: "2025-06-30" })
    ).toBe(false);
    expect(periodReversed({ ...EMPTY_SETTINGS, periodTo: "2025-01-01" })).toBe(false);
  });
});

describe("marks and drop-downs", () => {
  test("one mark per cell, an error outranking a warning", () => {
    const issue = (cell: string, row: number, col: number, severity: "error" | "warning") => ({
      severity,
      code: "overdue" as const,
      sheet: "S",
      cell,
      row,
      col,
      message: "",
    });
    expect(
      issueMarks([
        issue("F8", 7, 5, "warning"),
        issue("F8", 7, 5, "error"),
        issue("A2", 1, 0, "warning"),
        issue("F8", 7, 5, "warning"),
      ])
    ).toEqual([
      { row: 1, col: 0, severity: "warning" },
      { row: 7, col: 5, severity: "error" },
    ]);
  });

  test("status (warning style) and role (strict) columns get the template's wordings, with room below", async () => {
    const port = new MemoryPort([roleGrid()]);
    const out = await checkTable(port, "Таблица 1", EMPTY_SETTINGS, "ru", TODAY);
    if (!out.ok) throw new Error(out.message);
    const t = coreCatalog("ru").template;
    expect(dropdownPlans(out.analysis.layout, out.rowCount, "ru")).toEqual([
      {
        col: 5,
        top: 1,
        bottom: 2 + DROPDOWN_HEADROOM,
        values: t.statusChoices,
        errorStyle: "warning",
        message: t.statusListError,
      },
      {
        col: 6,
        top: 1,
        bottom: 2 + DROPDOWN_HEADROOM,
        values: t.roleChoices,
        errorStyle: "stop",
        message: t.roleListError,
      },
    ]);
    await expect(addDropdowns(port, out.analysis, out.rowCount, "ru")).resolves.toEqual(["F", "G"]);
    expect(port.calls.filter((c) => c.op === "addListValidation").length).toBe(2);
  });

  test("without a role column only the status column gets a list", async () => {
    const out = await checkTable(new MemoryPort(sampleGrids()), TABLE_SHEET, SETTINGS, "ky", TODAY);
    if (!out.ok) throw new Error(out.message);
    const plans = dropdownPlans(out.analysis.layout, out.rowCount, "ky");
    expect(plans.map((p) => [p.col, p.top, p.bottom])).toEqual([[5, 4, 11 + DROPDOWN_HEADROOM]]);
  });
});

describe("drop-downs in the table's language", () => {
  test.each(["ky", "ru", "en"] as const)(
    "a Kyrgyz Table 1 gets Kyrgyz lists, a Russian one Russian lists, with the pane in %s",
    async (ui) => {
      for (const [grids, sheet, table] of [
        [sampleGrids(), TABLE_SHEET, "ky"],
        [[roleGrid()], "Таблица 1", "ru"],
      ] as const) {
        const port = new MemoryPort([...grids]);
        const out = await checkTable(port, sheet, EMPTY_SETTINGS, ui, TODAY);
        if (!out.ok) throw new Error(out.message);
        await addDropdowns(port, out.analysis, out.rowCount, ui);
        const lists = port.calls.filter((c) => c.op === "addListValidation");
        expect(lists.length).toBeGreaterThan(0);
        expect(lists[0]).toMatchObject({
          values: coreCatalog(table).template.statusChoices,
          message: coreCatalog(table).template.statusListError,
        });
      }
    }
  );

  test("a table too empty to tell its language gets the pane's", async () => {
    const port = new MemoryPort([roleGrid()]);
    const out = await checkTable(port, "Таблица 1", EMPTY_SETTINGS, "ru", TODAY);
    if (!out.ok) throw new Error(out.message);
    // No header texts and no measures: nothing to tell the language by.
    const mute = { ...out.analysis, layout: { ...out.analysis.layout, headers: {} }, measures: [] };
    await addDropdowns(port, mute, out.rowCount, "en");
    expect(port.calls.find((c) => c.op === "addListValidation")).toMatchObject({
      values: coreCatalog("en").template.statusChoices,
    });
  });
});

test("a .csv or .xls workbook (name, path or URL) is told apart from .xlsx", () => {
  expect(notXlsxExtension("1-таблица.CSV")).toBe(".csv");
  expect(notXlsxExtension("C:\\Users\\a\\Отчёт.xls")).toBe(".xls");
  expect(notXlsxExtension("https://x.sharepoint.com/Shared%20Documents/R.xls?web=1")).toBe(".xls");
  for (const ok of ["R.xlsx", "R.xlsm", "https://x/R.xlsx?d=w1", "xls", "R.xls.xlsx"])
    expect(notXlsxExtension(ok)).toBeNull();
});

describe("issue rows", () => {
  test("a check gives each issue's row its item number and measure", async () => {
    const out = await checkTable(new MemoryPort(sampleGrids()), TABLE_SHEET, SETTINGS, "ky", TODAY);
    if (!out.ok) throw new Error(out.message);
    const f9 = out.analysis.issues.find((i) => i.cell === "F9")!;
    expect(out.rowLabel(f9.row)).toEqual({ item: "5", measureStart: "Мобилдик тиркеме" });
    const c11 = out.analysis.issues.find((i) => i.cell === "C11")!;
    expect(out.rowLabel(c11.row)).toEqual({ item: "7", measureStart: null });
    expect(paneCatalog("ru").check.issuePlace("7", null)).toBe("пункт 7");
    expect(paneCatalog("ky").check.issuePlace("5", "Мобилдик тиркеме")).toBe(
      "5-пункт · «Мобилдик тиркеме»"
    );
    expect(paneCatalog("en").check.issuePlace(null, "Mobile app")).toBe("“Mobile app”");
  });
});

describe("blank Table 1", () => {
  test("never replaces a sheet: a taken name gets the next free number, and so does its Excel table", async () => {
    const name = coreCatalog("ky").template.sheetName;
    expect(templateModel("ky", ["Мукаба"]).name).toBe(name);
    const second = templateModel("ky", ["Мукаба", name.toUpperCase()]);
    expect(second.name).toBe(`${name} (2)`);
    expect(second.table?.name).toBe(`${templateModel("ky", []).table?.name}_2`);
    expect(templateModel("ky", [name, `${name} (2)`]).name).toBe(`${name} (3)`);
    expect(uniqueSheetName("x".repeat(31), ["x".repeat(31)])).toHaveLength(31);

    const port = new MemoryPort(sampleGrids());
    const inserted = await insertTemplate(port, "ky");
    expect(inserted).toBe(name === TABLE_SHEET ? `${name} (2)` : name);
    const write = port.calls.find((c) => c.op === "writeSheet");
    expect(write).toMatchObject({ replaces: [], activate: true });
    expect(port.sheets.map((s) => s.name)).toEqual(["Мукаба", TABLE_SHEET, inserted]);
  });
});

test("the execution level is shown with one decimal and the language's decimal mark", () => {
  expect(formatLevel(37.5, ",")).toBe("37,5 %");
  expect(formatLevel(200 / 3, ",")).toBe("66,7 %");
  expect(formatLevel(100, ".")).toBe("100.0 %");
  expect(formatLevel(0, ".")).toBe("0.0 %");
  expect(formatLevel(null, ",")).toBeNull();
});
