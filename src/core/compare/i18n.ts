/**
 * The words of comparing two reporting periods and of levels per period, in ky / ru / en: the
 * changes sheet, the periods sheet, the kinds of change and the sentences every adapter shows
 * (the CLI's summary, the pane's list). Kept beside the rules they name (src/core/compare).
 */
import { en as coreEn } from "../i18n/en";
import { ky as coreKy } from "../i18n/ky";
import { lowerFirst } from "../i18n/letterCase";
import { ru as coreRu } from "../i18n/ru";
import type { Lang } from "../types";
import type { ChangeKind } from "./changes";

export interface CompareTexts {
  readonly decimalMark: string;
  readonly changesSheet: string;
  readonly periodsSheet: string;
  /** Headings of the kinds of change. */
  readonly kindNames: Readonly<Record<ChangeKind, string>>;
  /** Why a kind matters, one sentence (shown under its heading). */
  readonly kindHints: Readonly<Partial<Record<ChangeKind, string>>>;
  readonly title: (from: string, to: string) => string;
  readonly body: (name: string) => string;
  /** `item 12` / `12-пункт` / `п. 12`; a row without a number is named by its measure. */
  readonly item: (no: string) => string;
  readonly renumbered: (was: string) => string;
  readonly levels: (before: string, after: string, change: string) => string;
  readonly levelUndefined: string;
  readonly report: (date: string, total: number, completed: number) => string;
  readonly previousLabel: string;
  readonly currentLabel: string;
  readonly noChanges: string;
  /** The values of `became-overdue`: the deadline end that passed, and the as-of date it is still not completed on. */
  readonly overdueDeadline: (end: string) => string;
  readonly overdueAsOf: (date: string) => string;
  readonly noSnapshot: (file: string, date: string) => string;
  readonly snapshotUsed: (file: string, date: string) => string;
  readonly headers: readonly [string, string, string, string, string];
  readonly periodsTitle: string;
  readonly periodsBodyHeader: string;
  readonly periodsOverall: string;
  /** A cell of the periods sheet for a body without a report of that period. */
  readonly noReport: string;
  readonly levelAxis: string;
}

const ky: CompareTexts = {
  decimalMark: ",",
  changesSheet: "Өзгөрүүлөр",
  periodsSheet: "Мезгилдер боюнча",
  kindNames: {
    reopened: "Кайра аткарылбаган болуп калды",
    completed: "Аткарылды",
    "became-overdue": "Мөөнөтү өтүп кетти",
    "deadline-changed": "Мөөнөтү өзгөрдү",
    "status-changed": "Статусу өзгөрдү",
    added: "Кошулду",
    removed: "Алынып салынды",
  },
  kindHints: {
    reopened: "Ката: аткарылган иш-чара кайра аткарылбаган болуп калбайт — статусун текшериңиз.",
  },
  title: (from, to) => `${from} карата отчеттон ${to} карата отчетко чейинки өзгөрүүлөр`,
  body: (name) => `Орган: ${name}`,
  item: (no) => `${no}-пункт`,
  renumbered: (was) => `(мурда ${was}-пункт)`,
  levels: (before, after, change) => `${coreKy.executionLevel}: ${before} → ${after} (${change})`,
  levelUndefined: "аныкталган эмес",
  report: (date, total, completed) => `${date} карата: ${total} иш-чара, аткарылганы ${completed}`,
  previousLabel: "Мурунку отчет",
  currentLabel: "Учурдагы отчет",
  noChanges: "Эки отчеттун ортосунда өзгөрүү жок.",
  overdueDeadline: (end) => `мөөнөтү ${end}`,
  overdueAsOf: (date) => `${date} карата аткарыла элек`,
  noSnapshot: (file, date) =>
    `«${file}» ичинде отчеттун сакталган абалы жок: анын 1-таблицасы ${date} карата талданды.`,
  snapshotUsed: (file, date) => `«${file}»: ${date} карата отчеттун сакталган абалы колдонулду.`,
  headers: ["№", "Чара/ иш-аракет", "Мурда", "Азыр", "1-таблицадагы уячасы"],
  periodsTitle: `Органдардын мезгилдер боюнча ${lowerFirst(coreKy.executionLevel)}, %`,
  periodsBodyHeader: "Орган",
  periodsOverall: "Бардыгы (жалпы саны боюнча)",
  noReport: "—",
  levelAxis: `${coreKy.executionLevel}, %`,
};

