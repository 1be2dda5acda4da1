import type { CoreCatalog } from "./catalog";
import { lowerFirst, upperFirst } from "./letterCase";

const q = (s: string | undefined): string => `«${s ?? ""}»`;

const columns = {
  no: "№",
  task: "Милдет",
  measure: "Чара/ иш-аракет",
  deadline: "Ишке ашыруу мөөнөтү",
  result: "Күтүлгөн натыйжалар (продукт)",
  status: "Статус",
  executors: "Жооптуу аткаруучулар",
  role: "Ролу",
  completedOn: "Аткарылган күнү",
};

/** The Methodology's words (seed 000: Annex 2 sections I–IV, §6–7), each said once here. */
const status = {
  on_time: "Мөөнөтүндө аткарылды",
  late: "Мөөнөтүн бузуу менен аткарылды",
  in_progress: "Аткарууда",
  not_completed: "Аткарылган жок",
  missing: "Статус жок",
  unknown: "Таанылбаган статус",
};
const roles = { lead: "негизги аткаруучу", co: "кошо аткаруучу" };
const executionLevel = "Аткаруу деңгээли";

export const ky: CoreCatalog = {
  lang: "ky",
  columnNames: columns,
  statusNames: status,
  deadlineTypeNames: { fixed: "белгиленген мөөнөт", ongoing: "туруктуу", staged: "этабы менен" },
  roleNames: roles,
  executionLevel,
  severityNames: { error: "Ката", warning: "Эскертүү" },
  issueKinds: {
    "unknown-status": "Статус таанылган жок",
    "status-typo": "Статуста жазуу катасы",
    "missing-status": "Статус толтурулган эмес",
    "unparsed-deadline": "Мөөнөтү түшүнүксүз",
    "duplicate-item": "Пункт кайталанат",
    "missing-measure": "Чаранын аталышы жок",
    "missing-completion-date": "Аткарылган күнү жок",
    "unparsed-completion-date": "Аткарылган күнү түшүнүксүз",
    "timeliness-mismatch": "Статус аткарылган күнгө дал келбейт",
    "body-not-in-executors": "Орган аткаруучулардын арасында жок",
    "unknown-role": "Ролу таанылган жок",
    overdue: "Мөөнөтү өтүп кетти",
    "deadline-outside-plan": "Мөөнөтү пландын жылдарынан тышкары",
    "formula-error": "Формулада ката",
    "unreadable-workbook": "Файл окулган жок",
    "no-table": "1-таблица табылган жок",
    "missing-column": "Милдеттүү графа жок",
    "missing-body": "Орган маалымат берген жок",
    "duplicate-body": "Бир органдын бир нече файлы",
    "unexpected-body": "Күтүлбөгөн орган",
  },
  issue: {
    "unknown-status": (a) =>
      `${q(a.text)} статусу таанылган жок: ${q(status.on_time)}, ${q(status.late)}, ${q(status.in_progress)} же ${q(status.not_completed)} деп жазыңыз.`,
    "status-typo": (a) => `Статустагы ${q(a.text)} сөзү ${q(a.as)} деп окулду: жазылышын оңдоңуз.`,
    "missing-status": () => "Статус толтурулган эмес: чара аткарылган жок деп эсептелет.",
    "unparsed-deadline": (a) =>
      `${q(a.text)} мөөнөтү түшүнүксүз: мисалы «2025-жыл», «2024-жылдын IV чейреги», «туруктуу» же «этабы менен» деп жазыңыз.`,
    "duplicate-item": (a) => `${a.no}-пункт кайталанат (биринчи жолу ${a.firstRow}-сапта).`,
    "missing-measure": () => "Чаранын аталышы жазылган эмес.",
    "missing-completion-date": () =>
      "«Аткарылды» деп көрсөтүлгөн, бирок аткарылган күнү жок: мөөнөтүндө аткарылды деп эсептелди.",
    "unparsed-completion-date": (a) =>
      `Аткарылган күнү ${q(a.text)} түшүнүксүз: күндү кк.аа.жжжж түрүндө жазыңыз.`,
    "timeliness-mismatch": (a) =>
      a.says === "on_time"
        ? `Статуста «мөөнөтүндө» деп жазылган, бирок аткарылган күнү (${a.date}) мөөнөттөн (${a.end}) кийин.`
        : `Статуста «мөөнөтүн бузуу менен» деп жазылган, бирок аткарылган күнү (${a.date}) мөөнөттөн (${a.end}) кечиккен эмес.`,
    "body-not-in-executors": (a) =>
      `${q(a.body)} жооптуу аткаруучулардын арасында жок: ${roles.lead} катары эсептелди.`,
    "unknown-role": (a) =>
      `${q(a.text)} ролу таанылган жок: ${q(roles.lead)} же ${q(roles.co)} деп жазыңыз.`,
    overdue: (a) => `Мөөнөтү (${a.end}) өтүп кетти, чара аткарыла элек.`,
    "deadline-outside-plan": (a) =>
      `Мөөнөтү (${a.end}) пландын жылдарынан (${a.text}) тышкары: 2-тиркеменин жылдар боюнча саптарына кирбейт.`,
    "formula-error": (a) => `Уячада ${a.text} катасы турат: маанини оңдоңуз.`,
  },
  fatal: {
    "unreadable-workbook": (a) =>
      `${q(a.file)} файлын Excel китеби катары окуу мүмкүн эмес: ${a.detail ?? ""}`.trim(),
    "no-table": (a) =>
      `${q(a.file)} китебинде 1-таблица табылган жок: бир да барактын алгачкы 30 сабында «№», «Милдет», «Чара/ иш-аракет», «Ишке ашыруу мөөнөтү», «Күтүлгөн натыйжалар», «Статус» тилкелеринин жок дегенде төртөө жазылган сап жок.`,
    "missing-column": (a) =>
      `${q(a.sheet)} барагындагы 1-таблицада ${q(a.column ? columns[a.column] : "")} тилкеси жок.`,
  },
  unreadable: {
    "not-found": "файл табылган жок.",
    "not-xlsx": "бул .xlsx форматындагы файл эмес.",
    "legacy-xls":
      "бул .xls файлы (Excelдин эски форматы же маалымат системасы ушул ат менен чыгарган таблица), .xlsx эмес; аны Excelде ачып, Excel китеби катары сактаңыз: Файл → Башкача сактоо → Excel китеби (*.xlsx) (орусча Excelде: Файл → Сохранить как → Книга Excel; LibreOffice Calcта: Файл → Сохранить как → Excel 2007-365).",
    encrypted: "китеп сырсөз менен корголгон; корголбогон көчүрмөсүн сактаңыз.",
    corrupt: "файл бузулган.",
    "too-large": "файл өтө чоң.",
    empty: "файл бош.",
    csv: "бул CSV текст файлы; аны Excelде ачып, Excel китеби катары сактаңыз: Файл → Башкача сактоо → Excel китеби (*.xlsx) (орусча Excelде: Файл → Сохранить как → Книга Excel; LibreOffice Calcта: Файл → Сохранить как → Excel 2007-365).",
  },
  noSuchSheet: (sheet, sheets) =>
    `Китепте ${q(sheet)} барагы жок; барактар: ${sheets.map(q).join(", ")}.`,
  noTableOnSheet: (sheet) =>
    `${q(sheet)} барагынын алгачкы 30 сабында 1-таблицанын аталыштары (жок дегенде төрт тилке) табылган жок.`,
  annex2: {
    sheetName: "2-тиркеме",
    title: (n) =>
      `Кыргыз Республикасынын Министрлер Кабинетинин 2024-жылдын 23-июлундагы № 444-т тескемеси менен бекитилген 2024-2028-жылдарга Кыргыз Республикасынын санариптик трансформациялоо концепциясын ишке ашыруу боюнча иш-чаралар планын (${n} пункт) аткаруу боюнча маалымат берүү формасы`,
    planTitle: (title, act, n) =>
      `${act !== "" ? `${act} менен бекитилген ` : ""}«${title}» (${n} пункт) аткаруу боюнча маалымат берүү формасы`,
    bodyCaption: "(мамлекеттик органдын, жергиликтүү өз алдынча башкаруу органынын аталышы)",
    periodLine: (asOf, from, to) => `${asOf} карата ${from} – ${to} чейин`,
    periodCaption: "(маалымат берүү мезгили (күнү, айы, жылы))",
    personCaption: "(маалымат берүүгө жооптуу адамдын аты-жөнү, кызматы)",
    contactsCaption: "(байланыш маалыматтары (электрондук почта, иш телефону))",
    planTotal: (n) => `Иш-чаралар планы боюнча бардыгы ${n} пункт бар, алардын ичинен:`,
    leadHeading: (n) => `I. ${n} пункт боюнча ${roles.lead}`,
    coHeading: (n) => `II. ${n} пункт боюнча ${roles.co}`,
    inYear: (y) => `${y}-жылы`,
    measuresUnit: "иш-чара",
    measuresUnitFor: () => "иш-чара",
    fixedLine: "1. Иш-чараларды аткаруунун белгиленген мөөнөтү менен",
    ongoingLine: "2. «Туруктуу» аткаруу мөөнөтү менен",
    stagedLine: "3. «Этабы менен» аткаруу мөөнөтү менен",
    itemsCaption: "(пункт номерлери)",
    countHeader: "Саны",
    itemsHeader: "Пункт номерлери",
    statusHeading: (d) => `III. ${d} карата`,
    inProgress: status.in_progress,
    onTime: status.on_time,
    late: status.late,
    total: "Бардыгы:",
    totalCompleted: "Бардыгы болуп аткарылган иш-чаралар",
    levelLine: `IV. Иш-чаралар планын ${lowerFirst(executionLevel)}, %`,
    levelFormula: "(аткарылган иш-чаралардын саны / иш-чаралардын жалпы саны * 100)",
    levelUndefined: "аныкталбайт (иш-чаралар жок)",
    detailHeaders: [
      "№",
      "Милдет",
      "Чара/ иш-аракет",
      "Ишке ашыруу мөөнөтү",
      "Күтүлгөн натыйжалар (продукт)",
      "Жооптуу аткаруучулар",
      "Ишке ашыруунун жүрүшү жөнүндө маалымат статусун көрсөтүү менен (чара аткарылды же аткарылган жок)",
    ],
    noMeasures: "1-таблицада чаралар жок.",
  },
  template: {
    sheetName: "1-таблица",
    title:
      "2024-2028-жылдарга Кыргыз Республикасынын санариптик трансформациялоо концепциясын ишке ашырууга кошкон салымы боюнча мониторингдин көрсөткүчтөрүн эсептөө үчүн баштапкы маалыматтар",
    statusChoices: [
      status.on_time,
      status.late,
      "Аткарылды",
      status.in_progress,
      status.not_completed,
    ],
    roleChoices: [roles.lead, roles.co],
    statusListError:
      "Тизмедеги статустардын бирин тандаңыз; ишке ашыруунун жүрүшү жөнүндө маалыматты статустан кийин жазыңыз.",
    roleListError: `${q(roles.lead)} же ${q(roles.co)} тандаңыз.`,
    listErrorTitle: "Atkaruu",
  },
  consolidation: {
    summarySheet: "Жыйынтык",
    itemsSheet: "Пункттар",
    issuesSheet: "Каталар",
    title: (d) => `Иш-чаралар планынын аткарылышы: органдар боюнча жыйынтык, ${d} карата`,
    summaryHeaders: [
      "Орган",
      "Файл",
      "Бардыгы",
      "Аткарылды",
      "Мөөнөтүндө",
      "Мөөнөтүн бузуу менен",
      status.in_progress,
      `${executionLevel}, %`,
      upperFirst(roles.lead),
      upperFirst(roles.co),
      "Каталар",
      "Эскертүүлөр",
    ],
    overall: "Бардыгы",
    itemHeaders: [
      "№",
      "Чара",
      upperFirst(roles.lead),
      "Негизги аткаруучунун статусу",
      "Кошо аткаруучулар жана алардын статустары",
      "Пункттун статусу",
      "Пикир келишпестик",
    ],
    issueHeaders: ["Орган", "Файл", "Барак", "Уяча", "Деңгээл", "Түрү", "Билдирүү"],
    disagree: "аткаруучулардын статустары ар башка",
    missingBody: "Маалымат жиберген жок",
    unreadableFile: "Файл окулган жок",
    duplicateBody: (body, used, ignored) =>
      `${q(body)} органынан эки файл келди: жаңысы ${q(used)} колдонулду, ${q(ignored)} эске алынган жок.`,
    notReported: "маалымат жок",
    severalLeads: `бир нече орган өзүн ${roles.lead} деп көрсөткөн`,
    unexpectedBody:
      "Бул орган күтүлгөн органдардын тизмесинде жок: китептеги органдын аталышын же файлдын атын текшериңиз.",
    inRows: (n) => `(${n} сапта)`,
  },
};
