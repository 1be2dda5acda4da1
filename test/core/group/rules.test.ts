/** Every rule of SPEC "Local joint monitoring and evaluation groups" at its boundaries. */
import { checkGroup } from "../../../src/core";
import type { GroupCheck, GroupIssue, SheetGrid } from "../../../src/core";
import { actRow, actsSheet, meetingsSheet, memberSpecs, membersSheet } from "./fixtures";

function run(sheets: SheetGrid[], asOf = "2024-09-20", created?: string): GroupCheck {
  const r = checkGroup(sheets, { asOf, lang: "en", created });
  if (!r.ok) throw new Error(r.fatal.message);
  return r.check;
}
const codes = (c: GroupCheck): string[] => c.issues.map((i) => i.code);
const issue = (c: GroupCheck, code: string): GroupIssue | undefined =>
  c.issues.find((i) => i.code === code);
const members = (n: number, o: Parameters<typeof memberSpecs>[1] = {}): SheetGrid[] => [
  membersSheet(memberSpecs(n, o)),
];

describe("group size and odd number", () => {
  test.each([
    [4, true, true],
    [5, false, false],
    [15, false, false],
    [16, true, true],
  ])("n = %i: size error %s, even error %s", (n, size, even) => {
    const c = run(members(n));
    expect(codes(c).includes("group-size")).toBe(size);
    expect(codes(c).includes("group-even")).toBe(even);
    expect(c.counts.total).toBe(n);
  });
  test("the size issue points at the № header of the members sheet", () => {
    const i = issue(run(members(4)), "group-size")!;
    expect([i.sheet, i.cell, i.severity]).toEqual(["Мүчөлөр", "A4", "error"]);
  });
});

describe("category shares (municipal ≥ ⌊n/4⌋, deputies ⌊n/4⌋…⌈n/4⌉, citizens ≥ ⌈n/2⌉)", () => {
  const cases: [number, number, number, number][] = [
    // n, ⌊n/4⌋, ⌈n/4⌉, ⌈n/2⌉
    [5, 1, 2, 3],
    [7, 1, 2, 4],
    [9, 2, 3, 5],
    [15, 3, 4, 8],
  ];
  test.each(cases)("n = %i: municipal just under and at the bound", (n, lo) => {
    expect(codes(run(members(n, { municipal: lo - 1, deputies: lo })))).toContain(
      "municipal-share"
    );
    expect(codes(run(members(n, { municipal: lo, deputies: lo })))).not.toContain(
      "municipal-share"
    );
  });
  test.each(cases)("n = %i: deputies just under, at both bounds, just over", (n, lo, hi, half) => {
    const municipal = Math.min(lo, n - half - hi);
    expect(codes(run(members(n, { municipal: lo, deputies: lo - 1 })))).toContain("deputy-share");
    expect(codes(run(members(n, { municipal: lo, deputies: lo })))).not.toContain("deputy-share");
    expect(
      codes(run(members(n, { municipal: Math.max(0, municipal), deputies: hi })))
    ).not.toContain("deputy-share");
    expect(codes(run(members(n, { municipal: 0, deputies: hi + 1 })))).toContain("deputy-share");
  });
  test.each(cases)("n = %i: citizens just under and at the bound", (n, lo, _hi, half) => {
    // Citizens are what is left after municipal employees and deputies.
    expect(codes(run(members(n, { municipal: n - half + 1 - lo, deputies: lo })))).toContain(
      "citizen-share"
    );
    expect(codes(run(members(n, { municipal: n - half - lo, deputies: lo })))).not.toContain(
      "citizen-share"
    );
  });
  test("the share issue is at the category header and gives the figures", () => {
    const i = issue(run(members(9, { municipal: 1, deputies: 2 })), "municipal-share")!;
    expect(i.cell).toBe("C4");
    expect(i.message).toBe(
      "Municipal employees: 1 of 9; at least 2 (a quarter) are required (5.2.3)."
    );
  });
});

