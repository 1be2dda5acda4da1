/**
 * Words `atkaruu group …` and `atkaruu template --kind group` print themselves, in ky / ru / en.
 * Words of the group's issues, sheets and figures (the summary lines) come from the core's group catalogue; common words
 * (written, usage errors, help) from `CliCatalog`.
 */
import type { Lang } from "../../core";

export interface GroupCliTexts {
  readonly missingSubcommand: (list: string) => string;
  readonly unknownSubcommand: (name: string, list: string) => string;
  readonly missingAct: string;
  readonly actNotFound: (no: string, list: string) => string;
  readonly badPeriod: (value: string) => string;
  readonly unknownKind: (value: string) => string;
  readonly templateWritten: (path: string) => string;
  /** The other way to give the creation date, closing the core's `missing-creation-date` sentence. */
  readonly createdAlternative: string;
}

const ky: GroupCliTexts = {
  missingSubcommand: (list) => `Буйрук берилген жок: atkaruu group ${list} <топтун_китеби.xlsx>.`,
  unknownSubcommand: (name, list) => `«${name}» деген group буйругу жок: ${list} колдонуңуз.`,
  missingAct: "Кайсы актыны басып чыгаруу керек: --act N (актылар реестриндеги номер).",
  actNotFound: (no, list) => `Реестрде №${no} акт жок${list ? `; бар номерлер: ${list}` : ""}.`,
  badPeriod: (value) => `«${value}» мезгили туура эмес: 2025-H1, 2025-H2 же 2025 деп жазыңыз.`,
  unknownKind: (value) => `«${value}» үлгүсү жок: --kind table1 же --kind group.`,
  templateWritten: (path) => `Топтун бош китеби жазылды: ${path}`,
  createdAlternative: "же --created бериңиз",
};

const ru: GroupCliTexts = {
  missingSubcommand: (list) => `Не указана команда: atkaruu group ${list} <книга_группы.xlsx>.`,
  unknownSubcommand: (name, list) => `Команды group «${name}» нет: используйте ${list}.`,
  missingAct: "Укажите, какой акт напечатать: --act N (номер в реестре актов).",
  actNotFound: (no, list) => `В реестре нет акта №${no}${list ? `; есть номера: ${list}` : ""}.`,
  badPeriod: (value) => `Период «${value}» указан неверно: напишите 2025-H1, 2025-H2 или 2025.`,
  unknownKind: (value) => `Шаблона «${value}» нет: --kind table1 или --kind group.`,
  templateWritten: (path) => `Пустая книга группы записана: ${path}`,
  createdAlternative: "или укажите --created",
};

const en: GroupCliTexts = {
  missingSubcommand: (list) => `No command given: atkaruu group ${list} <group.xlsx>.`,
  unknownSubcommand: (name, list) => `There is no group command “${name}”: use one of ${list}.`,
  missingAct: "Say which act to print: --act N (its number in the acts register).",
  actNotFound: (no, list) =>
    `The register has no act No. ${no}${list ? `; its numbers are ${list}` : ""}.`,
  badPeriod: (value) => `The period “${value}” is wrong: write 2025-H1, 2025-H2 or 2025.`,
  unknownKind: (value) => `There is no template “${value}”: --kind table1 or --kind group.`,
  templateWritten: (path) => `Blank group workbook written: ${path}`,
  createdAlternative: "or give --created",
};

const TEXTS: Readonly<Record<Lang, GroupCliTexts>> = { ky, ru, en };

export function groupCliTexts(lang: Lang): GroupCliTexts {
  return TEXTS[lang];
}
