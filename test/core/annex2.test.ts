/**
 * SPEC "Annex 2" and the form at the end of the Methodology: every line present, in order, with the
 * numbers of the hand-computed example (see `fixtures.ts` and `figures.test.ts`), in ky, ru and en.
 */
import { ANNEX2_NAMES, buildAnnex2, coreCatalog, PLAN_ITEMS_444 } from "../../src/core";
import type { Analysis, Lang, ModelValue, ReportMeta, SheetModel } from "../../src/core";
import { analyse, COVER, exampleTable1 } from "./fixtures";

const BODY = "Кыргыз Республикасынын Санариптик өнүктүрүү министрлиги";
const meta = (lang: Lang, over: Partial<ReportMeta> = {}): ReportMeta => ({
  body: BODY,
  periodFrom: null,
  periodTo: null,
  asOf: "2025-06-30",
  person: "Асанов Асан, башкы адис",
  contacts: "asan@example.kg, +996 312 000000",
  planItems: PLAN_ITEMS_444,
  lang,
  ...over,
});
const example = (lang: Lang): Analysis =>
  analyse([COVER, exampleTable1()], { body: "МЦРИТ", lang });

/** Cell values by row: row → column letter → value (empty cells left out). */
function cellsByRow(model: SheetModel): Map<number, Record<string, ModelValue>> {
  const out = new Map<number, Record<string, ModelValue>>();
  for (const c of model.cells) {
    if (c.value === null || c.value === "") continue;
    const row = out.get(c.row) ?? {};
    row[String.fromCharCode(65 + c.col)] = c.value;
    out.set(c.row, row);
  }
  return out;
}
/** The form part (above the detail table) as lines `A | D | E`, in order. */
function formLines(model: SheetModel, detailHeaderRow: number): string[] {
  return [...cellsByRow(model)]
    .filter(([r]) => r < detailHeaderRow)
    .map(([, c]) => [c.A, c.D, c.E, c.G].filter((v) => v !== undefined).join(" | "));
}
const detailHeaderRow = (model: SheetModel): number => model.print.repeatRows!.top;

