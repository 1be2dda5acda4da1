/**
 * SPEC "Table 1" Rules: header blocks of two or three rows (a parent merged over sub-headers) and the
 * header and numbering rows a plan copied from Word repeats after each page break.
 */
import { findTable } from "../../src/core";
import type { CellValue, MergeArea } from "../../src/core";
import { analyse, sheet } from "./fixtures";

const m = (top: number, left: number, bottom: number, right: number): MergeArea => ({
  top,
  left,
  bottom,
  right,
});
/** The six first columns merged down over `rows` header rows. */
const mergedDown = (rows: number, columns = 5): MergeArea[] =>
  Array.from({ length: columns }, (_, c) => m(0, c, rows - 1, c));

describe("header blocks: each column takes the key of the lowest recognised header cell above it", () => {
  test("ru: `Информация о ходе исполнения` merged over `Статус | Дата исполнения`, numbering row after the block", () => {
    const rows: CellValue[][] = [
      [
        "№ п/п",
        "Задача",
        "Мероприятие",
        "Срок исполнения",
        "Ожидаемые результаты (продукт)",
        "Информация о ходе исполнения",
        null,
      ],
      [null, null, null, null, null, "Статус", "Дата исполнения"],
      [1, 2, 3, 4, 5, 6, 7],
      [
        1,
        "Задача 1",
        "Создать портал",
        "IV квартал 2024 года",
        "Портал",
        "Исполнено",
        "15.01.2025",
      ],
      [2, null, "Обучить служащих", "2025 год", "Обучены", "в процессе исполнения", null],
    ];
    const found = findTable([sheet("Таблица 1", rows, [...mergedDown(2), m(0, 5, 0, 6)])]);
    expect(found.ok && found.layout).toMatchObject({
      headerRow: 0,
      headerBottom: 1,
      firstDataRow: 3,
      columns: { no: 0, task: 1, measure: 2, deadline: 3, result: 4, status: 5, completedOn: 6 },
      headers: { status: "Статус", completedOn: "Дата исполнения" },
    });
    const a = analyse([sheet("Таблица 1", rows, [...mergedDown(2), m(0, 5, 0, 6)])], {
      lang: "ru",
    });
    expect(a.measures.map((x) => [x.no, x.status, x.completedOn])).toEqual([
      ["1", "late", "2025-01-15"],
      ["2", "in_progress", null],
    ]);
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("ky: the block is what makes four of six — the top row alone names only three columns", () => {
    const rows: CellValue[][] = [
      ["№", "Милдет", "Чара/ иш-аракет", "Аткаруу жөнүндө", null, null],
      [null, null, null, "Ишке ашыруу мөөнөтү", "Статус", "Аткарылган күнү"],
      [1, "Милдет 1", "Порталды түзүү", "2025-жыл", "Мөөнөтүндө аткарылды", "01.03.2025"],
    ];
    const grid = sheet("1-таблица", rows, [...mergedDown(2, 3), m(0, 3, 0, 5)]);
    const found = findTable([grid]);
    expect(found.ok && found.layout).toMatchObject({
      headerRow: 0,
      headerBottom: 1,
      firstDataRow: 2,
      columns: { no: 0, task: 1, measure: 2, deadline: 3, status: 4, completedOn: 5 },
    });
    const a = analyse([grid]);
    expect(a.measures).toHaveLength(1);
    expect(a.measures[0]).toMatchObject({
      measure: "Порталды түзүү",
      status: "on_time",
      completedOn: "2025-03-01",
    });
  });

  test("en: the same block written without merges (values only, as a CSV or a copy loses them)", () => {
    const rows: CellValue[][] = [
      ["No", "Task", "Measure", "Deadline", "Expected result", "Progress of implementation", null],
      [null, null, null, null, null, "Status", "Completion date"],
      [1, "Task 1", "Launch the portal", "2025", "Portal", "Completed", "10.12.2025"],
    ];
    const found = findTable([sheet("Table 1", rows)]);
    expect(found.ok && found.layout).toMatchObject({
      headerRow: 0,
      headerBottom: 1,
      firstDataRow: 2,
      columns: { status: 5, completedOn: 6 },
    });
    const a = analyse([sheet("Table 1", rows)], { lang: "en" });
    expect(a.measures.map((x) => [x.measure, x.status, x.completedOn])).toEqual([
      ["Launch the portal", "on_time", "2025-12-10"],
    ]);
    expect(a.issues.map((i) => i.code)).not.toContain("missing-completion-date");
  });

  test("a three-row block: a parent over a parent over sub-headers, and a header merged down two rows of it", () => {
    const rows: CellValue[][] = [
      ["№", "Задача", "Мероприятие", "Срок", "Результат", "Мониторинг", null, null],
      [
        null,
        null,
        null,
        null,
        null,
        "Информация о ходе исполнения",
        null,
        "Ответственные исполнители",
      ],
      [null, null, null, null, null, "Статус", "Дата исполнения", null],
      [1, 2, 3, 4, 5, 6, 7, 8],
      ["1.1", "Задача", "Мера", "2025 год", "Итог", "Не исполнено", null, "МЦРИТ"],
    ];
    const grid = sheet("S", rows, [...mergedDown(3), m(0, 5, 0, 7), m(1, 5, 1, 6), m(1, 7, 2, 7)]);
    const found = findTable([grid]);
    expect(found.ok && found.layout).toMatchObject({
      headerRow: 0,
      headerBottom: 2,
      firstDataRow: 4,
      columns: { no: 0, status: 5, completedOn: 6, executors: 7 },
    });
    expect(analyse([grid], { lang: "ru" }).measures.map((x) => [x.no, x.status])).toEqual([
      ["1.1", "not_completed"],
    ]);
  });

  test("a sub-header wins over its parent spread over an unrecognised sibling to its left", () => {
    const rows: CellValue[][] = [
      ["№", "Милдет", "Чара", "Мөөнөтү", "Натыйжа", "Ишке ашыруунун жүрүшү жөнүндө маалымат", null],
      [null, null, null, null, null, "Эскертүү", "Статус"],
      [1, "М", "Ч", "2025-жыл", "Н", "Эскертүү жок", "Аткарылды"],
    ];
    const found = findTable([sheet("S", rows, [...mergedDown(2), m(0, 5, 0, 6)])]);
    expect(found.ok && found.layout.columns.status).toBe(6);
    expect(found.ok && found.layout.headers.status).toBe("Статус");
  });

  test("a parent over unrecognised sub-headers keeps its own key for the first of them", () => {
    const rows: CellValue[][] = [
      [
        "№",
        "Задача",
        "Мероприятие",
        "Срок исполнения",
        "Результат",
        "Информация о ходе исполнения",
        null,
      ],
      [null, null, null, null, null, "Описание", "Дата исполнения"],
      [1, "З", "М", "2025 год", "Р", "Исполнено в срок", "01.02.2025"],
    ];
    const found = findTable([sheet("S", rows, [...mergedDown(2), m(0, 5, 0, 6)])]);
    expect(found.ok && found.layout.columns).toMatchObject({ status: 5, completedOn: 6 });
  });

  test("rows that are not sub-headers stay out of the block: data, a heading `Задача 1…`, the header typed twice, titles above", () => {
    const header = ["№", "Задача", "Мероприятие", "Срок исполнения", "Результат", "Статус"];
    // The first data row.
    const data = findTable([
      sheet("S", [
        header,
        [1, "Задача", "Мероприятие по обучению", "2025 год", "Итог", "Исполнено"],
      ]),
    ]);
    expect(data.ok && data.layout).toMatchObject({
      headerRow: 0,
      headerBottom: 0,
      firstDataRow: 1,
    });
    // A heading in the № column naming a key another column already has.
    const heading = findTable([
      sheet("S", [
        header,
        ["Задача 1. Цифровая инфраструктура"],
        [1, "З", "М", "2025 год", "Р", "Исполнено"],
      ]),
    ]);
    expect(heading.ok && heading.layout).toMatchObject({
      headerBottom: 0,
      firstDataRow: 1,
      columns: { no: 0, task: 1 },
    });
    // A heading beyond the header's columns, naming a key another column has.
    const beyond = findTable([
      sheet("S", [
        header,
        [null, null, null, null, null, null, null, "Задача 1. Цифровая инфраструктура"],
        [1, "З", "М", "2025 год", "Р", "Исполнено"],
      ]),
    ]);
    expect(beyond.ok && beyond.layout).toMatchObject({
      headerBottom: 0,
      firstDataRow: 1,
      columns: { task: 1 },
    });
    // The header typed twice: the second one is a repeated header, not a sub-header.
    const twice = sheet("S", [header, header, [1, "З", "М", "2025 год", "Р", "Исполнено"]]);
    expect(findTable([twice])).toMatchObject({
      ok: true,
      layout: { headerBottom: 0, firstDataRow: 1 },
    });
    expect(analyse([twice], { lang: "ru" }).measures.map((x) => x.row)).toEqual([2]);
    // A title merged across, and an information line of two cells, above the header.
    const titled = sheet(
      "S",
      [
        ["Таблица 1. План мероприятий"],
        ["Орган: МЦРИТ", null, null, null, null, "Период: 2025"],
        header,
        [1, "З", "М", "2025 год", "Р", "Исполнено"],
      ],
      [m(0, 0, 0, 5)]
    );
    const t = findTable([titled]);
    expect(t.ok && t.layout).toMatchObject({ headerRow: 2, headerBottom: 2, firstDataRow: 3 });
    expect(analyse([titled], { lang: "ru" }).measures).toHaveLength(1);
  });
});

describe("headers repeated after page breaks are skipped, never a measure, never an issue", () => {
  const KY = [
    "№",
    "Милдет",
    "Чара/ иш-аракет",
    "Ишке ашыруу мөөнөтү",
    "Күтүлгөн натыйжалар (продукт)",
    "Статус",
  ];
  const numbering = [1, 2, 3, 4, 5, 6];
  const measure = (no: number, task: string | null, status = "Аткарылды"): CellValue[] => [
    no,
    task,
    `Чара ${no}`,
    "2025-жыл",
    "Натыйжа",
    status,
  ];

  test("ky: the header and the numbering row repeated twice, the task merged down across the break still inherited", () => {
    const rows: CellValue[][] = [
      KY,
      numbering,
      measure(1, "Милдет А", "Мөөнөтүндө аткарылды"),
      measure(2, null),
      KY,
      numbering,
      measure(3, null, "Аткарылган жок"),
      ["№ п/п", "Милдет", "Чара", "Мөөнөтү", "Натыйжалар", "Статус (ишке ашыруунун жүрүшү)"],
      measure(4, "Милдет Б"),
    ];
    const a = analyse([sheet("1-таблица", rows)]);
    expect(a.measures.map((x) => [x.no, x.task, x.row])).toEqual([
      ["1", "Милдет А", 2],
      ["2", "Милдет А", 3],
      ["3", "Милдет А", 6],
      ["4", "Милдет Б", 8],
    ]);
    expect(a.issues.filter((i) => [4, 5, 7].includes(i.row))).toEqual([]);
    expect(a.issues.map((i) => i.code).filter((c) => c !== "missing-completion-date")).toEqual([]);
    expect(a.summary.total).toBe(4);
  });

  test("ru: a two-row header block repeated (both rows, and the numbering row alone on another page)", () => {
    const top = [
      "№ п/п",
      "Задача",
      "Мероприятие",
      "Срок исполнения",
      "Ожидаемые результаты",
      "Информация о ходе исполнения",
      null,
    ];
    const sub = [null, null, null, null, null, "Статус", "Дата исполнения"];
    const num = [1, 2, 3, 4, 5, 6, 7];
    const data = (no: number): CellValue[] => [
      no,
      "Задача",
      `Мера ${no}`,
      "2025 год",
      "Итог",
      "Исполнено",
      "01.06.2025",
    ];
    const rows: CellValue[][] = [top, sub, num, data(1), top, sub, num, data(2), num, data(3)];
    const merges = [
      ...mergedDown(2),
      m(0, 5, 0, 6),
      ...mergedDown(2).map((a) => ({ ...a, top: 4, bottom: 5 })),
      m(4, 5, 4, 6),
    ];
    const a = analyse([sheet("Таблица 1", rows, merges)], { lang: "ru" });
    expect(a.measures.map((x) => x.no)).toEqual(["1", "2", "3"]);
    expect(a.measures.every((x) => x.completedOn === "2025-06-01" && x.status === "on_time")).toBe(
      true
    );
    expect(a.issues).toEqual([]);
  });

  test("en: a repeated header with other wordings of the same columns is still the header; a measure starting with a header word is a measure", () => {
    const rows: CellValue[][] = [
      ["No", "Task", "Measure", "Deadline", "Expected result", "Status"],
      [1, "Task", "Measure of support for schools", "2025", "Result", "Completed on time"],
      ["Item", "Tasks", "Action", "Due date", "Output", "Status (progress)"],
      [2, null, "Action plan review", "2025", "Result", "In progress"],
    ];
    const a = analyse([sheet("Table 1", rows)], { lang: "en" });
    expect(a.measures.map((x) => [x.no, x.measure, x.status])).toEqual([
      ["1", "Measure of support for schools", "on_time"],
      ["2", "Action plan review", "in_progress"],
    ]);
    expect(a.issues).toEqual([]);
  });

  test("a row naming one key is a repeated header only with the very same text; data rows with header-like words stay measures", () => {
    const rows: CellValue[][] = [
      ["№", "Задача", "Мероприятие", "Срок", "Результат", "Статус"],
      [null, null, "Мероприятие", null, null, null],
      [1, "Задача", "Мероприятие", "2025 год", "Результат", "Статус: исполнено"],
    ];
    const a = analyse([sheet("S", rows)], { lang: "ru" });
    expect(a.measures.map((x) => x.row)).toEqual([1, 2]);
    expect(a.issues.map((i) => [i.code, i.row])).toContainEqual(["unparsed-deadline", 1]);
  });
});
