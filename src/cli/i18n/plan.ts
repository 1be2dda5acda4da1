/**
 * Words `atkaruu table1` and the `--plan` option print themselves, in ky / ru / en. The plan's own
 * words (the body not in the plan, the Table 1 sheet) come from the core's plan catalogue.
 */
import { coreCatalog } from "../../core";
import type { Lang } from "../../core";

export interface PlanCliTexts {
  readonly missingPlan: string;
  /** No --body: the bodies the plan names, to pick one. */
  readonly missingBody: (list: string) => string;
  readonly written: (path: string, items: number, lead: number, co: number) => string;
  readonly planLine: (title: string, years: string, items: number) => string;
  readonly bodyLine: (fullName: string) => string;
}

const ky: PlanCliTexts = {
  missingPlan: "Пландын китеби берилген жок: atkaruu table1 --plan ПЛАН.xlsx --body АТАЛЫШЫ.",
  missingBody: (list) =>
    `Кайсы органдын 1-таблицасы керек: --body АТАЛЫШЫ. Пландагы аткаруучулар: ${list}.`,
  written: (path, n, lead, co) =>
    `1-таблица жазылды: ${path} (${n} пункт: ${coreCatalog("ky").roleNames.lead} — ${lead}, ${coreCatalog("ky").roleNames.co} — ${co})`,
  planLine: (t, y, n) => `План: ${t} (${y}, ${n} пункт)`,
  bodyLine: (b) => `Орган: ${b}`,
};

const ru: PlanCliTexts = {
  missingPlan: "Не указана книга плана: atkaruu table1 --plan ПЛАН.xlsx --body НАЗВАНИЕ.",
  missingBody: (list) =>
    `Для какого органа нужна Таблица 1: --body НАЗВАНИЕ. Исполнители в плане: ${list}.`,
  written: (path, n, lead, co) =>
    `Таблица 1 записана: ${path} (пунктов: ${n}; ${coreCatalog("ru").roleNames.lead} — ${lead}, ${coreCatalog("ru").roleNames.co} — ${co})`,
  planLine: (t, y, n) => `План: ${t} (${y}, пунктов: ${n})`,
  bodyLine: (b) => `Орган: ${b}`,
};

const en: PlanCliTexts = {
  missingPlan: "No plan workbook given: atkaruu table1 --plan PLAN.xlsx --body NAME.",
  missingBody: (list) => `Which body's Table 1: --body NAME. Executors in the plan: ${list}.`,
  written: (path, n, lead, co) =>
    `Table 1 written: ${path} (${n} items: ${coreCatalog("en").roleNames.lead} ${lead}, ${coreCatalog("en").roleNames.co} ${co})`,
  planLine: (t, y, n) => `Plan: ${t} (${y}, ${n} items)`,
  bodyLine: (b) => `Body: ${b}`,
};

const CATALOGS: Readonly<Record<Lang, PlanCliTexts>> = { ky, ru, en };

export function planCliTexts(lang: Lang): PlanCliTexts {
  return CATALOGS[lang];
}