const EXPECTED: Record<Lang, string[]> = {
  ky: [
    "Кыргыз Республикасынын Министрлер Кабинетинин 2024-жылдын 23-июлундагы № 444-т тескемеси менен бекитилген 2024-2028-жылдарга Кыргыз Республикасынын санариптик трансформациялоо концепциясын ишке ашыруу боюнча иш-чаралар планын (334 пункт) аткаруу боюнча маалымат берүү формасы",
    BODY,
    "(мамлекеттик органдын, жергиликтүү өз алдынча башкаруу органынын аталышы)",
    "30.06.2025 карата 01.01.2025 – 30.06.2025 чейин",
    "(маалымат берүү мезгили (күнү, айы, жылы))",
    "Асанов Асан, башкы адис",
    "(маалымат берүүгө жооптуу адамдын аты-жөнү, кызматы)",
    "asan@example.kg, +996 312 000000",
    "(байланыш маалыматтары (электрондук почта, иш телефону))",
    "Иш-чаралар планы боюнча бардыгы 334 пункт бар, алардын ичинен:",
    "I. 9 пункт боюнча негизги аткаруучу | Саны | Пункт номерлери",
    "2024-жылы | 3",
    "2025-жылы | 1",
    "2026-жылы | 0",
    "2027-жылы | 1",
    "2028-жылы | 1",
    "1. Иш-чараларды аткаруунун белгиленген мөөнөтү менен | 5 | 1-3, 9, 11 (пункт номерлери)",
    "2. «Туруктуу» аткаруу мөөнөтү менен | 1 | 10 (пункт номерлери)",
    "3. «Этабы менен» аткаруу мөөнөтү менен | 2 | 5, 7 (пункт номерлери)",
    "II. 3 пункт боюнча кошо аткаруучу | Саны | Пункт номерлери",
    "2024-жылы | 0",
    "2025-жылы | 2",
    "2026-жылы | 0",
    "2027-жылы | 0",
    "2028-жылы | 0",
    "1. Иш-чараларды аткаруунун белгиленген мөөнөтү менен | 2 | 6, 8 (пункт номерлери)",
    "2. «Туруктуу» аткаруу мөөнөтү менен | 1 | 4 (пункт номерлери)",
    "3. «Этабы менен» аткаруу мөөнөтү менен | 0",
    "III. 30.06.2025 карата",
    "Аткарууда | 5",
    "Мөөнөтүндө аткарылды | 5",
    "Мөөнөтүн бузуу менен аткарылды | 2",
    "Бардыгы: | 12",
    "Бардыгы болуп аткарылган иш-чаралар | 7",
    `IV. Иш-чаралар планын аткаруу деңгээли, % | ${(7 / 12) * 100} | (аткарылган иш-чаралардын саны / иш-чаралардын жалпы саны * 100)`,
  ],
  ru: [
    "Форма предоставления информации по исполнению Плана мероприятий (334 пункта) по реализации Концепции цифровой трансформации Кыргызской Республики на 2024-2028 годы, утвержденного распоряжением Кабинета Министров Кыргызской Республики от 23 июля 2024 года № 444-р",
    BODY,
    "(наименование государственного органа, органа местного самоуправления)",
    "по состоянию на 30.06.2025 за период с 01.01.2025 по 30.06.2025",
    "(период предоставления информации (число, месяц, год))",
    "Асанов Асан, башкы адис",
    "(Ф.И.О., должность лица, ответственного за предоставление информации)",
    "asan@example.kg, +996 312 000000",
    "(контактные данные (электронная почта, рабочий телефон))",
    "Всего по Плану мероприятий 334 пункта, из них:",
    "I. Основной исполнитель по 9 пунктам | Количество | Номера пунктов",
    "в 2024 году | 3",
    "в 2025 году | 1",
    "в 2026 году | 0",
    "в 2027 году | 1",
    "в 2028 году | 1",
    "1. С установленным сроком исполнения мероприятий | 5 | 1-3, 9, 11 (номера пунктов)",
    "2. Со сроком исполнения «постоянно» | 1 | 10 (номера пунктов)",
    "3. Со сроком исполнения «поэтапно» | 2 | 5, 7 (номера пунктов)",
    "II. Соисполнитель по 3 пунктам | Количество | Номера пунктов",
    "в 2024 году | 0",
    "в 2025 году | 2",
    "в 2026 году | 0",
    "в 2027 году | 0",
    "в 2028 году | 0",
    "1. С установленным сроком исполнения мероприятий | 2 | 6, 8 (номера пунктов)",
    "2. Со сроком исполнения «постоянно» | 1 | 4 (номера пунктов)",
    "3. Со сроком исполнения «поэтапно» | 0",
    "III. По состоянию на 30.06.2025",
    "В процессе исполнения | 5",
    "Исполнено в срок | 5",
    "Исполнено с нарушением срока | 2",
    "Всего: | 12",
    "Всего исполнено мероприятий | 7",
    `IV. Уровень исполнения Плана мероприятий, % | ${(7 / 12) * 100} | (количество исполненных мероприятий / общее количество мероприятий * 100)`,
  ],
  en: [
    "Form for reporting on the execution of the Action Plan (334 items) for the Digital Transformation Concept of the Kyrgyz Republic 2024–2028, approved by Cabinet of Ministers order No. 444-r of 23 July 2024",
    BODY,
    "(name of the state body or local self-government body)",
    "as of 30.06.2025, for the period from 01.01.2025 to 30.06.2025",
    "(reporting period (day, month, year))",
    "Асанов Асан, башкы адис",
    "(full name and position of the person responsible for reporting)",
    "asan@example.kg, +996 312 000000",
    "(contacts (e-mail, work phone))",
    "The Action Plan has 334 items in total, of which:",
    "I. Lead executor for 9 items | Number | Item numbers",
    "in 2024 | 3",
    "in 2025 | 1",
    "in 2026 | 0",
    "in 2027 | 1",
    "in 2028 | 1",
    "1. With a fixed deadline | 5 | 1-3, 9, 11 (item numbers)",
    "2. With an “ongoing” deadline | 1 | 10 (item numbers)",
    "3. With an “in stages” deadline | 2 | 5, 7 (item numbers)",
    "II. Co-executor for 3 items | Number | Item numbers",
    "in 2024 | 0",
    "in 2025 | 2",
    "in 2026 | 0",
    "in 2027 | 0",
    "in 2028 | 0",
    "1. With a fixed deadline | 2 | 6, 8 (item numbers)",
    "2. With an “ongoing” deadline | 1 | 4 (item numbers)",
    "3. With an “in stages” deadline | 0",
    "III. As of 30.06.2025",
    "In progress | 5",
    "Completed on time | 5",
    "Completed late | 2",
    "Total: | 12",
    "Total completed measures | 7",
    `IV. Execution level of the Action Plan, % | ${(7 / 12) * 100} | (number of completed measures / total number of measures * 100)`,
  ],
};

