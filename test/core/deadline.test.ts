/** SPEC "Deadline (column 4): type and end date". */
import { deadlineYear, parseDeadline } from "../../src/core";
import type { CellValue, Deadline } from "../../src/core";

const fixed = (end: string): Deadline => ({ type: "fixed", end });
const ongoing = (): Deadline => ({ type: "ongoing", end: null });
const cases = (rows: readonly (readonly [CellValue, Deadline])[]): void => {
  test.each(rows)("%j", (value, expected) => expect(parseDeadline(value)).toEqual(expected));
};

describe("the SPEC table", () => {
  describe("a year → its last day", () =>
    cases([
      ["2025-жыл", fixed("2025-12-31")],
      ["2025 год", fixed("2025-12-31")],
      ["В течение 2025 года", fixed("2025-12-31")],
      ["2025-жылдын ичинде", fixed("2025-12-31")],
      ["2025", fixed("2025-12-31")],
      ["2024 г.", fixed("2024-12-31")],
      ["2024ж.", fixed("2024-12-31")],
      ["2025 year", fixed("2025-12-31")],
    ]));
  describe("a quarter → its last day", () =>
    cases([
      ["2024-жылдын IV чейреги", fixed("2024-12-31")],
      ["2025-жылдын I чейреги", fixed("2025-03-31")],
      ["2025-жылдын 3-чейреги", fixed("2025-09-30")],
      ["2025-жылдын II чейрегинде", fixed("2025-06-30")],
      ["2024-жылдын IV кварталы", fixed("2024-12-31")],
      ["2025-жылдын II кварталы", fixed("2025-06-30")],
      ["IV квартал 2024 года", fixed("2024-12-31")],
      ["I квартал 2025 г.", fixed("2025-03-31")],
      ["3-квартал 2025 года", fixed("2025-09-30")],
      ["2 кв. 2025 г.", fixed("2025-06-30")],
      ["Q3 2025", fixed("2025-09-30")],
      ["2024-жылдын 4-кварталы", fixed("2024-12-31")],
      ["2024 жылдын IV-чейреги", fixed("2024-12-31")],
    ]));
  describe("a range of quarters → the end of the last one named", () =>
    cases([
      ["2024-жылдын III-IV кварталы", fixed("2024-12-31")],
      ["2024-жылдын I-II чейреги", fixed("2024-06-30")],
      ["II-III кварталы 2025 года", fixed("2025-09-30")],
      ["IV кв. 2024 г. – I кв. 2025 г.", fixed("2025-03-31")],
      ["Декабрь 2024 г. - январь 2025 г.", fixed("2025-01-31")],
      ["II-III кв. 2025 г.", fixed("2025-09-30")],
    ]));
  describe("a half-year", () =>
    cases([
      ["2025-жылдын I жарым жылдыгы", fixed("2025-06-30")],
      ["2025-жылдын II жарым жылдыгы", fixed("2025-12-31")],
      ["2025-жылдын биринчи жарым жылдыгы", fixed("2025-06-30")],
      ["2025-жылдын экинчи жарымында", fixed("2025-12-31")],
      ["I полугодие 2025 года", fixed("2025-06-30")],
      ["1-полугодие 2025 года", fixed("2025-06-30")],
      ["II полугодие 2025 г.", fixed("2025-12-31")],
      ["H1 2025", fixed("2025-06-30")],
      ["first half of 2025", fixed("2025-06-30")],
    ]));
  describe("a range of years → the end of the last", () =>
    cases([
      ["2024-2026-жылдар", fixed("2026-12-31")],
      ["2024-2026 годы", fixed("2026-12-31")],
      ["в течение 2024-2025 годов", fixed("2025-12-31")],
      ["2024–2028 жж.", fixed("2028-12-31")],
      ["2024-2028", fixed("2028-12-31")],
    ]));
  describe("until a date → that date", () =>
    cases([
      ["2026-жылдын 1-июлуна чейин", fixed("2026-07-01")],
      ["до 1 июля 2026 года", fixed("2026-07-01")],
      ["не позднее 15 марта 2025 г.", fixed("2025-03-15")],
      ["2025-жылдын 31-декабрына чейин", fixed("2025-12-31")],
      ["by 1 July 2026", fixed("2026-07-01")],
      ["01.07.2026", fixed("2026-07-01")],
      ["30.06.2025 ж.", fixed("2025-06-30")],
      ["2026-07-01", fixed("2026-07-01")],
      ["до 01.09.2025", fixed("2025-09-01")],
    ]));
  describe("a month → its last day", () =>
    cases([
      ["март 2025", fixed("2025-03-31")],
      ["2025-жылдын март айы", fixed("2025-03-31")],
      ["2025-жылдын декабры", fixed("2025-12-31")],
      ["декабрь 2025 года", fixed("2025-12-31")],
      ["февраль 2024", fixed("2024-02-29")], // leap year
      ["December 2025", fixed("2025-12-31")],
    ]));
  describe("ongoing", () =>
    cases([
      ["туруктуу", { type: "ongoing", end: null }],
      ["Туруктуу", { type: "ongoing", end: null }],
      ["постоянно", { type: "ongoing", end: null }],
      ["Постоянно", { type: "ongoing", end: null }],
      ["ongoing", { type: "ongoing", end: null }],
      ["Ongoing", { type: "ongoing", end: null }],
      ["жыл сайын", { type: "ongoing", end: null }],
      ["ежегодно", { type: "ongoing", end: null }],
      ["на постоянной основе", { type: "ongoing", end: null }],
      ["по мере необходимости", { type: "ongoing", end: null }],
      ["ар чейректе", { type: "ongoing", end: null }],
      ["Tуруктуу", { type: "ongoing", end: null }], // Latin T
    ]));
  describe("staged", () =>
    cases([
      ["этабы менен", { type: "staged", end: null }],
      ["Этабы менен", { type: "staged", end: null }],
      ["поэтапно", { type: "staged", end: null }],
      ["in stages", { type: "staged", end: null }],
      ["по этапам", { type: "staged", end: null }],
    ]));
  describe("staged with years → staged, ending with the last year", () =>
    cases([
      ["2024-2028-жылдар, этабы менен", { type: "staged", end: "2028-12-31" }],
      ["поэтапно, 2024-2028 годы", { type: "staged", end: "2028-12-31" }],
      ["Этабы менен (2024-2026-жж.)", { type: "staged", end: "2026-12-31" }],
      ["in stages, 2024-2027", { type: "staged", end: "2027-12-31" }],
    ]));
});

