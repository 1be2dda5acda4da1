import type { CoreCatalog } from "./catalog";
import { upperFirst } from "./letterCase";
import { russianPlural } from "./plural";

const q = (s: string | undefined): string => `«${s ?? ""}»`;

const plural = russianPlural;
const items = (n: number): string => `${n} ${plural(n, "пункт", "пункта", "пунктов")}`;
/** Dative: по 1 пункту, по 5 пунктам. */
const itemsDative = (n: number): string =>
  `${n} ${n % 10 === 1 && n % 100 !== 11 ? "пункту" : "пунктам"}`;

const columns = {
  no: "№",
  task: "Задача",
  measure: "Мероприятие/действие",
  deadline: "Срок исполнения",
  result: "Ожидаемые результаты (продукт)",
  status: "Статус",
  executors: "Ответственные исполнители",
  role: "Роль",
  completedOn: "Дата исполнения",
};

/** The Methodology's words in Russian as SPEC has them (statuses, roles), each said once here. */
const status = {
  on_time: "Исполнено в срок",
  late: "Исполнено с нарушением срока",
  in_progress: "В процессе исполнения",
  not_completed: "Не исполнено",
  missing: "Статус не указан",
  unknown: "Статус не распознан",
};
const roles = { lead: "основной исполнитель", co: "соисполнитель" };
const executionLevel = "Уровень исполнения";

