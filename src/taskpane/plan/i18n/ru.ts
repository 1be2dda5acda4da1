import { coreCatalog, russianPlural } from "../../../core";
import type { PlanPaneCatalog } from "./catalog";

const lead = coreCatalog("ru").roleNames.lead;
const q = (s: string): string => `«${s}»`;
const items = (n: number): string => `${n} ${russianPlural(n, "пункт", "пункта", "пунктов")}`;

export const ru: PlanPaneCatalog = {
  lang: "ru",
  table1: {
    heading: "Таблица 1 из плана",
    intro:
      "Выберите книгу плана мероприятий и свой орган: каждый пункт, где орган — исполнитель, переносится в новую Таблицу 1 с его ролью; статус и дата исполнения остаются для вас.",
    body: "Орган",
    bodyHint: "Исполнители, названные в плане, с полными названиями из списка сокращений плана.",
    bodyItems: (n, l) => `${items(n)}, ${lead} — ${l}`,
    create: "Создать Таблицу 1",
    creating: "Создаётся Таблица 1…",
    created: (where, n, l) =>
      `Таблица 1 готова: ${q(where)}, ${items(n)} (${lead} — ${l}). План и орган сохранены вместе с ней.`,
    downloadNote: (f) => `Новая книга ${q(f)} скачана и открыта на этой странице.`,
  },
  file: {
    choose: "Выбрать книгу плана",
    drop: "или перетащите её сюда",
    reading: "Чтение плана…",
    chosen: (f, title, years, n) => `${f}: ${title} (${years}, ${items(n)})`,
    clear: "Без плана",
  },
  consolidate: {
    label: "План мероприятий (необязательно)",
    hint: "С книгой плана исполнители каждого пункта сверяются с отчётами, а органы из плана становятся ожидаемыми.",
    leadNotReportedHeading: (n) => `Пункты, по которым ${lead} не отчитался (${n})`,
    leadNotReportedItem: (no, lead) => `${no}: ${lead}`,
    completenessSheet: (s) => `Исполнители каждого пункта и их отчёты — на листе ${q(s)}.`,
  },
};
