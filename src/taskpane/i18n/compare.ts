/**
 * The pane's and the page's words for "Compare with the previous report", in ky / ru / en. The
 * kinds of change, their sentences and the values come from the core's compare catalogue
 * (src/core/compare/i18n.ts), as the command line's do.
 */
import type { Lang } from "../../core";

export interface PaneCompareTexts {
  readonly heading: string;
  readonly intro: string;
  readonly chooseFile: string;
  readonly useSnapshot: string;
  readonly snapshotAt: (date: string) => string;
  readonly noSnapshot: string;
  readonly running: string;
  readonly previousFile: (name: string) => string;
  /** Title of a change's button in Excel: it selects the item's row. */
  readonly selectRow: (row: number) => string;
  /** Title of a change's button on the page: it shows the item's row with the cell. */
  readonly showCell: (cell: string) => string;
  /** Heading of the row shown on the page. */
  readonly rowHeading: (sheet: string, row: number) => string;
  readonly more: (n: number) => string;
  /** Consolidation over several periods: where the levels per period went. */
  readonly periodsChartAdded: (sheet: string) => string;
  readonly periodsDataBars: (sheet: string) => string;
}

const ky: PaneCompareTexts = {
  heading: "Мурунку отчет менен салыштыруу",
  intro:
    "Мурунку отчеттун файлын тандаңыз же бул китепте сакталган акыркы 2-тиркеменин абалын колдонуңуз.",
  chooseFile: "Мурунку отчеттун файлын тандоо",
  useSnapshot: "Бул китептеги акыркы отчет менен салыштыруу",
  snapshotAt: (date) => `Бул китепте ${date} карата отчеттун абалы сакталган.`,
  noSnapshot:
    "Бул китепте сакталган отчет жок: адегенде 2-тиркемени түзүңүз же мурунку отчеттун файлын тандаңыз.",
  running: "Салыштырылууда…",
  previousFile: (name) => `Мурунку отчет: ${name}`,
  selectRow: (row) => `1-таблицанын ${row}-сабын белгилөө`,
  showCell: (cell) => `${cell} уячасын көрсөтүү`,
  rowHeading: (sheet, row) => `${sheet}, ${row}-сап`,
  more: (n) => `…дагы ${n}`,
  periodsChartAdded: (sheet) =>
    `«${sheet}» барагында органдардын мезгилдер боюнча сызыктуу диаграммасы бар.`,
  periodsDataBars: (sheet) =>
    `«${sheet}» барагында мезгилдер боюнча деңгээлдер маалымат тилкелери менен көрсөтүлгөн.`,
};

const ru: PaneCompareTexts = {
  heading: "Сравнение с предыдущим отчётом",
  intro:
    "Выберите файл предыдущего отчёта или используйте снимок последнего Приложения 2, сохранённый в этой книге.",
  chooseFile: "Выбрать файл предыдущего отчёта",
  useSnapshot: "Сравнить с последним отчётом этой книги",
  snapshotAt: (date) => `В этой книге сохранён снимок отчёта по состоянию на ${date}.`,
  noSnapshot:
    "В этой книге нет сохранённого отчёта: сначала сформируйте Приложение 2 или выберите файл предыдущего отчёта.",
  running: "Сравнение…",
  previousFile: (name) => `Предыдущий отчёт: ${name}`,
  selectRow: (row) => `Выделить строку ${row} Таблицы 1`,
  showCell: (cell) => `Показать ячейку ${cell}`,
  rowHeading: (sheet, row) => `${sheet}, строка ${row}`,
  more: (n) => `…и ещё ${n}`,
  periodsChartAdded: (sheet) =>
    `На листе «${sheet}» — линейная диаграмма уровней органов по периодам.`,
  periodsDataBars: (sheet) =>
    `На листе «${sheet}» уровни по периодам показаны гистограммами в ячейках.`,
};

const en: PaneCompareTexts = {
  heading: "Compare with the previous report",
  intro:
    "Pick the previous report's file, or use the snapshot of the last Annex 2 kept in this workbook.",
  chooseFile: "Choose the previous report",
  useSnapshot: "Compare with this workbook's last report",
  snapshotAt: (date) => `This workbook keeps the snapshot of its report as of ${date}.`,
  noSnapshot:
    "This workbook keeps no report yet: make Annex 2 first, or pick the previous report's file.",
  running: "Comparing…",
  previousFile: (name) => `Previous report: ${name}`,
  selectRow: (row) => `Select row ${row} of Table 1`,
  showCell: (cell) => `Show cell ${cell}`,
  rowHeading: (sheet, row) => `${sheet}, row ${row}`,
  more: (n) => `…and ${n} more`,
  periodsChartAdded: (sheet) =>
    `The "${sheet}" sheet has a line chart of each body's level per period.`,
  periodsDataBars: (sheet) => `On the "${sheet}" sheet the levels per period have data bars.`,
};

const CATALOGS: Readonly<Record<Lang, PaneCompareTexts>> = { ky, ru, en };

export function paneCompareTexts(lang: Lang): PaneCompareTexts {
  return CATALOGS[lang];
}
