/** SPEC "Status (column 6): category by the leading phrase". */
import { classifyStatus, isCompleted, isOverdue, resolveStatus } from "../../src/core";
import type { StatusReading } from "../../src/core";
import { analyse, simpleTable } from "./fixtures";

const cases = (rows: readonly (readonly [string, StatusReading])[]): void => {
  test.each(rows)("%j → %s", (text, expected) => expect(classifyStatus(text)).toBe(expected));
};

describe("the SPEC table, in each language", () => {
  describe("on_time", () =>
    cases([
      ["мөөнөтүндө аткарылды", "on_time"],
      ["Мөөнөтүндө аткарылды", "on_time"],
      ["исполнено в срок", "on_time"],
      ["Выполнено в срок", "on_time"],
      ["completed on time", "on_time"],
      ["Completed on time", "on_time"],
    ]));
  describe("late", () =>
    cases([
      ["мөөнөтүн бузуу менен аткарылды", "late"],
      ["Исполнено с нарушением срока", "late"],
      ["Completed late", "late"],
    ]));
  describe("completed (timeliness not stated)", () =>
    cases([
      ["аткарылды", "completed"],
      ["Исполнено", "completed"],
      ["выполнено", "completed"],
      ["Completed", "completed"],
      ["done", "completed"],
    ]));
  describe("in_progress", () =>
    cases([
      ["аткарууда", "in_progress"],
      ["Ишке ашырылууда", "in_progress"],
      ["в процессе исполнения", "in_progress"],
      ["На исполнении", "in_progress"],
      ["исполняется", "in_progress"],
      ["In progress", "in_progress"],
    ]));
  describe("not_completed", () =>
    cases([
      ["аткарылган жок", "not_completed"],
      ["Аткарылбады", "not_completed"],
      ["жарым-жартылай аткарылды", "not_completed"],
      ["не исполнено", "not_completed"],
      ["Не выполнено", "not_completed"],
      ["частично исполнено", "not_completed"],
      ["not completed", "not_completed"],
      ["Partially completed", "not_completed"],
    ]));
});

describe("normalisation: case, spacing, Latin look-alikes, Kyrgyz letters typed without a Kyrgyz keyboard", () =>
  cases([
    ["  МӨӨНӨТҮНДӨ   АТКАРЫЛДЫ  ", "on_time"],
    ["Aткарылды", "completed"], // Latin A
    ["Bыполнено", "completed"], // Latin B
    ["AТKАPЫЛДЫ", "completed"], // Latin A, K, P
    ["Иcпoлнeнo в cрoк", "on_time"], // Latin c, o, e
    ["Моонотундо аткарылды", "on_time"], // ө typed as о
    ["Мөөнөтүндө аткарылды", "on_time"],
    ["Мööнöтүндö аткарылды", "on_time"], // Latin ö
    ["Мӧӧнӧтӱндӧ аткарылды", "on_time"], // ӧ and ӱ
    ["Мѳѳнѳтүндѳ аткарылды", "on_time"], // the fita ѳ
    ["Моонотун бузуу менен аткарылды", "late"],
    ["Мөөнөтүн бузуу менен\nаткарылды", "late"], // a line break typed to fit the column
    ["В процессе\nисполнения", "in_progress"],
    ["Ат\u00adкарылды", "completed"], // soft hyphen pasted from Word
    ["Исполнено\u200b в срок", "on_time"], // zero-width space
  ]));

describe("negations are read before the positive word they contain", () =>
  cases([
    ["не исполнено", "not_completed"],
    ["Не исполнено. Финансирование не выделено", "not_completed"],
    ["неисполнено", "not_completed"],
    ["не выполнено в срок", "not_completed"],
    ["not completed", "not_completed"],
    ["Not done", "not_completed"],
    ["Not yet completed", "not_completed"],
    ["аткарылган жок, себеби каржылоо бөлүнгөн жок", "not_completed"],
    ["Аткарылган эмес", "not_completed"],
    ["Аткарыла элек", "not_completed"],
    ["Ишке ашырыла элек", "not_completed"],
    ["Аткарылбай калды", "not_completed"],
  ]));

describe("partially is not completed (SPEC Rule, Methodology §7)", () =>
  cases([
    ["Аткарылды жарым-жартылай", "not_completed"],
    ["Аткарылды (жарым-жартылай)", "not_completed"],
    ["Жарым-жартылай аткарылды. Портал тестирлөөдө", "not_completed"],
    ["частично исполнено", "not_completed"],
    ["Исполнено частично", "not_completed"],
    ["Исполнено не в полном объеме", "not_completed"],
    ["Не полностью исполнено", "not_completed"],
    ["Частично", "not_completed"],
    ["Completed partially", "not_completed"],
    ["Partly done", "not_completed"],
    ["Исполнено на 80%", "not_completed"],
    ["Выполнено на 50 процентов", "not_completed"],
    ["80% аткарылды", "not_completed"],
    ["Аткарылды 70 пайызга", "not_completed"],
    ["Исполнено на 100%", "completed"],
    ["100% аткарылды", "completed"],
  ]));

