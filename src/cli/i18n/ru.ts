import { coreCatalog } from "../../core";
import type { CliCatalog } from "./catalog";

const core = coreCatalog("ru");

const q = (s: string): string => `«${s}»`;

export const ru: CliCatalog = {
  lang: "ru",
  decimal: (n) => n.toFixed(1).replace(".", ","),
  help: {
    usageLabel: "Использование",
    usage: "Использование: atkaruu <команда> [параметры]",
    commandsHeading: "Команды:",
    optionsHeading: "Параметры:",
    commands: {
      annex2:
        "формирует Приложение 2 по Таблице 1: записывает копию книги с листом Приложения 2 (оригинал не меняется)",
      validate:
        "проверяет Таблицу 1: каждая ошибка или предупреждение указывает ячейку, которую нужно исправить",
      template:
        "создаёт пустой шаблон Таблицы 1 (заголовки, строка нумерации, списки статусов и ролей)",
      compare:
        "сравнивает два отчёта одного органа (ПРЕДЫДУЩИЙ.xlsx ТЕКУЩИЙ.xlsx): исполненные, снова не исполненные, просроченные, изменённые сроки и статусы, добавленные и исключённые пункты; --out записывает лист изменений в копию ТЕКУЩЕГО (код выхода 1: исполненное мероприятие стало неисполненным)",
      table1:
        "создаёт Таблицу 1 органа из плана: каждый пункт, где орган исполнитель, с ролью, пустыми статусом и датой исполнения, выпадающими списками",
      consolidate:
        "сводит книги органов: новая книга с листами свода по органам, пунктов и замечаний (код выхода 1: часть файлов не прочитана или ожидаемые органы не представили информацию)",
      group:
        "книга местной группы совместного мониторинга и оценки: check — проверяет состав, заседания, акты; act — лист акта для печати; report — итоговый отчёт; composition — сводка по составу к решению кенеша (код выхода 1: есть ошибки)",
    },
    options: {
      body: "--body НАЗВАНИЕ     отчитывающийся орган (название или сокращение)",
      asOf: "--as-of ГГГГ-ММ-ДД  (или ДД.ММ.ГГГГ) дата, на которую составляется отчёт (по умолчанию: сегодня)",
      lang: "--lang ky|ru|en     язык (по умолчанию: по LANG/LC_ALL, иначе кыргызский)",
      previousAsOf:
        "--previous-as-of ГГГГ-ММ-ДД  дата, на которую составлен ПРЕДЫДУЩИЙ, если она в нём не сохранена",
      out: "--out ФАЙЛ          файл для записи",
      json: "--json              вывести результат в формате JSON",
      periodFrom: "--period-from ДАТА  начало отчётного периода",
      periodTo: "--period-to ДАТА    конец отчётного периода",
      person: "--person ТЕКСТ      ФИО и должность ответственного лица",
      contacts: "--contacts ТЕКСТ    контактные данные",
      sheet: "--sheet ЛИСТ        Таблица 1 находится на этом листе",
      planItems: "--plan-items N      число пунктов плана (по умолчанию: 334)",
      force: "--force             перезаписать существующий файл",
      expect:
        "--expect ФАЙЛ       список ожидаемых органов (.txt: по одному в строке, или .xlsx: первый столбец)",
      created: "--created ГГГГ-ММ-ДД дата создания группы (если её нет на листе членов)",
      act: "--act N              номер акта в реестре актов",
      period: "--period 2025-H1|2025-H2|2025  период итогового отчёта",
      table1: "--table1 ФАЙЛ       Таблица 1 местного плана (для уровня исполнения)",
      kind: "--kind table1|group   вид шаблона (по умолчанию table1)",
      plan: "--plan PLAN.xlsx    книга плана мероприятий (название, годы, пункты — из неё)",
      table1From:
        "--plan PLAN.xlsx    книга плана мероприятий, из которой создаётся Таблица 1 (обязательно)",
      planCompleteness:
        "--plan PLAN.xlsx    книга плана мероприятий: исполнители каждого пункта сверяются с отчётами; органы из плана — ожидаемые органы",
    },
    more: "Параметры команды: atkaruu <команда> --help",
    exitCodes:
      "Коды выхода: 0 — успешно; 1 — при проверке найдены ошибки; 2 — файл не удалось прочитать или команда задана неверно.",
    placeholders: {
      "in.xlsx": "книга.xlsx",
      "group.xlsx": "группа.xlsx",
      "PREVIOUS.xlsx": "ПРЕДЫДУЩИЙ.xlsx",
      "CURRENT.xlsx": "ТЕКУЩИЙ.xlsx",
      "folder|files…": "папка|файлы…",
      "bodies.txt": "органы.txt",
      NAME: "НАЗВАНИЕ",
      "YYYY-MM-DD": "ГГГГ-ММ-ДД",
      FILE: "ФАЙЛ",
      "PLAN.xlsx": "ПЛАН.xlsx",
    },
  },
  expected: {
    date: "реальная дата в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ",
    lang: "ky, ru или en",
    positiveInt: "целое положительное число",
    text: "непустой текст",
  },
  usage: {
    missingCommand: (list) =>
      `Не указана команда: используйте одну из команд ${list} (atkaruu --help).`,
    unknownCommand: (name, list) => `Команды ${q(name)} нет: используйте одну из команд ${list}.`,
    unknownOption: (option) => `Параметра ${q(option)} нет (atkaruu --help).`,
    missingValue: (option) => `Не указано значение параметра ${q(option)}.`,
    missingInput: (command) => `Не указан файл Excel: atkaruu ${command} <файл.xlsx>.`,
    extraArgument: (arg) => `Лишний аргумент: ${q(arg)}.`,
    invalidOption: (option, value, expected) =>
      `Значение ${q(value)} параметра ${q(option)} неверно (ожидается ${expected}).`,
    periodOrder: (from, to) => `Начало периода (${from}) позже его конца (${to}).`,
    outIsInput: (path) =>
      `Файл результата совпадает с исходным (${path}): исходный файл никогда не изменяется, укажите другой --out.`,
    outExists: (path) =>
      `Файл ${path} уже существует: добавьте --force, чтобы перезаписать его, или укажите другой --out.`,
  },
  fileNotFound: "файл не найден",
  fsError: {
    EACCES: "нет доступа",
    EPERM: "нет доступа",
    EROFS: "диск только для чтения",
    ENOSPC: "нет места на диске",
    EISDIR: "это папка",
    ENOTDIR: "неверный путь",
    ENOENT: "папка не найдена",
    EBUSY: "файл открыт в другой программе",
  },
  writeFailed: (path, detail) =>
    `Не удалось записать файл ${path} (${detail}); ничего не записано.`,
  odsCopy:
    "Копия с Приложением 2 записывается только в книгу .xlsx: в LibreOffice Calc сохраните файл .ods как .xlsx (Файл → Сохранить как → Excel 2007-365) и запустите снова; ничего не записано.",
  copyFailed: (detail) =>
    `Не удалось создать копию книги (${detail}); ничего не записано, исходный файл не изменён.`,
  unexpected: (detail) => `Непредвиденная ошибка (${detail}); ничего не записано.`,
  interrupted: "Прервано; ничего не записано.",
  progress: {
    reading: (file) => `Чтение ${file}…`,
    analysing: "Анализ Таблицы 1…",
    building: "Формирование Приложения 2…",
    writing: (file) => `Запись ${file}…`,
  },
  report: {
    written: (path) => `Записано: ${path}`,
    body: (name) => `Орган: ${name}`,
    noBody: "Орган: не указан (--body)",
    asOf: (date) => `По состоянию на ${date}`,
    sheet: (name) => `Лист: ${name}`,
    measures: (total, lead, co) =>
      `Мероприятий: ${total} (${core.roleNames.lead} — ${lead}, ${core.roleNames.co} — ${co})`,
    completed: (n, onTime, late) =>
      `Исполнено: ${n} (в срок — ${onTime}, с нарушением срока — ${late})`,
    inProgress: (n) => `${core.statusNames.in_progress}: ${n}`,
    level: (value) => `${core.executionLevel}: ${value} %`,
    levelUndefined: `${core.executionLevel}: ${core.annex2.levelUndefined}`,
    issues: (errors, warnings) => `Ошибок: ${errors}, предупреждений: ${warnings}`,
    noIssues: "Ни ошибок, ни предупреждений.",
    moreIssues: (n) => `… и ещё ${n} (все: atkaruu validate <файл> --json)`,
    rowHeading: (sheet, row, item) =>
      `${sheet}, строка ${row}${item !== null ? ` (пункт ${item})` : ""}:`,
    fixHint: "Исправьте ошибки в Таблице 1 и запустите команду снова.",
  },
  template: {
    written: (path) => `Шаблон Таблицы 1 записан: ${path}`,
  },
};
