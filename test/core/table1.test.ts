/** SPEC "Table 1": discovery of the sheet, header row and columns; reading its rows. */
import {
  analyseWorkbook,
  findTable,
  headerKey,
  isGeneratedSheetName,
  isNumberingRow,
  HEADER_SEARCH_ROWS,
} from "../../src/core";
import type { CellValue, ColumnKey, SheetGrid } from "../../src/core";
import {
  analyse,
  COVER,
  EN_HEADERS,
  exampleTable1,
  KY_HEADERS,
  OPTS,
  RU_HEADERS,
  sheet,
  simpleTable,
} from "./fixtures";

const row = (no: CellValue, measure: string, status = "Аткарылды"): CellValue[] => [
  no,
  "Милдет",
  measure,
  "2025-жыл",
  "Натыйжа",
  status,
];
const emptyRows = (n: number): CellValue[][] => Array.from({ length: n }, () => []);

describe("headerKey: the headers of the SPEC in any case, spacing, with line breaks", () => {
  const expected: [string, ColumnKey][] = [
    ["№", "no"],
    ["№ п/п", "no"],
    ["No", "no"],
    ["Пункт", "no"],
    ["Item", "no"],
    ["N", "no"],
    ["Nº", "no"],
    ["Милдет", "task"],
    ["Тапшырма", "task"],
    ["Задача", "task"],
    ["Task", "task"],
    ["Тапшырмалар", "task"],
    ["Чара/ иш-аракет", "measure"],
    ["Чара", "measure"],
    ["Иш-чара", "measure"],
    ["Мероприятие", "measure"],
    ["Мероприятие/действие", "measure"],
    ["Меры/действия", "measure"],
    ["Measure", "measure"],
    ["Action", "measure"],
    ["Чаралар/Иш-аракеттер", "measure"],
    ["Наименование мероприятия", "measure"],
    ["Ишке ашыруу мөөнөтү", "deadline"],
    ["Мөөнөтү", "deadline"],
    ["Срок исполнения", "deadline"],
    ["Срок реализации", "deadline"],
    ["Deadline", "deadline"],
    ["Ишке ашыруу мөөнөттөрү", "deadline"],
    ["Күтүлгөн натыйжалар (продукт)", "result"],
    ["Ожидаемые результаты (продукт)", "result"],
    ["Expected result", "result"],
    ["Күтүлгөн жыйынтыктар", "result"],
    ["Статус (чара аткарылды же аткарылган жок (ишке ашыруунун жүрүшү жөнүндө маалымат)", "status"],
    ["Статус", "status"],
    ["Status", "status"],
    ["Ишке ашыруунун жүрүшү жөнүндө маалымат", "status"],
    ["Информация о ходе исполнения", "status"],
    ["Жооптуу аткаруучулар", "executors"],
    ["Ответственные исполнители", "executors"],
    ["Responsible executors", "executors"],
    ["Ролу", "role"],
    ["Роль", "role"],
    ["Role", "role"],
    ["Аткарылган күнү", "completedOn"],
    ["Дата исполнения", "completedOn"],
    ["Completion date", "completedOn"],
    // Odd spacing, case, line breaks, Kyrgyz letters typed without a Kyrgyz keyboard.
    ["ЧАРА/\nИШ-АРАКЕТ", "measure"],
    ["  Ишке  ашыруу\nмөөнөтү ", "deadline"],
    ["ишке ашыруу мооноту", "deadline"],
    ["СТАТУС", "status"],
    ["Срок\r\nисполнения", "deadline"],
    ["Күтүлгөн\nнатыйжалар\n(продукт)", "result"],
  ];
  test.each(expected)("%j → %s", (header, key) => expect(headerKey(header)).toBe(key));
  test.each(["", "  ", "Эскертүү", "Примечание", "Бюджет", "Каржылоо булагы"])(
    "%j is no Table 1 column",
    (h) => expect(headerKey(h)).toBeNull()
  );
});

