/**
 * The words people write in a members sheet, read into categories, sexes and the chair; and the
 * sex guessed from a Kyrgyz or Russian name when nothing was written (the caller makes that a
 * warning). Matching runs on normalised text (`normalize.ts`: lower case, ө→о, ү→у, ң→н, Latin
 * look-alikes folded), so `Депутат`, `ДЕПУТАТ` and `депутат,` are one word.
 */
import { normalize } from "../normalize";
import type { MemberCategory, Sex } from "./types";

/**
 * Phrases per category, written as people write them; a cell is in the category whose phrase
 * starts one of its words. Deputies first: `айылдык кеңештин депутаты` names a council, not a
 * municipal employee. A village head (`айыл башчысы`) holds a municipal post.
 */
const CATEGORY_PHRASES: readonly (readonly [MemberCategory, readonly string[]])[] = [
  ["deputy", ["депутат", "deputy", "councillor", "councilor", "council member", "кеңештин мүчөсү"]],
  [
    "municipal",
    [
      "муниципалдык",
      "муниципальн",
      "municipal",
      "айыл өкмөтүнүн",
      "айыл окмоту",
      "айыл өкмөтү",
      "ао адиси",
      "ао кызматкери",
      "мэриянын",
      "мэрии",
      "айыл башчы",
      "аппараттын",
      "аткаруу органынын",
      "исполнительного органа",
      "сотрудник айыл",
      "специалист айыл",
      "local government employee",
      "civil servant",
    ],
  ],
  [
    "citizen",
    [
      "жаран",
      "тургун",
      "жашоочу",
      "коомдук",
      "бейөкмөт",
      "жарандык коом",
      "жамаат",
      "аксакал",
      "ишкер",
      "гражданин",
      "гражданка",
      "граждан",
      "житель",
      "жительница",
      "представитель общественн",
      "общественн",
      "нко",
      "нпо",
      "оо ",
      "citizen",
      "resident",
      "ngo",
      "civil society",
      "community",
    ],
  ],
];

const CATEGORY_WORDS: readonly (readonly [MemberCategory, readonly string[]])[] =
  CATEGORY_PHRASES.map(([k, list]) => [k, list.map((p) => normalize(p))]);

/** True when a phrase starts at a word boundary of `text` (both normalised). */
function hasPhrase(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    if (at === 0 || text.charAt(at - 1) === " ") return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

/** The category a cell names, or null when none of the known words is in it. */
export function readCategory(text: string): MemberCategory | null {
  const t = normalize(text) + " ";
  if (t.trim() === "") return null;
  for (const [key, list] of CATEGORY_WORDS) for (const p of list) if (hasPhrase(t, p)) return key;
  return null;
}

const SEX_WORDS: Readonly<Record<string, Sex>> = Object.fromEntries(
  (
    [
      [
        "female",
        [
          "аял",
          "аялдар",
          "айым",
          "кыз",
          "ж",
          "жен",
          "женский",
          "женская",
          "женщина",
          "f",
          "female",
          "woman",
          "w",
        ],
      ],
      ["male", ["эркек", "эр", "э", "м", "муж", "мужской", "мужская", "мужчина", "male", "man"]],
    ] as const
  ).flatMap(([sex, list]) => list.map((w) => [normalize(w), sex as Sex]))
);

/**
 * The sex a cell names: `аял`/`эркек`, `ж`/`э`, `жен.`/`муж.`, `м`/`ж`, `F`/`M` (a Latin `M` folds to
 * Cyrillic `м`). `ж` is female in both Kyrgyz (`жынысы: ж`) and Russian (`жен.`) use. "unknown" for
 * other text, null for an empty cell.
 */
export function readSex(text: string): Sex | "unknown" | null {
  const t = normalize(text);
  if (t === "") return text.trim() === "" ? null : "unknown";
  return SEX_WORDS[t] ?? SEX_WORDS[t.split(" ")[0]] ?? "unknown";
}

/**
 * The sex a name suggests: patronymics `-овна/-евна/-ична`, `кызы` (female), `-ович/-евич/-ич`,
 * `уулу` (male); then a surname in `-ова/-ева/-ина` (female) or `-ов/-ев/-ин` (male). null when
 * the name says nothing (`Т. Байбагышов` → male, `А. Молдалиева` → female, `Э. Темир уулу` → male).
 */
export function sexFromName(name: string): Sex | null {
  const words = normalize(name)
    .split(" ")
    .filter((w) => w.length > 1);
  if (words.length === 0) return null;
  if (words.includes("кызы")) return "female";
  if (words.includes("уулу")) return "male";
  for (const w of words) {
    if (/(овна|евна|ична|инична)$/.test(w)) return "female";
    if (/(ович|евич|ьич|ич)$/.test(w) && w.length > 4) return "male";
  }
  for (const w of words) {
    if (/(ова|ева|ёва|ина|ская)$/.test(w) && w.length > 4) return "female";
    if (/(ов|ев|ёв|ин|ский)$/.test(w) && w.length > 3) return "male";
  }
  return null;
}

const CHAIR = [
  "төрага",
  "жетекчи",
  "председатель",
  "руководитель",
  "chair",
  "chairperson",
  "head of the group",
  "leader",
].map((w) => normalize(w));
const NOT_CHAIR = [
  "орун басар",
  "заместител",
  "deputy chair",
  "vice",
  "катчы",
  "секретар",
  "secretary",
].map((w) => normalize(w));

/** The member chairs the group (`топтун төрагасы`, `жетекчиси`, `председатель группы`), not a deputy chair or secretary. */
export function isChairRole(text: string): boolean {
  const t = normalize(text);
  if (t === "") return false;
  if (NOT_CHAIR.some((w) => hasPhrase(t, w))) return false;
  return CHAIR.some((w) => hasPhrase(t, w));
}

const YES = new Set(
  [
    "ооба",
    "бар",
    "да",
    "есть",
    "yes",
    "y",
    "true",
    "1",
    "кол коюлду",
    "кол коюлган",
    "подписан",
    "подписано",
    "signed",
    "✓",
    "v",
    "+",
    "x",
  ].map((w) => normalize(w) || w)
);
const NO = new Set(
  [
    "жок",
    "нет",
    "no",
    "n",
    "false",
    "0",
    "-",
    "кол коюлган жок",
    "не подписан",
    "не подписано",
    "unsigned",
  ].map((w) => normalize(w) || w)
);

/** A yes/no cell (minutes signed): true, false, or null when empty or not understood. */
export function readYesNo(text: string): boolean | null {
  const raw = text.trim();
  if (raw === "") return null;
  const t = normalize(raw) || raw;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}
