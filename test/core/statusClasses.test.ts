/**
 * SPEC "Status" Rules read by classes of words: timeliness in other words anywhere in the leading
 * sentence, mistyped core words (`status-typo`), and "not started", "postponed", "work goes on".
 */
import { classifyStatus, coreCatalog } from "../../src/core";
import type { StatusNote, StatusReading } from "../../src/core";
import { analyse, simpleTable } from "./fixtures";

const cases = (rows: readonly (readonly [string, StatusReading])[]): void => {
  test.each(rows)("%j → %s", (text, expected) => expect(classifyStatus(text)).toBe(expected));
};

describe("timeliness said in other words, anywhere in the leading sentence", () => {
  describe("ky", () =>
    cases([
      ["Мөөнөтүнөн мурда аткарылды", "on_time"],
      ["Мөөнөтүнөн бир ай эрте аткарылды", "on_time"],
      ["Аткарылды, бирок кечигүү менен", "late"],
      ["Аткарылды, бирок белгиленген мөөнөттөн эки айга кечигип", "late"],
      ["Аткарылды, мөөнөтү сакталды", "on_time"],
      ["Аткарылды, мөөнөтү өтүп кеткенден кийин", "late"],
      ["Мөөнөтү бузулбай аткарылды", "on_time"], // a negative verb form of the breach stem
      ["Кечикпестен аткарылды", "on_time"],
      ["Мөөнөтүнүн ичинде толук аткарылды", "on_time"],
      ["Аткарылды, 2025-ж. мөөнөтүнөн кечигип", "late"], // `ж.` is no sentence end
      ["Аткарылды. Мөөнөтү бузулду деген дооматтар болгон", "completed"], // after the full stop: progress information
    ]));
  describe("ru", () =>
    cases([
      ["Исполнено с опозданием", "late"],
      ["Выполнено досрочно", "on_time"],
      ["Исполнено, однако срок был нарушен", "late"],
      ["Выполнено без нарушения сроков", "on_time"],
      ["Реализовано раньше установленного срока", "on_time"],
      ["Завершено позднее планового срока на месяц", "late"],
      ["Исполнено до истечения срока", "on_time"],
      ["Выполнено, но срок истёк", "late"],
      ["Исполнено, письмо от 12.02.2025 г. № 45, с задержкой", "late"],
      ["Выполнено согласно графику", "on_time"],
    ]));
  describe("en", () =>
    cases([
      ["Completed ahead of schedule", "on_time"],
      ["Completed after the deadline", "late"],
      ["Completed two weeks ahead of schedule", "on_time"],
      ["Done, but the deadline was missed", "late"],
      ["Implemented within the agreed timeframe", "on_time"],
      ["Completed, deadline exceeded by a month", "late"],
      ["Finished before the due date", "on_time"],
      ["Completed without delay", "on_time"],
      ["Completed a month behind schedule", "late"],
    ]));
});

describe("not started, postponed → not completed; work goes on → in progress (never unknown-status)", () => {
  describe("ky", () =>
    cases([
      ["Иш башталган жок", "not_completed"],
      ["Иштер али башталбады", "not_completed"],
      ["Аткарууга киришиле элек", "not_completed"],
      ["Кийинкиге жылдырылды", "not_completed"],
      ["2026-жылга жылдырылды", "not_completed"],
      ["Каржылоо жоктугунан токтотулду", "not_completed"],
      ["Иштер улантылууда", "in_progress"],
      ["Долбоор иштелип жатат", "in_progress"],
      ["Техникалык тапшырма такталууда", "in_progress"], // the present continuous by its ending
      ["Иш башталды, портал түзүлүүдө", "in_progress"],
      ["Орундалган жок", "not_completed"],
      ["Аяктаган эмес", "not_completed"],
    ]));
  describe("ru", () =>
    cases([
      ["Не начато", "not_completed"],
      ["Работы не начаты из-за отсутствия средств", "not_completed"],
      ["К исполнению не приступили", "not_completed"],
      ["Перенесено на 2026 год", "not_completed"],
      ["Отложено", "not_completed"],
      ["Срок исполнения перенесён", "not_completed"],
      ["Приостановлено", "not_completed"],
      ["Работа продолжается", "in_progress"],
      ["Работы по проекту продолжаются", "in_progress"],
      ["Идет работа над проектом", "in_progress"],
      ["Проект постановления дорабатывается", "in_progress"],
      ["Работа начата", "in_progress"],
    ]));
  describe("en", () =>
    cases([
      ["Not started", "not_completed"],
      ["Work has not begun", "not_completed"],
      ["Yet to start", "not_completed"],
      ["Postponed to 2026", "not_completed"],
      ["Deferred until funding is approved", "not_completed"],
      ["On hold", "not_completed"],
      ["Ongoing work", "in_progress"],
      ["Work is ongoing", "in_progress"],
      ["Work continues", "in_progress"],
      ["The ministry is drafting the regulation", "in_progress"],
      ["Started in March", "in_progress"],
    ]));
});

