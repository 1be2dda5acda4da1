/**
 * SPEC "Plans other than 444-р": plan workbooks of seed 002's and seed 003's shapes (made by
 * scripts/make-plan-examples.py with openpyxl, Kyrgyz and Russian) and hand-made grids: title rows,
 * ids of any depth leading the measure or in their own column, heading rows and merged tasks,
 * several executors per cell with bracket notes, the Resources column, ids starting again per section.
 */
import { leadingId, planBodies, planExecutors, readPlanBook } from "../../src/core";
import type { PlanBook, SheetGrid } from "../../src/core";
import { planOf } from "./examples";

describe("seed 002's shape: the e-government plan 2014–2017", () => {
  let ky: PlanBook;
  let ru: PlanBook;
  beforeAll(async () => {
    ky = await planOf("plan-egov-2014-2017.xlsx");
    ru = await planOf("plan-egov-2014-2017-ru.xlsx");
  });

  test("title rows give the title and the years; the annex line is not the title", () => {
    expect(ky.plan.title.ky).toMatch(/^2014-2017-жылдарга .*Иш-чаралардын планы$/);
    expect(ky.plan.years).toEqual({ from: 2014, to: 2017 });
    expect(ru.plan.title.ru).toMatch(
      /^План мероприятий по реализации Программы .* на 2014-2017 годы$/
    );
    expect(ru.plan.years).toEqual({ from: 2014, to: 2017 });
  });

  test("items are the measures 1.1…7.4 (ids leading the text, `1.1.` or `1.2`); sections, task headings and the glossary are not", () => {
    expect(ky.items.map((i) => i.no)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "2.2",
      "2.3",
      "3.1",
      "3.2",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
      "5.1",
      "5.2",
      "5.3",
      "6.1",
      "6.2",
      "7.1",
      "7.2",
      "7.3",
      "7.4",
    ]);
    expect(ky.plan.items).toBe(21);
    expect(ky.plan.itemShape).toBe("n.n");
    expect(ky.items[0].measure).toBe(
      "Электрондук кызмат көрсөтүүлөрдүн онлайн интерактивдүүлүк моделдерин иштеп чыгуу"
    );
    expect(ky.items[0].result).toMatch(/^1\.1\.1 – /);
    expect(ru.items.map((i) => i.no)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "2.2",
      "2.3",
      "4.1",
      "4.2",
      "4.4",
      "7.1",
      "7.4",
    ]);
  });

  test("the goal merged down over its measures is their task", () => {
    expect(new Set(ky.items.slice(0, 3).map((i) => i.task)).size).toBe(1);
    expect(ky.items[0].task).toMatch(/^Жарандардын жана бизнес-коомдоштуктардын/);
    expect(ky.items[3].task).toMatch(/^ЭБнын бирдиктүү инфратүзүмдүк/);
  });

  test("executors are split on commas and line breaks, notes in brackets kept apart (also an unclosed one)", () => {
    expect(ky.items[0].executors.map((e) => [e.name, e.note])).toEqual([
      ["МЭББ", null],
      ["МКМЖК", null],
      ["ЭБнын инфратүзүмүнүн техникалык оператору", null],
      ["мамлекеттик башкаруунун жана ЖӨБдүн катышуучу органдары", null],
      ["кызыкдар уюмдар", "макулдашуу боюнча"],
    ]);
    expect(ky.items[4].executors.map((e) => [e.name, e.note])).toEqual([
      ["МЭББ", null],
      ["ЭБнын инфратүзүмүнүн техникалык оператору", null],
      ["бизнес-коомдоштук", "макулдашуу боюнча"],
    ]);
  });

  test("the bodies offered come with their full names from the list of abbreviations", () => {
    const bodies = planBodies(ky);
    const mebb = bodies.find((b) => b.name === "МЭББ")!;
    expect(mebb.body.fullName).toMatch(
      /^Кыргыз Республикасынын Өкмөтүнө караштуу .* Мамлекеттик электрондук башкаруу борбору$/
    );
    expect([mebb.items, mebb.lead]).toEqual([17, 17]);
    const fin = bodies.find((b) => b.name === "Финмин")!;
    expect(fin.body.fullName).toBe("Кыргыз Республикасынын Финансы министрлиги");
    // `МЭББ жана Финмин` counts for both (lead: МЭББ), and is not a body of its own.
    expect([fin.items, fin.lead]).toEqual([4, 2]);
    expect(bodies.some((b) => b.name === "МЭББ жана Финмин")).toBe(false);
  });
});