describe("sex share: neither sex above 70 %", () => {
  test("7 of 10 (exactly 70 %) passes, 8 of 10 fails", () => {
    expect(codes(run(members(10, { women: 7 })))).not.toContain("sex-share");
    expect(codes(run(members(10, { women: 8 })))).toContain("sex-share");
    expect(codes(run(members(10, { women: 3 })))).not.toContain("sex-share");
    expect(codes(run(members(10, { women: 2 })))).toContain("sex-share");
  });
  test("n = 5: 3 of one sex (60 %) passes, 4 (80 %) fails", () => {
    expect(codes(run(members(5, { women: 2 })))).not.toContain("sex-share");
    expect(issue(run(members(5, { women: 1 })), "sex-share")!.message).toBe(
      "Men are 4 of 5 (80 %): people of one sex may not be more than 70 % (5.2.3)."
    );
  });
});

describe("age 18 on the creation date", () => {
  const withBirth = (birth: string): SheetGrid[] => {
    const specs = memberSpecs(5).map((m, i) => (i === 2 ? { ...m, birth } : m));
    return [membersSheet(specs, "17.09.2024")];
  };
  test("the 18th birthday on the creation date is old enough; the day after is not", () => {
    expect(codes(run(withBirth("17.09.2006")))).not.toContain("member-under-18");
    const i = issue(run(withBirth("18.09.2006")), "member-under-18")!;
    expect([i.cell, i.row]).toEqual(["E7", 6]);
  });
  test("a birth year only: under 18 only when certainly so", () => {
    expect(codes(run(withBirth("2007")))).toContain("member-under-18");
    expect(codes(run(withBirth("2006")))).not.toContain("member-under-18");
  });
});

describe("one chair", () => {
  test("none, one, two", () => {
    const specs = memberSpecs(5);
    expect(codes(run([membersSheet(specs.map((m) => ({ ...m, role: "мүчө" })))]))).toContain(
      "no-chair"
    );
    expect(codes(run([membersSheet(specs)]))).not.toContain("no-chair");
    const two = run([
      membersSheet(specs.map((m, i) => (i === 3 ? { ...m, role: "Топтун төрагасы" } : m))),
    ]);
    expect(issue(two, "no-chair")!.cell).toBe("G8");
  });
  test("a deputy chair or secretary is not the chair", () => {
    const specs = memberSpecs(5).map((m, i) => ({
      ...m,
      role: i === 0 ? "төраганын орун басары" : i === 1 ? "председатель" : "секретарь",
    }));
    expect(codes(run([membersSheet(specs)]))).not.toContain("no-chair");
  });
});

describe("term of four years", () => {
  const at = (asOf: string): string[] =>
    codes(run(members(5), asOf)).filter((c) => c.startsWith("term"));
  test("created 17.09.2024: ends 17.09.2028; warned from 90 days before", () => {
    expect(at("2028-06-18")).toEqual([]);
    expect(at("2028-06-19")).toEqual(["term-expiring"]);
    expect(at("2028-09-16")).toEqual(["term-expiring"]);
    expect(at("2028-09-17")).toEqual(["term-expired"]);
  });
  test("the term issue is at the creation date cell", () => {
    expect(issue(run(members(5), "2029-01-01"), "term-expired")!.cell).toBe("B2");
  });
});

describe("meetings", () => {
  test("first meeting within 10 working days of creation (17.09.2024 → 01.10.2024)", () => {
    expect(
      codes(run([...members(5), meetingsSheet([["01.10.2024", 5]])], "2024-10-10"))
    ).not.toContain("first-meeting-late");
    const late = issue(
      run([...members(5), meetingsSheet([["02.10.2024", 5]])], "2024-10-10"),
      "first-meeting-late"
    )!;
    expect([late.sheet, late.cell, late.severity]).toEqual(["Жыйналыштар", "B4", "warning"]);
    expect(codes(run([...members(5), meetingsSheet([])], "2024-10-02"))).toContain(
      "first-meeting-late"
    );
  });
  test("quorum: more than half present; exactly half is not a quorum", () => {
    const c10 = run(
      [
        ...members(10),
        meetingsSheet([
          ["25.09.2024", 5],
          ["26.09.2024", 6],
        ]),
      ],
      "2024-10-10"
    );
    const noQuorum = c10.issues.filter((i) => i.code === "no-quorum");
    expect(noQuorum.map((i) => i.cell)).toEqual(["C4"]);
    expect(c10.meetingCounts).toEqual({ held: 2, withQuorum: 1 });
    const c9 = run(
      [
        ...members(9),
        meetingsSheet([
          ["25.09.2024", 4],
          ["26.09.2024", "5 (9)"],
        ]),
      ],
      "2024-10-10"
    );
    expect(c9.issues.filter((i) => i.code === "no-quorum").map((i) => i.cell)).toEqual(["C4"]);
  });
  test("every full quarter of the term has a meeting with a quorum", () => {
    const c = run(
      [
        ...members(5),
        meetingsSheet([
          ["25.09.2024", 5],
          ["10.11.2024", 5],
          ["15.02.2025", 5],
          ["10.05.2025", 2],
        ]),
      ],
      "2025-07-01"
    );
    expect(
      c.issues.filter((i) => i.code === "quarter-without-meeting").map((i) => i.message)
    ).toEqual(["No meeting with a quorum in Q2 2025: the group meets at least once a quarter."]);
  });
});

