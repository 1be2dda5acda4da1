/** Bad and varied input: issues at the cells, never a throw. */
import {
  checkGroup,
  readCategory,
  readSex,
  sexFromName,
  readDate,
  readCount,
  findGroupSheets,
} from "../../../src/core";
import type { CellValue, SheetGrid } from "../../../src/core";
import { memberSpecs, membersSheet } from "./fixtures";

describe("words people write", () => {
  test("categories", () => {
    const words = [
      "айыл өкмөтүнүн адиси",
      "Муниципалдык кызматкер",
      "муниципальный служащий",
      "Баетов айылдык кеңешинин депутаты",
      "депутат местного кенеша",
      "жаран",
      "Айыл тургуну",
      "представитель общественного объединения",
      "ОО «Аялдар кеңеши» өкүлү",
      "гражданин",
      "Citizen",
      "айыл башчысы",
      "мугалим",
      "",
    ];
    expect(words.map(readCategory)).toEqual([
      "municipal",
      "municipal",
      "municipal",
      "deputy",
      "deputy",
      "citizen",
      "citizen",
      "citizen",
      "citizen",
      "citizen",
      "citizen",
      "municipal",
      null,
      null,
    ]);
  });
  test("sex", () => {
    expect(
      ["аял", "Эркек", "ж", "э", "жен.", "муж.", "м", "M", "F", "female", "Male", "x", ""].map(
        readSex
      )
    ).toEqual([
      "female",
      "male",
      "female",
      "male",
      "female",
      "male",
      "male",
      "male",
      "female",
      "female",
      "male",
      "unknown",
      null,
    ]);
  });
  test("sex from Kyrgyz and Russian names", () => {
    expect(
      [
        "А.Молдалиева",
        "Т.Байбагышов",
        "Э.Темир уулу",
        "Токтомамыт кызы Кундуз",
        "Иванова Анна Петровна",
        "Петров Иван Сергеевич",
        "Жанара",
      ].map(sexFromName)
    ).toEqual(["female", "male", "male", "female", "female", "male", null]);
  });
  test("dates in several forms, years, and what is not a date", () => {
    const d = (v: CellValue) => readDate(v);
    expect([
      d("17.09.2024"),
      d("2024-09-17"),
      d("17-сентябрь, 2024-ж."),
      d("17 сентября 2024 г."),
      d(new Date(Date.UTC(2024, 8, 17))),
      d(45552),
      d(29221),
    ]).toEqual(
      Array(6)
        .fill({ kind: "date", date: "2024-09-17" })
        .concat([{ kind: "date", date: "1980-01-01" }])
    );
    expect([d(1980), d("1980-ж."), d("былтыр"), d(""), d({ error: "#N/A" })]).toEqual([
      { kind: "year", year: 1980 },
      { kind: "year", year: 1980 },
      { kind: "bad" },
      { kind: "empty" },
      { kind: "bad" },
    ]);
  });
  test("members present", () => {
    expect([
      readCount(7),
      readCount("7"),
      readCount("7/9"),
      readCount("7 из 9"),
      readCount("Асанов, Бакиева, Токтогулов"),
      readCount("көпчүлүк"),
      readCount(null),
    ]).toEqual([7, 7, 7, 7, 3, null, null]);
  });
});

