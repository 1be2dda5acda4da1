/**
 * Pure consolidation over the fixture bodies' grids (no files): per-body and overall figures worked
 * out by hand, duplicates, completeness, the item view with overlaps and disagreements, the sheets.
 */
import {
  buildConsolidationSheets,
  bodyKey,
  consolidate,
  consolidationEntry,
  coreCatalog,
  expectedBodiesFromGrid,
  fileStem,
  isNewer,
  matchExpected,
  parseExpectedBodies,
  workbookBody,
} from "../../src/core";
import type { Consolidation, ConsolidationEntry, SheetModel } from "../../src/core";
import { AS_OF, EXPECTED_LIST, bodyWorkbooks } from "./fixtures";

function entries(lang: "ky" | "ru" | "en" = "en"): ConsolidationEntry[] {
  return bodyWorkbooks().map((fx) =>
    consolidationEntry(
      { file: fx.file, modified: fx.modified, sheets: fx.sheets },
      { asOf: AS_OF, lang }
    )
  );
}

function run(
  lang: "ky" | "ru" | "en" = "en",
  expected: string[] | undefined = parseExpectedBodies(EXPECTED_LIST.split("\n"))
): Consolidation {
  return consolidate(entries(lang), { asOf: AS_OF, lang, planItems: 10, expected });
}

function cellAt(model: SheetModel, row: number, col: number): string | number | null | undefined {
  return model.cells.find((c) => c.row === row && c.col === col)?.value;
}

describe("per-body figures (hand-computed)", () => {
  const c = run();
  const body = (name: string) => {
    const b = c.bodies.find((x) => x.body === name);
    if (!b) throw new Error(`no body ${name}: ${c.bodies.map((x) => x.body).join(", ")}`);
    return b;
  };

  test("МЦРИТ: items 1 on time, 2 in progress (overdue), 3 on time (co), 5 late (co), 7 not completed, 9 in progress (co)", () => {
    // total 6; completed = on time (1, 3) 2 + late (5) 1 = 3; in progress = 6 − 3 = 3; level 3 ÷ 6 × 100 = 50
    // lead: items 1, 2, 7 = 3; co: items 3, 5, 9 = 3; warnings: item 2 overdue (I quarter 2025 ended 31.03.2025)
    expect(body("МЦРИТ")).toMatchObject({
      file: "МЦРИТ.xlsx",
      total: 6,
      completed: 3,
      completedOnTime: 2,
      completedLate: 1,
      inProgress: 3,
      executionLevel: 50,
      lead: 3,
      co: 3,
      errors: 0,
      warnings: 1,
    });
  });

  test("МЭК: the newer file (20.06) is used, not МЭК_old.xlsx (01.05)", () => {
    // items 1 on time (co), 3 on time (lead), 8 in progress (lead): total 3, completed 2, level 2 ÷ 3 × 100 = 66.67
    const b = body("МЭК");
    expect(b).toMatchObject({
      file: "МЭК.xlsx",
      total: 3,
      completed: 2,
      completedOnTime: 2,
      completedLate: 0,
      inProgress: 1,
      lead: 2,
      co: 1,
      errors: 0,
      warnings: 0,
    });
    expect(b.executionLevel).toBeCloseTo(66.667, 2);
  });

  test("МЮ: item 3 in progress (co), item 4 completed late (lead)", () => {
    // total 2, completed 1 (late), level 1 ÷ 2 × 100 = 50
    expect(body("МЮ")).toMatchObject({
      total: 2,
      completed: 1,
      completedOnTime: 0,
      completedLate: 1,
      inProgress: 1,
      executionLevel: 50,
      lead: 1,
      co: 1,
      errors: 0,
      warnings: 0,
    });
  });

  test("МФ: the body stored on Annex 2 (not the file name); item 6 has no status", () => {
    // item 5 on time (lead), item 6 empty status (co) → not completed, error missing-status, and overdue
    // (deadline 2024 ended 31.12.2024): total 2, completed 1, level 50, errors 1, warnings 1
    expect(body("Министерство финансов (МФ)")).toMatchObject({
      file: "report_2025_06.xlsx",
      total: 2,
      completed: 1,
      completedOnTime: 1,
      completedLate: 0,
      inProgress: 1,
      executionLevel: 50,
      lead: 1,
      co: 1,
      errors: 1,
      warnings: 1,
    });
  });

  test("МОН: a plain “completed” after the deadline is late; both items completed", () => {
    // item 6: “Исполнено”, completed 15.03.2025 > deadline 31.12.2024 → late; item 7 on time: level 2 ÷ 2 × 100 = 100
    expect(body("МОН")).toMatchObject({
      total: 2,
      completed: 2,
      completedOnTime: 1,
      completedLate: 1,
      inProgress: 0,
      executionLevel: 100,
      lead: 1,
      co: 1,
    });
  });

  test("overall from summed counts, not the average of percentages", () => {
    // Σ total = 6 + 3 + 2 + 2 + 2 = 15; Σ completed = 3 + 2 + 1 + 1 + 2 = 9; 9 ÷ 15 × 100 = 60
    // (the average of the five levels would be (50 + 66.67 + 50 + 50 + 100) ÷ 5 = 63.33)
    expect(c.overall).toMatchObject({
      total: 15,
      completed: 9,
      completedOnTime: 6,
      completedLate: 3,
      inProgress: 6,
      lead: 8,
      co: 7,
      errors: 1,
      warnings: 2,
    });
    expect(c.overall.executionLevel).toBe(60);
  });

  test("bodies sorted by execution level (highest first), then name", () => {
    expect(c.bodies.map((b) => b.body)).toEqual([
      "МОН",
      "МЭК",
      "Министерство финансов (МФ)",
      "МЦРИТ",
      "МЮ",
    ]);
  });

  test("duplicate body: МЭК_old.xlsx stores “  мэк ” — the same body; the newer file is used", () => {
    expect(c.duplicates).toEqual([{ body: "МЭК", used: "МЭК.xlsx", ignored: "МЭК_old.xlsx" }]);
  });

  test("completeness: ГКС sent nothing; МЮ and МФ match by abbreviation", () => {
    expect(c.missing).toEqual(["ГКС"]);
    expect(c.unexpected).toEqual([]);
  });
});

