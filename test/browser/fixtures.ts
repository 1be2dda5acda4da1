/**
 * Sample workbooks for the browser test, written with ExcelJS: a cover sheet, then a Kyrgyz Table 1
 * with a title, a numbering row, a merged task cell and eight measures whose issues and figures
 * are computed by hand in `EXPECTED` (as of 30.06.2025, reporting body МЦРИТ).
 */
import ExcelJS from "exceljs";

export const TABLE_SHEET = "1-таблица";
export const BODY = "МЦРИТ";
export const AS_OF = "2025-06-30";

const HEADERS = [
  "№",
  "Милдет",
  "Чара/ иш-аракет",
  "Ишке ашыруу мөөнөтү",
  "Күтүлгөн натыйжалар (продукт)",
  "Статус",
  "Жооптуу аткаруучулар",
];

/** [no, task, measure, deadline, result, status, executors]; the task of row 2 is merged from row 1. */
const ROWS: readonly (readonly (string | number | null)[])[] = [
  [
    1,
    "Санариптик инфраструктура",
    "Маалымат борборун куруу",
    "2024-жыл",
    "Борбор иштейт",
    "Мөөнөтүндө аткарылды",
    "МЦРИТ",
  ],
  [
    2,
    null,
    "Булуттук платформа",
    "2025-жылдын I жарым жылдыгы",
    "Платформа",
    "Мөөнөтүн бузуу менен аткарылды. Платформа ишке киргизилди",
    "МЦРИТ, Минфин",
  ],
  [
    3,
    "Санариптик кызматтар",
    "Электрондук төлөмдөр",
    "туруктуу",
    "Төлөмдөр",
    "Аткарууда",
    "Минфин, МЦРИТ",
  ],
  [4, null, "Порталды жаңылоо", "2024-жылдын IV чейреги", "Портал", "Аткарылган жок", "МЦРИТ"],
  [5, null, "Мобилдик тиркеме", "2026-жыл", "Тиркеме", "Маалымат берилген жок", "МЦРИТ"], // says nothing of the measure: unknown-status,
  [5, null, "Кайталанган пункт", "качандыр бир убакта", "Натыйжа", "Аткарууда", "МЦРИТ"],
  [7, null, null, "2025-жыл", "Натыйжа", "Аткарылды", "МЦРИТ"],
  [8, null, "Кадрларды даярдоо", "этабы менен", "Курстар", null, "Минфин"],
];

/** The issues the pane must list: code, cell, severity (SPEC: each at the cell to fix). */
export const EXPECTED_ISSUES: readonly {
  code: string;
  cell: string;
  severity: "error" | "warning";
}[] = [
  { code: "overdue", cell: "F8", severity: "warning" },
  { code: "unknown-status", cell: "F9", severity: "error" },
  { code: "duplicate-item", cell: "A10", severity: "error" },
  { code: "unparsed-deadline", cell: "D10", severity: "error" },
  { code: "missing-measure", cell: "C11", severity: "error" },
  { code: "missing-completion-date", cell: "F11", severity: "warning" },
  { code: "missing-status", cell: "F12", severity: "error" },
  { code: "body-not-in-executors", cell: "G12", severity: "warning" },
];

/**
 * Figures by hand: 8 measures; on time = items 1 and 7 (plain "completed" without a date counts as
 * on time); late = item 2; completed 3; in progress 8 − 3 = 5; level 3 ÷ 8 × 100 = 37.5 %.
 * Lead: every measure but item 3 (МЦРИТ named second) = 7; co = 1.
 */
export const EXPECTED_FIGURES = {
  total: 8,
  completed: 3,
  onTime: 2,
  late: 1,
  inProgress: 5,
  level: 37.5,
  lead: 7,
  co: 1,
} as const;

export interface SampleSheet {
  readonly name: string;
  /** 0-based grid: rows[r][c] is the cell at row r + 1, column c + 1. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** 0-based, inclusive. */
  readonly merges: readonly { top: number; left: number; bottom: number; right: number }[];
}

/** The sample workbook as plain grids: a cover sheet, then Table 1 (for ExcelJS and the Excel double alike). */
export function sampleSheets(): SampleSheet[] {
  const cover: SampleSheet = {
    name: "Мукаба",
    rows: [["Иш-чаралар планынын аткарылышы жөнүндө маалымат"]],
    merges: [],
  };
  const table: SampleSheet = {
    name: TABLE_SHEET,
    rows: [
      ["2024-2028-жылдарга санариптик трансформациялоо концепциясын ишке ашыруу боюнча маалымат"],
      [],
      [...HEADERS],
      HEADERS.map((_, i) => i + 1),
      ...ROWS,
    ],
    merges: [
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 6, left: 1, bottom: 11, right: 1 },
    ],
  };
  return [cover, table];
}

export async function table1Workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sampleSheets()) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      if (row.length > 0) ws.getRow(r + 1).values = [...row];
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook without any Table 1. */
export async function workbookWithoutTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell("A1").value = "Budget";
  ws.getCell("B1").value = 42;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
