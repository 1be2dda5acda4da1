/**
 * Issue 8, "Pane and page", in the core: what an issue's row is (item number, measure's first words),
 * the language of a Table 1 (for its drop-down lists), the not completed measures beside the in
 * progress ones, and the expected-bodies list read from text or a workbook.
 */
import {
  coreCatalog,
  expectedBodiesFromSheets,
  expectedBodiesFromText,
  expectedListText,
  firstWords,
  rowLabeller,
  tableLang,
  uncompletedSplit,
} from "../../src/core";
import {
  EN_HEADERS,
  KY_HEADERS,
  RU_HEADERS,
  analyse,
  exampleTable1,
  sheet,
  simpleTable,
} from "./fixtures";

describe("firstWords", () => {
  test("a short measure is shown whole; a long one to six words, cut at a word end with …", () => {
    expect(firstWords("Мобилдик тиркеме")).toBe("Мобилдик тиркеме");
    expect(firstWords("  Маалымат\nборборун   куруу ")).toBe("Маалымат борборун куруу");
    expect(
      firstWords(
        "Мамлекеттик кызмат көрсөтүүлөрдүн реестрин инвентаризациялоо жана жаңылоо, бекитүү жана жарыялоо"
      )
    ).toBe("Мамлекеттик кызмат көрсөтүүлөрдүн реестрин инвентаризациялоо…");
    // Punctuation before the cut is not left dangling before the ellipsis.
    expect(firstWords("one two three four five, six seven")).toBe("one two three four five, six…");
    expect(firstWords("a b c d e f g", 3)).toBe("a b c…");
    // Within the character limit, at a word end.
    expect(firstWords("Разработка законопроекта о внесении изменений", 6, 24)).toBe(
      "Разработка законопроекта…"
    );
    // One word longer than the limit is cut inside it rather than shown as nothing.
    expect(firstWords("x".repeat(80), 6, 10)).toBe(`${"x".repeat(10)}…`);
    expect(firstWords("")).toBe("");
  });
});

describe("rowLabeller", () => {
  test("a measure row says its number and measure (or only its number); a row that is not a measure what its cells hold", () => {
    const grid = simpleTable([
      [
        "12.",
        "Милдет",
        "Маалымат борборун куруу жана жабдуулар менен камсыз кылуу",
        "2024-жыл",
        "Борбор",
        "Аткарууда",
      ],
      // An item number without its measure (a `missing-measure` issue).
      ["13", null, null, "2025-жыл", "Натыйжа", "Аткарылды"],
      [null, null, "Номурсуз чара", "2025-жыл", "Натыйжа", "Аткарууда"],
      // An item number alone: a heading, not a measure.
      ["14", null, null, null, null, null],
    ]);
    const analysis = analyse([grid]);
    const label = rowLabeller(analysis, grid);
    expect(label(1)).toEqual({
      item: "12",
      measureStart: "Маалымат борборун куруу жана жабдуулар менен…",
    });
    expect(label(2)).toEqual({ item: "13", measureStart: null });
    expect(label(3)).toEqual({ item: null, measureStart: "Номурсуз чара" });
    // Every issue of the table gets the label of its own row.
    const missing = analysis.issues.find((i) => i.code === "missing-measure");
    expect(missing && label(missing.row)).toEqual({ item: "13", measureStart: null });
    expect(analysis.measures.some((m) => m.row === 4)).toBe(false);
    expect(label(4)).toEqual({ item: "14", measureStart: null });
    // Without the grid a row that is not a measure says nothing.
    expect(rowLabeller(analysis)(4)).toEqual({ item: null, measureStart: null });
    expect(rowLabeller(analysis)(2)).toEqual({ item: "13", measureStart: null });
  });

  test("on the hand-computed example every issue's row is the measure it is about", () => {
    const grid = exampleTable1();
    const analysis = analyse([grid], { body: "МЦРИТ" });
    const label = rowLabeller(analysis, grid);
    const byRow = new Map(analysis.measures.map((m) => [m.row, m]));
    expect(analysis.issues.length).toBeGreaterThan(3);
    for (const i of analysis.issues) {
      const m = byRow.get(i.row);
      if (m === undefined) continue;
      expect(label(i.row)).toEqual({ item: m.no, measureStart: firstWords(m.measure) });
    }
  });
});

describe("tableLang", () => {
  const rows = (status: string) => [
    [1, "Task", "Маалымат борборун куруу", "2024-жыл", "Борбор", status],
    [2, null, "Булуттук платформаны түзүү", "2025-жыл", "Платформа", status],
  ];
  test("the headers and the texts decide, not the pane", () => {
    expect(tableLang(analyse([simpleTable(rows("Аткарууда"))]))).toBe("ky");
    expect(
      tableLang(
        analyse(
          [
            sheet("Т1", [
              RU_HEADERS,
              [
                1,
                "Задача",
                "Создание центра обработки данных",
                "2024 год",
                "Центр",
                "В процессе исполнения",
              ],
            ]),
          ],
          { lang: "en" }
        )
      )
    ).toBe("ru");
    expect(
      tableLang(
        analyse(
          [
            sheet("T1", [
              EN_HEADERS,
              [1, "Task", "Build the data centre", "2024", "Centre", "In progress"],
            ]),
          ],
          { lang: "ru" }
        )
      )
    ).toBe("en");
    // A blank Kyrgyz template (headers only): its headers are enough.
    expect(tableLang(analyse([sheet("Т", [KY_HEADERS])]))).toBe("ky");
  });
});

test("uncompletedSplit: Annex 2's in progress = in progress + not completed (said so, empty, unrecognised)", () => {
  const analysis = analyse([exampleTable1()], { body: "МЦРИТ" });
  const split = uncompletedSplit(analysis.measures);
  // By hand (fixtures.ts): in progress rows 10 and 16; not completed rows 13 (partially), 14, 15 (empty).
  expect(split).toEqual({ inProgress: 2, notCompleted: 3 });
  expect(split.inProgress + split.notCompleted).toBe(analysis.summary.inProgress);
});

describe("expected bodies from a list file", () => {
  test("text in UTF-8 or UTF-16 with its mark, one a line, numbers and comments dropped", () => {
    const text = "# органдар\r\n1. МЦРИТ\r\n2) Минздрав\r\n\r\nмцрит\r\n";
    expect(expectedBodiesFromText(expectedListText(new TextEncoder().encode(text)))).toEqual([
      "МЦРИТ",
      "Минздрав",
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(expectedBodiesFromText(expectedListText(new Uint8Array(utf16)))).toEqual([
      "МЦРИТ",
      "Минздрав",
    ]);
  });

  test("a workbook: the first column of its first visible sheet the tool did not write", () => {
    const annex = sheet(coreCatalog("ru").annex2.sheetName, [["Орган"], ["МЭК"]]);
    const hidden = { ...sheet("Скрытый", [["ГКНБ"]]), hidden: true };
    const list = sheet("Органы", [
      ["№", "Орган"],
      [1, "МЦРИТ"],
      [2, "Минздрав"],
    ]);
    expect(expectedBodiesFromSheets([annex, hidden, list])).toEqual(["МЦРИТ", "Минздрав"]);
    expect(expectedBodiesFromSheets([])).toEqual([]);
  });
});
