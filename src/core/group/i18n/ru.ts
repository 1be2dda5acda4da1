import { russianPlural } from "../../i18n/plural";
import type { GroupCatalog } from "./catalog";
import { ru as core } from "../../i18n/ru";

const q = (s: string | undefined): string => `«${s ?? ""}»`;
const who = (name: string | undefined): string => (name ? ` (${name})` : "");
const days = (n: number | undefined, kind: "working" | "calendar"): string => {
  const k = n ?? 0;
  return kind === "working"
    ? `${k} ${russianPlural(k, "рабочий день", "рабочих дня", "рабочих дней")}`
    : `${k} ${russianPlural(k, "календарный день", "календарных дня", "календарных дней")}`;
};

export const ru: GroupCatalog = {
  lang: "ru",
  issue: {
    "group-size": (a) =>
      `В группе ${a.n} членов: должно быть от ${a.min} до ${a.max} (Типовое положение, 5.2.1).`,
    "group-even": (a) =>
      `В группе ${a.n} членов — чётное число: число членов должно быть нечётным (5.2.1).`,
    "member-under-18": (a) =>
      `Член группы${who(a.name)} не достиг 18 лет на дату создания группы ${a.date} (5.2.1).`,
    "municipal-share": (a) =>
      `Муниципальных служащих ${a.count} из ${a.n}; нужно не менее ${a.min} (четверть состава, 5.2.3).`,
    "deputy-share": (a) =>
      `Депутатов местного кенеша ${a.count} из ${a.n}; нужна четверть состава — ${a.min === a.max ? a.min : `${a.min} или ${a.max}`} (5.2.3).`,
    "citizen-share": (a) =>
      `Граждан и представителей их объединений ${a.count} из ${a.n}; нужно не менее ${a.min} (половина состава, 5.2.3).`,
    "sex-share": (a) =>
      `${a.sex === "female" ? "Женщин" : "Мужчин"} ${a.count} из ${a.n} (${a.share} %): лица одного пола не должны составлять более 70 % (5.2.3).`,
    "no-chair": (a) =>
      a.count === 0
        ? "Ни один член не отмечен как председатель: у группы ровно один председатель (5.4.6)."
        : `Председателей больше одного (${a.count})${who(a.name)}: у группы ровно один председатель (5.4.6).`,
    "term-expiring": (a) =>
      `Полномочия группы истекают ${a.date}, через ${a.days} дн.: подготовьте решение кенеша о новом составе (5.3.1).`,
    "term-expired": (a) =>
      `Полномочия группы истекли ${a.date} (четыре года со дня создания, 5.3.1).`,
    "first-meeting-late": (a) =>
      a.date
        ? `Первое заседание проведено ${a.date}, позже срока ${a.due} (10 рабочих дней со дня создания, 5.3.2).`
        : `Первое заседание не записано; его срок — ${a.due} (10 рабочих дней со дня создания, 5.3.2).`,
    "no-quorum": (a) =>
      `На заседании ${a.date} присутствовали ${a.count} из ${a.n} членов: оно правомочно, если присутствуют не менее ${a.min} (более половины, 7.2.3).`,
    "quarter-without-meeting": (a) =>
      `В ${a.quarter} нет правомочного заседания: группа заседает не реже раза в квартал.`,
    "act-missing-part": (a) =>
      a.no !== undefined
        ? `Акт ${a.no}: часть «${a.part ? ru.partNames[a.part] : ""}» не заполнена; акт её содержит (8.1).`
        : `В реестре актов нет графы «${a.part ? ru.partNames[a.part] : ""}», которую содержит каждый акт (8.1).`,
    "response-overdue": (a) =>
      a.date
        ? `Акт ${a.no}: объект ответил ${a.date}, позже срока ${a.due} (${days(a.days, "working")}, 4.3).`
        : `Акт ${a.no}: ответа объекта нет; срок — ${a.due} (${days(a.days, "working")}, 4.3).`,
    "council-report-overdue": (a) =>
      a.date
        ? `Акт ${a.no}: кенеш проинформирован ${a.date}, позже срока ${a.due} (${days(a.days, "calendar")}, 4.3).`
        : `Акт ${a.no}: исполнительный орган не проинформировал кенеш; срок — ${a.due} (${days(a.days, "calendar")}, 4.3).`,
    "missing-column": () =>
      "На листе членов нет графы категории: добавьте её (муниципальный служащий, депутат или гражданин), чтобы проверить доли.",
    "missing-category": (a) =>
      `Категория члена группы${who(a.name)} не указана: напишите муниципальный служащий, депутат или гражданин.`,
    "unknown-category": (a) =>
      `Категория ${q(a.text)}${who(a.name)} не распознана: напишите муниципальный служащий, депутат или гражданин.`,
    "missing-sex": (a) => `Пол члена группы${who(a.name)} не указан и не определяется по имени.`,
    "unknown-sex": (a) =>
      `Пол ${q(a.text)}${who(a.name)} не распознан: напишите жен. или муж. (Ж / М).`,
    "sex-inferred": (a) =>
      `Пол ${a.name} не указан; по имени принят ${a.sex === "female" ? "женский" : "мужской"}: укажите его.`,
    "unparsed-date": (a) => `${q(a.text)} — не дата: напишите в виде 17.09.2024.`,
    "missing-birth-date": (a) =>
      a.name
        ? `Дата рождения ${a.name} не указана: возраст 18 лет не проверить.`
        : "На листе членов нет графы даты рождения или возраста: возраст 18 лет не проверить.",
    "missing-creation-date": (a) =>
      `Дата создания группы не найдена: напишите «Дата создания: дд.мм.гггг» над таблицей членов${a.alternative ? ` (${a.alternative})` : ""}.`,
    "unparsed-present": (a) => `${q(a.text)}: укажите число присутствовавших членов.`,
    "duplicate-act": (a) => `Номер акта ${a.no} повторяется (впервые в строке ${a.n}).`,
    "unknown-day-kind": (a) =>
      `${q(a.text)} — не вид дня: напишите праздник, выходной или рабочий день; принят как праздник.`,
    "no-sheet": (a) =>
      `В книге нет листа «${a.sheetKind ? ru.sheetKindNames[a.sheetKind] : ""}»${a.sheetKind === "holidays" ? ": использованы праздники, известные Atkaruu" : ""}.`,
  },
  noMembers: (file) =>
    `Лист членов группы не найден${file ? ` в ${file}` : ""}: книге группы нужна таблица с ФИО, категориями и полом членов (пустую создаёт atkaruu template --kind group).`,
  summary: {
    members: (total, municipal, deputies, citizens, women, men) =>
      `Членов: ${total} (муниципальных служащих — ${municipal}, депутатов — ${deputies}, граждан — ${citizens}; женщин — ${women}, мужчин — ${men})`,
    meetings: (held, withQuorum) => `Заседаний: ${held} (правомочных — ${withQuorum})`,
    acts: (total, onTime, late, missing) =>
      `Актов: ${total} (ответ в срок — ${onTime}, с опозданием — ${late}, нет — ${missing})`,
    created: (date, end) => `Дата создания: ${date}; полномочия до ${end}`,
    createdUnknown: "Дата создания неизвестна",
    planLevel: (level) => `${core.executionLevel} местного плана: ${level}`,
  },
  categoryNames: {
    municipal: "муниципальный служащий",
    deputy: "депутат местного кенеша",
    citizen: "гражданин",
  },
  sexNames: { female: "жен.", male: "муж." },
  partNames: {
    purpose: "цель",
    subject: "предмет",
    object: "объект",
    place: "место",
    period: "сроки",
    findings: "результаты (факты, выводы)",
    recommendations: "рекомендации и предложения",
  },
  dayKindNames: {
    holiday: "праздник",
    "day-off": "выходной (перенесённый)",
    "working-day": "рабочий день (перенесённый)",
  },
  holidayNames: {
    "new-year": "Новый год",
    "new-year-holidays": "Новогодние каникулы",
    christmas: "Рождество Христово",
    "defenders-day": "День защитника Отечества",
    "womens-day": "Международный женский день",
    nooruz: "Нооруз",
    "april-revolution": "День народной Апрельской революции",
    "labour-day": "Праздник труда",
    "constitution-day": "День Конституции",
    "victory-day": "День Победы",
    "may-holidays": "Майские праздники",
    "independence-day": "День независимости",
    "history-memory-days": "Дни истории и памяти предков",
    "orozo-ait": "Орозо айт",
    "kurman-ait": "Курман айт",
    "moved-day-off": "выходной, перенесённый с выходного дня",
    "extra-day-off": "дополнительный выходной",
  },
  sheetKindNames: {
    members: "Члены",
    meetings: "Заседания",
    workPlan: "План работы",
    acts: "Акты",
    holidays: "Праздники",
  },
  period: {
    half: (year, half) => `${half === 1 ? "I" : "II"} полугодие ${year} года`,
    year: (year) => `${year} год`,
    quarter: (year, q) => `${["I", "II", "III", "IV"][q - 1]} квартале ${year} года`,
  },
  sheetNames: {
    members: "Члены",
    meetings: "Заседания",
    workPlan: "План работы",
    acts: "Акты",
    holidays: "Праздники",
  },
  headers: {
    members: {
      no: "№",
      name: "ФИО",
      category: "Категория",
      sex: "Пол",
      birth: "Дата рождения",
      age: "Возраст",
      position: "Должность, место работы",
      role: "Роль в группе",
    },
    meetings: {
      no: "№",
      date: "Дата",
      present: "Присутствовало членов",
      agenda: "Повестка дня",
      minutes: "Протокол подписан",
    },
    workPlan: {
      no: "№",
      object: "Объект мониторинга",
      subject: "Предмет",
      method: "Метод",
      when: "Сроки",
    },
    acts: {
      no: "№",
      date: "Дата акта",
      purpose: "Цель",
      object: "Объект",
      subject: "Предмет",
      place: "Место",
      period: "Сроки проведения",
      findings: "Результаты (факты, выводы)",
      recommendations: "Рекомендации и предложения",
      attachments: "Приложения",
      delivered: "Дата вручения",
      responded: "Дата ответа объекта",
      council: "Дата информирования кенеша",
      measures: "Принятые меры",
    },
    holidays: { date: "Дата", kind: "Вид", name: "Наименование", source: "Источник" },
  },
  template: {
    membersTitle: "Группа совместного мониторинга и оценки: состав",
    createdLabel: "Дата создания:",
    meetingsTitle: "Заседания группы",
    workPlanTitle: "План работы по мониторингу",
    actsTitle: "Реестр актов мониторинга и оценки",
    holidaysTitle: "Праздники и перенесённые дни (для подсчёта рабочих дней)",
    fixedNote:
      "Праздники Трудового кодекса с постоянной датой учитываются всегда; здесь укажите Орозо айт, Курман айт и дни, перенесённые Кабинетом министров.",
    roleChoices: ["председатель", "заместитель председателя", "секретарь", "член группы"],
    yesNo: ["да", "нет"],
    listErrorTitle: "Atkaruu",
    listError: "Выберите значение из списка.",
  },
  act: {
    sheetName: (no) => `Акт №${no}`.trim(),
    title: (no) => `АКТ №${no} совместного мониторинга и оценки`,
    dateLine: (date) => `Дата: ${date}`,
    group: "Группа совместного мониторинга и оценки",
    deliveredTo: "Направлен",
    deliveredList:
      "объекту мониторинга; исполнительному органу местного самоуправления; местному кенешу (8.2)",
    attachments: "Приложения (протоколы, фото, наглядные материалы)",
    none: "—",
    responseNote: (due) =>
      `Объект в течение 10 рабочих дней со дня получения акта информирует исполнительный орган (с копией группе) о причинах недостатков и планируемых мерах: до ${due}.`,
    councilNote: (due) =>
      `Исполнительный орган в течение 30 календарных дней информирует местный кенеш о принятых мерах: до ${due}.`,
    chairSignature: (name) => `Председатель группы: ____________ ${name}`,
    membersSignature: "Члены группы: ____________",
    basis: "Типовое положение о совместном мониторинге и оценке, раздел 8.1",
  },
  report: {
    sheetName: (period) => `Итоговый отчёт ${period}`.trim(),
    title: (period) => `Итоговый отчёт группы совместного мониторинга и оценки за ${period}`,
    dates: (from, to) => `Период: ${from} – ${to}`,
    basis: "Типовое положение, пункты 7.3.1, 8.1, 8.5",
    sectionMeetings: "1. Заседания",
    meetingsHeld: "Проведено заседаний",
    meetingsWithQuorum: "из них правомочных",
    sectionActs: "2. Акты",
    actsTotal: "Составлено актов",
    objects: "Охвачено объектов",
    recommendations: "Даны рекомендации (актов с рекомендациями)",
    sectionResponses: "3. Ответы объектов и исполнительного органа",
    responsesOnTime: "Объекты ответили в срок",
    responsesLate: "Объекты ответили с опозданием",
    responsesMissing: "Ответа нет, срок истёк",
    responsesPending: "Срок ответа не истёк",
    councilOnTime: "Кенеш проинформирован в срок",
    councilLate: "Кенеш проинформирован с опозданием",
    councilMissing: "Кенеш не проинформирован, срок истёк",
    actHeaders: ["№", "Дата", "Объект", "Рекомендации", "Ответ", "Кенеш", "Принятые меры"],
    answerNames: {
      on_time: "в срок",
      late: "с опозданием",
      missing: "нет",
      pending: "срок не истёк",
      unknown: "не вручён",
    },
    sectionPlan: "4. Местный план",
    planWorkItems: "Мониторингов по плану работы в периоде",
    planLevel: (completed, total) =>
      `${core.executionLevel} плана, % (исполнено ${completed} из ${total} мероприятий)`,
    planLevelUndefined: `${core.executionLevel} плана: ${core.annex2.levelUndefined}`,
    planNotGiven: "Таблица 1 плана не указана.",
    noActs: "В этом периоде актов нет.",
    chairSignature: (name) => `Председатель группы: ____________ ${name}`,
  },
  composition: {
    sheetName: "Сводка по составу",
    title: "Состав группы совместного мониторинга и оценки в сравнении с Типовым положением (5.2)",
    created: (date) => `Дата создания: ${date}`,
    createdUnknown: "Дата создания: не указана",
    headers: ["Показатель", "Членов", "Доля, %", "Требуется", "Соблюдено"],
    rowTotal: "Всего членов",
    rowMunicipal: "Муниципальные служащие",
    rowDeputies: "Депутаты местного кенеша",
    rowCitizens: "Граждане и их объединения",
    rowWomen: "Женщины",
    rowMen: "Мужчины",
    rowChair: "Председатель",
    ruleSize: "от 5 до 15",
    ruleOdd: "нечётное",
    ruleMunicipal: (min) => `не менее ${min}`,
    ruleDeputies: (min, max) => (min === max ? `${min}` : `${min} или ${max}`),
    ruleCitizens: (min) => `не менее ${min}`,
    ruleSex: (max) => `не более ${max} (70 %)`,
    ruleChair: "ровно 1",
    met: "да",
    notMet: "НЕТ",
    membersHeading: "Члены группы",
    memberHeaders: ["№", "ФИО", "Категория", "Пол", "Роль в группе"],
    basis: "Приложение к решению местного кенеша о составе группы",
  },
};