describe("seed 003's shape: a village's service-delivery action plans", () => {
  let ky: PlanBook;
  let ru: PlanBook;
  beforeAll(async () => {
    ky = await planOf("plan-village-services.xlsx");
    ru = await planOf("plan-village-services-ru.xlsx");
  });

  test("title, approving act and years (from the deadlines)", () => {
    expect(ky.plan.title.ky).toBe(
      "Чет-Нура айыл аймагынын кызмат көрсөтүүлөрдү жакшыртуу боюнча иш-аракеттер планы"
    );
    expect(ky.plan.act.ky).toBe(
      "Чет-Нура айылдык кеңешинин 2019-жылдын 13-мартындагы №17/16 токтому менен бекитилди"
    );
    expect(ky.plan.years).toEqual({ from: 2019, to: 2019 });
    expect(ru.plan.act.ru).toMatch(/^Утвержден постановлением .* №17\/16$/);
  });

  test("ids start again for each service: qualified with the service's number; the repeated header is skipped", () => {
    const ids = ky.items.map((i) => i.no);
    expect(ids.slice(0, 4)).toEqual(["1.1.1", "1.1.2", "1.1.3", "1.2.1"]);
    expect(ids.filter((i) => i.startsWith("2."))).toEqual([
      "2.1.1",
      "2.1.2",
      "2.1.3",
      "2.2.4",
      "2.5.1",
      "2.5.4",
      "2.6.2",
      "2.6.4",
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ky.plan.itemShape).toBe("n.n.n");
    expect(ru.items.map((i) => i.no)).toEqual([
      "1.1.1",
      "1.1.2",
      "1.2.1",
      "1.2.3",
      "1.6.1",
      "1.6.3",
      "2.1.1",
      "2.1.2",
    ]);
  });

  test("task heading rows (№1 маселе, №1 тапшырма, Задача №2) are the tasks of the actions under them", () => {
    expect(ky.items[0].task).toBe("№1 маселе: Кызмат көрсөтүүлөрдүн стандарттарын иштеп чыгуу");
    expect(ky.items.find((i) => i.no === "2.2.4")!.task).toBe(
      "№2 тапшырма: Кызмат көрсөтүүлөрдү уюштуруунун ыкмасын жана формасын тандап алуу"
    );
    expect(ru.items[2].task).toBe("Задача №2: Способы и формы организации услуг");
  });

  test("the Resources column, deadlines by weeks, several responsible people per cell behind dashes", () => {
    expect(ky.hasResources).toBe(true);
    expect(ky.items[0].resources).toBe("— Жумушчу комиссия\n— Айыл өкмөтүнүн аппараты");
    const i = ky.items.find((x) => x.no === "2.5.1")!;
    expect(i.deadlineText).toBe("2019 жыл\n\nиюлдун 4-аптасы");
    expect(i.executors.map((e) => e.name)).toEqual([
      "Жумушчу комиссиясынын төрагасы",
      "Айылдык кеңештин төрагасы",
      "Айыл өкмөт аппаратынын профилдик адиси",
    ]);
  });
});

describe("hand-made grids", () => {
  const grid = (rows: (string | number | null)[][], merges?: SheetGrid["merges"]): SheetGrid[] => [
    { name: "План", rows, ...(merges ? { merges } : {}) },
  ];

  test("ids in their own column, of any depth; the title's years; options override the title rows", () => {
    const g = grid([
      ["Приложение 2"],
      ["План мероприятий на 2021-2023 годы"],
      ["№", "Мероприятие", "Срок исполнения", "Ожидаемый результат", "Ответственные исполнители"],
      ["1.2.3.4", "Первое", "2021 год", "Р", "Минфин, Минэкономики"],
      [7, "Второе", "IV квартал 2023 года", "Р", "Минэкономики"],
    ]);
    const read = readPlanBook(g);
    if (!read.ok) throw new Error("no plan");
    expect(read.book.items.map((i) => i.no)).toEqual(["1.2.3.4", "7"]);
    expect(read.book.plan.years).toEqual({ from: 2021, to: 2023 });
    const over = readPlanBook(g, {
      title: "Другой план",
      years: { from: 2020, to: 2025 },
      items: 40,
    });
    if (!over.ok) throw new Error("no plan");
    expect([over.book.plan.title.ru, over.book.plan.years, over.book.plan.items]).toEqual([
      "Другой план",
      { from: 2020, to: 2025 },
      40,
    ]);
  });

  test("a task cell merged down over its measures; a sheet without a plan's headers is no plan", () => {
    const g = grid(
      [
        ["Милдет", "Чара", "Мөөнөтү", "Жооптуу аткаруучулар"],
        ["Милдет А", "1. Биринчи", "2025-жыл", "МЦРИТ"],
        [null, "2. Экинчи", "2026-жыл", "МЭК, МЦРИТ"],
      ],
      [{ top: 1, left: 0, bottom: 2, right: 0 }]
    );
    const read = readPlanBook(g);
    if (!read.ok) throw new Error("no plan");
    expect(read.book.items.map((i) => [i.no, i.task, i.measure])).toEqual([
      ["1", "Милдет А", "Биринчи"],
      ["2", "Милдет А", "Экинчи"],
    ]);
    expect(
      readPlanBook(
        grid([
          ["Аты-жөнү", "Кызматы"],
          ["Асанов", "адис"],
        ])
      )
    ).toEqual({ ok: false, code: "no-plan-table" });
  });

  test("leading ids and executor notes", () => {
    expect(leadingId("1.1.2 – текст")).toEqual({ id: "1.1.2", rest: "текст" });
    expect(leadingId("1.1. Текст")).toEqual({ id: "1.1", rest: "Текст" });
    expect(leadingId("2015-жыл")).toBeNull();
    expect(planExecutors("— Айыл өкмөт башчысы;\n— Жооптуу катчы")).toEqual([
      { name: "Айыл өкмөт башчысы", note: null },
      { name: "Жооптуу катчы", note: null },
    ]);
    expect(
      planExecutors("Министерство цифрового развития (МЦРИТ), НПО (по согласованию)").map((e) => [
        e.name,
        e.note,
      ])
    ).toEqual([
      ["Министерство цифрового развития (МЦРИТ)", null],
      ["НПО", "по согласованию"],
    ]);
  });
});
