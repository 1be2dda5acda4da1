/**
 * Bodies' workbooks for the consolidation tests, as plain data (sheets of cell values, merges, file
 * name, modification time) and written to .xlsx with ExcelJS. Every body keeps its Table 1 its own
 * way: other sheet names, title rows, column orders, languages, a role column instead of executors,
 * merged task cells, a completion-date column, an Annex 2 sheet that stores the body.
 *
 * The plan (executors: the first named is the lead executor):
 *   item 1  МЦРИТ, МЭК        item 5  МФ, МЦРИТ
 *   item 2  МЦРИТ             item 6  МОН, МФ
 *   item 3  МЭК, МЦРИТ, МЮ    item 7  МЦРИТ, МОН
 *   item 4  МЮ                item 8  МЭК
 *   item 9  ГКС, МЦРИТ        (ГКС sends nothing)
 * The expected figures are worked out by hand in consolidate.test.ts.
 */
import { promises as fsp } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, MergeArea, SheetGrid } from "../../src/core";

export const AS_OF = "2025-06-30";

export interface FixtureWorkbook {
  readonly file: string;
  /** Modification time, ms. */
  readonly modified: number;
  readonly sheets: readonly SheetGrid[];
  /** A defined name `ATKARUU_BODY` on this cell (as `annex2` writes it). */
  readonly bodyName?: { readonly sheet: string; readonly row: number; readonly col: number };
}

const day = (iso: string): number => Date.parse(`${iso}T12:00:00Z`);
const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const RU_HEADER = [
  "№ п/п",
  "Задача",
  "Мероприятие",
  "Срок исполнения",
  "Ожидаемые результаты (продукт)",
  "Статус (информация о ходе исполнения)",
  "Ответственные исполнители",
];

/** МЦРИТ: a cover sheet first, title rows, a numbering row, merged task cells; Russian headers. */
function mcrit(): FixtureWorkbook {
  const rows: CellValue[][] = [
    ["Исходные данные для мониторинга"],
    [],
    RU_HEADER,
    [1, 2, 3, 4, 5, 6, 7],
    [
      1,
      "Цифровая инфраструктура",
      "Развернуть сеть",
      "2026 год",
      "Сеть",
      "Исполнено в срок",
      "МЦРИТ, МЭК",
    ],
    [
      2,
      null,
      "Подключить школы",
      "I квартал 2025 года",
      "Школы подключены",
      "В процессе исполнения: подключено 40%",
      "МЦРИТ",
    ],
    [
      3,
      "Электронные услуги",
      "Перевести услуги онлайн",
      "2026 год",
      "Услуги",
      "Мөөнөтүндө аткарылды",
      "МЭК, МЦРИТ, МЮ",
    ],
    [5, null, "Единый реестр", "2026 год", "Реестр", "Исполнено с нарушением срока", "МФ, МЦРИТ"],
    [
      7,
      "Кадры",
      "Обучить специалистов",
      "2025 год",
      "Обучено 100 человек",
      "Не исполнено",
      "МЦРИТ, МОН",
    ],
    [9, null, "Статистический портал", "2026 год", "Портал", "На исполнении", "ГКС, МЦРИТ"],
  ];
  const merges: MergeArea[] = [
    { top: 0, left: 0, bottom: 0, right: 6 },
    { top: 4, left: 1, bottom: 5, right: 1 }, // task of items 1–2
    { top: 6, left: 1, bottom: 7, right: 1 }, // task of items 3, 5
    { top: 8, left: 1, bottom: 9, right: 1 }, // task of items 7, 9
  ];
  return {
    file: "МЦРИТ.xlsx",
    modified: day("2025-06-25"),
    sheets: [
      {
        name: "Титул",
        rows: [["Министерство цифрового развития"], ["Отчёт за I полугодие 2025 года"]],
      },
      { name: "Таблица 1", rows, merges },
    ],
  };
}

