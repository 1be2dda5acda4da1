/**
 * SPEC "validate": each issue points at the cell to fix — status issues and `overdue` at the status
 * cell, deadline issues at the deadline cell, `duplicate-item` at the later occurrence's № cell,
 * `missing-measure` at the measure cell — with its severity and a message in the user's language.
 */
import { coreCatalog, severityOf } from "../../src/core";
import type { Issue, IssueCode, Lang } from "../../src/core";
import { analyse, COVER, exampleTable1, KY_HEADERS, sheet } from "./fixtures";

const brief = (i: Issue): string => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`;

describe("the hand-computed example", () => {
  const a = analyse([COVER, exampleTable1()], { body: "МЦРИТ" });
  test("exactly these issues, in row order", () => {
    expect(a.issues.map(brief)).toEqual([
      "warning missing-completion-date 1-таблица!F12", // item 6: Аткарылды without a date
      "warning overdue 1-таблица!F14", // item 8: not completed, deadline 31.03.2025 < 30.06.2025
      "error missing-status 1-таблица!F15", // item 9: empty status
      "warning body-not-in-executors 1-таблица!G16", // item 10: ГКНБ only
      "error unparsed-deadline 1-таблица!D18", // item 12: по плану
      "warning missing-completion-date 1-таблица!F18", // item 12: Аткарылды without a date
    ]);
  });
  test("row and col are the 0-based coordinates of the same cell", () => {
    expect(a.issues.map((i) => [i.row, i.col])).toEqual([
      [11, 5],
      [13, 5],
      [14, 5],
      [15, 6],
      [17, 3],
      [17, 5],
    ]);
  });
  test("messages carry the cell's text and dates in dd.mm.yyyy", () => {
    expect(a.issues[1].message).toBe("Мөөнөтү (31.03.2025) өтүп кетти, чара аткарыла элек.");
    expect(a.issues[4].message).toContain("«по плану»");
  });
});

describe("each code at its cell", () => {
  const headers = [...KY_HEADERS, "Жооптуу аткаруучулар", "Аткарылган күнү"];
  const grid = sheet("Т1", [
    ["Title"],
    headers,
    [1, 2, 3, 4, 5, 6, 7, 8],
    [1, "М", "Чара 1", "2025-жыл", "Н", "Мөөнөтүндө аткарылды", "МЦРИТ", null], // row 4: fine
    [2, "М", "Чара 2", "2025-жыл", "Н", "Бир нерсе", "МЦРИТ", null], // row 5: unknown-status F5
    [1, "М", "Чара 3", "2025-жыл", "Н", "Мөөнөтүндө аткарылды", "МЦРИТ", null], // row 6: duplicate-item A6
    [4, "М", null, "2025-жыл", "Н", "Мөөнөтүндө аткарылды", "МЦРИТ", null], // row 7: missing-measure C7
    [5, "М", "Чара 5", "качандыр бир убакта", "Н", "Мөөнөтүндө аткарылды", "МЦРИТ", null], // row 8: unparsed-deadline D8
    [6, "М", "Чара 6", "2025-жыл", "Н", "Аткарылды", "МЦРИТ", "эртең"], // row 9: unparsed-completion-date H9 + missing-completion-date F9
    [7, "М", "Чара 7", "2024-жыл", "Н", "Мөөнөтүндө аткарылды", "МЦРИТ", "15.02.2025"], // row 10: timeliness-mismatch H10
    [8, "М", "Чара 8", "2024-жыл", "Н", "Аткарууда", "МЦРИТ", null], // row 11: overdue F11
    [9, "М", "Чара 9", { error: "#REF!" }, "Н", "#N/A", "МЦРИТ", null], // row 12: formula-error D12 and F12
    [10, "М", "Чара 10", "2026-жыл", "Н", "", "МЦРИТ", null], // row 13: missing-status F13
  ]);
  const a = analyse([grid], { body: "МЦРИТ" });
  const at = (code: IssueCode): string[] =>
    a.issues.filter((i) => i.code === code).map((i) => i.cell);

  test.each([
    ["unknown-status", ["F5"]],
    ["duplicate-item", ["A6"]], // the later occurrence of item 1
    ["missing-measure", ["C7"]],
    ["unparsed-deadline", ["D8"]],
    ["unparsed-completion-date", ["H9"]],
    ["missing-completion-date", ["F9"]],
    ["timeliness-mismatch", ["H10"]],
    ["overdue", ["F11"]],
    ["formula-error", ["D12", "F12"]],
    ["missing-status", ["F13"]],
  ] as const)("%s at %j", (code, cells) => expect(at(code)).toEqual(cells));

  test("nothing else", () => expect(a.issues).toHaveLength(11));

  test("severity: errors change or invalidate figures, the rest are warnings", () => {
    const errors: IssueCode[] = [
      "unknown-status",
      "missing-status",
      "unparsed-deadline",
      "duplicate-item",
      "missing-measure",
      "formula-error",
    ];
    const warnings: IssueCode[] = [
      "missing-completion-date",
      "unparsed-completion-date",
      "timeliness-mismatch",
      "body-not-in-executors",
      "unknown-role",
      "overdue",
    ];
    for (const c of errors) expect(severityOf(c)).toBe("error");
    for (const c of warnings) expect(severityOf(c)).toBe("warning");
    for (const i of a.issues) expect(i.severity).toBe(severityOf(i.code));
  });

  test("statuses that cannot be read count as not completed", () => {
    const byNo = new Map(a.measures.map((m) => [m.no + ":" + m.row, m.status]));
    expect(byNo.get("2:4")).toBe("unknown");
    expect(byNo.get("9:11")).toBe("unknown");
    expect(byNo.get("10:12")).toBe("missing");
    expect(a.summary.completed).toBe(6); // rows 4, 6, 7, 8, 9 (no date → on time), 10
  });

  test("an overdue measure that is completed is not overdue; one due after the as-of date neither", () => {
    const t = sheet("S", [
      KY_HEADERS,
      [1, "М", "Ч", "2024-жыл", "Н", "Мөөнөтүн бузуу менен аткарылды"],
      [2, "М", "Ч", "2025-жылдын II жарым жылдыгы", "Н", "Аткарууда"],
      [3, "М", "Ч", "2025-жылдын I жарым жылдыгы", "Н", "Аткарууда"],
    ]);
    // as of 30.06.2025: the deadline 30.06.2025 has not passed yet.
    expect(analyse([t]).issues).toEqual([]);
    expect(analyse([t], { asOf: "2025-07-01" }).issues.map(brief)).toEqual([
      "warning overdue S!F4",
    ]);
  });
});

describe("messages in the user's language", () => {
  const t = sheet("S", [KY_HEADERS, [1, "М", "Ч", "xyz", "Н", "Бир нерсе"]]);
  const messages = (lang: Lang): string[] => analyse([t], { lang }).issues.map((i) => i.message);
  test("Kyrgyz", () =>
    expect(messages("ky")).toEqual([
      "«xyz» мөөнөтү түшүнүксүз: мисалы «2025-жыл», «2024-жылдын IV чейреги», «туруктуу» же «этабы менен» деп жазыңыз.",
      "«Бир нерсе» статусу таанылган жок: «Мөөнөтүндө аткарылды», «Мөөнөтүн бузуу менен аткарылды», «Аткарууда» же «Аткарылган жок» деп жазыңыз.",
    ]));
  test("Russian", () =>
    expect(messages("ru")).toEqual([
      "Срок «xyz» не распознан: укажите, например, «2025 год», «IV квартал 2024 года», «постоянно» или «поэтапно».",
      "Статус «Бир нерсе» не распознан: укажите «Исполнено в срок», «Исполнено с нарушением срока», «В процессе исполнения» или «Не исполнено».",
    ]));
  test("English", () =>
    expect(messages("en")).toEqual([
      "Deadline “xyz” is not understood: write e.g. “2025”, “Q4 2024”, “ongoing” or “in stages”.",
      "Status “Бир нерсе” is not recognised: write “Completed on time”, “Completed late”, “In progress” or “Not completed”.",
    ]));

  test("every code has a one-sentence message in each language, different between languages", () => {
    const codes = Object.keys(coreCatalog("en").issue) as IssueCode[];
    expect(codes.length).toBeGreaterThanOrEqual(12);
    const args = {
      text: "X",
      no: "7",
      firstRow: 3,
      body: "МЦРИТ",
      date: "01.02.2025",
      end: "31.12.2024",
      says: "on_time" as const,
    };
    for (const code of codes) {
      const texts = (["ky", "ru", "en"] as const).map((l) => coreCatalog(l).issue[code](args));
      for (const text of texts) expect(text).toMatch(/^\S.*[.!]$/s);
      expect(new Set(texts).size).toBe(3);
    }
  });
});
