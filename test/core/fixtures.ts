/**
 * Grids for the core tests: a builder for small Table 1 sheets and one realistic Kyrgyz Table 1 whose
 * figures are computed by hand in `figures.test.ts` and `annex2.test.ts`.
 */
import { analyseWorkbook } from "../../src/core";
import type { Analysis, AnalysisOptions, CellValue, MergeArea, SheetGrid } from "../../src/core";

/** The Methodology's six headers, in Kyrgyz. */
export const KY_HEADERS = [
  "№",
  "Милдет",
  "Чара/ иш-аракет",
  "Ишке ашыруу мөөнөтү",
  "Күтүлгөн натыйжалар (продукт)",
  "Статус (чара аткарылды же аткарылган жок (ишке ашыруунун жүрүшү жөнүндө маалымат)",
];
export const RU_HEADERS = [
  "№ п/п",
  "Задача",
  "Мероприятие/действие",
  "Срок исполнения",
  "Ожидаемые результаты (продукт)",
  "Информация о ходе исполнения",
];
export const EN_HEADERS = ["No", "Task", "Measure", "Deadline", "Expected result", "Status"];

export function sheet(name: string, rows: CellValue[][], merges?: MergeArea[]): SheetGrid {
  return merges === undefined ? { name, rows } : { name, rows, merges };
}

export const OPTS: AnalysisOptions = { asOf: "2025-06-30", lang: "ky" };

/** Analyse and fail the test on a fatal result. */
export function analyse(sheets: SheetGrid[], options: Partial<AnalysisOptions> = {}): Analysis {
  const result = analyseWorkbook(sheets, { ...OPTS, ...options });
  if (!result.ok)
    throw new Error(`unexpected fatal error: ${result.fatal.code} ${result.fatal.message}`);
  return result.analysis;
}

/** A Table 1 with the six Kyrgyz headers in row 1 and the given data rows below (6 columns each). */
export function simpleTable(rows: CellValue[][], extraHeaders: string[] = []): SheetGrid {
  return sheet("1-таблица", [[...KY_HEADERS, ...extraHeaders], ...rows]);
}

/**
 * The hand-computed example (sheet `1-таблица`, reporting body МЦРИТ, as of 30.06.2025).
 * Columns A № · B Милдет · C Чара · D Мөөнөтү · E Натыйжа · F Статус · G Жооптуу аткаруучулар · H Аткарылган күнү.
 *
 * | row | № | deadline (end)                          | status → counted as                          | executors        | role |
 * |-----|---|-----------------------------------------|----------------------------------------------|------------------|------|
 * | 6   | 1 | 2024-жылдын IV чейреги (31.12.2024)     | Мөөнөтүндө аткарылды … → on time             | МЦРИТ, МЭК       | lead |
 * | 7   | 2 | 2025-жыл (31.12.2025)                   | Мөөнөтүн бузуу менен аткарылды → late        | МЦРИТ            | lead |
 * | 8   | 3 | 2024-жылдын III-IV кварталы (31.12.2024) | Аткарылды, done 10.02.2025 → late            | МЦРИТ            | lead |
 * | 10  | 4 | туруктуу (ongoing)                      | Аткарууда → in progress                      | МЭК, МЦРИТ       | co   |
 * | 11  | 5 | 2024-2028-жылдар, этабы менен (31.12.2028, staged) | Аткарылды, done 15.03.2025 → on time | МЦРИТ      | lead |
 * | 12  | 6 | 2025-жылдын I жарым жылдыгы (30.06.2025) | Аткарылды, no date → on time + warning       | МЭК, МЦРИТке     | co   |
 * | 13  | 7 | этабы менен (staged, no end)            | Жарым-жартылай аткарылды → not completed     | МЦРИТ            | lead |
 * | 14  | 8 | 2025-жылдын I чейреги (31.03.2025)      | Аткарылган жок → not completed, overdue      | МЭК жана МЦРИТ   | co   |
 * | 15  | 9 | 2027 (a number: 31.12.2027)             | (empty) → missing                            | МЦРИТ            | lead |
 * | 16  | 10| постоянно (ongoing)                     | в процессе исполнения → in progress          | ГКНБ (not found) | lead |
 * | 17  | 11| a date cell 31.12.2024                  | Исполнено в срок → on time                   | МЦРИТ            | lead |
 * | 18  | 12| по плану (unparsed)                     | Аткарылды, no date → on time + warning       | МЦРИТ            | lead |
 *
 * Row 5 is a heading merged across A:H, row 9 is blank, the task of items 1–3 is one cell merged B6:B8.
 */
