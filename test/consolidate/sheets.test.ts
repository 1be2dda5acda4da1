/**
 * The consolidated workbook as a coordinator reads and prints it (issue 8), in ky, ru and en: no
 * header breaks inside a word, problems named in the sheet's language (not by code), a body missing
 * from the executors said once for that body, and every measure of the item sheet in one language —
 * the sheet's when a body's workbook is in it, else the lead executor's.
 */
import {
  buildConsolidationSheets,
  consolidate,
  consolidationEntry,
  coreCatalog,
  lineCapacity,
  textLang,
} from "../../src/core";
import type { CellValue, Lang, SheetGrid, SheetModel } from "../../src/core";
import { AS_OF, bodyWorkbooks } from "./fixtures";

const LANGS = ["ky", "ru", "en"] as const;

function cellAt(model: SheetModel, row: number, col: number): CellValue | undefined {
  return model.cells.find((c) => c.row === row && c.col === col)?.value ?? undefined;
}

const KY_HEAD = [
  "№",
  "Милдет",
  "Чара/ иш-аракет",
  "Ишке ашыруу мөөнөтү",
  "Күтүлгөн натыйжалар (продукт)",
  "Статус",
  "Жооптуу аткаруучулар",
];
const RU_HEAD = [
  "№",
  "Задача",
  "Мероприятие",
  "Срок исполнения",
  "Ожидаемые результаты (продукт)",
  "Статус",
  "Ответственные исполнители",
];

/** МЦРИТ's Kyrgyz workbook (lead of items 1–2) and МЮ's Russian one (co-executor of item 1, lead of 3); МЮ is named nowhere in 3 rows. */
function grids(): { file: string; sheets: SheetGrid[] }[] {
  return [
    {
      file: "МЦРИТ.xlsx",
      sheets: [
        {
          name: "1-таблица",
          rows: [
            KY_HEAD,
            [
              1,
              "Санариптештирүү",
              "Мамлекеттик кызматтардын реестрин жаңылоо",
              "2025-жыл",
              "Реестр",
              "Мөөнөтүндө аткарылды",
              "МЦРИТ, МЮ",
            ],
            [
              2,
              "Санариптештирүү",
              "Электрондук кол тамганы өнүктүрүү",
              "2025-жыл",
              "Кол тамга",
              "Аткарууда",
              "МЦРИТ",
            ],
          ],
        },
      ],
    },
    {
      file: "МЮ.xlsx",
      sheets: [
        {
          name: "Таблица 1",
          rows: [
            RU_HEAD,
            [
              1,
              "Цифровизация",
              "Обновление реестра государственных услуг",
              "2025 год",
              "Реестр",
              "Исполнено в срок",
              "МЦРИТ, МЮ",
            ],
            [
              3,
              "Право",
              "Подготовка изменений в закон об электронном управлении",
              "2025 год",
              "Закон",
              "В процессе исполнения",
              "ГКНБ",
            ],
            [
              4,
              "Право",
              "Подготовка положения о реестре",
              "2025 год",
              "Положение",
              "В процессе исполнения",
              "ГКНБ",
            ],
            [
              5,
              "Право",
              "Согласование порядка обмена данными",
              "2025 год",
              "Порядок",
              "В процессе исполнения",
              "ГКНБ",
            ],
          ],
        },
      ],
    },
  ];
}

function run(lang: Lang) {
  const entries = grids().map((g) =>
    consolidationEntry({ file: g.file, modified: 0, sheets: g.sheets }, { asOf: AS_OF, lang })
  );
  return consolidate(entries, { asOf: AS_OF, lang, planItems: 5 });
}

describe.each(LANGS)("consolidated workbook in %s", (lang) => {
  const c = run(lang);
  const [summary, items, issues] = buildConsolidationSheets(c);
  const kinds = coreCatalog(lang).issueKinds;

  test("no header breaks inside a word: each header's longest word fits its column on one line; page numbers", () => {
    for (const model of [summary, items, issues]) {
      for (const cell of model.cells.filter(
        (x) => typeof x.value === "string" && model.styles[x.style!]?.fill === "D9E1F2"
      )) {
        const longest = Math.max(
          ...String(cell.value)
            .split(/\s+/)
            .map((w) => w.length)
        );
        expect(
          lineCapacity(model.columnWidths[cell.col], model.styles[cell.style!])
        ).toBeGreaterThanOrEqual(longest);
      }
    }
    for (const model of [summary, items, issues]) expect(model.print.footer).toBe("&C&P / &N");
    // A real narrowing is undone: the summary's "completed late" column was 12 characters wide.
    expect(Math.min(...summary.columnWidths)).toBeGreaterThanOrEqual(9);
  });

  test("the kind of each problem in words of the sheet's language; a body missing from the executors once, with its rows", () => {
    const kindCol = issues.cells
      .filter((x) => x.col === 5 && x.row > 0)
      .map((x) => String(x.value));
    expect(kindCol.length).toBeGreaterThan(0);
    for (const k of kindCol) expect(Object.values(kinds)).toContain(k);
    const mju = c.bodies.find((b) => b.body === "МЮ")!;
    expect(mju.issues.filter((i) => i.code === "body-not-in-executors")).toHaveLength(3);
    const lines = issues.cells.filter(
      (x) => x.col === 5 && x.value === kinds["body-not-in-executors"]
    );
    expect(lines).toHaveLength(1);
    const row = lines[0].row;
    expect(cellAt(issues, row, 0)).toBe("МЮ");
    expect(cellAt(issues, row, 3)).toBe("G3, G4, G5");
    expect(String(cellAt(issues, row, 6))).toContain(coreCatalog(lang).consolidation.inRows(3));
  });

  test("measures in one language: the sheet's where a body's workbook has it, else the lead's", () => {
    const measure = (no: number): CellValue | undefined => cellAt(items, no, 1);
    // Item 1 is reported by both: Kyrgyz in the Kyrgyz sheet, Russian in the Russian one, the lead's (Kyrgyz) in English.
    expect(measure(1)).toBe(
      lang === "ru"
        ? "Обновление реестра государственных услуг"
        : "Мамлекеттик кызматтардын реестрин жаңылоо"
    );
    // Item 3 only in МЮ's Russian workbook: its words whatever the sheet's language.
    expect(measure(3)).toBe("Подготовка изменений в закон об электронном управлении");
  });
});

test("a workbook's language from its texts", () => {
  expect(
    textLang([
      "Мамлекеттик кызмат көрсөтүүлөрдүн реестрин жаңылоо",
      "Электрондук кол тамганы өнүктүрүү",
    ])
  ).toBe("ky");
  expect(
    textLang(["Обновление реестра государственных услуг", "Подготовка изменений в закон"])
  ).toBe("ru");
  expect(textLang(["Move services online", "Update the register of public services"])).toBe("en");
  expect(textLang(["12"])).toBeNull();
  // A Kyrgyz plan quoting one Russian name is still Kyrgyz; a Russian one naming «Түндүк» still Russian.
  expect(textLang(["«Электронное правительство» системасын өнүктүрүү жана колдоо"])).toBe("ky");
  expect(
    textLang(["Подключение государственных органов к системе «Түндүк» и обмен данными между ними"])
  ).toBe("ru");
});

test("the fixture bodies consolidate as before (sanity of the shared fixtures)", () => {
  expect(bodyWorkbooks().length).toBeGreaterThan(3);
});