describe("wordings of a real action plan (seed 002) and a village plan (seed 003)", () =>
  cases([
    ["2014-жылдын IV кварталы – 2015-жылдын I кварталы", fixed("2015-03-31")],
    ["2015-жылдын\n\nI кварталы", fixed("2015-03-31")],
    ["2014-2015- жылдар", fixed("2015-12-31")],
    ["2014-2015 жылдары", fixed("2015-12-31")],
    ["2014-2017-жылдар ", fixed("2017-12-31")],
    ["2015-2017-жылдар\n2014-2015-жылдар\n2015-2016-жылдар\n\n2017-жыл", fixed("2017-12-31")],
    ["2019 жыл\n\nмарт", fixed("2019-03-31")],
    ["2019 жыл\n\n15-апрелге чейин", fixed("2019-04-15")],
    ["2019 жыл июлдун 3 аптасы", fixed("2019-07-21")],
    ["2019 жыл\n\nавгусттун 1 2 аптасы", fixed("2019-08-14")],
    ["2019 жыл майдын 4 аптасы", fixed("2019-05-28")],
  ]));

describe("SPEC's rows for local plans: weeks of a month, week ranges, day-month with the year elsewhere, permanent basis", () =>
  cases([
    // Week k of a month = days 7k−6…7k; week 5 ends with the month.
    ["2019 жыл май 3-аптасы", fixed("2019-05-21")],
    ["3-я неделя мая 2019 года", fixed("2019-05-21")],
    ["third week of May 2019", fixed("2019-05-21")],
    ["week 3 of May 2019", fixed("2019-05-21")],
    ["2019 жыл\nиюлдун 4-аптасы", fixed("2019-07-28")],
    ["2019 жыл\nсентябрдын 5-аптасы", fixed("2019-09-30")],
    ["2019 жыл\nфевраль 5-аптасы", fixed("2019-02-28")],
    ["2019 жыл июнь 1-2-аптасы", fixed("2019-06-14")],
    ["2019 жыл\nавгустун 1-2аптасы", fixed("2019-08-14")],
    ["2019 жыл\nавгусттун\n1-2-аптасы", fixed("2019-08-14")],
    ["2019 жыл апрель\n1-2-аптасы", fixed("2019-04-14")],
    ["1-2 недели июня 2019 года", fixed("2019-06-14")],
    ["2019 жыл 15-апрелге чейин", fixed("2019-04-15")],
    ["2019 жыл\n20-апрелге чейин", fixed("2019-04-20")],
    ["до 15 апреля, 2019 год", fixed("2019-04-15")],
    ["август\n2019 жыл", fixed("2019-08-31")],
    ["туруктуу негизде", ongoing()],
    ["на постоянной основе", ongoing()],
    ["Бекитилген мониторинг планына ылайык туруктуу негизде", ongoing()],
    ["жыл сайын", ongoing()],
    ["ежегодно", ongoing()],
    ["ежеквартально", ongoing()],
  ]));