export const ru: CoreCatalog = {
  lang: "ru",
  columnNames: columns,
  statusNames: status,
  deadlineTypeNames: { fixed: "установленный срок", ongoing: "постоянно", staged: "поэтапно" },
  roleNames: roles,
  executionLevel,
  severityNames: { error: "Ошибка", warning: "Предупреждение" },
  issueKinds: {
    "unknown-status": "Статус не распознан",
    "status-typo": "Опечатка в статусе",
    "missing-status": "Статус не заполнен",
    "unparsed-deadline": "Срок не распознан",
    "duplicate-item": "Пункт повторяется",
    "missing-measure": "Нет наименования мероприятия",
    "missing-completion-date": "Нет даты исполнения",
    "unparsed-completion-date": "Дата исполнения не распознана",
    "timeliness-mismatch": "Статус расходится с датой исполнения",
    "body-not-in-executors": "Органа нет среди исполнителей",
    "unknown-role": "Роль не распознана",
    overdue: "Срок истёк",
    "deadline-outside-plan": "Срок вне лет плана",
    "formula-error": "Ошибка в формуле",
    "unreadable-workbook": "Файл не прочитан",
    "no-table": "Таблица 1 не найдена",
    "missing-column": "Нет обязательной графы",
    "missing-body": "Орган не представил информацию",
    "duplicate-body": "Несколько файлов одного органа",
    "unexpected-body": "Орган не из списка ожидаемых",
  },
  issue: {
    "unknown-status": (a) =>
      `Статус ${q(a.text)} не распознан: укажите ${q(status.on_time)}, ${q(status.late)}, ${q(status.in_progress)} или ${q(status.not_completed)}.`,
    "status-typo": (a) => `${q(a.text)} в статусе прочитано как ${q(a.as)}: исправьте написание.`,
    "missing-status": () => "Статус не заполнен: мероприятие считается неисполненным.",
    "unparsed-deadline": (a) =>
      `Срок ${q(a.text)} не распознан: укажите, например, «2025 год», «IV квартал 2024 года», «постоянно» или «поэтапно».`,
    "duplicate-item": (a) => `Пункт ${a.no} повторяется (впервые в строке ${a.firstRow}).`,
    "missing-measure": () => "Не указано мероприятие.",
    "missing-completion-date": () =>
      "Указано «исполнено» без даты исполнения: мероприятие учтено как исполненное в срок.",
    "unparsed-completion-date": (a) =>
      `Дата исполнения ${q(a.text)} не распознана: укажите дату в виде дд.мм.гггг.`,
    "timeliness-mismatch": (a) =>
      a.says === "on_time"
        ? `В статусе указано «в срок», но дата исполнения (${a.date}) позже срока (${a.end}).`
        : `В статусе указано «с нарушением срока», но дата исполнения (${a.date}) не позже срока (${a.end}).`,
    "body-not-in-executors": (a) =>
      `${q(a.body)} нет среди ответственных исполнителей: учтено как ${roles.lead}.`,
    "unknown-role": (a) =>
      `Роль ${q(a.text)} не распознана: укажите ${q(roles.lead)} или ${q(roles.co)}.`,
    overdue: (a) => `Срок (${a.end}) истёк, мероприятие не исполнено.`,
    "deadline-outside-plan": (a) =>
      `Срок (${a.end}) вне годов плана (${a.text}): в строки по годам Приложения 2 не входит.`,
    "formula-error": (a) => `В ячейке ошибка ${a.text}: исправьте значение.`,
  },
  fatal: {
    "unreadable-workbook": (a) =>
      `Файл ${q(a.file)} не удаётся прочитать как книгу Excel: ${a.detail ?? ""}`.trim(),
    "no-table": (a) =>
      `В книге ${q(a.file)} не найдена Таблица 1: ни на одном листе в первых 30 строках нет строки, где есть хотя бы четыре из столбцов «№», «Задача», «Мероприятие», «Срок исполнения», «Ожидаемые результаты», «Статус».`,
    "missing-column": (a) =>
      `В Таблице 1 на листе ${q(a.sheet)} нет столбца ${q(a.column ? columns[a.column] : "")}.`,
  },
  unreadable: {
    "not-found": "файл не найден.",
    "not-xlsx": "это не файл формата .xlsx.",
    "legacy-xls":
      "это файл .xls (старый формат Excel или таблица, выгруженная информационной системой под этим именем), а не .xlsx; откройте его в Excel и сохраните как книгу Excel: Файл → Сохранить как → Книга Excel (*.xlsx) (в LibreOffice Calc: Файл → Сохранить как → Excel 2007-365).",
    encrypted: "книга защищена паролем; сохраните незащищённую копию.",
    corrupt: "файл повреждён.",
    "too-large": "файл слишком большой.",
    empty: "файл пуст.",
    csv: "это текстовый файл CSV; откройте его в Excel и сохраните как книгу Excel: Файл → Сохранить как → Книга Excel (*.xlsx) (в LibreOffice Calc: Файл → Сохранить как → Excel 2007-365).",
  },
  noSuchSheet: (sheet, sheets) =>
    `В книге нет листа ${q(sheet)}; листы: ${sheets.map(q).join(", ")}.`,
  noTableOnSheet: (sheet) =>
    `На листе ${q(sheet)} в первых 30 строках нет заголовков Таблицы 1 (хотя бы четырёх столбцов).`,
  annex2: {
    sheetName: "Приложение 2",
    title: (n) =>
      `Форма предоставления информации по исполнению Плана мероприятий (${items(n)}) по реализации Концепции цифровой трансформации Кыргызской Республики на 2024-2028 годы, утвержденного распоряжением Кабинета Министров Кыргызской Республики от 23 июля 2024 года № 444-р`,
    planTitle: (title, act, n) =>
      `Форма предоставления информации по исполнению плана «${title}» (${items(n)})${act !== "" ? `, утвержденного: ${act}` : ""}`,
    bodyCaption: "(наименование государственного органа, органа местного самоуправления)",
    periodLine: (asOf, from, to) => `по состоянию на ${asOf} за период с ${from} по ${to}`,
    periodCaption: "(период предоставления информации (число, месяц, год))",
    personCaption: "(Ф.И.О., должность лица, ответственного за предоставление информации)",
    contactsCaption: "(контактные данные (электронная почта, рабочий телефон))",
    planTotal: (n) => `Всего по Плану мероприятий ${items(n)}, из них:`,
    leadHeading: (n) => `I. ${upperFirst(roles.lead)} по ${itemsDative(n)}`,
    coHeading: (n) => `II. ${upperFirst(roles.co)} по ${itemsDative(n)}`,
    inYear: (y) => `в ${y} году`,
    measuresUnit: "мероприятий",
    measuresUnitFor: (n) => plural(n, "мероприятие", "мероприятия", "мероприятий"),
    fixedLine: "1. С установленным сроком исполнения мероприятий",
    ongoingLine: "2. Со сроком исполнения «постоянно»",
    stagedLine: "3. Со сроком исполнения «поэтапно»",
    itemsCaption: "(номера пунктов)",
    countHeader: "Количество",
    itemsHeader: "Номера пунктов",
    statusHeading: (d) => `III. По состоянию на ${d}`,
    inProgress: status.in_progress,
    onTime: status.on_time,
    late: status.late,
    total: "Всего:",
    totalCompleted: "Всего исполнено мероприятий",
    levelLine: `IV. ${executionLevel} Плана мероприятий, %`,
    levelFormula: "(количество исполненных мероприятий / общее количество мероприятий * 100)",
    levelUndefined: "не определён (нет мероприятий)",
    detailHeaders: [
      "№",
      "Задача",
      "Мероприятие/действие",
      "Срок исполнения",
      "Ожидаемые результаты (продукт)",
      "Ответственные исполнители",
      "Информация о ходе исполнения с указанием статуса (мероприятие исполнено или не исполнено)",
    ],
    noMeasures: "В Таблице 1 нет мероприятий.",
  },
  template: {
    sheetName: "Таблица 1",
    title:
      "Исходные данные для расчёта показателей мониторинга вклада государственных органов и органов местного самоуправления в реализацию Концепции цифровой трансформации Кыргызской Республики на 2024-2028 годы",
    statusChoices: [
      status.on_time,
      status.late,
      "Исполнено",
      status.in_progress,
      status.not_completed,
    ],
    roleChoices: [roles.lead, roles.co],
    statusListError:
      "Выберите статус из списка; информацию о ходе исполнения пишите после статуса.",
    roleListError: `Выберите ${q(roles.lead)} или ${q(roles.co)}.`,
    listErrorTitle: "Atkaruu",
  },
  consolidation: {
    summarySheet: "Свод",
    itemsSheet: "Пункты",
    issuesSheet: "Замечания",
    title: (d) => `Исполнение Плана мероприятий: свод по органам по состоянию на ${d}`,
    summaryHeaders: [
      "Орган",
      "Файл",
      "Всего",
      "Исполнено",
      "В срок",
      "С нарушением срока",
      "В процессе",
      `${executionLevel}, %`,
      upperFirst(roles.lead),
      upperFirst(roles.co),
      "Ошибки",
      "Предупреждения",
    ],
    overall: "Итого",
    itemHeaders: [
      "№",
      "Мероприятие",
      upperFirst(roles.lead),
      "Статус основного исполнителя",
      "Соисполнители и их статусы",
      "Статус пункта",
      "Расхождение",
    ],
    issueHeaders: ["Орган", "Файл", "Лист", "Ячейка", "Уровень", "Вид", "Сообщение"],
    disagree: "статусы исполнителей расходятся",
    missingBody: "Не представил информацию",
    unreadableFile: "Файл не прочитан",
    duplicateBody: (body, used, ignored) =>
      `От органа ${q(body)} два файла: использован более новый ${q(used)}, файл ${q(ignored)} не учтён.`,
    notReported: "нет данных",
    severalLeads: "несколько органов указали себя основным исполнителем",
    unexpectedBody:
      "Органа нет в списке ожидаемых: проверьте наименование органа в книге или имя файла.",
    inRows: (n) => `(в ${n} ${plural(n, "строке", "строках", "строках")})`,
  },
};