describe.each(["ky", "ru", "en"] as const)("Annex 2 in %s", (lang) => {
  const model = buildAnnex2(example(lang), meta(lang));
  const header = detailHeaderRow(model);
  const rows = cellsByRow(model);

  test("sheet name", () =>
    expect(model.name).toBe({ ky: "2-тиркеме", ru: "Приложение 2", en: "Annex 2" }[lang]));

  test("every line of the form, in order, with the example's numbers", () =>
    expect(formLines(model, header)).toEqual(EXPECTED[lang]));

  test("the detail table: the seven headers, the numbering row, one row per measure in Table 1 order", () => {
    expect(rows.get(header)).toEqual(
      Object.fromEntries(
        coreCatalog(lang).annex2.detailHeaders.map((h, c) => [String.fromCharCode(65 + c), h])
      )
    );
    expect(rows.get(header + 1)).toEqual({ A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7 });
    const detail = [...rows].filter(([r]) => r > header + 1).map(([, c]) => c);
    expect(detail).toHaveLength(12);
    expect(detail.map((c) => c.A)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(detail[0]).toEqual({
      A: 1,
      B: "Санариптик инфраструктураны өнүктүрүү",
      C: "Маалымат борборун куруу",
      D: "2024-жылдын IV чейреги",
      E: "Маалымат борбору ишке киргизилди",
      F: "МЦРИТ, МЭК",
      G: "Мөөнөтүндө аткарылды. Маалымат борбору 2024-жылдын декабрында ишке киргизилди",
    });
    expect(detail[10].D).toBe("31.12.2024"); // a date cell, as the user sees it
    expect(detail[8].G).toBeUndefined(); // item 9 has no status
  });

  test("consecutive measures of one task share a merged task cell", () => {
    const first = header + 2;
    expect(model.merges).toContainEqual({ top: first, left: 1, bottom: first + 2, right: 1 }); // items 1–3
    expect(model.merges).toContainEqual({ top: first + 3, left: 1, bottom: first + 11, right: 1 }); // items 4–12
  });

  test("printable: A4 landscape, fit to width, the detail header and numbering rows repeated on each page, wrapped text", () => {
    expect(model.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: header, bottom: header + 1 },
      footer: "&C&P / &N",
    });
    const styleAt = (r: number, c: number) =>
      model.styles[model.cells.find((x) => x.row === r && x.col === c)!.style!];
    for (let c = 0; c < 7; c++)
      expect(styleAt(header + 2, c)).toMatchObject({ wrap: true, border: true });
    expect(styleAt(header, 6)).toMatchObject({ bold: true, wrap: true });
    expect(model.columnWidths).toHaveLength(7);
  });

  test("the level is a number shown with one decimal", () => {
    const levelName = model.names!.find((n) => n.name === ANNEX2_NAMES.level)!;
    const cell = model.cells.find((c) => c.row === levelName.row && c.col === levelName.col)!;
    expect(cell.value).toBeCloseTo(58.333, 3);
    expect(model.styles[cell.style!].numberFormat).toBe("0.0");
  });

  test("defined names point at the body, the as-of date, total, completed and level", () => {
    const valueOf = (name: string): ModelValue => {
      const n = model.names!.find((x) => x.name === name)!;
      return rows.get(n.row)![String.fromCharCode(65 + n.col)];
    };
    expect(model.names!.map((n) => n.name)).toEqual([
      ANNEX2_NAMES.body,
      ANNEX2_NAMES.asOf,
      ANNEX2_NAMES.total,
      ANNEX2_NAMES.completed,
      ANNEX2_NAMES.level,
    ]);
    expect(valueOf(ANNEX2_NAMES.body)).toBe(BODY);
    expect(valueOf(ANNEX2_NAMES.asOf)).toBe("30.06.2025");
    expect(valueOf(ANNEX2_NAMES.total)).toBe(12);
    expect(valueOf(ANNEX2_NAMES.completed)).toBe(7);
    expect(valueOf(ANNEX2_NAMES.level)).toBeCloseTo(58.333, 3);
  });

  test("cells are sorted by row, then column; every style index exists", () => {
    for (let i = 1; i < model.cells.length; i++) {
      const a = model.cells[i - 1];
      const b = model.cells[i];
      expect(a.row < b.row || (a.row === b.row && a.col < b.col)).toBe(true);
    }
    for (const c of model.cells)
      if (c.style !== undefined) expect(model.styles[c.style]).toBeDefined();
  });
});

