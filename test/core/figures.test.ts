/** SPEC "Figures" on the hand-computed example of `fixtures.ts`, and the item lists. */
import {
  compareItems,
  compressItems,
  executionLevel,
  roundLevel,
  sortItems,
  summarise,
  PLAN_YEARS,
} from "../../src/core";
import type { Measure } from "../../src/core";
import { analyse, COVER, exampleTable1, KY_HEADERS, sheet, simpleTable } from "./fixtures";

describe("the hand-computed example (body МЦРИТ, as of 30.06.2025)", () => {
  const a = analyse([COVER, exampleTable1()], { body: "МЦРИТ" });
  const s = a.summary;

  test("status of each item", () => {
    expect(a.measures.map((m) => `${m.no}:${m.status}`)).toEqual([
      "1:on_time", // Мөөнөтүндө аткарылды
      "2:late", // Мөөнөтүн бузуу менен аткарылды
      "3:late", // Аткарылды, done 10.02.2025 > 31.12.2024
      "4:in_progress", // Аткарууда
      "5:on_time", // Аткарылды, done 15.03.2025 ≤ 31.12.2028
      "6:on_time", // Аткарылды, no date
      "7:not_completed", // Жарым-жартылай аткарылды
      "8:not_completed", // Аткарылган жок
      "9:missing", // empty
      "10:in_progress", // в процессе исполнения
      "11:on_time", // Исполнено в срок
      "12:on_time", // Аткарылды, no date
    ]);
  });

  test("total, completed, on time, late, in progress", () => {
    // total = 12 measures (items 1–12).
    expect(s.total).toBe(12);
    // on time = items 1, 5, 6, 11, 12 = 5; late = items 2, 3 = 2.
    expect(s.completedOnTime).toBe(5);
    expect(s.completedLate).toBe(2);
    // completed = 5 + 2 = 7.
    expect(s.completed).toBe(7);
    // in progress (Annex 2 III "Аткарууда") = total − completed = 12 − 7 = 5 (items 4, 7, 8, 9, 10).
    expect(s.inProgress).toBe(5);
  });

  test("execution level = 7 ÷ 12 × 100 = 58.333…, shown as 58.3", () => {
    expect(s.executionLevel).toBeCloseTo(58.3333333, 6);
    expect(roundLevel(s.executionLevel)).toBe(58.3);
  });

  test("lead: items 1, 2, 3, 5, 7, 9, 10, 11, 12", () => {
    // Role: 4 (МЭК, МЦРИТ), 6 (МЭК, МЦРИТке) and 8 (МЭК жана МЦРИТ) are co; 10 (ГКНБ) is not found → lead.
    expect(s.lead.total).toBe(9);
    // Years of the deadline ends: 2024 → 1 (31.12.2024), 3 (31.12.2024), 11 (date cell 31.12.2024) = 3;
    // 2025 → 2 = 1; 2026 → none = 0; 2027 → 9 (the number 2027) = 1; 2028 → 5 (staged 2024-2028) = 1;
    // 7 (staged), 10 (ongoing) and 12 (unparsed) have no end and are in no year.
    expect(s.lead.byYear).toEqual({ "2024": 3, "2025": 1, "2026": 0, "2027": 1, "2028": 1 });
    // fixed: 1, 2, 3, 9, 11; ongoing: 10; staged: 5 (with years), 7. Item 12 (unparsed) is in no list.
    expect(s.lead.fixed).toEqual(["1", "2", "3", "9", "11"]);
    expect(s.lead.ongoing).toEqual(["10"]);
    expect(s.lead.staged).toEqual(["5", "7"]);
    expect(compressItems(s.lead.fixed)).toBe("1-3, 9, 11");
  });

  test("co: items 4, 6, 8", () => {
    expect(s.co.total).toBe(3);
    // 6 → 30.06.2025 and 8 → 31.03.2025 are both in 2025; 4 is ongoing.
    expect(s.co.byYear).toEqual({ "2024": 0, "2025": 2, "2026": 0, "2027": 0, "2028": 0 });
    expect(s.co.fixed).toEqual(["6", "8"]);
    expect(s.co.ongoing).toEqual(["4"]);
    expect(s.co.staged).toEqual([]);
  });

  test("the per-role totals add up to the total", () =>
    expect(s.lead.total + s.co.total).toBe(s.total));
});