describe("discovery of the header row", () => {
  test("header row in the first row", () => {
    const found = findTable([simpleTable([row(1, "Чара")])]);
    expect(found.ok && found.layout).toMatchObject({
      sheet: "1-таблица",
      headerRow: 0,
      firstDataRow: 1,
      columns: { no: 0, task: 1, measure: 2, deadline: 3, result: 4, status: 5 },
    });
  });

  test("title rows above and a cover sheet before", () => {
    const t = sheet("Маалымат", [
      ["Министрлик"],
      [],
      ["1-таблица"],
      ["Баштапкы маалыматтар"],
      [],
      KY_HEADERS,
      row(1, "Чара"),
    ]);
    const found = findTable([COVER, t]);
    expect(found.ok).toBe(true);
    if (found.ok) {
      expect(found.layout.sheet).toBe("Маалымат");
      expect(found.layout.headerRow).toBe(5);
      expect(found.layout.headers.measure).toBe("Чара/ иш-аракет");
    }
  });

  test("the table may start in any column", () => {
    const t = sheet("S", [[], [null, null, ...KY_HEADERS], [null, null, ...row(1, "Чара")]]);
    const found = findTable([t]);
    expect(found.ok && found.layout.columns).toEqual({
      no: 2,
      task: 3,
      measure: 4,
      deadline: 5,
      result: 6,
      status: 7,
    });
  });

  test(`the header row may be the ${HEADER_SEARCH_ROWS}th row, not the ${HEADER_SEARCH_ROWS + 1}st`, () => {
    const at = (n: number): SheetGrid => sheet("S", [...emptyRows(n), KY_HEADERS, row(1, "Чара")]);
    const last = findTable([at(HEADER_SEARCH_ROWS - 1)]);
    expect(last.ok && last.layout.headerRow).toBe(HEADER_SEARCH_ROWS - 1);
    expect(findTable([at(HEADER_SEARCH_ROWS)])).toEqual({ ok: false, code: "no-table" });
  });

  test("Russian and English headers, line breaks, odd case", () => {
    const ru = findTable([sheet("Таблица 1", [RU_HEADERS, row(1, "Мера")])]);
    expect(ru.ok && ru.layout.columns.status).toBe(5);
    const en = findTable([
      sheet("Table 1", [EN_HEADERS.map((h) => h.toUpperCase()), row(1, "Measure")]),
    ]);
    expect(en.ok && en.layout.columns.deadline).toBe(3);
    const odd = findTable([
      sheet("S", [
        [
          "№\nп/п",
          "Милдет ",
          "ЧАРА /\nИШ-АРАКЕТ",
          "Ишке  ашыруу\r\nмөөнөтү",
          "Күтүлгөн\nнатыйжалар",
          "Статус\n(ишке ашыруунун жүрүшү)",
        ],
        row(1, "Чара"),
      ]),
    ]);
    expect(odd.ok && odd.layout.columns).toEqual({
      no: 0,
      task: 1,
      measure: 2,
      deadline: 3,
      result: 4,
      status: 5,
    });
  });

  test("optional columns are mapped too", () => {
    const found = findTable([simpleTable([], ["Жооптуу аткаруучулар", "Ролу", "Аткарылган күнү"])]);
    expect(found.ok && found.layout.columns).toMatchObject({
      executors: 6,
      role: 7,
      completedOn: 8,
    });
  });

  test("a row of column numbers right under the header is skipped", () => {
    const numbers = findTable([sheet("S", [KY_HEADERS, [1, 2, 3, 4, 5, 6], row(1, "Чара")])]);
    expect(numbers.ok && numbers.layout.firstDataRow).toBe(2);
    const asText = findTable([
      sheet("S", [KY_HEADERS, ["1", "2", "3", "4", "5", "6"], row(1, "Чара")]),
    ]);
    expect(asText.ok && asText.layout.firstDataRow).toBe(2);
    const data = findTable([sheet("S", [KY_HEADERS, row(1, "Чара")])]);
    expect(data.ok && data.layout.firstDataRow).toBe(1);
  });

  test("isNumberingRow", () => {
    expect(isNumberingRow([1, 2, 3, 4, 5, 6])).toBe(true);
    expect(isNumberingRow([null, "1", "2", "3"])).toBe(true);
    expect(isNumberingRow(["1.", "2.", "3."])).toBe(true);
    expect(isNumberingRow([1, 2])).toBe(false); // too few
    expect(isNumberingRow([1, 3, 2])).toBe(false); // not increasing
    expect(isNumberingRow([1, "Милдет", "Чара"])).toBe(false);
    expect(isNumberingRow(undefined)).toBe(false);
  });

  test("at least four of the six columns make the header row: three are not enough", () => {
    const t = sheet("S", [
      ["№", "Милдет", "Чара"], // 3 of 6: a title-like row, not the header
      ["№", "Милдет", "Чара/ иш-аракет", "Мөөнөтү"], // 4 of 6 but status missing → missing-column
    ]);
    expect(findTable([t])).toEqual({
      ok: false,
      code: "missing-column",
      column: "status",
      sheet: "S",
    });
    const four = sheet("S", [
      ["№", "Чара", "Мөөнөтү", "Статус"],
      ["1", "Чара", "2025-жыл", "Аткарылды"],
    ]);
    const found = findTable([four]);
    expect(found.ok && found.layout.headerRow).toBe(0);
  });

  test.each([
    ["measure", ["№", "Милдет", "Ишке ашыруу мөөнөтү", "Күтүлгөн натыйжалар", "Статус"]],
    ["deadline", ["№", "Милдет", "Чара", "Күтүлгөн натыйжалар", "Статус"]],
    ["status", ["№", "Милдет", "Чара", "Мөөнөтү", "Күтүлгөн натыйжалар"]],
  ] as const)(
    "a required column missing is the fatal `missing-column` with its key (%s)",
    (column, headers) => {
      const result = analyseWorkbook([sheet("Лист1", [[...headers]])], OPTS, "plan.xlsx");
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.fatal).toMatchObject({ code: "missing-column", column, sheet: "Лист1" });
        expect(result.fatal.message).toContain("Лист1");
      }
    }
  );

  test("seed 002's layout (no № and no status column) is `missing-column` status", () => {
    const headers = [
      "Тапшырмалар",
      "Чаралар/Иш-аракеттер",
      "Күтүлгөн жыйынтыктар",
      "Ишке ашыруу мөөнөттөрү",
      "Жооптуу аткаруучулар",
    ];
    expect(findTable([sheet("S", [headers])])).toEqual({
      ok: false,
      code: "missing-column",
      column: "status",
      sheet: "S",
    });
  });

  test("the fatal messages name the column in the user's language", () => {
    const grid = [sheet("Лист1", [["№", "Милдет", "Чара", "Мөөнөтү", "Натыйжа"]])];
    const msg = (lang: "ky" | "ru" | "en"): string => {
      const r = analyseWorkbook(grid, { ...OPTS, lang }, "plan.xlsx");
      return r.ok ? "" : r.fatal.message;
    };
    expect(msg("ky")).toContain("«Статус» тилкеси жок");
    expect(msg("ru")).toContain("нет столбца «Статус»");
    expect(msg("en")).toContain("has no “Status” column");
  });

  test("no such row in any sheet is the fatal `no-table`, in the user's language", () => {
    expect(findTable([])).toEqual({ ok: false, code: "no-table" });
    expect(findTable([COVER, sheet("Empty", [])])).toEqual({ ok: false, code: "no-table" });
    const r = analyseWorkbook([COVER], { ...OPTS, lang: "ru" }, "plan.xlsx");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fatal.code).toBe("no-table");
      expect(r.fatal.message).toMatch(/^В книге «plan\.xlsx» не найдена Таблица 1/);
      expect(r.fatal.column).toBeUndefined();
    }
  });

  test("a sheet with a complete table wins over an earlier sheet missing a column", () => {
    const broken = sheet("A", [["№", "Милдет", "Чара", "Мөөнөтү", "Натыйжа"]]);
    const good = sheet("B", [KY_HEADERS, row(1, "Чара")]);
    const found = findTable([broken, good]);
    expect(found.ok && found.layout.sheet).toBe("B");
  });

  test("sheet names are a hint: `1-таблица`, `Таблица 1`, `Table 1` are searched first", () => {
    const other = sheet("Отчет", [KY_HEADERS, row(1, "Башка")]);
    for (const name of ["1-таблица", "Таблица 1", "Table 1", "Table1", "1 таблица"]) {
      const hinted = sheet(name, [KY_HEADERS, row(1, "Чара")]);
      const found = findTable([other, hinted]);
      expect(found.ok && found.layout.sheet).toBe(name);
    }
    // `Таблица 10` is not a hint for Table 1.
    const ten = findTable([other, sheet("Таблица 10", [KY_HEADERS, row(1, "Чара")])]);
    expect(ten.ok && ten.layout.sheet).toBe("Отчет");
  });

  test("sheets the tool writes itself (Annex 2, also copied by Excel) are never read as Table 1", () => {
    for (const name of ["2-тиркеме", "Приложение 2", "Annex 2", "2-тиркеме (2)", "annex 2"]) {
      const annex = sheet(name, [KY_HEADERS, row(1, "Эски отчет")]);
      const a = analyse([annex, sheet("Лист1", [KY_HEADERS, row(1, "Чара")])]);
      expect(a.layout.sheet).toBe("Лист1");
    }
    expect(isGeneratedSheetName("Приложение 2 (3)")).toBe(true);
    expect(isGeneratedSheetName("Приложение 21")).toBe(false);
  });

  test("the `sheet` option forces one sheet (name compared without case)", () => {
    const one = sheet("Биринчи", [KY_HEADERS, row(1, "А")]);
    const two = sheet("Экинчи", [KY_HEADERS, row(1, "Б")]);
    expect(analyse([one, two], { sheet: "экинчи" }).measures[0].measure).toBe("Б");
    expect(analyseWorkbook([one, two], { ...OPTS, sheet: "Жок" })).toMatchObject({
      ok: false,
      fatal: { code: "no-table" },
    });
  });
});