describe("what stays as it was: unknown wordings, negations, the leading sentence only", () =>
  cases([
    ["Жокко чыгарылды", "unknown"],
    ["Маалымат жок", "unknown"],
    ["Нет информации", "unknown"],
    ["Портал ишке киргизилди", "unknown"],
    ["Мөөнөтүндө", "unknown"],
    ["Мөөнөтүндө эмес", "unknown"],
    ["Аткарылат", "unknown"], // future: not said done
    ["Не требуется", "unknown"],
    ["Аткарылдыбы?", "unknown"],
    ["В начале 2025 года выполнено", "completed"], // `начале` is no start of work
    ["Исполнено. Работа продолжается по второму этапу", "completed"],
    ["Выполнено, но не полностью", "not_completed"],
    ["Аткарылды, бирок толугу менен эмес", "not_completed"],
    ["Completed, but not fully", "not_completed"],
  ]));

describe("status-typo: a core word one letter off is read as that word, with a warning", () => {
  const read = (text: string): [StatusReading, string | null] => {
    const note: StatusNote = { typo: null };
    const r = classifyStatus(text, note);
    return [r, note.typo === null ? null : `${note.typo.word}→${note.typo.as}`];
  };
  test.each([
    ["аткарлды", "completed", "аткарлды→аткарылды"], // dropped
    ["Аткарылдды", "completed", "Аткарылдды→аткарылды"], // doubled
    ["Атакрылды", "completed", "Атакрылды→аткарылды"], // swapped
    ["Мөөнөтүндө аткарылдe", "on_time", "аткарылдe→аткарылды"], // replaced (a Latin e)
    ["выполненно", "completed", "выполненно→выполнено"],
    ["Исполненно в срок", "on_time", "Исполненно→исполнено"],
    ["не выполненно", "not_completed", "выполненно→выполнено"],
    ["Completd on time", "on_time", "Completd→completed"],
    ["Not compelted", "not_completed", "compelted→completed"],
    ["Аткарууда", "in_progress", null],
    ["Аткарылган жк", "not_completed", "жк→жок"], // a mistyped negation stays a negation
    ["Аткарылган эмс", "not_completed", "эмс→эмес"],
  ] as const)("%j → %s (%s)", (text, reading, typo) => expect(read(text)).toEqual([reading, typo]));

  test.each([
    "аткарылбды", // one letter from `аткарылбады` (not completed) and from `аткарылды`: never read as done
    "нисполнено", // one letter from `неисполнено` and from `исполнено`
    "н выполнено", // a mistyped `не` before a core word
    "nt completed",
    "Аткарылгн эмс жана башка", // two words off
    "atk", // too short to be unambiguous
  ])("%j stays unknown: a negation is never turned into a positive", (text) =>
    expect(read(text)).toEqual(["unknown", null])
  );

  test("the Kyrgyz particle `эле` (had been) is no mistyped `элек`", () =>
    expect(read("Аткарылган эле")).toEqual(["completed", null]));

  test.each(["ky", "ru", "en"] as const)(
    "an analysis warns `status-typo` at the status cell, in %s",
    (lang) => {
      const a = analyse(
        [
          simpleTable([
            [1, "М", "Чара", "2025-жыл", "Н", "Выполненно в срок"],
            [2, "М", "Чара 2", "2025-жыл", "Н", "Аткарылды мөөнөтүндө"],
          ]),
        ],
        { lang }
      );
      const typo = a.issues.filter((i) => i.code === "status-typo");
      expect(typo).toEqual([
        {
          severity: "warning",
          code: "status-typo",
          sheet: "1-таблица",
          cell: "F2",
          row: 1,
          col: 5,
          message: coreCatalog(lang).issue["status-typo"]({ text: "Выполненно", as: "выполнено" }),
        },
      ]);
      expect(typo[0].message).toContain("Выполненно");
      expect(a.measures[0].status).toBe("on_time");
      expect(a.issues.filter((i) => i.code === "unknown-status")).toEqual([]);
    }
  );
});
