/** SPEC "Role of the reporting body". */
import {
  bodyAliases,
  classifyRole,
  findBodyInExecutors,
  roleFromExecutors,
  splitExecutors,
} from "../../src/core";
import type { Role } from "../../src/core";
import { analyse, KY_HEADERS, sheet } from "./fixtures";

const role = (executors: string, body: string): Role | null =>
  roleFromExecutors(executors, bodyAliases(body));

/** Executors of seed 002 (e-government action plan 2014–2017), as typed there. */
const SEED_002 =
  "МЭББ, МКМЖК, ЭБнын инфратүзүмүнүн техникалык оператору, мамлекеттик башкаруунун жана ЖӨБдүн катышуучу органдары, кызыкдар уюмдар \n\n(макулдашуу боюнча";

describe("by the order of executors: the first body named is the lead, any later one a co-executor", () => {
  test("first → lead, later → co", () => {
    expect(role("МЦРИТ, МЭК, ГКНБ", "МЦРИТ")).toBe("lead");
    expect(role("МЦРИТ, МЭК, ГКНБ", "МЭК")).toBe("co");
    expect(role("МЦРИТ, МЭК, ГКНБ", "ГКНБ")).toBe("co");
  });
  test("a real executors cell of seed 002", () => {
    expect(role(SEED_002, "МЭББ")).toBe("lead");
    expect(role(SEED_002, "МКМЖК")).toBe("co");
    expect(role(SEED_002, "ЖӨБ")).toBe("co"); // `ЖӨБдүн`
    expect(role(SEED_002, "ТКМ")).toBeNull();
  });
  test("entries split on commas, semicolons and line breaks, not inside brackets", () => {
    expect(splitExecutors("МЦРИТ; МЭК\nГКНБ")).toEqual(["МЦРИТ", "МЭК", "ГКНБ"]);
    expect(splitExecutors("МЦРИТ (по согласованию, при наличии), МЭК")).toEqual([
      "МЦРИТ (по согласованию, при наличии)",
      "МЭК",
    ]);
    expect(splitExecutors("МЭББ, МКМЖК\n(макулдашуу боюнча)")).toEqual(["МЭББ", "МКМЖК"]);
    expect(role("МЦРИТ (по согласованию), МЭК", "МЭК")).toBe("co");
  });
  test("two bodies joined inside one entry: the second is a co-executor", () => {
    expect(role("МЦРИТ жана МЭК", "МЭК")).toBe("co");
    expect(role("МЦРИТ жана МЭК", "МЦРИТ")).toBe("lead");
    expect(role("МЦРИТ и МЭК", "МЭК")).toBe("co");
    expect(role("МЦРИТ / МЭК", "МЭК")).toBe("co");
    expect(role("МЦРИТ (МЭК менен бирге)", "МЭК")).toBe("co");
  });
  test("a body whose own name contains `и` or `&` is still found, as lead", () => {
    const full = "Министерство цифрового развития и инновационных технологий";
    expect(role(`${full}, Министерство экономики и коммерции`, full)).toBe("lead");
    expect(
      role(`${full}, Министерство экономики и коммерции`, "Министерство экономики и коммерции")
    ).toBe("co");
    expect(role("Ministry of Economy & Commerce, MDDIT", "Ministry of Economy & Commerce")).toBe(
      "lead"
    );
  });
  test("words before the body that are not a body keep it the lead", () => {
    expect(role("Кыргыз Республикасынын МЦРИТи, МЭК", "МЦРИТ")).toBe("lead");
  });
  test("an abbreviation in brackets after a full name (with `и` in it) is that body", () => {
    const entry =
      "Министерство цифрового развития и инновационных технологий (МЦРИТ), Министерство экономики и коммерции";
    expect(role(entry, "МЦРИТ")).toBe("lead");
    expect(
      role("Санариптик өнүктүрүү жана инновациялык технологиялар министрлиги (МЦРИТ), МЭК", "МЦРИТ")
    ).toBe("lead");
    expect(role("МЭК и Министерство цифрового развития (МЦРИТ)", "МЦРИТ")).toBe("co");
    expect(role("Санарип министрлиги жана МЭК", "МЭК")).toBe("co");
  });
});