describe("date cells", () => {
  test("a Date (as file readers give it) is that date", () => {
    expect(parseDeadline(new Date(Date.UTC(2025, 5, 30)))).toEqual(fixed("2025-06-30"));
    expect(parseDeadline(new Date(Date.UTC(2024, 1, 29)))).toEqual(fixed("2024-02-29"));
  });
  test("an Excel serial number (as Office.js gives dates) is that date", () => {
    expect(parseDeadline(45838)).toEqual(fixed("2025-06-30"));
    expect(parseDeadline(45658)).toEqual(fixed("2025-01-01"));
    expect(parseDeadline(45838.75)).toEqual(fixed("2025-06-30")); // a time of day is dropped
  });
  test("an invalid Date is unparsed", () =>
    expect(parseDeadline(new Date(Number.NaN))).toEqual({ type: null, end: null }));
});

describe("year numbers", () => {
  test("a number 1990–2100 is a year", () => {
    expect(parseDeadline(2025)).toEqual(fixed("2025-12-31"));
    expect(parseDeadline(2028)).toEqual(fixed("2028-12-31"));
  });
  test("other numbers are neither years nor dates", () => {
    expect(parseDeadline(12)).toEqual({ type: null, end: null });
    expect(parseDeadline(-5)).toEqual({ type: null, end: null });
  });
});

describe("anything else is `unparsed-deadline` (type null)", () =>
  cases([
    ["", { type: null, end: null }],
    ["   ", { type: null, end: null }],
    [null, { type: null, end: null }],
    [true, { type: null, end: null }],
    [{ error: "#N/A" }, { type: null, end: null }],
    ["xyz", { type: null, end: null }],
    ["по плану", { type: null, end: null }],
    ["IV квартал", { type: null, end: null }], // a quarter of which year?
    ["32.13.2025", { type: null, end: null }],
  ]));

describe("deadlineYear: the year of the deadline end (SPEC Rule)", () => {
  test("fixed and staged with years have a year; ongoing and staged without years none", () => {
    expect(deadlineYear(parseDeadline("2024-жылдын IV чейреги"))).toBe(2024);
    expect(deadlineYear(parseDeadline("2024-2028-жылдар, этабы менен"))).toBe(2028);
    expect(deadlineYear(parseDeadline("туруктуу"))).toBeNull();
    expect(deadlineYear(parseDeadline("этабы менен"))).toBeNull();
    expect(deadlineYear(parseDeadline("xyz"))).toBeNull();
  });
});

test("a repeated wording gives an equal answer (the cache does not leak between wordings)", () => {
  expect(parseDeadline("2025-жыл")).toEqual(fixed("2025-12-31"));
  expect(parseDeadline(" 2025-жыл ")).toEqual(fixed("2025-12-31"));
  expect(parseDeadline("2026-жыл")).toEqual(fixed("2026-12-31"));
});