/** МЭК (the newer of its two files): Kyrgyz headers, a role column instead of executors. */
function mek(): FixtureWorkbook {
  return {
    file: "МЭК.xlsx",
    modified: day("2025-06-20"),
    sheets: [
      {
        name: "1-таблица",
        rows: [
          [
            "№",
            "Милдет",
            "Чара/ иш-аракет",
            "Ишке ашыруу мөөнөтү",
            "Күтүлгөн натыйжалар (продукт)",
            "Статус",
            "Ролу",
          ],
          [
            "1",
            "Инфраструктура",
            "Тармак куруу",
            "2026-жыл",
            "Тармак",
            "Выполнено в срок",
            "кошо аткаруучу",
          ],
          [
            "3",
            "Кызматтар",
            "Кызматтарды онлайн которуу",
            "2026-жыл",
            "Кызматтар",
            "Исполнено в срок",
            "негизги аткаруучу",
          ],
          [
            "8",
            "Экономика",
            "Электрондук эсеп-фактура",
            "2026-жыл",
            "Система",
            "Аткарууда",
            "негизги аткаруучу",
          ],
        ],
      },
    ],
  };
}

/** МЭК's older file: the body is stored on its Annex 2 sheet (other case and spacing) under a defined name. */
function mekOld(): FixtureWorkbook {
  return {
    file: "МЭК_old.xlsx",
    modified: day("2025-05-01"),
    sheets: [
      {
        name: "1-таблица",
        rows: [
          [
            "№",
            "Милдет",
            "Чара/ иш-аракет",
            "Ишке ашыруу мөөнөтү",
            "Күтүлгөн натыйжалар (продукт)",
            "Статус",
            "Ролу",
          ],
          [
            "1",
            "Инфраструктура",
            "Тармак куруу",
            "2026-жыл",
            "Тармак",
            "Аткарууда",
            "кошо аткаруучу",
          ],
          [
            "3",
            "Кызматтар",
            "Кызматтарды онлайн которуу",
            "2026-жыл",
            "Кызматтар",
            "Аткарууда",
            "негизги аткаруучу",
          ],
          [
            "8",
            "Экономика",
            "Электрондук эсеп-фактура",
            "2026-жыл",
            "Система",
            "Аткарууда",
            "негизги аткаруучу",
          ],
        ],
      },
      {
        name: "2-тиркеме",
        rows: [["Отчет"], [], ["  мэк "]],
        merges: [{ top: 2, left: 0, bottom: 2, right: 6 }],
      },
    ],
    bodyName: { sheet: "2-тиркеме", row: 2, col: 0 },
  };
}

/** МЮ: English headers on a sheet with no hint in its name, item numbers typed as text `3.`. */
function mju(): FixtureWorkbook {
  return {
    file: "МЮ.xlsx",
    modified: day("2025-06-28"),
    sheets: [
      {
        name: "Sheet1",
        rows: [
          ["Monitoring report"],
          [
            "No",
            "Task",
            "Measure",
            "Deadline",
            "Expected result",
            "Status",
            "Responsible executors",
          ],
          [
            "3.",
            "Services",
            "Move services online",
            "2026",
            "Services",
            "In progress",
            "МЭК, МЦРИТ, МЮ",
          ],
          [
            "4.",
            "Justice",
            "Electronic notary",
            "Q4 2024",
            "Notary online",
            "Completed late",
            "МЮ",
          ],
        ],
      },
    ],
  };
}

/** МФ: the file name says nothing; the body (with its abbreviation) is stored on Annex 2. Columns in another order; a missing status. */
function mf(): FixtureWorkbook {
  return {
    file: "report_2025_06.xlsx",
    modified: day("2025-06-27"),
    sheets: [
      {
        name: "Таблица 1",
        rows: [
          [
            "№",
            "Мероприятие",
            "Задача",
            "Ответственные исполнители",
            "Срок реализации",
            "Статус",
            "Ожидаемые результаты (продукт)",
          ],
          [5, "Единый реестр", "Финансы", "МФ, МЦРИТ", "2026 год", "Исполнено в срок", "Реестр"],
          [6, "Казначейство онлайн", "Финансы", "МОН, МФ", "2024 год", null, "Система"],
        ],
      },
      { name: "Приложение 2", rows: [["Форма"], [], ["Министерство финансов (МФ)"]] },
    ],
  };
}