describe("the leading phrase decides; the rest of the cell is progress information", () =>
  cases([
    ["Аткарылды. Портал ишке киргизилди 01.03.2025", "completed"],
    ["Аткарылды: портал ишке киргизилди", "completed"],
    [
      "Мөөнөтүндө аткарылды. Бирок кээ бир кызматтар жарым-жартылай гана санариптештирилди",
      "on_time",
    ],
    ["Аткарууда. 2025-жылы аткарылды деп күтүлүүдө", "in_progress"],
    ["Исполнено. Частично профинансировано из донорских средств", "completed"],
    ["В процессе исполнения; исполнено 3 из 5 этапов", "in_progress"],
    ["Аткарылды, 2025-ж. 1-мартта", "completed"],
    ["Исполнено (письмо № 12-3/45 от 01.02.2025)", "completed"],
  ]));

describe("timeliness written after the core word, in the same sentence", () =>
  cases([
    ["Аткарылды мөөнөтүндө", "on_time"],
    ["Аткарылды (мөөнөтүндө)", "on_time"],
    ["Аткарылды - мөөнөтүндө", "on_time"],
    ["Аткарылды\nмөөнөтүндө", "on_time"],
    ["Исполнено, в срок", "on_time"],
    ["Исполнено в установленный срок", "on_time"],
    ["Исполнено досрочно", "on_time"],
    ["Аткарылды мөөнөтүн бузуу менен", "late"],
    ["Исполнено (с нарушением срока)", "late"],
    ["Исполнено с нарушением установленного срока", "late"],
    ["Выполнено с нарушением сроков", "late"],
    ["исполнено несвоевременно", "late"],
    ["исполнено не в срок", "late"],
    ["Исполнено, но с опозданием", "late"],
    ["Аткарылды, бирок мөөнөтү бузулуп", "late"],
    ["Мөөнөтүнөн кечиктирилип аткарылды", "late"],
    ["Мөөнөтүндө эмес аткарылды", "late"],
    ["Мөөнөтүндө аткарылган жок", "not_completed"], // a negative after the qualifier
    ["Аткарылды, толук эмес", "not_completed"],
    ["Completed with a delay", "late"],
    ["Completed, not on time", "late"],
    // After a full stop it is progress information, not timeliness.
    ["Аткарылды. Мөөнөтүндө отчет берилди", "completed"],
  ]));

describe("leading words without meaning of their own", () =>
  cases([
    ["Чара аткарылды", "completed"], // the Methodology's own wording
    ["Иш-чара аткарылды", "completed"],
    ["Мероприятие исполнено", "completed"],
    ["Статус: аткарылды", "completed"],
    ["Мероприятие находится на исполнении", "in_progress"],
    ["1. Аткарылды", "completed"],
    ["01.03.2025 аткарылды", "completed"], // a date before the status
    ["15.03.2025 ж. мөөнөтүндө аткарылды", "on_time"],
    ["10.01.2025 г. - исполнено", "completed"],
    ["2) Исполнено в срок", "on_time"],
    ["- аткарылды", "completed"],
    ["✔ Аткарылды", "completed"],
    ["«Аткарылды»", "completed"],
    // A subject alone, or followed by something else, is not a status.
    ["Чара", "unknown"],
    ["Чара боюнча иштер", "unknown"],
  ]));

describe("wordings officials type beyond the SPEC table", () =>
  cases([
    ["Аткарылууда", "in_progress"],
    ["аткарылып жатат", "in_progress"],
    ["Иштер жүргүзүлүүдө", "in_progress"],
    ["Аткаруу процессинде", "in_progress"],
    ["Ведется работа", "in_progress"],
    ["Проводится работа по согласованию проекта", "in_progress"],
    ["В работе", "in_progress"],
    ["На стадии реализации", "in_progress"],
    ["Реализуется", "in_progress"],
    ["Ongoing", "in_progress"],
    ["Ишке ашырылды", "completed"],
    ["Жүзөгө ашырылды", "completed"],
    ["Толугу менен аткарылды", "completed"],
    ["Реализовано", "completed"],
    ["Завершено", "completed"],
    ["Implemented", "completed"],
    ["Өз убагында аткарылды", "on_time"],
    ["Убагында аткарылды", "on_time"],
    ["Своевременно исполнено", "on_time"],
    ["Кечигүү менен аткарылды", "late"],
    ["С опозданием исполнено", "late"],
    ["Не начато", "not_completed"],
    ["Аткарылып бүттү", "completed"],
    ["Ишке ашты", "completed"],
    ["Ишке ашкан жок", "not_completed"],
    ["Иштелип чыгууда", "in_progress"],
    ["Макулдашылууда", "in_progress"],
    ["На согласовании в Минюсте", "in_progress"],
    ["Разрабатывается", "in_progress"],
    ["Исполнение продолжается", "in_progress"],
    ["Not started", "not_completed"],
  ]));

