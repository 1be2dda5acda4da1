/** Working days: weekends, the Labour Code's fixed holidays, the holidays sheet's movable holidays and moved days. */
import {
  addWorkingDays,
  buildCalendar,
  checkGroup,
  fixedHolidays,
  isWorkingDay,
  readDayKind,
  SHIPPED_DAYS,
  weekday,
} from "../../../src/core";
import type { CalendarDay } from "../../../src/core";
import { actRow, actsSheet, holidaysSheet, memberSpecs, membersSheet } from "./fixtures";

const cal = (days: CalendarDay[] = []) => buildCalendar(days, 2023, 2027);

describe("addWorkingDays", () => {
  test("across a weekend: Friday + 1 is Monday", () => {
    expect(weekday("2025-04-11")).toBe(5);
    expect(addWorkingDays("2025-04-11", 1, cal())).toBe("2025-04-14");
    expect(addWorkingDays("2025-04-11", 10, cal())).toBe("2025-04-25");
  });
  test("across a fixed holiday (21 March 2025, Nooruz, a Friday)", () => {
    expect(isWorkingDay("2025-03-21", cal())).toBe(false);
    expect(addWorkingDays("2025-03-14", 10, cal())).toBe("2025-03-31");
  });
  test("across a movable holiday from the sheet (Kurman Ait 06.06.2025) and without it", () => {
    expect(addWorkingDays("2025-05-30", 10, cal([]))).toBe("2025-06-13");
    expect(addWorkingDays("2025-05-30", 10, cal([{ date: "2025-06-06", kind: "holiday" }]))).toBe(
      "2025-06-16"
    );
  });
  test("a Saturday made a working day counts", () => {
    const days: CalendarDay[] = [
      { date: "2025-06-06", kind: "holiday" },
      { date: "2025-06-14", kind: "working-day" },
    ];
    expect(addWorkingDays("2025-05-30", 10, cal(days))).toBe("2025-06-14");
  });
  test("a moved day off is not worked", () => {
    expect(addWorkingDays("2025-04-11", 1, cal([{ date: "2025-04-14", kind: "day-off" }]))).toBe(
      "2025-04-15"
    );
  });
});

describe("the Labour Code's fixed holidays", () => {
  test("from 2025 the new Code: 1–7 January, 8 and 21 March, 1–9 May, 31 August; 23 February and 7 November are working days", () => {
    const dates = fixedHolidays(2025).map((h) => h.date);
    expect(dates).toHaveLength(19);
    expect(dates).toEqual(
      expect.arrayContaining([
        "2025-01-06",
        "2025-01-07",
        "2025-03-08",
        "2025-03-21",
        "2025-05-02",
        "2025-05-09",
        "2025-08-31",
      ])
    );
    expect(isWorkingDay("2025-02-24", cal())).toBe(true);
    expect(isWorkingDay("2025-11-07", cal())).toBe(true);
    expect(isWorkingDay("2025-05-06", cal())).toBe(false);
  });
  test("up to 2024 the old Code, whose holidays on a weekend move the day off to the next working day", () => {
    expect(fixedHolidays(2024).map((h) => h.date)).toContain("2024-04-07");
    expect(weekday("2024-04-07")).toBe(0);
    expect(isWorkingDay("2024-04-08", cal())).toBe(false);
    expect(isWorkingDay("2024-11-07", cal())).toBe(false);
    // Under the new Code a Sunday holiday moves nothing: Nooruz 2026 on a Saturday.
    expect(isWorkingDay("2026-03-23", cal())).toBe(true);
  });
  test("the shipped days are sourced and within 2024–2026", () => {
    for (const d of SHIPPED_DAYS) {
      expect(d.source).not.toBe("");
      expect(d.date >= "2024-01-01" && d.date <= "2026-12-31").toBe(true);
    }
  });
});

describe("the holidays sheet", () => {
  test("kinds as people write them", () => {
    expect(
      [
        "Майрам",
        "Орозо айт",
        "праздник",
        "Которулган дем алыш күнү",
        "перенесённый выходной",
        "нерабочий день",
        "Жумушчу күн (ишемби)",
        "рабочий день",
        "working day",
        "",
        "бир нерсе",
      ].map(readDayKind)
    ).toEqual([
      "holiday",
      "holiday",
      "holiday",
      "day-off",
      "day-off",
      "day-off",
      "working-day",
      "working-day",
      "working-day",
      "holiday",
      null,
    ]);
  });
  test("the act's due date follows the sheet: a movable holiday and a working Saturday", () => {
    const sheets = (days: [string, string][]) => [
      membersSheet(memberSpecs(5)),
      actsSheet([
        actRow(1, { delivered: "30.05.2025", responded: "16.06.2025", council: "20.06.2025" }),
      ]),
      holidaysSheet(days),
    ];
    const due = (days: [string, string][]) => {
      const r = checkGroup(sheets(days), { asOf: "2025-07-01", lang: "ky" });
      if (!r.ok) throw new Error(r.fatal.message);
      return [r.check.acts[0].responseDue, r.check.acts[0].response];
    };
    expect(due([])).toEqual(["2025-06-13", "late"]);
    expect(due([["06.06.2025", "Курман айт"]])).toEqual(["2025-06-16", "on_time"]);
    expect(
      due([
        ["06.06.2025", "майрам"],
        ["14.06.2025", "жумушчу күн"],
      ])
    ).toEqual(["2025-06-14", "late"]);
  });
  test("a kind that is no kind is a warning at its cell, and a date that is no date an error", () => {
    const r = checkGroup(
      [
        membersSheet(memberSpecs(5)),
        holidaysSheet([
          ["06.06.2025", "ой"],
          ["бир күн", "майрам"],
        ]),
      ],
      { asOf: "2025-07-01", lang: "ru" }
    );
    if (!r.ok) throw new Error();
    expect(
      r.check.issues.filter((i) => i.sheet === "Майрамдар").map((i) => [i.code, i.cell, i.severity])
    ).toEqual([
      ["unknown-day-kind", "B5", "warning"],
      ["unparsed-date", "A6", "error"],
    ]);
  });
});
