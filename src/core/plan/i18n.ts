/**
 * Every word the plan part of the core produces (the body's Table 1 made from a plan, the plan's
 * errors, consolidation's completeness per item), one catalogue per language; the type makes a
 * missing entry a compile error.
 */
import { en as coreEn } from "../i18n/en";
import { ky as coreKy } from "../i18n/ky";
import { upperFirst } from "../i18n/letterCase";
import { ru as coreRu } from "../i18n/ru";
import type { Lang } from "../types";

export interface PlanTexts {
  readonly yearsLabel: string;
  readonly itemsLabel: string;
  readonly bodyLabel: string;
  readonly actLabel: string;
  readonly resourcesHeader: string;
  /** The plan workbook has no table with a plan's headers. */
  readonly noPlanTable: (file: string) => string;
  /** The body is named nowhere in the plan; `closest` lists the nearest names ("" when none). */
  readonly bodyNotInPlan: (body: string, closest: string) => string;
  /** Consolidation with a plan: the completeness sheet. */
  readonly completenessSheet: string;
  readonly completenessTitle: (plan: string, date: string) => string;
  readonly completenessHeaders: readonly [string, string, string, string, string, string, string];
  readonly reported: string;
  readonly notReported: string;
  /** The executor sent no (readable) workbook at all. */
  readonly noWorkbook: string;
  readonly leadMissing: string;
  /** Consolidation's summary line: items whose lead executor did not report them. */
  readonly leadNotReportedLine: (n: number, first: string) => string;
  readonly bodiesMissingHeading: string;
  readonly allReported: string;
}

const ky: PlanTexts = {
  yearsLabel: "Пландын жылдары:",
  itemsLabel: "Пландагы пункттардын саны:",
  bodyLabel: "Аткаруучу орган:",
  actLabel: "Бекитилген акт:",
  resourcesHeader: "Ресурстар",
  noPlanTable: (f) =>
    `${f}: пландын таблицасы табылган жок (чара, мөөнөт жана жооптуу аткаруучулар мамычалары бар сап керек).`,
  bodyNotInPlan: (b, c) =>
    `«${b}» пландын аткаруучуларынын арасында жок.${c !== "" ? ` Жакын аталыштар: ${c}.` : ""}`,
  completenessSheet: "Толуктук",
  completenessTitle: (p, d) =>
    `«${p}» планынын пункттары боюнча отчеттордун толуктугу, ${d} карата`,
  completenessHeaders: [
    "№",
    "Чара",
    "Аткаруучу (пландагыдай)",
    "Ролу",
    "Отчет",
    "Статусу",
    `${upperFirst(coreKy.roleNames.lead)} отчет бербеди`,
  ],
  reported: "берди",
  notReported: "берген жок",
  noWorkbook: "китеп жиберген жок",
  leadNotReportedLine: (n, first) =>
    `${upperFirst(coreKy.roleNames.lead)} отчет бербеген пункттар: ${n}${first !== "" ? ` (${first})` : ""}`,
  leadMissing: "ооба",
  bodiesMissingHeading: "Пландагы, бирок китеп жибербеген органдар:",
  allReported: "Пландагы бардык органдар китеп жиберди.",
};

const ru: PlanTexts = {
  yearsLabel: "Годы плана:",
  itemsLabel: "Число пунктов плана:",
  bodyLabel: "Исполнитель:",
  actLabel: "Утвержден:",
  resourcesHeader: "Ресурсы",
  noPlanTable: (f) =>
    `${f}: таблица плана не найдена (нужна строка со столбцами мероприятия, срока и ответственных исполнителей).`,
  bodyNotInPlan: (b, c) =>
    `«${b}» нет среди исполнителей плана.${c !== "" ? ` Близкие названия: ${c}.` : ""}`,
  completenessSheet: "Полнота",
  completenessTitle: (p, d) => `Полнота отчётов по пунктам плана «${p}» на ${d}`,
  completenessHeaders: [
    "№",
    "Мероприятие",
    "Исполнитель (как в плане)",
    "Роль",
    "Отчёт",
    "Статус",
    `${upperFirst(coreRu.roleNames.lead)} не отчитался`,
  ],
  reported: "представлен",
  notReported: "не представлен",
  noWorkbook: "книга не прислана",
  leadNotReportedLine: (n, first) =>
    `Пункты, по которым ${coreRu.roleNames.lead} не отчитался: ${n}${first !== "" ? ` (${first})` : ""}`,
  leadMissing: "да",
  bodiesMissingHeading: "Органы из плана, не приславшие книгу:",
  allReported: "Все органы из плана прислали книги.",
};

const en: PlanTexts = {
  yearsLabel: "Plan years:",
  itemsLabel: "Items in the plan:",
  bodyLabel: "Executing body:",
  actLabel: "Approved by:",
  resourcesHeader: "Resources",
  noPlanTable: (f) =>
    `${f}: no plan table found (a row with measure, deadline and responsible executors columns is needed).`,
  bodyNotInPlan: (b, c) =>
    `“${b}” is not among the plan's executors.${c !== "" ? ` Closest names: ${c}.` : ""}`,
  completenessSheet: "Completeness",
  completenessTitle: (p, d) => `Completeness of reports per item of the plan “${p}” as of ${d}`,
  completenessHeaders: [
    "No",
    "Measure",
    "Executor (as in the plan)",
    "Role",
    "Report",
    "Status",
    `${upperFirst(coreEn.roleNames.lead)} did not report`,
  ],
  reported: "reported",
  notReported: "not reported",
  noWorkbook: "sent no workbook",
  leadNotReportedLine: (n, first) =>
    `Items whose ${coreEn.roleNames.lead} did not report them: ${n}${first !== "" ? ` (${first})` : ""}`,
  leadMissing: "yes",
  bodiesMissingHeading: "Bodies named in the plan that sent no workbook:",
  allReported: "Every body named in the plan sent a workbook.",
};

const CATALOGS: Readonly<Record<Lang, PlanTexts>> = { ky, ru, en };

export function planTexts(lang: Lang): PlanTexts {
  return CATALOGS[lang];
}