const ru: CompareTexts = {
  decimalMark: ",",
  changesSheet: "Изменения",
  periodsSheet: "По периодам",
  kindNames: {
    reopened: "Снова не исполнено",
    completed: "Исполнено",
    "became-overdue": "Срок истёк",
    "deadline-changed": "Изменён срок",
    "status-changed": "Изменён статус",
    added: "Добавлено",
    removed: "Исключено",
  },
  kindHints: {
    reopened: "Ошибка: исполненное мероприятие не становится неисполненным — проверьте статус.",
  },
  title: (from, to) => `Изменения с отчёта по состоянию на ${from} до отчёта по состоянию на ${to}`,
  body: (name) => `Орган: ${name}`,
  item: (no) => `п. ${no}`,
  renumbered: (was) => `(ранее п. ${was})`,
  levels: (before, after, change) => `${coreRu.executionLevel}: ${before} → ${after} (${change})`,
  levelUndefined: "не определён",
  report: (date, total, completed) =>
    `По состоянию на ${date}: мероприятий ${total}, исполнено ${completed}`,
  previousLabel: "Предыдущий отчёт",
  currentLabel: "Текущий отчёт",
  noChanges: "Между двумя отчётами изменений нет.",
  overdueDeadline: (end) => `срок ${end}`,
  overdueAsOf: (date) => `не исполнено на ${date}`,
  noSnapshot: (file, date) =>
    `В «${file}» нет снимка отчёта: его Таблица 1 проанализирована по состоянию на ${date}.`,
  snapshotUsed: (file, date) => `«${file}»: использован снимок отчёта по состоянию на ${date}.`,
  headers: ["№", "Мероприятие/действие", "Было", "Стало", "Ячейка в Таблице 1"],
  periodsTitle: `${coreRu.executionLevel} по органам и периодам, %`,
  periodsBodyHeader: "Орган",
  periodsOverall: "Всего (по суммам)",
  noReport: "—",
  levelAxis: `${coreRu.executionLevel}, %`,
};

const en: CompareTexts = {
  decimalMark: ".",
  changesSheet: "Changes",
  periodsSheet: "By period",
  kindNames: {
    reopened: "Reopened",
    completed: "Completed",
    "became-overdue": "Became overdue",
    "deadline-changed": "Deadline changed",
    "status-changed": "Status changed",
    added: "Added",
    removed: "Removed",
  },
  kindHints: {
    reopened: "An error: a completed measure does not become uncompleted — check the status.",
  },
  title: (from, to) => `Changes from the report as of ${from} to the report as of ${to}`,
  body: (name) => `Body: ${name}`,
  item: (no) => `item ${no}`,
  renumbered: (was) => `(was item ${was})`,
  levels: (before, after, change) => `${coreEn.executionLevel}: ${before} → ${after} (${change})`,
  levelUndefined: "undefined",
  report: (date, total, completed) => `As of ${date}: ${total} measures, ${completed} completed`,
  previousLabel: "Previous report",
  currentLabel: "Current report",
  noChanges: "Nothing changed between the two reports.",
  overdueDeadline: (end) => `deadline ${end}`,
  overdueAsOf: (date) => `not completed as of ${date}`,
  noSnapshot: (file, date) =>
    `“${file}” has no snapshot of its report: its Table 1 was analysed as of ${date}.`,
  snapshotUsed: (file, date) => `“${file}”: the snapshot of its report as of ${date} was used.`,
  headers: ["No", "Measure", "Before", "Now", "Cell in Table 1"],
  periodsTitle: `${coreEn.executionLevel} by body and period, %`,
  periodsBodyHeader: "Body",
  periodsOverall: "Overall (from summed counts)",
  noReport: "—",
  levelAxis: `${coreEn.executionLevel}, %`,
};

const CATALOGS: Readonly<Record<Lang, CompareTexts>> = { ky, ru, en };

export function compareCatalog(lang: Lang): CompareTexts {
  return CATALOGS[lang];
}
