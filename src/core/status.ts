/**
 * SPEC "Status (column 6): category by the leading phrase".
 *
 * A status cell reads like `Аткарылды. Портал ишке киргизилди…`: the leading phrase is the status,
 * the rest is progress information. We read the first few normalised tokens only:
 *
 *     [subject] [qualifier] core [qualifier] | progress text…
 *
 * - negative and in-progress phrases settle the category and, being longer, win over the
 *   positive words they contain (`не исполнено` contains `исполнено`, `аткарылган жок` starts
 *   with `аткарылган`);
 * - a *core* word says "done" (`аткарылды`, `исполнено`, `completed`…);
 * - a *qualifier* right before or after it, in the same sentence, says when or how much:
 *   on time, late, or partially — also as a percentage below 100 (SPEC Rule: partially is not
 *   completed, Methodology §7);
 * - a leading subject such as `чара` (the Methodology's own wording is `чара аткарылды`), a
 *   `Статус:` label, a list marker `1.` or a date is skipped.
 */
import {
  hasBreak,
  normalize,
  oneEditApart,
  PhraseTrie,
  skipSeparators,
  wordEnd,
} from "./normalize";
import {
  MARK_PHRASES,
  NEGATIVE_FORMS,
  qualifierAfter,
  readByClasses,
  sentenceEnd,
} from "./statusWords";
import { TypoVocabulary } from "./statusTypo";
import type { IsoDate, MeasureStatus, StatusCategory } from "./types";

/** What the status cell says, before dates resolve a plain `completed`. */
export type StatusReading = StatusCategory | "empty" | "unknown";

type Qualifier = "on_time" | "late" | "partial";

/**
 * The kinds of phrase a status is made of:
 * - `fixed`: settles the category on its own (`аткарылган жок`, `в процессе исполнения`);
 * - `core`: a word meaning "done" (`аткарылды`, `исполнено`, `completed`);
 * - `qualifier`: timeliness or completeness, before or after a core word (`мөөнөтүндө`, `частично`);
 * - `subject`: a leading word with no meaning of its own (`чара`, `Статус:`).
 *
 * All of them live in one dictionary, so the leading phrase is found in one pass and the longest
 * phrase wins: `не исполнено` (fixed) over `не` + `исполнено`, `аткарылган жок` (fixed) over
 * `аткарылган` (core). A phrase listed under two kinds keeps the first (fixed before qualifier).
 */
type Phrase =
  | { readonly kind: "fixed"; readonly category: StatusCategory }
  | { readonly kind: "core" }
  | { readonly kind: "qualifier"; readonly qualifier: Qualifier }
  | { readonly kind: "subject" };

const PHRASES = new PhraseTrie<Phrase>();
/** Every phrase of the dictionary, for the typo reader's vocabulary. */
const STATUS_PHRASES: string[] = [];
const addPhrase = (p: string, value: Phrase): void => {
  PHRASES.add(p, value);
  STATUS_PHRASES.push(p);
};
const fixed = (category: StatusCategory): Phrase => ({ kind: "fixed", category });
const qualifier = (q: Qualifier): Phrase => ({ kind: "qualifier", qualifier: q });
const CORE: Phrase = { kind: "core" };
const SUBJECT: Phrase = { kind: "subject" };
/** Words joining a core word to a qualifier after it: `исполнено, но с нарушением срока`. */
const CONNECTOR = new PhraseTrie<true>();

const NOT_COMPLETED = fixed("not_completed");
const IN_PROGRESS = fixed("in_progress");
const ON_TIME = qualifier("on_time");
const LATE = qualifier("late");
const PARTIAL = qualifier("partial");