describe("bad members sheets get issues at the cells", () => {
  test("no category column: one error at the header row, no share rule, no throw", () => {
    const header = ["№", "Аты-жөнү", "Жынысы", "Туулган күнү"];
    const r = checkGroup([membersSheet(memberSpecs(5), "17.09.2024", header)], {
      asOf: "2024-09-20",
      lang: "ky",
    });
    if (!r.ok) throw new Error();
    const codes = r.check.issues.map((i) => i.code);
    expect(r.check.issues.find((i) => i.code === "missing-column")).toMatchObject({
      sheet: "Мүчөлөр",
      cell: "B4",
      severity: "error",
    });
    expect(codes).not.toContain("municipal-share");
  });
  test("unknown and empty categories, unreadable sex and dates, each at its cell", () => {
    const specs = memberSpecs(5).map((m, i) =>
      i === 1
        ? { ...m, category: "мугалим" }
        : i === 2
          ? { ...m, category: null }
          : i === 3
            ? { ...m, sex: "?", birth: "жаз" }
            : m
    );
    const r = checkGroup([membersSheet(specs)], { asOf: "2024-09-20", lang: "ru" });
    if (!r.ok) throw new Error();
    const at = (code: string) => r.check.issues.filter((i) => i.code === code).map((i) => i.cell);
    expect(at("unknown-category")).toEqual(["C6"]);
    expect(at("missing-category")).toEqual(["C7"]);
    expect(at("unknown-sex")).toEqual(["D8"]);
    expect(at("unparsed-date")).toEqual(["E8"]);
    expect(r.check.issues.find((i) => i.code === "unknown-category")!.message).toBe(
      "Категория «мугалим» (Мүчө 2) не распознана: напишите муниципальный служащий, депутат или гражданин."
    );
  });
  test("sex column empty: taken from the name as a warning", () => {
    const specs = memberSpecs(5).map((m, i) => ({
      ...m,
      sex: null,
      name: ["Т.Байбагышов", "А.Молдалиева", "К.Тиленбаева", "Э.Темир уулу", "Жанара"][i],
    }));
    const r = checkGroup([membersSheet(specs)], { asOf: "2024-09-20", lang: "en" });
    if (!r.ok) throw new Error();
    expect(r.check.counts).toMatchObject({ women: 2, men: 2 });
    expect(
      r.check.issues.filter((i) => i.code === "sex-inferred").map((i) => [i.cell, i.severity])
    ).toEqual([
      ["D5", "warning"],
      ["D6", "warning"],
      ["D7", "warning"],
      ["D8", "warning"],
    ]);
    expect(r.check.issues.find((i) => i.code === "missing-sex")!.cell).toBe("D9");
  });
  test("creation date: written forms, missing, unreadable, or given", () => {
    const created = (v: CellValue, given?: string) => {
      const r = checkGroup([membersSheet(memberSpecs(5), v)], {
        asOf: "2024-09-20",
        lang: "en",
        created: given,
      });
      if (!r.ok) throw new Error();
      return [
        r.check.created,
        r.check.issues
          .filter(
            (i) => i.code === "missing-creation-date" || (i.code === "unparsed-date" && i.row === 1)
          )
          .map((i) => i.code),
      ];
    };
    expect(created("“17” сентябрь 2024-жылдын")).toEqual(["2024-09-17", []]);
    expect(created(null)).toEqual([null, ["missing-creation-date"]]);
    expect(created("күзүндө")).toEqual([null, ["unparsed-date"]]);
    expect(created(null, "2024-09-17")).toEqual(["2024-09-17", []]);
    const inline = checkGroup(
      [
        {
          name: "Состав",
          rows: [
            ["Дата создания: 17.09.2024"],
            ["ФИО", "Категория", "Пол"],
            ["Асанов А.", "депутат", "м"],
          ],
        },
      ],
      { asOf: "2024-09-20", lang: "ru" }
    );
    expect(inline.ok && inline.check.created).toBe("2024-09-17");
  });
  test("no members sheet at all is the one fatal case", () => {
    const r = checkGroup(
      [{ name: "Sheet1", rows: [["hello"]] }],
      { asOf: "2024-09-20", lang: "en" },
      "x.xlsx"
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fatal.message).toMatch(/^No members sheet was found in x\.xlsx/);
  });
  test("garbage cells of every type never throw", () => {
    const junk: CellValue[] = [
      null,
      "",
      0,
      -1,
      1e9,
      true,
      { error: "#REF!" },
      new Date(Number.NaN),
      "№",
      "  ",
    ];
    const rows: CellValue[][] = [
      ["Түзүлгөн күнү:", { error: "#N/A" }],
      ["№", "Аты-жөнү", "Категориясы", "Жынысы", "Туулган күнү", "Жашы"],
      ...junk.map((v, i) => ["x" + i, v, v, v, v, v]),
    ];
    const sheets: SheetGrid[] = [
      { name: "Мүчөлөр", rows },
      { name: "Жыйналыштар", rows: [["Күнү", "Катышкан"], ...junk.map((v) => [v, v])] },
      {
        name: "Актылар",
        rows: [
          ["№", "Объектиси", "Сунуштамалар", "Тапшырылган күнү"],
          ...junk.map((v) => [v, v, v, v]),
        ],
      },
    ];
    expect(() => checkGroup(sheets, { asOf: "2024-09-20", lang: "ky" })).not.toThrow();
  });
});

describe("sheets are found by their headers, in any language and order", () => {
  test("Russian sheets with other names", () => {
    const found = findGroupSheets([
      {
        name: "Лист3",
        rows: [
          [],
          [
            "№",
            "Дата акта",
            "Цель",
            "Объект",
            "Предмет",
            "Место",
            "Сроки",
            "Результаты",
            "Рекомендации",
            "Дата вручения",
            "Дата ответа объекта",
          ],
        ],
      },
      { name: "Лист1", rows: [["ФИО", "Категория", "Пол", "Дата рождения"]] },
      { name: "Лист2", rows: [["Дата", "Присутствовало", "Повестка дня"]] },
      { name: "Лист4", rows: [["Дата", "Вид", "Наименование"]] },
      { name: "Лист5", rows: [["Объект мониторинга", "Предмет", "Метод", "Сроки"]] },
    ]);
    expect([
      found.members?.sheet,
      found.meetings?.sheet,
      found.acts?.sheet,
      found.holidays?.sheet,
      found.workPlan?.sheet,
    ]).toEqual(["Лист1", "Лист2", "Лист3", "Лист4", "Лист5"]);
    expect(found.acts!.columns).toMatchObject({
      no: 0,
      date: 1,
      purpose: 2,
      object: 3,
      subject: 4,
      place: 5,
      period: 6,
      findings: 7,
      recommendations: 8,
      delivered: 9,
      responded: 10,
    });
  });
});
