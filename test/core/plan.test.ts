/**
 * SPEC "Plans other than 444-р": the plan model, Annex 2's title, "N items in total" and year lines
 * following the plan (one line per plan year, zeros included, no other year), and the warning
 * `deadline-outside-plan`.
 */
import { buildAnnex2, PLAN_444, PLAN_ITEMS_444, planYears, summarise } from "../../src/core";
import type { Lang, Plan, ReportMeta, SheetModel } from "../../src/core";
import { analyse, simpleTable } from "./fixtures";

const EGOV: Plan = {
  title: { ky: "Электрондук башкарууну киргизүү боюнча Иш-чаралардын планы" },
  act: {},
  years: { from: 2014, to: 2017 },
  items: 24,
  itemShape: "n.n",
};

const meta = (lang: Lang, plan?: Plan): ReportMeta => ({
  body: "МЭББ",
  periodFrom: null,
  periodTo: null,
  asOf: "2016-06-30",
  person: "",
  contacts: "",
  planItems: plan?.items ?? PLAN_ITEMS_444,
  lang,
  ...(plan !== undefined ? { plan } : {}),
});

/** Texts of column A of the model, in row order. */
const columnA = (m: SheetModel): string[] =>
  m.cells
    .filter((c) => c.col === 0 && typeof c.value === "string")
    .sort((a, b) => a.row - b.row)
    .map((c) => c.value as string);
/** The count (column D) on the row whose column A reads `label`, for each such row. */
const countsOf = (m: SheetModel, label: string): number[] => {
  const rows = m.cells.filter((c) => c.col === 0 && c.value === label).map((c) => c.row);
  return rows.map((r) => m.cells.find((c) => c.row === r && c.col === 3)!.value as number);
};

const egovTable = () =>
  simpleTable(
    [
      [
        "1.1",
        "Т1",
        "Модель иштеп чыгуу",
        "2014-жылдын III-IV кварталы",
        "Модель",
        "Аткарылды",
        "МЭББ, МКМЖК",
      ],
      ["1.2", "Т1", "Бизнес-процесстер", "2015-жылдын I кварталы", "Тизме", "Аткарууда", "МЭББ"],
      [
        "2.1",
        "Т2",
        "Архитектура",
        "2014-жылдын IV кварталы – 2015-жылдын I кварталы",
        "ТЭН",
        "Аткарылган жок",
        "МКК, МЭББ",
      ],
      ["2.2", "Т2", "Сатып алуу", "2017-жыл", "Келишим", "Аткарууда", "МЭББ"],
      ["3.1", "Т3", "Кийинки программа", "2018-2020-жылдар", "Сунуштар", "Аткарууда", "МЭББ"],
      ["3.2", "Т3", "Мониторинг", "туруктуу", "Отчет", "Аткарууда", "МЭББ"],
    ],
    ["Жооптуу аткаруучулар"]
  );

describe("the plan model", () => {
  test("444-р is the default: 2024–2028, 334 items", () => {
    expect(planYears(PLAN_444)).toEqual(["2024", "2025", "2026", "2027", "2028"]);
    expect(PLAN_444.items).toBe(334);
    const a = analyse([egovTable()], { body: "МЭББ" });
    expect(a.plan).toBe(PLAN_444);
  });

  test("byYear lists every plan year, zeros included, and other years only when they occur", () => {
    const a = analyse([egovTable()], { body: "МЭББ", plan: EGOV });
    expect(a.summary.lead.byYear).toEqual({
      "2014": 1,
      "2015": 1,
      "2016": 0,
      "2017": 1,
      "2020": 1,
    });
    expect(a.summary.co.byYear).toEqual({ "2014": 0, "2015": 1, "2016": 0, "2017": 0 });
    expect(summarise([], { planYears: planYears(EGOV) }).lead.byYear).toEqual({
      "2014": 0,
      "2015": 0,
      "2016": 0,
      "2017": 0,
    });
  });
});