/** МОН: Kyrgyz, a completion-date column (a date cell), a plain "completed" resolved by dates. */
function mon(): FixtureWorkbook {
  return {
    file: "МОН.xlsx",
    modified: day("2025-06-26"),
    sheets: [
      {
        name: "Таблица 1",
        rows: [
          [
            "№",
            "Тапшырма",
            "Иш-чара",
            "Мөөнөтү",
            "Күтүлгөн натыйжалар (продукт)",
            "Статус",
            "Жооптуу аткаруучулар",
            "Аткарылган күнү",
          ],
          [
            6,
            "Билим",
            "Казначейство онлайн",
            "2024-жыл",
            "Система",
            "Исполнено",
            "МОН, МФ",
            date("2025-03-15"),
          ],
          [
            7,
            "Кадрлар",
            "Адистерди окутуу",
            "2025-жыл",
            "100 адам",
            "Исполнено в срок",
            "МЦРИТ, МОН",
            date("2025-04-01"),
          ],
        ],
      },
    ],
  };
}

/** The five bodies (МЭК twice). */
export function bodyWorkbooks(): FixtureWorkbook[] {
  return [mcrit(), mek(), mekOld(), mju(), mf(), mon()];
}

/** Expected bodies for `--expect`: ГКС sent nothing; МЮ and МФ are given by full name with abbreviation. */
export const EXPECTED_LIST =
  ["МЦРИТ", "МЭК", "Министерство юстиции (МЮ)", "МФ", "МОН", "ГКС"].join("\n") + "\n";

/** Write a fixture as .xlsx (dates formatted as dates) and set its modification time. */
export async function writeFixture(dir: string, fx: FixtureWorkbook): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of fx.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (v instanceof Date) cell.numFmt = "dd.mm.yyyy";
      });
    });
    for (const m of sheet.merges ?? [])
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  if (fx.bodyName) {
    const ref = `'${fx.bodyName.sheet}'!$A$${fx.bodyName.row + 1}`;
    wb.definedNames.add(ref, "ATKARUU_BODY");
  }
  const path = join(dir, fx.file);
  await wb.xlsx.writeFile(path);
  const t = new Date(fx.modified);
  await fsp.utimes(path, t, t);
  return path;
}

/** A generated Table 1 of `rows` measures for the benchmark: realistic texts, statuses and executors. */
export function benchmarkWorkbook(index: number, rows: number): FixtureWorkbook {
  const bodies = ["МЦРИТ", "МЭК", "МЮ", "МФ", "МОН", "МИД", "МЗ", "ГКНБ", "МВД", "МЧС"];
  const statuses = [
    "Исполнено в срок",
    "Исполнено с нарушением срока",
    "В процессе исполнения: работа продолжается",
    "Не исполнено",
    "Мөөнөтүндө аткарылды",
    "Аткарууда",
    "Исполнено",
  ];
  const deadlines = [
    "2024 год",
    "IV квартал 2025 года",
    "2026-жыл",
    "постоянно",
    "поэтапно, 2024-2028 годы",
    "до 1 июля 2026 года",
    "I полугодие 2025 года",
  ];
  const body = `Орган ${index + 1}`;
  const out: CellValue[][] = [["Исходные данные"], [], RU_HEADER, [1, 2, 3, 4, 5, 6, 7]];
  for (let i = 0; i < rows; i++) {
    const k = (i * 7 + index * 3) % 97;
    const other = bodies[k % bodies.length];
    out.push([
      i + 1,
      `Задача ${Math.floor(i / 5) + 1}: развитие цифровой инфраструктуры и электронных услуг`,
      `Мероприятие ${i + 1}: обеспечить внедрение информационной системы и обучение специалистов органа`,
      deadlines[k % deadlines.length],
      `Ожидаемый результат ${i + 1}: система введена в эксплуатацию, нормативные акты приняты`,
      `${statuses[k % statuses.length]}. Информация о ходе исполнения: проведены совещания, подготовлены проекты документов.`,
      k % 3 === 0 ? `${other}, ${body}` : `${body}, ${other}`,
    ]);
  }
  return {
    file: `body-${String(index + 1).padStart(2, "0")}.xlsx`,
    modified: day("2025-06-01") + index * 1000,
    sheets: [
      { name: "Таблица 1", rows: out },
      { name: "Приложение 2", rows: [["Форма"], [], [body]] },
    ],
  };
}
