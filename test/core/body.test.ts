/**
 * SPEC "Role of the reporting body" Rules: a body's full name and abbreviation (either matches, the
 * full name as the plan writes it is exposed), genitive names of subordinate bodies, line breaks
 * inside names.
 */
import {
  bodyAliases,
  initials,
  resolveBody,
  roleFromExecutors,
  splitExecutors,
} from "../../src/core";
import type { Role } from "../../src/core";
import { analyse, KY_HEADERS, sheet } from "./fixtures";

const role = (executors: string, body: string): Role | null =>
  roleFromExecutors(executors, bodyAliases(body));
const MCRIT = "Министерство цифрового развития и инновационных технологий";

describe("a name in the genitive that goes on into another name is that other, subordinate body", () => {
  test("ky: the department of the ministry is not the ministry; the ministry itself, and a case ending at the end, are", () => {
    expect(
      role("Билим берүү министрлигинин Мектептер департаменти, МЭК", "Билим берүү министрлиги")
    ).toBeNull();
    expect(
      role("МЭК, Билим берүү министрлигинин Мектептер департаменти", "Билим берүү министрлиги")
    ).toBeNull();
    expect(role("Билим берүү министрлиги, МЭК", "Билим берүү министрлиги")).toBe("lead");
    expect(role("МЭК, Билим берүү министрлигинин", "Билим берүү министрлиги")).toBe("co");
    expect(role("МЭББнын", "МЭББ")).toBe("lead");
    expect(role("МЭК, МЭББнын", "МЭББ")).toBe("co");
  });
  test("ky: an abbreviation in the genitive, after a hyphen too, or before `алдындагы`/`караштуу`", () => {
    expect(role("ЭБнын инфратүзүмүнүн техникалык оператору", "ЭБ")).toBeNull(); // seed 002
    expect(role("МЦРИТ-тин Маалымат департаменти", "МЦРИТ")).toBeNull();
    expect(role("МЭББнын алдындагы агенттик", "МЭББ")).toBeNull();
    expect(role("МЦРИТке караштуу «Түндүк» ишканасы, МЦРИТ", "МЦРИТ")).toBe("co"); // the body itself is the second entry
    expect(role("МЭББнын жана ЭБнын инфратүзүмүнүн техникалык операторунун", "МЭББ")).toBe("lead"); // `жана` joins
  });
  test("ky: a genitive before a head that names the body itself stays that body", () => {
    expect(role("ЖӨБдүн катышуучу органдары", "ЖӨБ")).toBe("lead");
    expect(role("МЭК, МЦРИТтин аппараты", "МЦРИТ")).toBe("co");
  });
  test("ru and en: a unit named before the body, or `при`, is another body", () => {
    expect(role("Департамент цифровизации МЦРИТ, МЭК", "МЦРИТ")).toBeNull();
    expect(role("Агентство при МЦРИТ", "МЦРИТ")).toBeNull();
    expect(role("Department of e-services of MDDIT, MEC", "MDDIT")).toBeNull();
    expect(role(`${MCRIT} (МЦРИТ), МЭК`, "МЦРИТ")).toBe("lead");
    expect(role("MEC and MDDIT", "MDDIT")).toBe("co");
  });
});

describe("a line break inside a name is a space when the joined words form the body's name; otherwise it separates entries", () => {
  test("the body's own name broken over two lines", () => {
    expect(role("Санариптик өнүктүрүү\nминистрлиги\nМЭК", "Санариптик өнүктүрүү министрлиги")).toBe(
      "lead"
    );
    expect(role("МЭК\nСанариптик өнүктүрүү\nминистрлиги", "Санариптик өнүктүрүү министрлиги")).toBe(
      "co"
    );
    expect(role("Ministry of Digital\nDevelopment, MEC", "Ministry of Digital Development")).toBe(
      "lead"
    );
  });
  test("a line going on with `и`/`жана`, or a line ending in a genitive, is one entry", () => {
    expect(
      splitExecutors(`Министерство цифрового развития\nи инновационных технологий (МЦРИТ)\nМЭК`)
    ).toEqual([`${MCRIT} (МЦРИТ)`, "МЭК"]);
    expect(
      role(`Министерство цифрового развития\nи инновационных технологий (МЦРИТ)\nМЭК`, "МЦРИТ")
    ).toBe("lead");
    expect(splitExecutors("Билим берүү министрлигинин\nМектептер департаменти\nМЭК")).toEqual([
      "Билим берүү министрлигинин Мектептер департаменти",
      "МЭК",
    ]);
    expect(
      role("Билим берүү министрлигинин\nМектептер департаменти", "Билим берүү министрлиги")
    ).toBeNull();
  });
  test("otherwise a line break separates bodies", () => {
    expect(splitExecutors("МЦРИТ\nМЭК\nГКНБ")).toEqual(["МЦРИТ", "МЭК", "ГКНБ"]);
    expect(role("МЦРИТ\nМЭК", "МЭК")).toBe("co");
    expect(role("Санариптик өнүктүрүү\nминистрлиги, МЭК", "МЭК")).toBe("co");
  });
});

