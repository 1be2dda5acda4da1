/**
 * Words `atkaruu group …` and `atkaruu template --kind group` print themselves, in ky / ru / en.
 * Words of the group's issues and sheets come from the core's group catalogue; common words
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
  readonly members: (total: number, municipal: number, deputies: number, citizens: number, women: number, men: number) => string;
  readonly meetings: (held: number, withQuorum: number) => string;
  readonly acts: (total: number, onTime: number, late: number, missing: number) => string;
  readonly created: (date: string, end: string) => string;
  readonly createdUnknown: string;
  readonly planLevel: (level: string) => string;
  readonly templateWritten: (path: string) => string;
}

const ky: GroupCliTexts = {
  missingSubcommand: (list) => `Буйрук берилген жок: atkaruu group ${list} <топтун_китеби.xlsx>.`,
  unknownSubcommand: (name, list) => `«${name}» деген group буйругу жок: ${list} колдонуңуз.`,
  missingAct: "Кайсы актыны басып чыгаруу керек: --act N (актылар реестриндеги номер).",
  actNotFound: (no, list) => `Реестрде №${no} акт жок${list ? `; бар номерлер: ${list}` : ""}.`,
  badPeriod: (value) => `«${value}» мезгили туура эмес: 2025-H1, 2025-H2 же 2025 деп жазыңыз.`,
  unknownKind: (value) => `«${value}» үлгүсү жок: --kind table1 же --kind group.`,
  members: (total, municipal, deputies, citizens, women, men) => `Мүчөлөр: ${total} (муниципалдык кызматкерлер — ${municipal}, депутаттар — ${deputies}, жарандар — ${citizens}; аялдар — ${women}, эркектер — ${men})`,
  meetings: (held, withQuorum) => `Жыйналыштар: ${held} (ыйгарым укуктуу — ${withQuorum})`,
  acts: (total, onTime, late, missing) => `Актылар: ${total} (жооп мөөнөтүндө — ${onTime}, кечигип — ${late}, жок — ${missing})`,
  created: (date, end) => `Түзүлгөн күнү: ${date}; ыйгарым укуктары ${end} чейин`,
  createdUnknown: "Түзүлгөн күнү белгисиз",
  planLevel: (level) => `Жергиликтүү пландын аткарылыш деңгээли: ${level}%`,
  templateWritten: (path) => `Топтун бош китеби жазылды: ${path}`,
};

const ru: GroupCliTexts = {
  missingSubcommand: (list) => `Не указана команда: atkaruu group ${list} <книга_группы.xlsx>.`,
  unknownSubcommand: (name, list) => `Команды group «${name}» нет: используйте ${list}.`,
  missingAct: "Укажите, какой акт напечатать: --act N (номер в реестре актов).",
  actNotFound: (no, list) => `В реестре нет акта №${no}${list ? `; есть номера: ${list}` : ""}.`,
  badPeriod: (value) => `Период «${value}» указан неверно: напишите 2025-H1, 2025-H2 или 2025.`,
  unknownKind: (value) => `Шаблона «${value}» нет: --kind table1 или --kind group.`,
  members: (total, municipal, deputies, citizens, women, men) => `Членов: ${total} (муниципальных служащих — ${municipal}, депутатов — ${deputies}, граждан — ${citizens}; женщин — ${women}, мужчин — ${men})`,
  meetings: (held, withQuorum) => `Заседаний: ${held} (правомочных — ${withQuorum})`,
  acts: (total, onTime, late, missing) => `Актов: ${total} (ответ в срок — ${onTime}, с опозданием — ${late}, нет — ${missing})`,
  created: (date, end) => `Дата создания: ${date}; полномочия до ${end}`,
  createdUnknown: "Дата создания неизвестна",
  planLevel: (level) => `Уровень исполнения местного плана: ${level}%`,
  templateWritten: (path) => `Пустая книга группы записана: ${path}`,
};

const en: GroupCliTexts = {
  missingSubcommand: (list) => `No command given: atkaruu group ${list} <group.xlsx>.`,
  unknownSubcommand: (name, list) => `There is no group command “${name}”: use one of ${list}.`,
  missingAct: "Say which act to print: --act N (its number in the acts register).",
  actNotFound: (no, list) => `The register has no act No. ${no}${list ? `; its numbers are ${list}` : ""}.`,
  badPeriod: (value) => `The period “${value}” is wrong: write 2025-H1, 2025-H2 or 2025.`,
  unknownKind: (value) => `There is no template “${value}”: --kind table1 or --kind group.`,
  members: (total, municipal, deputies, citizens, women, men) => `Members: ${total} (municipal employees — ${municipal}, deputies — ${deputies}, citizens — ${citizens}; women — ${women}, men — ${men})`,
  meetings: (held, withQuorum) => `Meetings: ${held} (with a quorum — ${withQuorum})`,
  acts: (total, onTime, late, missing) => `Acts: ${total} (answered on time — ${onTime}, late — ${late}, missing — ${missing})`,
  created: (date, end) => `Created: ${date}; term until ${end}`,
  createdUnknown: "Creation date unknown",
  planLevel: (level) => `Execution level of the local plan: ${level}%`,
  templateWritten: (path) => `Blank group workbook written: ${path}`,
};

const TEXTS: Readonly<Record<Lang, GroupCliTexts>> = { ky, ru, en };

export function groupCliTexts(lang: Lang): GroupCliTexts {
  return TEXTS[lang];
}