// --- not completed (negatives first) --------------------------------------------------------
for (const p of [
  // Kyrgyz
  "{аткарылган,ишке ашырылган,жүзөгө ашырылган} {жок,эмес}",
  "{аткарылбады,ишке ашырылбады,жүзөгө ашырылбады}",
  "{аткарыла,ишке ашырыла,жүзөгө ашырыла,бүтө,аяктала} элек",
  "аткарылбай {калды,жатат}",
  "ишке {ашкан жок,ашпады,ашпай калды}",
  "аткарылбаган",
  "толук аткарылган жок",
  "толук эмес",
  "аткаруу {башталган,баштала} {жок,элек}",
  // Russian
  "не {исполнен,исполнена,исполнено,исполнены}",
  "не {выполнен,выполнена,выполнено,выполнены}",
  "не {реализован,реализована,реализовано,реализованы}",
  "не {завершен,завершена,завершено,завершены}",
  "не начат{,а,о,ы}",
  "не {исполняется,выполняется,реализуется}",
  "еще не {исполнено,выполнено,реализовано,начато}",
  "невыполнен{,а,о,ы}",
  "неисполнен{,а,о,ы}",
  // English
  "not {completed,complete,done,implemented,fulfilled,executed,started,achieved}",
  "not yet {completed,complete,done,implemented,fulfilled,executed,started,achieved}",
  "incomplete",
  "uncompleted",
  "unfulfilled",
])
  addPhrase(p, NOT_COMPLETED);

// --- in progress -----------------------------------------------------------------------------
for (const p of [
  // Kyrgyz
  "аткарууда",
  "аткарылууда",
  "{ишке,жүзөгө} ашырылууда",
  "{ишке,жүзөгө} ашырылып жатат",
  "аткарылып жатат",
  "улантылууда",
  "{иш,иштер} {жүргүзүлүүдө,жүрүүдө,жүрүп жатат,жүргүзүлүп жатат,улантылууда}",
  "{аткаруу,ишке ашыруу} {процессинде,стадиясында,баскычында}",
  "процессте",
  "иштелип {чыгууда,жатат}",
  "{даярдалууда,каралууда,макулдашылууда,иштелүүдө}",
  // Russian
  "в процессе {исполнения,выполнения,реализации}",
  "в процессе",
  "в ходе {исполнения,выполнения,реализации}",
  "в стадии {исполнения,выполнения,реализации}",
  "в работе",
  "на {исполнении,выполнении,реализации,контроле}",
  "на стадии {исполнения,выполнения,реализации}",
  "{исполняется,выполняется,реализуется,продолжается}",
  "{ведется,ведётся,проводится} работа",
  "{ведутся,проводятся} работы",
  "работа {ведется,ведётся,продолжается}",
  "{исполнение,выполнение,реализация} {продолжается,ведется,ведётся}",
  "на {согласовании,рассмотрении,доработке}",
  "в стадии {согласования,разработки,рассмотрения}",
  "{разрабатывается,готовится,согласовывается,дорабатывается}",
  // English
  "in progress",
  "in process",
  "ongoing",
  "on going",
  "under way",
  "underway",
  "under implementation",
  "being implemented",
])
  addPhrase(p, IN_PROGRESS);

// --- core words meaning "done" -----------------------------------------------------------------
for (const p of [
  // Kyrgyz
  "аткарылды",
  "аткарылган",
  "{ишке,жүзөгө} ашырылды",
  "{ишке,жүзөгө} ашырылган",
  "{аякталды,аяктады,бүттү,бүтүрүлдү}",
  "аткарылып бүттү",
  "ишке {ашты,ашкан}",
  "{толук,толугу менен} {аткарылды,ишке ашырылды}",
  // Russian
  "{исполнен,исполнена,исполнено,исполнены}",
  "{выполнен,выполнена,выполнено,выполнены}",
  "{реализован,реализована,реализовано,реализованы}",
  "{завершен,завершена,завершено,завершены}",
  "полностью {исполнено,выполнено,реализовано,завершено}",
  // English
  "{completed,complete,done,implemented,fulfilled,executed,achieved,accomplished,finished}",
  "fully {completed,implemented,done,achieved}",
])
  addPhrase(p, CORE);

// --- qualifiers ----------------------------------------------------------------------------------
for (const p of [
  "мөөнөтүндө",
  "өз мөөнөтүндө",
  "белгиленген мөөнөттө",
  "белгиленген мөөнөтүндө",
  "өз убагында",
  "убагында",
  "мөөнөтүнөн {мурда,эрте}",
  "в срок",
  "в {установленный,установленные} {срок,сроки}",
  "в сроки",
  "своевременно",
  "досрочно",
  "on time",
  "in time",
  "on schedule",
  "ahead of schedule",
  "within the deadline",
])
  addPhrase(p, ON_TIME);
