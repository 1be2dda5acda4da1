import { coreCatalog, lowerFirst } from "../../core";
import type { FunctionsCatalog } from "./catalog";

const core = coreCatalog("ru");

const q = (s: string): string => `«${s}»`;

export const ru: FunctionsCatalog = {
  lang: "ru",
  statusesNotVector:
    "Статусы должны занимать один столбец (или одну строку): один статус на мероприятие.",
  measuresShape: (s, m) =>
    `Мероприятия должны занимать по одной ячейке на каждую ячейку статуса (статусов: ${s}, мероприятий: ${m}).`,
  noMeasures: `В диапазоне нет мероприятий, поэтому ${lowerFirst(core.executionLevel)} не определён.`,
  emptyCategory: (codes) =>
    `Укажите категорию статуса: ${codes} или формулировку статуса, например ${q(core.statusNames.on_time)}.`,
  unknownCategory: (t, codes) =>
    `${q(t)} не является категорией статуса: укажите ${codes} или формулировку статуса, например ${q(core.statusNames.on_time)}.`,
  emptyDeadline: "Срок не указан.",
  noDeadlineEnd: (type) => `У этого срока нет даты окончания (${type}).`,
  badAsOf: (t) =>
    `Дата ${q(t)} не распознана: укажите ячейку с датой или запишите дату как дд.мм.гггг.`,
  badItemNumber: (t) => `${q(t)} не является номером пункта.`,
  argumentError: (e) => `Аргумент содержит ошибку ${e}: сначала исправьте эту ячейку.`,
  badReceived: (t) =>
    t === ""
      ? "Укажите дату получения акта."
      : `${q(t)} — не дата: укажите ячейку с датой или напишите дд.мм.гггг.`,
  badDays: (t) => `${q(t)} — не число дней: укажите целое число от 0 до 3650.`,
  noMembersTable:
    "В диапазоне нет таблицы членов группы: выделите строку заголовков листа членов и её строки (ФИО, категория, пол…).",
  groupCreatedArgument: "или укажите её вторым аргументом формулы, «создана»",
  groupOk: (n) => `Замечаний нет: ${n} членов, состав соответствует Типовому положению.`,
};
