/**
 * Three bodies' workbooks for the consolidation tests of the pane (browser and strict double), plus an
 * older duplicate and a file that is not a workbook. Each body keeps Table 1 its own way (language,
 * where the body is named). Figures worked out by hand, as of 30.06.2025:
 *
 *   МЦРИТ (from the file name; Kyrgyz headers) — 5 measures: on time (1), late (2), in progress (3, as
 *     co-executor), not completed (4), plain "completed" without a date (5: on time, SPEC) →
 *     completed 3, level 3 ÷ 5 = 60.0 %.
 *   МФ (stored on its Annex 2 sheet; the file is `report_b.xlsx`; Russian headers) — 4 measures: in
 *     progress (3, co), on time (6), not completed (7), partially completed (8: not completed, SPEC) →
 *     completed 1, level 1 ÷ 4 = 25.0 %.
 *   МЭК (English headers) — 3 measures: on time (3), late (9), in progress (10) → completed 2,
 *     level 2 ÷ 3 = 66.7 %.
 *   МЭК_old.xlsx stores the body МЭК on its Annex 2 sheet and is older: a duplicate, ignored.
 *   broken.xlsx is text: unreadable ("it is not an .xlsx file").
 *
 * Overall from summed counts: 6 ÷ 12 = 50.0 % (the average of the three percentages would be 50.6 %).
 * The summary lists МЭК (66.7), МЦРИТ (60.0), МФ (25.0).
 */
import { promises as fsp } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/core";

export const CONSOLIDATION_AS_OF = "2025-06-30";

export interface BodyWorkbook {
  readonly file: string;
  /** Modification time, ms (of two files of one body the newer is used). */
  readonly modified: number;
  readonly sheets: readonly SheetGrid[];
}

const day = (iso: string): number => Date.parse(`${iso}T12:00:00Z`);

function mcrit(): BodyWorkbook {
  const rows: CellValue[][] = [
    ["Санариптик өнүктүрүү министрлиги: 1-таблица"],
    [],
    [
      "№",
      "Милдет",
      "Чара/ иш-аракет",
      "Ишке ашыруу мөөнөтү",
      "Күтүлгөн натыйжалар (продукт)",
      "Статус",
      "Жооптуу аткаруучулар",
    ],
    [1, 2, 3, 4, 5, 6, 7],
    [
      1,
      "Инфраструктура",
      "Маалымат борборун куруу",
      "2024-жыл",
      "Борбор",
      "Мөөнөтүндө аткарылды",
      "МЦРИТ",
    ],
    [
      2,
      null,
      "Булуттук платформа",
      "2025-жылдын I жарым жылдыгы",
      "Платформа",
      "Мөөнөтүн бузуу менен аткарылды",
      "МЦРИТ",
    ],
    [
      3,
      "Кызматтар",
      "Кызматтарды онлайн которуу",
      "2026-жыл",
      "Кызматтар",
      "Аткарууда",
      "МЭК, МЦРИТ",
    ],
    [4, null, "Порталды жаңылоо", "2026-жыл", "Портал", "Аткарылган жок", "МЦРИТ"],
    [5, null, "Адистерди окутуу", "2024-жыл", "100 адам", "Аткарылды", "МЦРИТ"],
  ];
  return {
    file: "МЦРИТ.xlsx",
    modified: day("2025-06-25"),
    sheets: [
      {
        name: "1-таблица",
        rows,
        merges: [
          { top: 4, left: 1, bottom: 5, right: 1 },
          { top: 6, left: 1, bottom: 8, right: 1 },
        ],
      },
    ],
  };
}

function mf(): BodyWorkbook {
  return {
    file: "report_b.xlsx",
    modified: day("2025-06-26"),
    sheets: [
      {
        name: "Таблица 1",
        rows: [
          [
            "№ п/п",
            "Задача",
            "Мероприятие",
            "Срок исполнения",
            "Ожидаемые результаты (продукт)",
            "Статус",
            "Ответственные исполнители",
          ],
          [
            3,
            "Услуги",
            "Перевести услуги онлайн",
            "2026 год",
            "Услуги",
            "В процессе исполнения",
            "МЭК, МФ",
          ],
          [6, "Финансы", "Казначейство онлайн", "2025 год", "Система", "Исполнено в срок", "МФ"],
          [7, "Финансы", "Электронные закупки", "2026 год", "Портал", "Не исполнено", "МФ"],
          [
            8,
            "Финансы",
            "Единый реестр",
            "2026 год",
            "Реестр",
            "Частично исполнено: реестр заполнен наполовину",
            "МФ",
          ],
        ],
      },
      { name: "Приложение 2", rows: [["Форма"], [], ["МФ"]] },
    ],
  };
}