for (const p of [
  "{мөөнөтүн,мөөнөттү,мөөнөттөрдү,белгиленген мөөнөтүн,белгиленген мөөнөттү} бузуу менен",
  "{мөөнөтү,мөөнөттөрү} {бузулуп,бузулуу менен,өтүп,өткөндөн кийин}",
  "мөөнөтүн бузуп",
  "мөөнөтүнөн {кечигип,кечиктирилип,кеч,кийин}",
  "мөөнөтүндө эмес",
  "кечиктирилип",
  "кечигүү менен",
  "кечигип",
  "кеч",
  "с нарушением",
  "с нарушением {срока,сроков,срока исполнения,сроков исполнения,установленного срока,установленных сроков}",
  "с {опозданием,задержкой,просрочкой,отставанием}",
  "{несвоевременно,не своевременно}",
  "не в {срок,сроки,установленный срок}",
  "позже {срока,установленного срока}",
  "late",
  "not on time",
  "with {delay,a delay,delays}",
  "after the deadline",
  "behind schedule",
  "overdue",
])
  addPhrase(p, LATE);
for (const p of [
  "жарым жартылай",
  "жарым жартылаи",
  "жарымы",
  "толук эмес",
  "толугу менен эмес",
  "частично",
  "не полностью",
  "не в полном {объеме,объёме}",
  "partially",
  "partly",
  "partial",
  "not fully",
  "incompletely",
])
  addPhrase(p, PARTIAL);

// Leading words that carry no meaning of their own (the Methodology's wording is `чара аткарылды`).
for (const p of [
  "статус",
  "статусу",
  "status",
  "чара",
  "иш чара",
  "иш чаралар",
  "мероприятие",
  "статус мероприятия",
  "measure",
  "находится",
  "находятся",
]) {
  addPhrase(p, SUBJECT);
}
for (const p of ["но", "однако", "бирок", "but", "however"]) CONNECTOR.add(p, true);

/** A date written before the status: `01.03.2025`, `15.03.2025 ж.`, `1/3/25 г.`. */
const LEADING_DATE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:\s*-?\s*(?:ж|г|жыл|года?)(?!\p{L})\.?)?/iu;

/**
 * Position after a list marker (`1.`, `2)`) or a date (`15.03.2025 ж.`) starting at `pos`, else
 * `pos`: `1. Аткарылды`, `15.03.2025 аткарылды` state their status after it.
 */
function skipListMarker(text: string, pos: number): number {
  const first = text.charCodeAt(pos);
  if (!(first >= 48 && first <= 57)) return pos;
  const date = LEADING_DATE.exec(text.slice(pos, pos + 24));
  if (date !== null) return skipSeparators(text, pos + date[0].length);
  let i = pos;
  while (i < text.length && i - pos < 2 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
    i++;
  if (i === pos || i >= text.length) return pos;
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 41) return pos; // `.` or `)`
  // `01.03.2025 …` is a date, not a list marker.
  const d = text.charCodeAt(i + 1);
  if (d >= 48 && d <= 57) return pos;
  return skipSeparators(text, i + 1);
}

/**
 * A percentage of completion at `pos`: `80%`, `на 80 %`, `80 пайызга`, `80 процентов`. Returns the
 * number and the position after it, or null. `Исполнено на 80%` is partially done (Methodology §7).
 */
function readPercent(text: string, pos: number): { value: number; end: number } | null {
  let i = pos;
  const prefix = PERCENT_PREFIX.matchEnd(text, i);
  if (prefix >= 0) i = skipSeparators(text, prefix);
  const digits = i;
  while (
    i < text.length &&
    ((text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) ||
      ((text[i] === "," || text[i] === ".") && i > digits))
  )
    i++;
  if (i === digits) return null;
  const value = Number.parseFloat(text.slice(digits, i).replace(",", "."));
  while (i < text.length && (text[i] === " " || text[i] === "\u00a0")) i++;
  if (text[i] === "%") return { value, end: i + 1 };
  const unit = PERCENT_UNIT.matchEnd(text, i);
  return unit >= 0 ? { value, end: unit } : null;
}
const PERCENT_PREFIX = new PhraseTrie<true>([
  ["на", true],
  ["to", true],
  ["by", true],
]);
const PERCENT_UNIT = new PhraseTrie<true>([
  ["{пайыз,пайызга,пайызы,пайызды}", true],
  ["{процент,процента,процентов,процентах}", true],
  ["{percent,per cent}", true],
]);

/** `partial` for a percentage below 100, nothing for 100 % or more. */
const percentQualifier = (p: { value: number }): Qualifier | null =>
  p.value < 100 ? "partial" : null;

