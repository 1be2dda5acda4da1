import { coreCatalog, lowerFirst } from "../../core";
import type { CliCatalog } from "./catalog";

const core = coreCatalog("ky");

const q = (s: string): string => `«${s}»`;

export const ky: CliCatalog = {
  lang: "ky",
  decimal: (n) => n.toFixed(1).replace(".", ","),
  help: {
    usageLabel: "Колдонуу",
    usage: "Колдонуу: atkaruu <буйрук> [параметрлер]",
    commandsHeading: "Буйруктар:",
    optionsHeading: "Параметрлер:",
    commands: {
      annex2:
        "1-таблицадан 2-тиркемени түзөт: китептин көчүрмөсүн 2-тиркеме барагы менен жазат (түпнуска өзгөрбөйт)",
      validate: "1-таблицаны текшерет: ар бир ката же эскертүү оңдоло турган уячаны көрсөтөт",
      template:
        "1-таблицанын бош үлгүсүн түзөт (баштар, номерлөө сабы, статус жана роль тизмелери)",
      compare:
        "бир органдын эки отчетун салыштырат (МУРУНКУ.xlsx УЧУРДАГЫ.xlsx): аткарылганы, кайра аткарылбаган болуп калганы, мөөнөтү өткөнү, мөөнөтү жана статусу өзгөргөнү, кошулган жана алынып салынган пункттар; --out УЧУРДАГЫнын көчүрмөсүнө өзгөрүүлөр барагын жазат (чыгуу коду 1: аткарылган иш-чара кайра аткарылбаган болуп калды)",
      table1:
        "пландан органдын 1-таблицасын түзөт: орган аткаруучу болгон ар бир пункт, ролу, статус жана аткарылган күнү бош, ачылуучу тизмелер",
      consolidate:
        "органдардын китептерин бириктирет: органдар боюнча жыйынтык, пункттар жана каталар барактары бар жаңы китеп (чыгуу коду 1: кээ бир файлдар окулган жок же күтүлгөн органдар маалымат жиберген жок)",
      group:
        "жергиликтүү биргелешкен мониторинг жана баалоо тобунун китеби: check — курамды, жыйналыштарды, актыларды текшерет; act — актыны басып чыгаруу үчүн барак; report — жыйынды отчет; composition — кеңештин чечимине курамдын жыйынтыгы (чыгуу коду 1: каталар бар)",
    },
    options: {
      body: "--body АТАЛЫШЫ      маалымат берүүчү орган (аталышы же кыскартылышы)",
      asOf: "--as-of ЖЖЖЖ-АА-КК  (же КК.АА.ЖЖЖЖ) абал кайсы күнгө карата (демейки: бүгүн)",
      lang: "--lang ky|ru|en     тил (демейки: LANG/LC_ALL боюнча, болбосо кыргызча)",
      previousAsOf: "--previous-as-of ЖЖЖЖ-АА-КК  МУРУНКУ китепте сакталбаса, анын карата күнү",
      out: "--out ФАЙЛ          жазыла турган файл",
      json: "--json              жыйынтыкты JSON түрүндө чыгаруу",
      periodFrom: "--period-from КҮН   маалымат берүү мезгилинин башы",
      periodTo: "--period-to КҮН     маалымат берүү мезгилинин аягы",
      person: "--person ТЕКСТ      жооптуу адамдын аты-жөнү, кызматы",
      contacts: "--contacts ТЕКСТ    байланыш маалыматтары",
      sheet: "--sheet БАРАК       1-таблица ушул баракта",
      planItems: "--plan-items N      пландагы пункттардын саны (демейки: 334)",
      force: "--force             бар файлдын үстүнө жазуу",
      expect:
        "--expect ФАЙЛ       күтүлгөн органдардын тизмеси (.txt: ар бир сапта бир орган, же .xlsx: биринчи тилке)",
      created: "--created ЖЖЖЖ-АА-КК топтун түзүлгөн күнү (Мүчөлөр барагында жазылбаса)",
      act: "--act N              актылар реестриндеги актынын номери",
      period: "--period 2025-H1|2025-H2|2025  жыйынды отчеттун мезгили",
      table1: `--table1 ФАЙЛ       жергиликтүү пландын 1-таблицасы (${lowerFirst(core.executionLevel)} үчүн)`,
      kind: "--kind table1|group   үлгүнүн түрү (демейки: table1)",
      plan: "--plan PLAN.xlsx    иш-чаралар планынын китеби (аталышы, жылдары, пункттары ошондон)",
      table1From:
        "--plan PLAN.xlsx    иш-чаралар планынын китеби, 1-таблица ошондон түзүлөт (милдеттүү)",
      planCompleteness:
        "--plan PLAN.xlsx    иш-чаралар планынын китеби: ар бир пункттун аткаруучулары отчеттор менен салыштырылат; пландагы органдар күтүлгөн органдар болот",
    },
    more: "Буйруктун параметрлери: atkaruu <буйрук> --help",
    exitCodes:
      "Чыгуу коддору: 0 — ийгиликтүү; 1 — текшерүүдө каталар табылды; 2 — файлды окуу мүмкүн эмес же буйрук туура эмес.",
    placeholders: {
      "in.xlsx": "китеп.xlsx",
      "group.xlsx": "топ.xlsx",
      "PREVIOUS.xlsx": "МУРУНКУ.xlsx",
      "CURRENT.xlsx": "АЗЫРКЫ.xlsx",
      "folder|files…": "папка|файлдар…",
      "bodies.txt": "органдар.txt",
      NAME: "АТАЛЫШЫ",
      "YYYY-MM-DD": "ЖЖЖЖ-АА-КК",
      FILE: "ФАЙЛ",
      "PLAN.xlsx": "ПЛАН.xlsx",
    },
  },
  expected: {
    date: "ЖЖЖЖ-АА-КК же КК.АА.ЖЖЖЖ түрүндөгү чыныгы күн",
    lang: "ky, ru же en",
    positiveInt: "оң бүтүн сан",
    text: "бош эмес текст",
  },
  usage: {
    missingCommand: (list) =>
      `Буйрук көрсөтүлгөн жок: ${list} буйруктарынын бирин жазыңыз (atkaruu --help).`,
    unknownCommand: (name, list) =>
      `${q(name)} деген буйрук жок: ${list} буйруктарынын бирин колдонуңуз.`,
    unknownOption: (option) => `${q(option)} деген параметр жок (atkaruu --help).`,
    missingValue: (option) => `${q(option)} параметринин мааниси жазылган эмес.`,
    missingInput: (command) => `Excel файлы көрсөтүлгөн жок: atkaruu ${command} <файл.xlsx>.`,
    extraArgument: (arg) => `Ашыкча аргумент: ${q(arg)}.`,
    invalidOption: (option, value, expected) =>
      `${q(option)} параметринин мааниси ${q(value)} туура эмес: ${expected} болушу керек.`,
    periodOrder: (from, to) => `Мезгилдин башы (${from}) аягынан (${to}) кийин турат.`,
    outIsInput: (path) =>
      `Жыйынтык файлы түпнуска файл менен бир эле (${path}): түпнуска эч качан өзгөртүлбөйт, башка --out көрсөтүңүз.`,
    outExists: (path) =>
      `${path} файлы мурунтан бар: үстүнө жазуу үчүн --force кошуңуз же башка --out көрсөтүңүз.`,
  },
  fileNotFound: "файл табылган жок",
  fsError: {
    EACCES: "уруксат жок",
    EPERM: "уруксат жок",
    EROFS: "диск окуу үчүн гана",
    ENOSPC: "дискте орун жок",
    EISDIR: "бул папка",
    ENOTDIR: "жол туура эмес",
    ENOENT: "папка табылган жок",
    EBUSY: "файл башка программада ачык",
  },
  writeFailed: (path, detail) =>
    `${path} файлын жазуу мүмкүн болгон жок (${detail}); эч нерсе жазылган жок.`,
  odsCopy:
    "2-тиркеме менен көчүрмө .xlsx китебине гана жазылат: LibreOffice Calcта .ods файлын .xlsx катары сактаңыз (Файл → Башкача сактоо → Excel 2007-365) жана кайра иштетиңиз; эч нерсе жазылган жок.",
  copyFailed: (detail) =>
    `Китептин көчүрмөсүн түзүү мүмкүн болгон жок (${detail}); эч нерсе жазылган жок, түпнуска өзгөргөн жок.`,
  unexpected: (detail) => `Күтүлбөгөн ката (${detail}); эч нерсе жазылган жок.`,
  interrupted: "Токтотулду; эч нерсе жазылган жок.",
  progress: {
    reading: (file) => `${file} окулууда…`,
    analysing: "1-таблица талданууда…",
    building: "2-тиркеме түзүлүүдө…",
    writing: (file) => `${file} жазылууда…`,
  },
  report: {
    written: (path) => `Жазылды: ${path}`,
    body: (name) => `Орган: ${name}`,
    noBody: "Орган: көрсөтүлгөн жок (--body)",
    asOf: (date) => `${date} карата`,
    sheet: (name) => `Барак: ${name}`,
    measures: (total, lead, co) =>
      `Иш-чаралар: ${total} (${core.roleNames.lead} — ${lead}, ${core.roleNames.co} — ${co})`,
    completed: (n, onTime, late) =>
      `Аткарылды: ${n} (мөөнөтүндө — ${onTime}, мөөнөтүн бузуу менен — ${late})`,
    inProgress: (n) => `${core.statusNames.in_progress}: ${n}`,
    level: (value) => `${core.executionLevel}: ${value} %`,
    levelUndefined: `${core.executionLevel}: ${core.annex2.levelUndefined}`,
    issues: (errors, warnings) => `Каталар: ${errors}, эскертүүлөр: ${warnings}`,
    noIssues: "Ката да, эскертүү да жок.",
    moreIssues: (n) => `… дагы ${n} (баарын көрүү: atkaruu validate <файл> --json)`,
    rowHeading: (sheet, row, item) =>
      `${sheet}, ${row}-сап${item !== null ? ` (${item}-пункт)` : ""}:`,
    fixHint: "Каталар 1-таблицада оңдолгондон кийин буйрукту кайра иштетиңиз.",
  },
  template: {
    written: (path) => `1-таблицанын үлгүсү жазылды: ${path}`,
  },
};