describe("a body's full name and abbreviation: either matches; the plan's full name is the one printed", () => {
  test("`Full name (ABBR)` in an executors cell gives both, from either", () => {
    const cells = ["МЭК, МЦРИТ", `${MCRIT} (МЦРИТ), Министерство экономики и коммерции`];
    expect(resolveBody("мцрит", cells)).toEqual({ fullName: MCRIT, abbreviation: "МЦРИТ" });
    expect(resolveBody(MCRIT, cells)).toEqual({ fullName: MCRIT, abbreviation: "МЦРИТ" });
    expect(
      resolveBody("Санариптик өнүктүрүү министрлиги", ["Санариптик өнүктүрүү министрлиги (СӨМ)"])
    ).toEqual({ fullName: "Санариптик өнүктүрүү министрлиги", abbreviation: "СӨМ" });
    expect(
      resolveBody("mddit", ["Ministry of Digital Development and Innovative Technologies (MDDIT)"])
    ).toEqual({
      fullName: "Ministry of Digital Development and Innovative Technologies",
      abbreviation: "MDDIT",
    });
  });
  test("a list of abbreviations in the workbook (`ABBR – full name`, as seed 002 ends)", () => {
    const glossary = [
      "МБ – маалыматтар базасы",
      "МЭББ - Кыргыз Республикасынын Өкмөтүнө караштуу Мамлекеттик электрондук башкаруу борбору",
    ];
    expect(resolveBody("мэбб", ["МЭББ, МКМЖК"], () => glossary)).toEqual({
      fullName: "Кыргыз Республикасынын Өкмөтүнө караштуу Мамлекеттик электрондук башкаруу борбору",
      abbreviation: "МЭББ",
    });
  });
  test("a full name's initials written as an abbreviation are its abbreviation", () => {
    expect(initials(MCRIT)).toBe("МЦРИТ");
    expect(initials("Санариптик өнүктүрүү министрлиги")).toBe("СӨМ");
    expect(resolveBody(MCRIT, ["МЦРИТ, МЭК"])).toEqual({ fullName: MCRIT, abbreviation: "МЦРИТ" });
  });
  test("nothing more in the plan: the names as given, in the plan's spelling when it has one", () => {
    expect(resolveBody("мцрит", ["МЦРИТке, МЭК"])).toEqual({
      fullName: "МЦРИТ",
      abbreviation: "МЦРИТ",
    });
    expect(resolveBody("ГКНБ", ["МЭК"])).toEqual({ fullName: "ГКНБ", abbreviation: "ГКНБ" });
    expect(resolveBody("Экономика министрлиги", ["МЭК"])).toEqual({
      fullName: "Экономика министрлиги",
      abbreviation: null,
    });
    expect(resolveBody(`Минцифры (МЦ)`, [])).toEqual({ fullName: "Минцифры", abbreviation: "МЦ" });
  });

  const headers = [...KY_HEADERS, "Жооптуу аткаруучулар"];
  const row = (no: number, executors: string): (string | number)[] => [
    no,
    "М",
    `Чара ${no}`,
    "2025-жыл",
    "Н",
    "Мөөнөтүндө аткарылды",
    executors,
  ];
  const grid = sheet("1-таблица", [
    headers,
    row(1, `${MCRIT} (МЦРИТ), МЭК`),
    row(2, `${MCRIT}, МЭК`),
    row(3, "МЭК, МЦРИТ"),
    row(4, "Министерство экономики и коммерции"),
  ]);

  test.each(["ky", "ru", "en"] as const)(
    "the analysis exposes the full name, and either name matches every row (%s)",
    (lang) => {
      for (const body of ["мцрит", MCRIT]) {
        const a = analyse([grid], { body, lang });
        expect(a.reportingBody).toEqual({ fullName: MCRIT, abbreviation: "МЦРИТ" });
        expect(a.body).toBe(body);
        expect(a.measures.map((m) => m.role)).toEqual(["lead", "lead", "co", "lead"]);
        expect(a.issues.map((i) => [i.code, i.cell])).toEqual([["body-not-in-executors", "G5"]]);
      }
    }
  );
  test("no body given → no reporting body", () => expect(analyse([grid]).reportingBody).toBeNull());
  test("a list of abbreviations on another sheet gives the full name", () => {
    const legend = sheet("Кыскартуулар", [
      ["Кыскартуулар"],
      ["МЭК – Кыргыз Республикасынын Экономика жана коммерция министрлиги"],
    ]);
    expect(analyse([grid, legend], { body: "мэк" }).reportingBody).toEqual({
      fullName: "Кыргыз Республикасынын Экономика жана коммерция министрлиги",
      abbreviation: "МЭК",
    });
  });
});