/** A mistyped word the reading corrected (SPEC Rule, warning `status-typo`). */
export interface StatusTypo {
  /** The word as written in the cell. */
  readonly word: string;
  /** The vocabulary word it was read as. */
  readonly as: string;
}

/** Filled by {@link classifyStatus} when given: the typo it corrected, or null. */
export interface StatusNote {
  typo: StatusTypo | null;
}

/**
 * The category a status cell states (SPEC "Status"). `completed` means "done, timeliness not stated"
 * and is resolved by {@link resolveStatus}. Empty text is `empty`; anything unrecognised `unknown`.
 *
 * First the leading phrase (the fast dictionary below); a plain "done" then takes its timeliness or
 * completeness from the rest of the sentence, and a cell without a known leading phrase is read by
 * the classes of its words (`statusWords.ts`). Still unknown, one mistyped word is corrected
 * (`statusTypo.ts`) and `note.typo` says which.
 */
export function classifyStatus(text: string, note?: StatusNote): StatusReading {
  if (note !== undefined) note.typo = null;
  const reading = readStatus(text, note);
  return reading === "unknown" ? readWithTypo(text, note) : reading;
}

function readStatus(text: string, note: StatusNote | undefined): StatusReading {
  let pos = skipSeparators(text, 0);
  if (pos >= text.length) return "empty";
  pos = skipListMarker(text, pos);
  const start = pos;
  let end = PHRASES.matchEnd(text, pos);
  let phrase = end >= 0 ? PHRASES.lastValue! : null;
  // Skip meaningless subjects (`Статус:`, `Чара`, `Мероприятие находится`) followed by a status
  // phrase in the same sentence.
  for (let k = 0; k < 3 && phrase?.kind === "subject"; k++) {
    const next = skipSeparators(text, end);
    if (hasBreak(text, end, next)) return "unknown";
    pos = next;
    end = PHRASES.matchEnd(text, pos);
    phrase = end >= 0 ? PHRASES.lastValue! : null;
  }
  if (phrase?.kind === "fixed") return phrase.category;

  // A qualifier (or a percentage) before the core word: `Мөөнөтүндө аткарылды`, `80% аткарылды`.
  let q: Qualifier | null = null;
  let qualifierEnd = -1;
  if (phrase?.kind === "qualifier") {
    q = phrase.qualifier;
    qualifierEnd = end;
  } else if (phrase === null) {
    const percent = readPercent(text, pos);
    if (percent !== null) {
      q = percentQualifier(percent);
      qualifierEnd = percent.end;
    }
  }
  if (qualifierEnd >= 0) {
    const next = skipSeparators(text, qualifierEnd);
    if (next >= text.length || hasBreak(text, qualifierEnd, next)) {
      // A lone completeness qualifier (`Частично`, `Жарым-жартылай`) still says "not fully done".
      return q === "partial" ? "not_completed" : "unknown";
    }
    end = PHRASES.matchEnd(text, next);
    phrase = end >= 0 ? PHRASES.lastValue! : null;
    // `Мөөнөтүндө аткарылган жок`: a negative after the qualifier settles it.
    if (phrase?.kind === "fixed" && phrase.category === "not_completed") return "not_completed";
  }
  // No known leading phrase: read the sentence by the classes of its words.
  if (phrase?.kind !== "core") return readByClasses(text, start);

  // A qualifier after the core word, in the same sentence: `Аткарылды мөөнөтүндө`, `Исполнено на 80%`.
  if (q === null) {
    let next = skipSeparators(text, end);
    let sameSentence = !hasBreak(text, end, next);
    if (sameSentence) {
      // `исполнено, но с нарушением срока`
      const connectorEnd = CONNECTOR.matchEnd(text, next);
      if (connectorEnd >= 0) {
        next = skipSeparators(text, connectorEnd);
        sameSentence = !hasBreak(text, connectorEnd, next);
      }
    }
    if (sameSentence && next < text.length) {
      const after = PHRASES.matchEnd(text, next) >= 0 ? PHRASES.lastValue! : null;
      if (after?.kind === "qualifier") q = after.qualifier;
      else if (after?.kind === "fixed" && after.category === "not_completed")
        q = "partial"; // `Аткарылды, толук эмес`
      else if (after === null) {
        const percent = readPercent(text, next);
        if (percent !== null) q = percentQualifier(percent);
        else if (mistypedNegation(text, next, note)) return "not_completed";
      }
    }
    // Timeliness or completeness said further on in the sentence (`…, бирок эки айга кечигип`).
    if (q === null && sameSentence) q = qualifierAfter(text, end);
  }
  if (q === "partial") return "not_completed";
  if (q === "on_time") return "on_time";
  if (q === "late") return "late";
  return "completed";
}