describe("item lists when the table is out of order or repeats numbers", () => {
  const rows = (nos: (string | number)[]) =>
    analyse([
      simpleTable(
        nos.map((no) => [no, "М", `Чара ${no}`, "2025-жыл", "Н", "Мөөнөтүндө аткарылды"])
      ),
    ]);
  test("sorted naturally and unique, whatever the order of the rows", () => {
    const a = rows([3, 1, "10", 2, "1.2", 2]);
    expect(a.summary.lead.fixed).toEqual(["1", "1.2", "2", "3", "10"]);
    expect(a.summary.lead.total).toBe(6);
    expect(a.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(["duplicate-item A7"]);
  });
  test("a text number after a number, and the figures the reader counts equal summarise()", () => {
    const a = rows([1, 2, "3", "4.", 5]);
    expect(a.summary.lead.fixed).toEqual(["1", "2", "3", "4", "5"]);
    expect(a.summary).toEqual(summarise(a.measures));
  });
  test("an item number merged over two measures is listed once", () => {
    const grid = sheet(
      "S",
      [
        KY_HEADERS,
        [7, "М", "Чара а", "2025-жыл", "Н", "Мөөнөтүндө аткарылды"],
        [null, "М", "Чара б", "2025-жыл", "Н", "Мөөнөтүндө аткарылды"],
        [8, "М", "Чара в", "2025-жыл", "Н", "Мөөнөтүндө аткарылды"],
      ],
      [{ top: 1, left: 0, bottom: 2, right: 0 }]
    );
    const a = analyse([grid]);
    expect(a.summary.lead.fixed).toEqual(["7", "8"]);
    expect(a.summary.lead.total).toBe(3);
  });
});

describe("executionLevel", () => {
  test("completed ÷ total × 100", () => {
    expect(executionLevel(1, 4)).toBe(25);
    expect(executionLevel(3, 3)).toBe(100);
    expect(executionLevel(0, 5)).toBe(0);
    expect(executionLevel(2, 3)).toBeCloseTo(66.6667, 3);
  });
  test("total = 0 → null: never 0, never NaN", () => {
    expect(executionLevel(0, 0)).toBeNull();
    expect(roundLevel(executionLevel(0, 0))).toBeNull();
  });
  test("one decimal when shown", () => {
    expect(roundLevel(executionLevel(1, 3))).toBe(33.3);
    expect(roundLevel(executionLevel(2, 3))).toBe(66.7);
    expect(roundLevel(executionLevel(1, 8))).toBe(12.5);
    expect(roundLevel(executionLevel(333, 334))).toBe(99.7);
  });
  test("stays in [0, 100]", () => {
    expect(executionLevel(5, 4)).toBe(100);
  });
});

describe("summarise", () => {
  const m = (
    no: string,
    status: Measure["status"],
    role: Measure["role"],
    deadline: Measure["deadline"]
  ): Measure => ({
    row: 0,
    no,
    task: "",
    measure: "m",
    deadlineText: "",
    result: "",
    statusText: "",
    executors: "",
    deadline,
    status,
    role,
    completedOn: null,
  });
  test("no measures: zeros everywhere, level null, all plan years listed", () => {
    const s = summarise([]);
    expect(s).toMatchObject({
      total: 0,
      completed: 0,
      completedOnTime: 0,
      completedLate: 0,
      inProgress: 0,
      executionLevel: null,
    });
    expect(Object.keys(s.lead.byYear)).toEqual([...PLAN_YEARS]);
    expect(s.lead.fixed).toEqual([]);
  });
  test("years outside 2024–2028 appear when present, in order; item lists are sorted naturally and unique", () => {
    const s = summarise([
      m("10", "on_time", "lead", { type: "fixed", end: "2030-12-31" }),
      m("2", "late", "lead", { type: "fixed", end: "2019-03-31" }),
      m("2", "in_progress", "lead", { type: "fixed", end: "2025-12-31" }),
      m("", "in_progress", "lead", { type: "ongoing", end: null }),
    ]);
    expect(Object.entries(s.lead.byYear)).toEqual([
      ["2019", 1],
      ["2024", 0],
      ["2025", 1],
      ["2026", 0],
      ["2027", 0],
      ["2028", 0],
      ["2030", 1],
    ]);
    expect(s.lead.fixed).toEqual(["2", "10"]);
    expect(s.lead.ongoing).toEqual([]); // a measure without a number is counted but not listed
    expect(s.lead.total).toBe(4);
    expect(s.executionLevel).toBe(50);
  });
});

describe("item lists", () => {
  test("compressed form `3-5, 9, 12`", () => {
    expect(compressItems(["3", "4", "5", "9", "12"])).toBe("3-5, 9, 12");
    expect(compressItems(["12", "3", "9", "5", "4"])).toBe("3-5, 9, 12");
    expect(compressItems(["1", "2"])).toBe("1, 2"); // two in a row are not a range
    expect(compressItems(["1", "2", "3", "5", "6", "7", "8", "10"])).toBe("1-3, 5-8, 10");
    expect(compressItems(["4", "4", "5", "6"])).toBe("4-6");
    expect(compressItems([])).toBe("");
    expect(compressItems(["7"])).toBe("7");
  });
  test("ids like 1.2 are listed as they are, in natural order", () => {
    expect(compressItems(["1.10", "1.2", "2", "1.3", "1"])).toBe("1, 1.2, 1.3, 1.10, 2");
    expect(compressItems(["А-1", "3", "2", "1"])).toBe("1-3, А-1");
  });
  test("natural order", () => {
    expect(compareItems("2", "10")).toBeLessThan(0);
    expect(compareItems("1.2", "1.10")).toBeLessThan(0);
    expect(compareItems("1", "1.1")).toBeLessThan(0);
    expect(compareItems("10", "А")).toBeLessThan(0);
    expect(compareItems("5", "5")).toBe(0);
    expect(sortItems(["10", "9", "1.1", "1", "9"])).toEqual(["1", "1.1", "9", "10"]);
  });
});
