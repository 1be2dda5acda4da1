/**
 * The boundaries of SPEC "Local joint monitoring and evaluation groups" that rules.test.ts does not
 * already walk: the sex share just under and at its bound for n = 5, 7, 9, 15 and just above 70 %;
 * the quorum for odd groups; the 18th birthday of a member born on 29 February; a due date across
 * the new Labour Code's May holidays; and dates written as text in several forms in the meetings and
 * acts sheets — read, or an issue at their cell, never a throw.
 */
import { checkGroup, shareBounds } from "../../../src/core";
import type { CellValue, GroupCheck, SheetGrid } from "../../../src/core";
import { actRow, actsSheet, meetingsSheet, memberSpecs, membersSheet } from "./fixtures";

function run(sheets: SheetGrid[], asOf = "2024-09-20", created?: string): GroupCheck {
  const r = checkGroup(sheets, { asOf, lang: "en", created });
  if (!r.ok) throw new Error(r.fatal.message);
  return r.check;
}
const codes = (c: GroupCheck): string[] => c.issues.map((i) => i.code);

describe("sex share: at most ⌊0.7·n⌋ of one sex", () => {
  // n, most members of one sex allowed (70 % of n, rounded down).
  const cases: [number, number][] = [
    [5, 3],
    [7, 4],
    [9, 6],
    [15, 10],
  ];
  test.each(cases)(
    "n = %i: %i of one sex passes, one more fails (women and men alike)",
    (n, most) => {
      expect(shareBounds(n).sexMax).toBe(most);
      expect(codes(run([membersSheet(memberSpecs(n, { women: most }))]))).not.toContain(
        "sex-share"
      );
      expect(codes(run([membersSheet(memberSpecs(n, { women: n - most }))]))).not.toContain(
        "sex-share"
      );
      const women = run([membersSheet(memberSpecs(n, { women: most + 1 }))]).issues.filter(
        (i) => i.code === "sex-share"
      );
      expect(women.map((i) => [i.severity, i.cell, i.message.startsWith("Women")])).toEqual([
        ["error", "D4", true],
      ]);
      const men = run([membersSheet(memberSpecs(n, { women: n - most - 1 }))]).issues.filter(
        (i) => i.code === "sex-share"
      );
      expect(men.map((i) => i.message.startsWith("Men"))).toEqual([true]);
    }
  );
  test("70 % exactly passes (14 of 20), just above fails (12 of 17 is 70.6 %)", () => {
    expect(codes(run([membersSheet(memberSpecs(20, { women: 14 }))]))).not.toContain("sex-share");
    const above = run([membersSheet(memberSpecs(17, { women: 12 }))]).issues.find(
      (i) => i.code === "sex-share"
    );
    expect(above?.message).toBe(
      "Women are 12 of 17 (70.6 %): people of one sex may not be more than 70 % (5.2.3)."
    );
    expect(codes(run([membersSheet(memberSpecs(17, { women: 11 }))]))).not.toContain("sex-share");
  });
});

describe("quorum: more than half of all members", () => {
  test.each([
    [5, 3],
    [7, 4],
    [9, 5],
    [15, 8],
  ])("n = %i: %i present is a quorum, one fewer is not", (n, min) => {
    const c = run(
      [
        membersSheet(memberSpecs(n)),
        meetingsSheet([
          ["25.09.2024", min],
          ["26.09.2024", min - 1],
        ]),
      ],
      "2024-10-10"
    );
    expect(c.meetings.map((m) => [m.present, m.quorum])).toEqual([
      [min, true],
      [min - 1, false],
    ]);
    const issue = c.issues.filter((i) => i.code === "no-quorum");
    expect(issue.map((i) => [i.cell, i.severity])).toEqual([["C5", "error"]]);
    expect(issue[0].message).toContain(`at least ${min}`);
  });
  test("n = 16: exactly half (8) is no quorum, 9 is", () => {
    const c = run(
      [
        membersSheet(memberSpecs(16)),
        meetingsSheet([
          ["25.09.2024", 8],
          ["26.09.2024", 9],
        ]),
      ],
      "2024-10-10"
    );
    expect(c.meetings.map((m) => m.quorum)).toEqual([false, true]);
  });
});

