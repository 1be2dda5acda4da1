/**
 * Words `atkaruu consolidate` prints itself, in ky / ru / en. Words of the consolidated workbook and
 * of the issues come from the core's catalogue; common words (written, usage errors) from `CliCatalog`.
 */
import { coreCatalog, lowerFirst } from "../../core";
import type { Lang } from "../../core";

export interface ConsolidateTexts {
  /** Progress on a terminal: file `i` of `n`. */
  readonly reading: (i: number, n: number, file: string) => string;
  readonly noInputs: string;
  readonly noWorkbooksIn: (dir: string) => string;
  readonly nothingReadable: (n: number, first: string) => string;
  readonly expectUnreadable: (path: string, detail: string) => string;
  readonly expectEmpty: (path: string) => string;
  readonly bodies: (n: number, files: number) => string;
  readonly overall: (total: number, completed: number, level: string) => string;
  readonly overallUndefined: (total: number) => string;
  readonly tableHeader: readonly [string, string, string, string];
  readonly missing: (names: string) => string;
  readonly allExpected: (n: number) => string;
  readonly unreadable: (n: number) => string;
  readonly duplicate: (body: string, used: string, ignored: string) => string;
  readonly disagreements: (n: number) => string;
  readonly issuesHint: (sheet: string) => string;
}

const ky: ConsolidateTexts = {
  reading: (i, n, file) => `${i}/${n} окулууда: ${file}…`,
  noInputs: "Файл же папка берилген жок: atkaruu consolidate <папка|файлдар…>.",
  noWorkbooksIn: (dir) => `«${dir}» папкасында .xlsx файлдары жок.`,
  nothingReadable: (n, first) => `${n} файлдын бири да окулган жок: ${first}`,
  expectUnreadable: (path, detail) =>
    `Күтүлгөн органдардын тизмеси «${path}» окулган жок: ${detail}`,
  expectEmpty: (path) => `Күтүлгөн органдардын тизмеси «${path}» бош.`,
  bodies: (n, files) => `Органдар: ${n} (${files} файл)`,
  overall: (total, completed, level) =>
    `Бардыгы: ${total} иш-чара, аткарылды ${completed} — ${lowerFirst(coreCatalog("ky").executionLevel)} ${level}%`,
  overallUndefined: (total) =>
    `Бардыгы: ${total} иш-чара — ${lowerFirst(coreCatalog("ky").executionLevel)} аныкталган эмес`,
  tableHeader: ["Орган", "Деңгээл, %", "Аткарылды / бардыгы", "Каталар"],
  missing: (names) => `Маалымат жиберген жок: ${names}`,
  allExpected: (n) => `Күтүлгөн ${n} органдын баары маалымат жиберди.`,
  unreadable: (n) => `Окулбаган файлдар: ${n}`,
  duplicate: (body, used, ignored) =>
    `«${body}» органынан эки файл: «${used}» колдонулду, «${ignored}» эске алынган жок.`,
  disagreements: (n) => `Аткаруучулардын статустары ар башка пункттар: ${n}`,
  issuesHint: (sheet) => `Бардык каталар жыйынтык китептин «${sheet}» барагында.`,
};

const ru: ConsolidateTexts = {
  reading: (i, n, file) => `Чтение ${i}/${n}: ${file}…`,
  noInputs: "Не указаны файлы или папка: atkaruu consolidate <папка|файлы…>.",
  noWorkbooksIn: (dir) => `В папке «${dir}» нет файлов .xlsx.`,
  nothingReadable: (n, first) => `Ни один из файлов (${n}) не прочитан: ${first}`,
  expectUnreadable: (path, detail) => `Список ожидаемых органов «${path}» не прочитан: ${detail}`,
  expectEmpty: (path) => `Список ожидаемых органов «${path}» пуст.`,
  bodies: (n, files) => `Органов: ${n} (файлов: ${files})`,
  overall: (total, completed, level) =>
    `Итого: мероприятий ${total}, исполнено ${completed} — ${lowerFirst(coreCatalog("ru").executionLevel)} ${level}%`,
  overallUndefined: (total) =>
    `Итого: мероприятий ${total} — ${lowerFirst(coreCatalog("ru").executionLevel)} не определён`,
  tableHeader: ["Орган", "Уровень, %", "Исполнено / всего", "Ошибки"],
  missing: (names) => `Не представили информацию: ${names}`,
  allExpected: (n) => `Все ожидаемые органы (${n}) представили информацию.`,
  unreadable: (n) => `Файлы, которые не удалось прочитать: ${n}`,
  duplicate: (body, used, ignored) =>
    `От органа «${body}» два файла: использован «${used}», «${ignored}» не учтён.`,
  disagreements: (n) => `Пункты, по которым статусы исполнителей расходятся: ${n}`,
  issuesHint: (sheet) => `Все замечания — на листе «${sheet}» сводной книги.`,
};

const en: ConsolidateTexts = {
  reading: (i, n, file) => `Reading ${i}/${n}: ${file}…`,
  noInputs: "No files or folder given: atkaruu consolidate <folder|files…>.",
  noWorkbooksIn: (dir) => `The folder “${dir}” holds no .xlsx files.`,
  nothingReadable: (n, first) => `None of the ${n} files could be read: ${first}`,
  expectUnreadable: (path, detail) =>
    `The list of expected bodies “${path}” could not be read: ${detail}`,
  expectEmpty: (path) => `The list of expected bodies “${path}” is empty.`,
  bodies: (n, files) => `Bodies: ${n} (${files} files)`,
  overall: (total, completed, level) =>
    `Overall: ${total} measures, ${completed} completed — ${lowerFirst(coreCatalog("en").executionLevel)} ${level}%`,
  overallUndefined: (total) =>
    `Overall: ${total} measures — ${lowerFirst(coreCatalog("en").executionLevel)} undefined`,
  tableHeader: ["Body", "Level, %", "Completed / total", "Errors"],
  missing: (names) => `Sent nothing: ${names}`,
  allExpected: (n) => `All ${n} expected bodies sent their data.`,
  unreadable: (n) => `Files that could not be read: ${n}`,
  duplicate: (body, used, ignored) =>
    `Two files from “${body}”: “${used}” was used, “${ignored}” was ignored.`,
  disagreements: (n) => `Items where executors' statuses differ: ${n}`,
  issuesHint: (sheet) =>
    `All problems are listed on the “${sheet}” sheet of the consolidated workbook.`,
};

const TEXTS: Readonly<Record<Lang, ConsolidateTexts>> = { ky, ru, en };

export function consolidateTexts(lang: Lang): ConsolidateTexts {
  return TEXTS[lang];
}