describe("Annex 2 options and edge cases", () => {
  test("a given reporting period is used as it is", () => {
    const model = buildAnnex2(
      example("ky"),
      meta("ky", { periodFrom: "2025-04-01", periodTo: "2025-06-30" })
    );
    expect(formLines(model, detailHeaderRow(model))[3]).toBe(
      "30.06.2025 карата 01.04.2025 – 30.06.2025 чейин"
    );
  });

  test("another plan size is written where the form says 334", () => {
    const model = buildAnnex2(example("ru"), meta("ru", { planItems: 21 }));
    const lines = formLines(model, detailHeaderRow(model));
    expect(lines[0]).toContain("(21 пункт)");
    expect(lines[9]).toBe("Всего по Плану мероприятий 21 пункт, из них:");
  });

  test("Russian agreement: по 1 пункту, 2 пункта, 5 пунктов", () => {
    const one = analyse([COVER, exampleTable1()], { body: "МЦРИТ", lang: "ru" });
    const lines = formLines(
      buildAnnex2(
        { ...one, summary: { ...one.summary, lead: { ...one.summary.lead, total: 1 } } },
        meta("ru", { planItems: 2 })
      ),
      42
    );
    expect(lines).toContain("I. Основной исполнитель по 1 пункту | Количество | Номера пунктов");
    expect(lines[9]).toBe("Всего по Плану мероприятий 2 пункта, из них:");
  });

  test("no measures: every line still there with zeros, the level undefined (not 0), a note in the detail table", () => {
    const empty = analyse([
      { name: "1-таблица", rows: [["№", "Милдет", "Чара", "Мөөнөтү", "Натыйжа", "Статус"]] },
    ]);
    for (const lang of ["ky", "ru", "en"] as const) {
      const model = buildAnnex2(empty, meta(lang));
      const header = detailHeaderRow(model);
      const t = coreCatalog(lang).annex2;
      const lines = formLines(model, header);
      expect(lines).toHaveLength(EXPECTED[lang].length);
      expect(lines).toContain(`${t.levelLine} | ${t.levelUndefined} | ${t.levelFormula}`);
      expect(lines).toContain(`${t.total} | 0`);
      expect(cellsByRow(model).get(header + 2)).toEqual({ A: t.noMeasures });
    }
  });

  test("no body name → an empty body line, the caption still there", () => {
    const model = buildAnnex2(example("en"), meta("en", { body: null }));
    const lines = formLines(model, detailHeaderRow(model));
    expect(lines[1]).toBe("(name of the state body or local self-government body)");
  });
});
