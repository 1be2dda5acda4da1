/**
 * SPEC "Plans other than 444-р": the body's Table 1 made from a plan — its rows, roles, drop-downs,
 * the plan and body stored as defined names — and the round trip: the written workbook read back by
 * the one reader, analysed, and its Annex 2 has the plan's title, item count and year lines.
 */
import {
  analyseWorkbook,
  buildAnnex2,
  buildPlanTable1,
  closestBodies,
  PLAN_NAMES,
  TEMPLATE_COLUMNS,
} from "../../src/core";
import type { PlanBook, SheetModel } from "../../src/core";
import { planOf } from "./examples";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import { workbookFromModels, workbookToBuffer } from "../../src/xlsx/workbook";

const valueAt = (m: SheetModel, row: number, col: number) =>
  m.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
const rowsFrom = (m: SheetModel, from: number) => {
  const out: (string | number | null)[][] = [];
  for (const c of m.cells) {
    if (c.row < from) continue;
    (out[c.row - from] ??= [])[c.col] = c.value as string | number | null;
  }
  return out;
};

describe("Table 1 for a body of the e-government plan", () => {
  let book: PlanBook;
  beforeAll(async () => {
    book = await planOf("plan-egov-2014-2017.xlsx");
  });

  test("Финмин: its four items, lead when named first, co otherwise; status and completion date empty", () => {
    const made = buildPlanTable1(book, "Финмин", "ky");
    if (!made.ok) throw new Error(made.message);
    expect(made.items).toBe(4);
    expect(made.body).toEqual({
      fullName: "Кыргыз Республикасынын Финансы министрлиги",
      abbreviation: "Финмин",
    });
    const rows = rowsFrom(made.model, 6);
    expect(rows.map((r) => [r[0], r[7]])).toEqual([
      ["4.1", "негизги аткаруучу"],
      ["4.2", "кошо аткаруучу"],
      ["4.3", "кошо аткаруучу"],
      ["4.4", "негизги аткаруучу"],
    ]);
    expect(rows.map((r) => r[5])).toEqual([null, null, null, null]);
    expect(rows.map((r) => r[8])).toEqual([null, null, null, null]);
    expect(rows[1][6]).toBe("МЭББ жана Финмин");
    expect(rows[2][3]).toBe("2015-2017-жылдар");
  });

  test("the header is the template's, with the drop-downs of status and role over the rows and beyond", () => {
    const made = buildPlanTable1(book, "МЭББ", "ru");
    if (!made.ok) throw new Error(made.message);
    expect(TEMPLATE_COLUMNS.map((_, c) => valueAt(made.model, 4, c))).toEqual([
      "№",
      "Задача",
      "Мероприятие/действие",
      "Срок исполнения",
      "Ожидаемые результаты (продукт)",
      "Статус (мероприятие исполнено или не исполнено (информация о ходе исполнения))",
      "Ответственные исполнители",
      "Роль",
      "Дата исполнения",
    ]);
    const [status, role] = made.model.validations ?? [];
    expect(status.col).toBe(5);
    expect(status.values[0]).toBe("Исполнено в срок");
    expect(role.values).toEqual(["основной исполнитель", "соисполнитель"]);
    expect(status.top).toBe(6);
    expect(status.bottom).toBeGreaterThanOrEqual(6 + made.items);
  });

  test("the plan and the body are stored as defined names on visible cells", () => {
    const made = buildPlanTable1(book, "МЭББ", "ky");
    if (!made.ok) throw new Error(made.message);
    const named = Object.fromEntries(
      (made.model.names ?? []).map((n) => [n.name, valueAt(made.model, n.row, n.col)])
    );
    expect(named[PLAN_NAMES.years]).toBe("2014–2017");
    expect(named[PLAN_NAMES.items]).toBe(21);
    expect(named[PLAN_NAMES.title]).toBe(book.plan.title.ky);
    expect(named[PLAN_NAMES.body]).toMatch(/Мамлекеттик электрондук башкаруу борбору$/);
  });

  test("a body named nowhere: a sentence with the closest names the plan has", () => {
    // The full name of Финмин, which the plan writes only in its list of abbreviations, finds its items.
    const full = buildPlanTable1(book, "Финансы министрлиги", "en");
    expect(full.ok && full.items).toBe(4);
    const none = buildPlanTable1(book, "Минюст", "en");
    if (none.ok) throw new Error("found");
    expect(none.code).toBe("body-not-in-plan");
    expect(none.message).toMatch(/^“Минюст” is not among the plan's executors\. Closest names: /);
    expect(closestBodies(book, "Кадрлар кызматы")[0]).toBe("Кадр кызматы");
  });

  test("round trip: written by ExcelJS, read back, analysed with the stored plan; Annex 2 has 2014–2017 year lines and 21 items", async () => {
    const made = buildPlanTable1(book, "Финмин", "ky");
    if (!made.ok) throw new Error(made.message);
    const bytes = await workbookToBuffer(workbookFromModels([made.model]));
    const read = await readWorkbook(bytes, { lang: "ky", fileName: "t1.xlsx" });
    if (!read.ok) throw new Error(read.fatal.message);
    expect(read.book.storedBody).toBe("Кыргыз Республикасынын Финансы министрлиги");
    const plan = read.book.storedPlan;
    expect(plan?.years).toEqual({ from: 2014, to: 2017 });
    expect(plan?.items).toBe(21);
    const result = analyseWorkbook(read.book.sheets, {
      body: read.book.storedBody!,
      asOf: "2016-06-30",
      lang: "ky",
      plan: plan!,
    });
    if (!result.ok) throw new Error(result.fatal.message);
    const a = result.analysis;
    expect(a.measures.map((m) => [m.no, m.role])).toEqual([
      ["4.1", "lead"],
      ["4.2", "co"],
      ["4.3", "co"],
      ["4.4", "lead"],
    ]);
    expect(a.issues.filter((i) => i.code !== "missing-status" && i.code !== "overdue")).toEqual([]);
    const annex = buildAnnex2(a, {
      body: a.reportingBody!.fullName,
      periodFrom: null,
      periodTo: null,
      asOf: "2016-06-30",
      person: "",
      contacts: "",
      planItems: plan!.items,
      lang: "ky",
      plan: plan!,
    });
    const texts = annex.cells
      .filter((c) => c.col === 0 && typeof c.value === "string")
      .map((c) => c.value as string);
    expect(texts.filter((t) => /^\d{4}-жылы$/.test(t))).toEqual([
      "2014-жылы",
      "2015-жылы",
      "2016-жылы",
      "2017-жылы",
      "2014-жылы",
      "2015-жылы",
      "2016-жылы",
      "2017-жылы",
    ]);
    expect(texts).toContain("Иш-чаралар планы боюнча бардыгы 21 пункт бар, алардын ичинен:");
    expect(texts[0]).toContain("Иш-чаралардын планы» (21 пункт)");
  });
});

describe("Table 1 for a person of the village plan (seed 003's shape)", () => {
  test("the head of the ayil okmotu: items of both services, the Resources column kept, week deadlines read", async () => {
    const book = await planOf("plan-village-services.xlsx");
    const made = buildPlanTable1(book, "Айыл өкмөтүнүн башчысы", "ky");
    if (!made.ok) throw new Error(made.message);
    expect(valueAt(made.model, 4, 5)).toBe("Ресурстар");
    const rows = rowsFrom(made.model, 6);
    expect(rows.map((r) => r[0])).toEqual([
      "1.1.1",
      "1.1.2",
      "1.1.3",
      "1.2.1",
      "1.2.2",
      "1.2.3",
      "1.4.1",
      "1.5.1",
      "1.5.3",
      "1.5.4",
    ]);
    expect(rows.find((r) => r[0] === "1.4.1")![8]).toBe("кошо аткаруучу");
    const bytes = await workbookToBuffer(workbookFromModels([made.model]));
    const read = await readWorkbook(bytes, { lang: "ky" });
    if (!read.ok) throw new Error(read.fatal.message);
    const result = analyseWorkbook(read.book.sheets, {
      body: "Айыл өкмөтүнүн башчысы",
      asOf: "2019-12-31",
      lang: "ky",
      plan: read.book.storedPlan!,
    });
    if (!result.ok) throw new Error(result.fatal.message);
    expect(result.analysis.summary.lead.byYear).toEqual({ "2019": 9 });
    expect(
      result.analysis.issues.filter(
        (i) => i.code === "unparsed-deadline" || i.code === "deadline-outside-plan"
      )
    ).toEqual([]);
  });
});