describe("acts", () => {
  const base = (rows: ReturnType<typeof actRow>[], asOf = "2025-06-30"): GroupCheck =>
    run([...members(5), actsSheet(rows)], asOf);
  test("each missing part is an error at its cell; a missing column once at the header", () => {
    const c = base([actRow(1, { blank: 7, responded: "10.03.2025", council: "20.03.2025" })]);
    expect(c.issues.filter((i) => i.code === "act-missing-part").map((i) => i.cell)).toEqual([
      "H4",
    ]);
    const header = [
      "№",
      "Актынын күнү",
      "Объектиси",
      "Предмети",
      "Өткөрүлгөн орду",
      "Мөөнөттөрү",
      "Натыйжалары",
      "Сунуштамалар жана сунуштар",
      "Тапшырылган күнү",
    ];
    const noPurpose = run(
      [
        ...members(5),
        actsSheet(
          [[1, "01.03.2025", "Мектеп", "Тамак", "Айыл", "март", "жакшы", "сунуш", "06.03.2025"]],
          header
        ),
      ],
      "2025-03-10"
    );
    const missing = noPurpose.issues.filter((i) => i.code === "act-missing-part");
    expect(missing.map((i) => [i.cell, i.message])).toEqual([
      ["A3", "The acts register has no column for “purpose”, which every act states (8.1)."],
    ]);
  });
  test("answers: on time on the due day, late the day after, missing after the limit, pending before it", () => {
    // Delivered Thursday 06.03.2025; 10 working days skip the weekends and 8 March (a Saturday): due 20.03.2025.
    const c = base([
      actRow(1, { responded: "20.03.2025", council: "05.04.2025" }),
      actRow(2, { responded: "21.03.2025", council: "06.04.2025" }),
      actRow(3, { delivered: "06.03.2025" }),
      actRow(4, { delivered: "25.06.2025" }),
    ]);
    expect(c.acts.map((a) => [a.responseDue, a.response, a.councilDue, a.council])).toEqual([
      ["2025-03-20", "on_time", "2025-04-05", "on_time"],
      ["2025-03-20", "late", "2025-04-05", "late"],
      ["2025-03-20", "missing", "2025-04-05", "missing"],
      ["2025-07-09", "pending", "2025-07-25", "pending"],
    ]);
    expect(c.actCounts).toEqual({
      total: 4,
      responsesOnTime: 1,
      responsesLate: 1,
      responsesMissing: 1,
    });
    expect(c.issues.filter((i) => i.code === "response-overdue").map((i) => i.cell)).toEqual([
      "L5",
      "L6",
    ]);
    expect(c.issues.filter((i) => i.code === "council-report-overdue").map((i) => i.cell)).toEqual([
      "M5",
      "M6",
    ]);
  });
  test("a duplicate act number is an error at the later one", () => {
    expect(
      issue(
        base([
          actRow(1, { responded: "10.03.2025", council: "10.03.2025" }),
          actRow(1, { responded: "10.03.2025", council: "10.03.2025" }),
        ]),
        "duplicate-act"
      )!.cell
    ).toBe("A5");
  });
});