function mek(): BodyWorkbook {
  return {
    file: "МЭК.xlsx",
    modified: day("2025-06-27"),
    sheets: [
      {
        name: "Table 1",
        rows: [
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
            "3",
            "Services",
            "Move services online",
            "2026",
            "Services",
            "Completed on time",
            "МЭК, МЦРИТ, МФ",
          ],
          ["9", "Economy", "E-invoices", "2025", "System", "Completed late", "МЭК"],
          ["10", "Economy", "Open data", "2026", "Portal", "In progress", "МЭК"],
        ],
      },
    ],
  };
}

/** МЭК's older file: every measure still in progress; the body is stored on its Annex 2 sheet. */
function mekOld(): BodyWorkbook {
  return {
    file: "МЭК_old.xlsx",
    modified: day("2025-05-01"),
    sheets: [
      {
        name: "Table 1",
        rows: [
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
            "3",
            "Services",
            "Move services online",
            "2026",
            "Services",
            "In progress",
            "МЭК, МЦРИТ, МФ",
          ],
          ["9", "Economy", "E-invoices", "2025", "System", "In progress", "МЭК"],
        ],
      },
      { name: "Annex 2", rows: [["Report"], [], ["МЭК"]] },
    ],
  };
}

/** The three bodies, in the order a coordinator might pick them. */
export function threeBodies(): BodyWorkbook[] {
  return [mcrit(), mf(), mek()];
}

/** The three bodies, the older duplicate of МЭК. */
export function bodiesWithDuplicate(): BodyWorkbook[] {
  return [...threeBodies(), mekOld()];
}

export const BROKEN_FILE = "broken.xlsx";

/** Hand-computed figures (see the file comment), in the summary's order. */
export const EXPECTED_BODIES: readonly {
  body: string;
  file: string;
  total: number;
  completed: number;
  onTime: number;
  late: number;
  level: number;
  levelText: Record<"en" | "ru" | "ky", string>;
}[] = [
  {
    body: "МЭК",
    file: "МЭК.xlsx",
    total: 3,
    completed: 2,
    onTime: 1,
    late: 1,
    level: 66.7,
    levelText: { en: "66.7 %", ru: "66,7 %", ky: "66,7 %" },
  },
  {
    body: "МЦРИТ",
    file: "МЦРИТ.xlsx",
    total: 5,
    completed: 3,
    onTime: 2,
    late: 1,
    level: 60,
    levelText: { en: "60.0 %", ru: "60,0 %", ky: "60,0 %" },
  },
  {
    body: "МФ",
    file: "report_b.xlsx",
    total: 4,
    completed: 1,
    onTime: 1,
    late: 0,
    level: 25,
    levelText: { en: "25.0 %", ru: "25,0 %", ky: "25,0 %" },
  },
];
export const EXPECTED_OVERALL = {
  total: 12,
  completed: 6,
  level: 50,
  levelText: { en: "50.0 %", ru: "50,0 %", ky: "50,0 %" },
} as const;

/**
 * A generated body for size tests: `rows` measures of body `Орган N`, statuses cycling through on
 * time, late, in progress and not completed (so its level is known: completed = ⌈rows / 2⌉ when
 * rows % 4 ∈ {0, 1, 2}).
 */
export function generatedBody(index: number, rows: number): BodyWorkbook {
  const statuses = [
    "Исполнено в срок",
    "Исполнено с нарушением срока",
    "В процессе исполнения",
    "Не исполнено",
  ];
  const body = `Орган ${index + 1}`;
  const grid: CellValue[][] = [
    [
      "№",
      "Задача",
      "Мероприятие",
      "Срок исполнения",
      "Ожидаемые результаты (продукт)",
      "Статус",
      "Ответственные исполнители",
    ],
  ];
  for (let r = 0; r < rows; r++)
    grid.push([
      r + 1,
      `Задача ${r + 1}`,
      `Мероприятие ${r + 1} органа ${index + 1}`,
      "2026 год",
      "Итог",
      statuses[r % 4],
      body,
    ]);
  return {
    file: `${body}.xlsx`,
    modified: day("2025-06-01") + index,
    sheets: [{ name: body, rows: grid }],
  };
}

/** Write a body's workbook with ExcelJS and give it its modification time. */
export async function writeBodyWorkbook(dir: string, wbData: BodyWorkbook): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of wbData.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      });
    });
    for (const m of sheet.merges ?? [])
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  const path = join(dir, wbData.file);
  await wb.xlsx.writeFile(path);
  const t = new Date(wbData.modified);
  await fsp.utimes(path, t, t);
  return path;
}

/** A "workbook" that is plain text. */
export async function writeBrokenFile(dir: string): Promise<string> {
  const path = join(dir, BROKEN_FILE);
  await fsp.writeFile(path, "this is not a workbook\n", "utf8");
  return path;
}