describe("empty and unknown", () =>
  cases([
    ["", "empty"],
    ["   ", "empty"],
    ["\n\t", "empty"],
    ["xyz", "unknown"],
    ["Портал ишке киргизилди", "unknown"],
    ["Жокко чыгарылды", "unknown"],
    ["Аткарылдыбы?", "unknown"], // a word that only starts like a status word
    ["Мөөнөтүндө", "unknown"], // timeliness without saying what
    ["2025", "unknown"],
  ]));

describe("resolveStatus: `completed` is resolved by the completion date (SPEC Rule)", () => {
  test("completion date after the deadline end → late", () =>
    expect(resolveStatus("completed", "2025-01-10", "2024-12-31")).toBe("late"));
  test("completion date on the deadline end → on time", () =>
    expect(resolveStatus("completed", "2024-12-31", "2024-12-31")).toBe("on_time"));
  test("completion date before the deadline end → on time", () =>
    expect(resolveStatus("completed", "2024-06-01", "2024-12-31")).toBe("on_time"));
  test("no completion date → on time", () =>
    expect(resolveStatus("completed", null, "2024-12-31")).toBe("on_time"));
  test("no deadline end (ongoing) → on time", () =>
    expect(resolveStatus("completed", "2030-01-01", null)).toBe("on_time"));
  test("stated timeliness is kept", () => {
    expect(resolveStatus("on_time", "2026-01-01", "2024-12-31")).toBe("on_time");
    expect(resolveStatus("late", null, null)).toBe("late");
  });
  test("empty → missing, unrecognised → unknown, the others unchanged", () => {
    expect(resolveStatus("empty", null, null)).toBe("missing");
    expect(resolveStatus("unknown", null, null)).toBe("unknown");
    expect(resolveStatus("in_progress", null, null)).toBe("in_progress");
    expect(resolveStatus("not_completed", null, null)).toBe("not_completed");
  });
  test("only on time and late count as completed", () => {
    expect(
      ["on_time", "late", "in_progress", "not_completed", "missing", "unknown"].map((s) =>
        isCompleted(s as never)
      )
    ).toEqual([true, true, false, false, false, false]);
  });
});

describe("resolution inside an analysis", () => {
  const table = simpleTable(
    [
      [1, "Т", "Чара 1", "2024-жылдын IV чейреги", "Н", "Аткарылды", "15.01.2025"],
      [
        2,
        "Т",
        "Чара 2",
        "2024-жылдын IV чейреги",
        "Н",
        "Аткарылды",
        new Date(Date.UTC(2024, 11, 31)),
      ],
      [3, "Т", "Чара 3", "2024-жылдын IV чейреги", "Н", "Аткарылды", null],
      [4, "Т", "Чара 4", "2024-жылдын IV чейреги", "Н", "Аткарылды", 45672], // Excel serial of 15.01.2025, as Office.js gives it
    ],
    ["Аткарылган күнү"]
  );
  const a = analyse([table]);
  test("late / on time / on time with warning / late from a serial number", () => {
    expect(a.measures.map((m) => m.status)).toEqual(["late", "on_time", "on_time", "late"]);
    expect(a.measures.map((m) => m.completedOn)).toEqual([
      "2025-01-15",
      "2024-12-31",
      null,
      "2025-01-15",
    ]);
  });
  test("only the measure without a date gets `missing-completion-date`, as a warning at its status cell", () => {
    const w = a.issues.filter((i) => i.code === "missing-completion-date");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: "warning", cell: "F4", row: 3, col: 5 });
  });
});

describe("overdue (SPEC Figures): not completed and the deadline end before the as-of date", () => {
  it("is overdue only when not completed and the end has passed", () => {
    expect(isOverdue("in_progress", "2025-03-31", "2025-06-30")).toBe(true);
    expect(isOverdue("not_completed", "2025-03-31", "2025-06-30")).toBe(true);
    expect(isOverdue("missing", "2025-03-31", "2025-06-30")).toBe(true);
    expect(isOverdue("on_time", "2025-03-31", "2025-06-30")).toBe(false);
    expect(isOverdue("late", "2025-03-31", "2025-06-30")).toBe(false);
  });
  it("is not overdue on the deadline day itself, nor without an end date", () => {
    expect(isOverdue("in_progress", "2025-06-30", "2025-06-30")).toBe(false);
    expect(isOverdue("in_progress", null, "2025-06-30")).toBe(false);
  });
});