export function exampleTable1(): SheetGrid {
  const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
  const rows: CellValue[][] = [
    ["1-таблица", null, null, null, null, null, null, null],
    [
      "2024-2028-жылдарга Кыргыз Республикасынын санариптик трансформациялоо концепциясын ишке ашырууга кошкон салымы боюнча баштапкы маалыматтар",
    ],
    [...KY_HEADERS, "Жооптуу аткаруучулар", "Аткарылган күнү"],
    [1, 2, 3, 4, 5, 6, 7, 8],
    ["I. Санариптик инфраструктура", null, null, null, null, null, null, null],
    [
      1,
      "Санариптик инфраструктураны өнүктүрүү",
      "Маалымат борборун куруу",
      "2024-жылдын IV чейреги",
      "Маалымат борбору ишке киргизилди",
      "Мөөнөтүндө аткарылды. Маалымат борбору 2024-жылдын декабрында ишке киргизилди",
      "МЦРИТ, МЭК",
      null,
    ],
    [
      2,
      null,
      "Булуттук платформаны түзүү",
      "2025-жыл",
      "Платформа иштейт",
      "Мөөнөтүн бузуу менен аткарылды",
      "МЦРИТ",
      null,
    ],
    [
      "3.",
      null,
      "Байланыш тармагын кеңейтүү",
      "2024-жылдын III-IV кварталы",
      "Тармак кеңейтилди",
      "Аткарылды",
      "МЦРИТ",
      "10.02.2025",
    ],
    [null, null, null, null, null, null, null, null],
    [
      "4",
      "Санариптик кызматтар",
      "Мамлекеттик кызматтар порталын колдоо",
      "туруктуу",
      "Портал иштейт",
      "Аткарууда",
      "МЭК, МЦРИТ",
      null,
    ],
    [
      5,
      null,
      "Кызматтарды санариптештирүү",
      "2024-2028-жылдар, этабы менен",
      "100 кызмат санариптештирилди",
      "Аткарылды",
      "МЦРИТ",
      d(2025, 3, 15),
    ],
    [
      6,
      null,
      "Электрондук төлөмдөрдү киргизүү",
      "2025-жылдын I жарым жылдыгы",
      "Төлөм системасы иштейт",
      "Аткарылды",
      "МЭК, МЦРИТке",
      null,
    ],
    [
      7,
      null,
      "Кызматкерлерди окутуу",
      "этабы менен",
      "500 кызматкер окутулду",
      "Жарым-жартылай аткарылды",
      "МЦРИТ",
      null,
    ],
    [
      8,
      null,
      "Ченемдик укуктук актыларды даярдоо",
      "2025-жылдын I чейреги",
      "Токтом кабыл алынды",
      "Аткарылган жок",
      "МЭК жана МЦРИТ",
      null,
    ],
    [
      9,
      null,
      "Санариптик сабаттуулук программасы",
      2027,
      "Программа бекитилди",
      null,
      "МЦРИТ",
      null,
    ],
    [
      10,
      null,
      "Киберкоопсуздук мониторинги",
      "постоянно",
      "Отчеттор",
      "в процессе исполнения",
      "ГКНБ",
      null,
    ],
    [
      11,
      null,
      "Ачык маалыматтар порталы",
      d(2024, 12, 31),
      "Портал ишке киргизилди",
      "Исполнено в срок",
      "МЦРИТ",
      null,
    ],
    [12, null, "Геомаалымат системасы", "по плану", "Система түзүлдү", "Аткарылды", "МЦРИТ", null],
  ];
  const merges: MergeArea[] = [
    { top: 4, left: 0, bottom: 4, right: 7 },
    { top: 5, left: 1, bottom: 7, right: 1 },
  ];
  return sheet("1-таблица", rows, merges);
}

/** A cover sheet that comes before Table 1 in real workbooks. */
export const COVER: SheetGrid = sheet("Титул", [
  ["Кыргыз Республикасынын Санариптик өнүктүрүү министрлиги"],
  ["Мониторинг, 2025-жыл"],
]);