describe("reading the rows of Table 1", () => {
  test("merged task cells: measures inherit the task above; heading and blank rows are not measures", () => {
    const a = analyse([COVER, exampleTable1()], { body: "МЦРИТ" });
    expect(a.measures).toHaveLength(12);
    expect(a.measures.map((m) => m.no)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
    ]);
    expect(a.measures.slice(0, 3).map((m) => m.task)).toEqual(
      Array(3).fill("Санариптик инфраструктураны өнүктүрүү")
    );
    expect(a.measures.slice(3).every((m) => m.task === "Санариптик кызматтар")).toBe(true);
    expect(a.measures[0].row).toBe(5); // 0-based: the heading row 4 was skipped
    expect(a.measures[3].row).toBe(9); // the blank row 8 was skipped
  });

  test("item numbers `12`, `12.`, `1.2`, text; `№ 12`", () => {
    const a = analyse([
      simpleTable([
        row(12, "А"),
        row("13.", "Б"),
        row("1.2", "В"),
        row("4.1.3", "Г"),
        row("№ 15", "Д"),
        row("А-1", "Е"),
      ]),
    ]);
    expect(a.measures.map((m) => m.no)).toEqual(["12", "13", "1.2", "4.1.3", "15", "А-1"]);
  });

  test("a row with only an item number (a section number or an unfilled template row) is not a measure", () => {
    const a = analyse([
      simpleTable([
        row(1, "Чара"),
        ["2", null, null, null, null, null],
        ["II.", "Экинчи бөлүм"],
        row(3, "Чара 3"),
      ]),
    ]);
    expect(a.measures.map((m) => m.no)).toEqual(["1", "3"]);
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a heading merged across the table (value in the № column) is not a measure", () => {
    const t = sheet(
      "S",
      [KY_HEADERS, ["1. Электрондук кызматтар"], row(1, "Чара")],
      [{ top: 1, left: 0, bottom: 1, right: 5 }]
    );
    expect(analyse([t]).measures.map((m) => m.measure)).toEqual(["Чара"]);
  });

  test("a measure without an item number still counts", () => {
    const a = analyse([simpleTable([[null, "Милдет", "Чара", "2025-жыл", "Н", "Аткарылды"]])]);
    expect(a.measures).toHaveLength(1);
    expect(a.measures[0].no).toBe("");
  });

  test("cells merged down (deadline, status, executors over several measures) are read on every row", () => {
    const t = sheet(
      "S",
      [
        [...KY_HEADERS, "Жооптуу аткаруучулар"],
        ["1", "Милдет", "Чара 1", "2014-жылдын III-IV кварталы", "Н", "Аткарылды", "МЭББ, МКМЖК"],
        ["2", null, "Чара 2", null, "Н", null, null],
        ["3", null, "Чара 3", "", "Н", "", ""], // Office.js gives "" for the covered cells
      ],
      [
        { top: 1, left: 3, bottom: 3, right: 3 },
        { top: 1, left: 5, bottom: 3, right: 5 },
        { top: 1, left: 6, bottom: 3, right: 6 },
      ]
    );
    const a = analyse([t], { body: "МКМЖК" });
    expect(a.measures.map((m) => [m.deadline.end, m.status, m.role])).toEqual([
      ["2014-12-31", "on_time", "co"],
      ["2014-12-31", "on_time", "co"],
      ["2014-12-31", "on_time", "co"],
    ]);
    expect(
      a.issues.filter((i) => i.code === "unparsed-deadline" || i.code === "missing-status")
    ).toEqual([]);
  });

  test("merges listed in any order, and a heading merged over two rows", () => {
    const t = sheet(
      "S",
      [
        KY_HEADERS,
        ["I. Бөлүм", null, null, null, null, null],
        [null, null, null, null, null, null],
        ["1", "М", "Чара 1", "2025-жыл", "Н", "Мөөнөтүндө аткарылды"],
        ["2", "М", "Чара 2", null, "Н", null],
        ["3", "М", "Чара 3", "2026-жыл", "Н", "Аткарууда"],
        ["4", "М", "Чара 4", null, "Н", null],
      ],
      [
        { top: 5, left: 3, bottom: 6, right: 3 },
        { top: 5, left: 5, bottom: 6, right: 5 },
        { top: 3, left: 3, bottom: 4, right: 3 },
        { top: 1, left: 0, bottom: 2, right: 5 },
        { top: 3, left: 5, bottom: 4, right: 5 },
      ]
    );
    const a = analyse([t]);
    expect(a.measures.map((m) => [m.no, m.deadline.end, m.status])).toEqual([
      ["1", "2025-12-31", "on_time"],
      ["2", "2025-12-31", "on_time"],
      ["3", "2026-12-31", "in_progress"],
      ["4", "2026-12-31", "in_progress"],
    ]);
  });

  test("a measure cell merged over two rows (two result lines) is one measure", () => {
    const t = sheet(
      "S",
      [
        KY_HEADERS,
        ["1", "М", "Чара", "2025-жыл", "Натыйжа 1", "Мөөнөтүндө аткарылды"],
        [null, null, null, null, "Натыйжа 2", null],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 2, bottom: 2, right: 2 },
      ]
    );
    const a = analyse([t]);
    expect(a.measures).toHaveLength(1);
    expect(a.issues).toEqual([]);
  });

  test("an item number merged down over several measures is not a duplicate", () => {
    const t = sheet(
      "S",
      [
        KY_HEADERS,
        ["5", "М", "Чара а", "2025-жыл", "Н", "Аткарылды"],
        [null, null, "Чара б", "2025-жыл", "Н", "Аткарылды"],
      ],
      [{ top: 1, left: 0, bottom: 2, right: 0 }]
    );
    const a = analyse([t]);
    expect(a.measures.map((m) => m.no)).toEqual(["5", "5"]);
    expect(a.issues.filter((i) => i.code === "duplicate-item")).toEqual([]);
  });

  test("rows may be ragged and short; trailing empty rows are ignored", () => {
    const a = analyse([
      sheet("S", [
        KY_HEADERS,
        ["1", "М", "Чара", "2025-жыл", "Н", "Аткарылды"],
        [],
        ["2", "М", "Чара 2"],
        [null],
        [],
      ]),
    ]);
    expect(a.measures.map((m) => [m.no, m.status])).toEqual([
      ["1", "on_time"],
      ["2", "missing"],
    ]);
  });

  test("cells hold numbers, dates, errors, Office.js empty strings", () => {
    const a = analyse([
      simpleTable([
        [1, "М", 42, new Date(Date.UTC(2025, 2, 31)), "", "Аткарылды"],
        ["", "", "Чара", 45838, "", "Аткарылды"],
      ]),
    ]);
    expect(a.measures.map((m) => [m.measure, m.deadlineText, m.deadline.end])).toEqual([
      ["42", "31.03.2025", "2025-03-31"],
      ["Чара", "45838", "2025-06-30"],
    ]);
  });
});