describe("the body by name or abbreviation: case-insensitive, whole token", () => {
  test("case-insensitive", () => {
    expect(role("МЦРИТ, МЭК", "мцрит")).toBe("lead");
    expect(role("мцрит, мэк", "МЭК")).toBe("co");
  });
  test("whole token: МЭ is not МЭК, МЭБ is not МЭББ", () => {
    expect(role("МЦРИТ, МЭК", "МЭ")).toBeNull();
    expect(role("МЦРИТ, МЭББ", "МЭБ")).toBeNull();
    expect(role("МЦРИТ, МЭ", "МЭ")).toBe("co");
  });
  test("an abbreviation with a Kyrgyz case ending", () => {
    expect(role("МЭББнын жана ЭБнын инфратүзүмүнүн техникалык операторунун", "МЭББ")).toBe("lead");
    expect(role("МЭК, МЦРИТке", "МЦРИТ")).toBe("co");
    expect(role("МЭК, МЦРИТтин аппараты", "МЦРИТ")).toBe("co");
    expect(role("ЖӨБдүн органдары", "ЖӨБ")).toBe("lead");
    expect(role("МЭК, мцриттен", "МЦРИТ")).toBe("co"); // typed in lower case
    expect(role("МЭК, МЦРИТ-ке", "МЦРИТ")).toBe("co");
  });
  test("a full name in Kyrgyz with a case ending on its last word", () => {
    expect(
      role("Экономика жана коммерция министрлигинин, МЦРИТ", "Экономика жана коммерция министрлиги")
    ).toBe("lead");
  });
  test("Latin look-alikes and Kyrgyz letters are folded", () => {
    expect(role("MЦPИT, МЭК", "МЦРИТ")).toBe("lead"); // Latin M, P, T
    expect(role("МЭК, ЖОБ органдары", "ЖӨБ")).toBe("co");
  });
  test("aliases: `Name (ABBR)` and `A|B`", () => {
    expect(bodyAliases("Министерство цифрового развития (МЦРИТ)")).toEqual([
      ["министерство", "цифрового", "развития", "мцрит"],
      ["министерство", "цифрового", "развития"],
      ["мцрит"],
    ]);
    expect(role("МЭК, МЦРИТ", "Министерство цифрового развития (МЦРИТ)")).toBe("co");
    expect(
      role("Министерство цифрового развития КР, МЭК", "Министерство цифрового развития (МЦРИТ)")
    ).toBe("lead");
    expect(role("МЭК, Санарип министрлиги", "МЦРИТ|Санарип министрлиги")).toBe("co");
  });
  test("not named → null; findBodyInExecutors gives the entry index", () => {
    expect(role("МЭК, ГКНБ", "МЦРИТ")).toBeNull();
    expect(role("", "МЦРИТ")).toBeNull();
    expect(findBodyInExecutors("МЭК, ГКНБ, МЦРИТ", bodyAliases("МЦРИТ"))).toBe(2);
    expect(findBodyInExecutors("МЭК", bodyAliases("МЦРИТ"))).toBe(-1);
  });
});

describe("the role column", () => {
  test.each([
    ["негизги аткаруучу", "lead"],
    ["Негизги аткаруучу", "lead"],
    ["основной исполнитель", "lead"],
    ["Основной", "lead"],
    ["lead", "lead"],
    ["Lead executor", "lead"],
    ["кошо аткаруучу", "co"],
    ["Кошо аткаруучу", "co"],
    ["тең аткаруучу", "co"],
    ["соисполнитель", "co"],
    ["co", "co"],
    ["Co-executor", "co"],
    ["КOШO AТКАРУУЧУ", "co"], // Latin O, A
  ] as const)("%j → %s", (text, expected) => expect(classifyRole(text)).toBe(expected));
  test.each(["", "xyz", "наблюдатель"])("%j → null", (text) =>
    expect(classifyRole(text)).toBeNull()
  );
});

describe("role inside an analysis", () => {
  const headers = [...KY_HEADERS, "Жооптуу аткаруучулар", "Ролу"];
  const r = (
    no: number,
    executors: string | null,
    roleText: string | null
  ): (string | number | null)[] => [
    no,
    "М",
    `Чара ${no}`,
    "2025-жыл",
    "Н",
    "Мөөнөтүндө аткарылды",
    executors,
    roleText,
  ];

  test("the role column wins over the executors order", () => {
    const a = analyse(
      [
        sheet("S", [
          headers,
          r(1, "МЭК, МЦРИТ", "негизги аткаруучу"),
          r(2, "МЦРИТ, МЭК", "кошо аткаруучу"),
        ]),
      ],
      { body: "МЦРИТ" }
    );
    expect(a.measures.map((m) => m.role)).toEqual(["lead", "co"]);
    expect(a.issues).toEqual([]);
  });

  test("an empty role cell falls back to the executors; an unknown one is flagged", () => {
    const a = analyse(
      [sheet("S", [headers, r(1, "МЭК, МЦРИТ", null), r(2, "МЦРИТ", "байкоочу")])],
      { body: "МЦРИТ" }
    );
    expect(a.measures.map((m) => m.role)).toEqual(["co", "lead"]);
    expect(a.issues).toEqual([
      expect.objectContaining({ code: "unknown-role", cell: "H3", severity: "warning" }),
    ]);
  });

  test("body not among the executors → warning `body-not-in-executors` at the executors cell, treated as lead", () => {
    const a = analyse([sheet("S", [headers.slice(0, 7), r(1, "МЭК, ГКНБ", null).slice(0, 7)])], {
      body: "МЦРИТ",
      lang: "ru",
    });
    expect(a.measures[0].role).toBe("lead");
    expect(a.issues).toEqual([
      expect.objectContaining({
        code: "body-not-in-executors",
        severity: "warning",
        cell: "G2",
        row: 1,
        col: 6,
        message: "«МЦРИТ» нет среди ответственных исполнителей: учтено как основной исполнитель.",
      }),
    ]);
  });

  test("no executors column and no role column → every measure is the body's as lead", () => {
    const a = analyse(
      [sheet("S", [KY_HEADERS, r(1, null, null).slice(0, 6), r(2, null, null).slice(0, 6)])],
      { body: "МЦРИТ" }
    );
    expect(a.measures.map((m) => m.role)).toEqual(["lead", "lead"]);
    expect(a.issues).toEqual([]);
  });

  test("no body given → lead, no warning", () => {
    const a = analyse([sheet("S", [headers.slice(0, 7), r(1, "МЭК, ГКНБ", null).slice(0, 7)])]);
    expect(a.measures[0].role).toBe("lead");
    expect(a.issues).toEqual([]);
  });
});