describe("age 18 for a member born on 29 February", () => {
  const born29Feb = (created: string): string[] => {
    const specs = memberSpecs(5).map((m, i) => (i === 4 ? { ...m, birth: "29.02.2008" } : m));
    return codes(run([membersSheet(specs, created)], "2026-03-02"));
  };
  test("under 18 on 28.02.2026, 18 on 01.03.2026 (no 29 February that year)", () => {
    expect(born29Feb("28.02.2026")).toContain("member-under-18");
    expect(born29Feb("01.03.2026")).not.toContain("member-under-18");
  });
});

describe("due dates", () => {
  test("across the May holidays of the new Labour Code (1–9 May 2025) and a weekend", () => {
    // Delivered Wednesday 30.04.2025: 1–9 May are days off, 10–11 May a weekend; the 10th working day is Friday 23.05.2025.
    const c = run(
      [
        membersSheet(memberSpecs(5)),
        actsSheet([
          actRow(1, {
            date: "29.04.2025",
            delivered: "30.04.2025",
            responded: "23.05.2025",
            council: "30.05.2025",
          }),
          actRow(2, {
            date: "29.04.2025",
            delivered: "30.04.2025",
            responded: "26.05.2025",
            council: "31.05.2025",
          }),
        ]),
      ],
      "2025-07-01"
    );
    expect(c.acts.map((a) => [a.responseDue, a.response, a.councilDue, a.council])).toEqual([
      ["2025-05-23", "on_time", "2025-05-30", "on_time"],
      ["2025-05-23", "late", "2025-05-30", "late"],
    ]);
  });
});

describe("dates written as text in several forms", () => {
  const FORMS: readonly [CellValue, string | null][] = [
    ["26.09.2024", "2024-09-26"],
    ["26/09/2024", "2024-09-26"],
    ["26-09-24", "2024-09-26"],
    ["2024-09-26", "2024-09-26"],
    ["26.09.2024-ж.", "2024-09-26"],
    ["26.09.2024-жылы", "2024-09-26"],
    ["26-сентябрь, 2024-ж.", "2024-09-26"],
    ["26 сентября 2024 г.", "2024-09-26"],
    ["2024-жылдын 26-сентябры", "2024-09-26"],
    ["September 26, 2024", "2024-09-26"],
    [45561, "2024-09-26"],
    ["26.09", null],
    ["сентябрь 2024", null],
    ["31.02.2025", null],
    ["эртең", null],
    [true, null],
  ];
  test("meetings: each form read, or an error at its date cell and the meeting left out", () => {
    const c = run(
      [membersSheet(memberSpecs(5)), meetingsSheet(FORMS.map(([d]) => [d, 5]))],
      "2024-10-10"
    );
    expect(c.meetings.map((m) => m.date)).toEqual(
      FORMS.filter(([, iso]) => iso !== null).map(([, iso]) => iso)
    );
    const bad = c.issues.filter((i) => i.code === "unparsed-date");
    const badRows = FORMS.map(([, iso], i) => (iso === null ? `B${4 + i}` : null)).filter(
      (x) => x !== null
    );
    expect(bad.map((i) => [i.sheet, i.cell, i.severity])).toEqual(
      badRows.map((cell) => ["Жыйналыштар", cell, "error"])
    );
    expect(bad[0].message).toBe("“26.09” is not a date: write it as 17.09.2024.");
  });
  test("acts: a delivery date as text gives the due dates; one that is no date is an issue and the answer unknown", () => {
    const c = run(
      [
        membersSheet(memberSpecs(5)),
        actsSheet([
          actRow(1, {
            delivered: "06.03.2025-ж.",
            responded: "20-март 2025",
            council: "5 апреля 2025 г.",
          }),
          actRow(2, { delivered: "мартта", responded: "20.03.2025" }),
          actRow(3, { date: "1 март", delivered: "06/03/25" }),
        ]),
      ],
      "2025-06-30"
    );
    expect(c.acts.map((a) => [a.delivered, a.responseDue, a.response, a.council])).toEqual([
      ["2025-03-06", "2025-03-20", "on_time", "on_time"],
      [null, null, "unknown", "unknown"],
      ["2025-03-06", "2025-03-20", "missing", "missing"],
    ]);
    expect(c.issues.filter((i) => i.code === "unparsed-date").map((i) => i.cell)).toEqual([
      "K5",
      "B6",
    ]);
  });
});