/** Words a Kyrgyz negation after a participle could be mistyped from, and the words one letter from them that are none. */
const NEGATION_AFTER = ["жок", "эмес", "элек"];
const NOT_NEGATION = new Set(["эле", "эми", "жол", "жаны", "жана", "эмне", "элеп"]);

/**
 * `Аткарылган жк`, `аткарылган эмс`: a mistyped negation after the core word is still a negation
 * (never read as done); noted as a typo.
 */
function mistypedNegation(text: string, pos: number, note: StatusNote | undefined): boolean {
  const w = wordEnd(text, pos);
  if (w - pos < 2 || w - pos > 5) return false;
  const word = normalize(text.slice(pos, w));
  if (NOT_NEGATION.has(word)) return false;
  const as = NEGATION_AFTER.find((n) => oneEditApart(word, n));
  if (as === undefined) return false;
  if (note !== undefined) note.typo = { word: text.slice(pos, w), as };
  return true;
}

let vocabulary: TypoVocabulary | null = null;
/** Words of the leading sentence tried for a typo. */
const TYPO_WORDS = 8;

/**
 * An unknown status with one mistyped word: the reading with that word corrected, else unknown.
 * When several vocabulary words are one edit away, all of them that make a status there must give
 * the same reading — so a mistyped negative one letter from a positive word too (`аткарылбды`)
 * stays unknown.
 */
function readWithTypo(text: string, note: StatusNote | undefined): StatusReading {
  vocabulary ??= new TypoVocabulary([...STATUS_PHRASES, ...MARK_PHRASES, ...NEGATIVE_FORMS]);
  const end = sentenceEnd(text, 0);
  let pos = 0;
  for (let k = 0; k < TYPO_WORDS; k++) {
    pos = skipSeparators(text, pos);
    if (pos >= end) break;
    const w = wordEnd(text, pos);
    const candidates = vocabulary.neighbours(normalize(text.slice(pos, w)));
    let reading: StatusReading = "unknown";
    let as = "";
    for (const c of candidates) {
      const r = readStatus(text.slice(0, pos) + c + text.slice(w), undefined);
      if (r === "unknown") continue; // a word that makes no status here
      if (reading !== "unknown" && r !== reading) {
        reading = "unknown";
        break;
      }
      reading = r;
      // Said as the longest: a dropped letter is the likelier slip (`completd` → `completed`).
      if (c.length > as.length) as = c;
    }
    if (reading !== "unknown") {
      if (note !== undefined) note.typo = { word: text.slice(pos, w), as };
      return reading;
    }
    pos = w;
  }
  return "unknown";
}

/**
 * SPEC Rule: a plain `completed` is late when the completion date is after the deadline end, else
 * on time. Empty and unrecognised statuses count as not completed (reported as `missing`/`unknown`).
 */
export function resolveStatus(
  reading: StatusReading,
  completedOn: IsoDate | null,
  deadlineEnd: IsoDate | null
): MeasureStatus {
  switch (reading) {
    case "empty":
      return "missing";
    case "unknown":
      return "unknown";
    case "completed":
      return completedOn !== null && deadlineEnd !== null && completedOn > deadlineEnd
        ? "late"
        : "on_time";
    default:
      return reading;
  }
}

/** Completed on time or late: what the execution level counts. */
export function isCompleted(status: MeasureStatus): boolean {
  return status === "on_time" || status === "late";
}

/** SPEC "Figures" — `overdue`: not completed, and the deadline end is before the as-of date. */
export function isOverdue(
  status: MeasureStatus,
  deadlineEnd: IsoDate | null,
  asOf: IsoDate
): boolean {
  return !isCompleted(status) && deadlineEnd !== null && deadlineEnd < asOf;
}

/** Status codes accepted by custom functions and the CLI, with their wordings in each language. */
export const STATUS_CODES = [
  "completed",
  "on_time",
  "late",
  "in_progress",
  "not_completed",
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];