describe("item view", () => {
  const c = run();
  const item = (no: string) => c.items.find((i) => i.no === no)!;

  test("one row per plan item 1…planItems", () => {
    expect(c.items.map((i) => i.no)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
  });

  test("overlapping item 1: lead МЦРИТ and co-executor МЭК both completed → no disagreement", () => {
    expect(item("1")).toMatchObject({
      lead: "МЦРИТ",
      status: "on_time",
      disagree: false,
      co: [{ body: "МЭК", role: "co", status: "on_time" }],
    });
    expect(item("1").measure).toBe("Развернуть сеть");
  });

  test("item 3: lead МЭК completed, co-executor МЮ in progress → disagreement; status is the lead's", () => {
    const it = item("3");
    expect(it.lead).toBe("МЭК");
    expect(it.status).toBe("on_time");
    expect(it.co.map((r) => [r.body, r.status])).toEqual([
      ["МЦРИТ", "on_time"],
      ["МЮ", "in_progress"],
    ]);
    expect(it.disagree).toBe(true);
  });

  test("item 5: on time vs late is not a disagreement", () => {
    expect(item("5")).toMatchObject({
      lead: "Министерство финансов (МФ)",
      status: "on_time",
      disagree: false,
    });
    expect(item("5").co).toEqual([{ body: "МЦРИТ", role: "co", status: "late" }]);
  });

  test("item 6: completed (lead МОН, late) vs no status (co МФ) → disagreement", () => {
    expect(item("6")).toMatchObject({ lead: "МОН", status: "late", disagree: true });
  });

  test("item 7: lead says not completed, co-executor says completed → disagreement; status not completed", () => {
    expect(item("7")).toMatchObject({ lead: "МЦРИТ", status: "not_completed", disagree: true });
  });

  test("item 9: the lead (ГКС) sent nothing — named from the executors column, no status", () => {
    expect(item("9")).toMatchObject({ lead: "ГКС", leads: [], status: null, disagree: false });
    expect(item("9").co).toEqual([{ body: "МЦРИТ", role: "co", status: "in_progress" }]);
  });

  test("item 10: nobody reported it", () => {
    expect(item("10")).toMatchObject({
      lead: "",
      leads: [],
      co: [],
      status: null,
      disagree: false,
      severalLeads: false,
    });
  });

  test("ids beyond the plan are listed after it; several leads are flagged", () => {
    const extra = consolidationEntry(
      {
        file: "X.xlsx",
        modified: 0,
        sheets: [
          {
            name: "T",
            rows: [
              ["№", "Задача", "Мероприятие", "Срок исполнения", "Статус"],
              ["1", "t", "m", "2026 год", "Исполнено в срок"],
              ["1.2", "t", "m2", "2026 год", "Не исполнено"],
            ],
          },
        ],
      },
      { asOf: AS_OF, lang: "en" }
    );
    const r = consolidate([...entries(), extra], { asOf: AS_OF, lang: "en", planItems: 10 });
    expect(r.items.map((i) => i.no).slice(-1)).toEqual(["1.2"]);
    const one = r.items.find((i) => i.no === "1")!;
    // X reports item 1 as lead (no executors column), as does МЦРИТ.
    expect(one.severalLeads).toBe(true);
    expect(one.leads.map((l) => l.body).sort()).toEqual(["X", "МЦРИТ"]);
  });

  test("a body with several measures of one item counts its least-done status", () => {
    const e = consolidationEntry(
      {
        file: "Y.xlsx",
        modified: 0,
        sheets: [
          {
            name: "T",
            rows: [
              ["№", "Задача", "Мероприятие", "Срок исполнения", "Статус"],
              [4, "t", "a", "2026 год", "Исполнено в срок"],
              [4, "t", "b", "2026 год", "В процессе исполнения"],
            ],
          },
        ],
      },
      { asOf: AS_OF, lang: "en" }
    );
    const r = consolidate([e], { asOf: AS_OF, lang: "en", planItems: 5 });
    expect(r.items.find((i) => i.no === "4")!.status).toBe("in_progress");
    // The body's own figures still count both measures: 1 of 2 completed.
    expect(r.bodies[0]).toMatchObject({ total: 2, completed: 1, executionLevel: 50 });
  });
});

describe("unreadable and empty input", () => {
  test("a fatal entry is listed with its message and does not stop the rest", () => {
    const bad: ConsolidationEntry = {
      file: "broken.xlsx",
      modified: 0,
      body: null,
      fatal: {
        code: "unreadable-workbook",
        message: "“broken.xlsx” cannot be read as an Excel workbook: the file is damaged.",
      },
    };
    const c = consolidate([...entries(), bad], { asOf: AS_OF, lang: "en", planItems: 10 });
    expect(c.unreadable).toEqual([
      { file: "broken.xlsx", body: null, code: "unreadable-workbook", message: bad.fatal!.message },
    ]);
    expect(c.bodies).toHaveLength(5);
  });

  test("a workbook without Table 1 is unreadable with the core's no-table message", () => {
    const e = consolidationEntry(
      { file: "notes.xlsx", modified: 0, sheets: [{ name: "S", rows: [["hello"]] }] },
      { asOf: AS_OF, lang: "ru" }
    );
    expect(e.fatal?.code).toBe("no-table");
    const c = consolidate([e], { asOf: AS_OF, lang: "ru" });
    expect(c.unreadable[0].message).toContain("notes.xlsx");
  });

  test("nothing readable: overall level is undefined (null), never 0 or NaN; 334 item rows by default", () => {
    const c = consolidate([], { asOf: AS_OF, lang: "en" });
    expect(c.overall.executionLevel).toBeNull();
    expect(c.items).toHaveLength(334);
    expect(c.bodies).toEqual([]);
  });

  test("a body with an empty Table 1 has an undefined level and sorts last", () => {
    const empty = consolidationEntry(
      {
        file: "Empty.xlsx",
        modified: 0,
        sheets: [
          { name: "T", rows: [["№", "Задача", "Мероприятие", "Срок исполнения", "Статус"]] },
        ],
      },
      { asOf: AS_OF, lang: "en" }
    );
    const c = consolidate([...entries(), empty], { asOf: AS_OF, lang: "en", planItems: 10 });
    expect(c.bodies[c.bodies.length - 1]).toMatchObject({
      body: "Empty",
      total: 0,
      executionLevel: null,
    });
    expect(c.overall.executionLevel).toBe(60);
  });
});

describe("body identity and expected lists", () => {
  test("file stem and stored body", () => {
    expect(fileStem("/a/b/МЦРИТ.report.xlsx")).toBe("МЦРИТ.report");
    expect(fileStem("C:\\x\\МЮ.xlsx")).toBe("МЮ");
    expect(workbookBody("  ", "dir/МОН.xlsx")).toBe("МОН");
    expect(workbookBody(" МФ ", "x.xlsx")).toBe("МФ");
    expect(bodyKey("  Министерство   ФИНАНСОВ ")).toBe(bodyKey("министерство финансов"));
  });

  test("newer: later modification time; on a tie the later file name", () => {
    expect(isNewer({ modified: 2, file: "a" }, { modified: 1, file: "b" })).toBe(true);
    expect(isNewer({ modified: 1, file: "b" }, { modified: 1, file: "a" })).toBe(true);
    expect(isNewer({ modified: 1, file: "a" }, { modified: 1, file: "b" })).toBe(false);
  });

  test("a tie on modification time takes the later name", () => {
    const fx = bodyWorkbooks();
    const mek = fx.find((f) => f.file === "МЭК.xlsx")!;
    const old = fx.find((f) => f.file === "МЭК_old.xlsx")!;
    const es = [mek, old].map((f) =>
      consolidationEntry(
        { file: f.file, modified: 1000, sheets: f.sheets },
        { asOf: AS_OF, lang: "en" }
      )
    );
    const c = consolidate(es, { asOf: AS_OF, lang: "en", planItems: 10 });
    // "МЭК_old.xlsx" > "МЭК.xlsx" in code-unit order ("_" 0x5F > "." 0x2E)
    expect(c.duplicates).toEqual([{ body: "мэк", used: "МЭК_old.xlsx", ignored: "МЭК.xlsx" }]);
    expect(c.bodies[0].executionLevel).toBe(0);
  });

  test("expected list: comments, numbering, repeats", () => {
    expect(
      parseExpectedBodies(["\uFEFF# bodies", "1. МЦРИТ", "2) МЭК", "", "мцрит", "  МЮ  "])
    ).toEqual(["МЦРИТ", "МЭК", "МЮ"]);
  });

  test("expected list from a sheet: first text column, header and numbering skipped", () => {
    const grid = {
      name: "List",
      rows: [["№", "Орган"], [1, "МЦРИТ"], [2, "Министерство юстиции (МЮ)"], [], [3, null, "ГКС"]],
    };
    expect(expectedBodiesFromGrid(grid)).toEqual(["МЦРИТ", "Министерство юстиции (МЮ)", "ГКС"]);
  });

  test("matching by name, abbreviation and whole words; unexpected bodies", () => {
    const r = matchExpected(
      ["Министерство цифрового развития (МЦРИТ)", "МЮ", "Ош", "ГКС"],
      ["МЦРИТ", "Министерство юстиции (МЮ)", "Ош облусу", "Баткен"]
    );
    expect(r.missing).toEqual(["ГКС"]);
    expect(r.unexpected).toEqual(["Баткен"]);
  });

  test("a whole-word alias does not take a body already matched exactly", () => {
    const r = matchExpected(["Ош облусу", "Ош"], ["Ош облусу"]);
    expect(r.missing).toEqual(["Ош"]);
  });
});

describe("sheets", () => {
  test("summary, items and issues in each language", () => {
    for (const lang of ["ky", "ru", "en"] as const) {
      const c = run(lang);
      const [summary, items, issues] = buildConsolidationSheets(c);
      const t = coreCatalog(lang).consolidation;
      expect([summary.name, items.name, issues.name]).toEqual([
        t.summarySheet,
        t.itemsSheet,
        t.issuesSheet,
      ]);
      // Header row 2, bodies from row 3, the overall row after them.
      expect(cellAt(summary, 2, 0)).toBe(t.summaryHeaders[0]);
      expect(cellAt(summary, 3, 0)).toBe("МОН");
      expect(cellAt(summary, 3, 7)).toBe(100);
      expect(cellAt(summary, 8, 0)).toBe(t.overall);
      expect(cellAt(summary, 8, 2)).toBe(15);
      expect(cellAt(summary, 8, 3)).toBe(9);
      expect(cellAt(summary, 8, 7)).toBe(60);
      expect(summary.dataBars).toEqual([{ top: 3, bottom: 7, col: 7, color: "5B9BD5" }]);
      // Items: row 1 = item 1 … row 10 = item 10; item 3 disagrees.
      expect(cellAt(items, 3, 0)).toBe(3);
      expect(cellAt(items, 3, 6)).toBe(t.disagree);
      expect(cellAt(items, 1, 6)).toBe("");
      expect(cellAt(items, 9, 5)).toBe(t.notReported);
      expect(String(cellAt(items, 3, 4))).toContain(
        `МЮ: ${coreCatalog(lang).statusNames.in_progress}`
      );
      // Issues: missing ГКС first, then the duplicate, then the bodies' own issues with sheet and cell.
      // The kind of each problem in words of the sheet's language, never a code.
      const kinds = coreCatalog(lang).issueKinds;
      const codes = issues.cells.filter((x) => x.col === 5 && x.row > 0).map((x) => x.value);
      expect(codes.slice(0, 2)).toEqual([kinds["missing-body"], kinds["duplicate-body"]]);
      expect(codes).toContain(kinds["missing-status"]);
      expect(codes.some((v) => /^[a-z]+(-[a-z]+)+$/.test(String(v)))).toBe(false);
      const missingStatusRow = issues.cells.find(
        (x) => x.col === 5 && x.value === kinds["missing-status"]
      )!.row;
      expect(cellAt(issues, missingStatusRow, 1)).toBe("report_2025_06.xlsx");
      expect(cellAt(issues, missingStatusRow, 2)).toBe("Таблица 1");
      expect(cellAt(issues, missingStatusRow, 3)).toBe("F3");
    }
  });

  test("an undefined level is written as words, not 0", () => {
    const c = consolidate([], { asOf: AS_OF, lang: "ru", planItems: 3 });
    const [summary] = buildConsolidationSheets(c);
    expect(cellAt(summary, 3, 0)).toBe(coreCatalog("ru").consolidation.overall);
    expect(cellAt(summary, 3, 7)).toBe(coreCatalog("ru").annex2.levelUndefined);
    expect(summary.dataBars).toEqual([]);
  });
});