describe("deadline-outside-plan", () => {
  test("a deadline ending after the plan's last year is a warning at the deadline cell", () => {
    const a = analyse([egovTable()], { body: "МЭББ", plan: EGOV, lang: "en" });
    const outside = a.issues.filter((i) => i.code === "deadline-outside-plan");
    expect(outside.map((i) => [i.cell, i.severity])).toEqual([["D6", "warning"]]);
    expect(outside[0].message).toContain("31.12.2020");
    expect(outside[0].message).toContain("2014–2017");
  });

  test("under 444-р every deadline of 2014–2017 is outside the plan; ongoing ones are never", () => {
    const a = analyse([egovTable()], { body: "МЭББ" });
    expect(a.issues.filter((i) => i.code === "deadline-outside-plan").map((i) => i.cell)).toEqual([
      "D2",
      "D3",
      "D4",
      "D5",
      "D6",
    ]);
  });
});

describe("Annex 2 follows the plan", () => {
  test("2014–2017: one year line per plan year with zeros, no 2020 line and no 2024–2028 lines", () => {
    const a = analyse([egovTable()], { body: "МЭББ", plan: EGOV });
    const m = buildAnnex2(a, meta("ky", EGOV));
    const lines = columnA(m);
    const yearLines = lines.filter((l) => /^\d{4}-жылы$/.test(l));
    expect(yearLines).toEqual([
      "2014-жылы",
      "2015-жылы",
      "2016-жылы",
      "2017-жылы",
      "2014-жылы",
      "2015-жылы",
      "2016-жылы",
      "2017-жылы",
    ]);
    expect(countsOf(m, "2016-жылы")).toEqual([0, 0]);
    expect(countsOf(m, "2015-жылы")).toEqual([1, 1]);
    expect(lines[0]).toContain(
      "«Электрондук башкарууну киргизүү боюнча Иш-чаралардын планы» (24 пункт)"
    );
    expect(lines[0]).not.toContain("444");
    expect(lines).toContain("Иш-чаралар планы боюнча бардыгы 24 пункт бар, алардын ичинен:");
  });

  test("2024–2028 (the default): five year lines per role, a 2030 deadline in none", () => {
    const t = simpleTable(
      [
        ["1", "Т", "А", "2025-жыл", "Н", "Аткарылды", "МЦРИТ"],
        ["2", "Т", "Б", "2030-жыл", "Н", "Аткарууда", "МЦРИТ"],
      ],
      ["Жооптуу аткаруучулар"]
    );
    const a = analyse([t], { body: "МЦРИТ" });
    const m = buildAnnex2(a, meta("ru"));
    const yearLines = columnA(m).filter((l) => /^в \d{4} году$/.test(l));
    expect(yearLines).toEqual([
      "в 2024 году",
      "в 2025 году",
      "в 2026 году",
      "в 2027 году",
      "в 2028 году",
      "в 2024 году",
      "в 2025 году",
      "в 2026 году",
      "в 2027 году",
      "в 2028 году",
    ]);
    expect(countsOf(m, "в 2025 году")).toEqual([1, 0]);
    expect(columnA(m)[0]).toContain("№ 444-р");
  });

  test("the title names the plan and its act in each language", () => {
    const withAct: Plan = {
      ...EGOV,
      title: { ru: "План мероприятий по электронному управлению" },
      act: { ru: "постановление Правительства № 215" },
    };
    const a = analyse([egovTable()], { body: "МЭББ", plan: withAct });
    expect(columnA(buildAnnex2(a, meta("ru", withAct)))[0]).toBe(
      "Форма предоставления информации по исполнению плана «План мероприятий по электронному управлению» (24 пункта), утвержденного: постановление Правительства № 215"
    );
    expect(columnA(buildAnnex2(a, meta("en", withAct)))[0]).toContain(
      "“План мероприятий по электронному управлению” (24 items)"
    );
  });
});
