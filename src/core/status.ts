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
import { hasBreak, PhraseTrie, skipSeparators } from "./normalize";
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
]) PHRASES.add(p, NOT_COMPLETED);

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
]) PHRASES.add(p, IN_PROGRESS);

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
]) PHRASES.add(p, CORE);

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
]) PHRASES.add(p, ON_TIME);
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
]) PHRASES.add(p, LATE);
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
]) PHRASES.add(p, PARTIAL);

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
  PHRASES.add(p, SUBJECT);
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
  while (i < text.length && i - pos < 2 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
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
  while (i < text.length && ((text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) || ((text[i] === "," || text[i] === ".") && i > digits))) i++;
  if (i === digits) return null;
  const value = Number.parseFloat(text.slice(digits, i).replace(",", "."));
  while (i < text.length && (text[i] === " " || text[i] === "\u00a0")) i++;
  if (text[i] === "%") return { value, end: i + 1 };
  const unit = PERCENT_UNIT.matchEnd(text, i);
  return unit >= 0 ? { value, end: unit } : null;
}
const PERCENT_PREFIX = new PhraseTrie<true>([["на", true], ["to", true], ["by", true]]);
const PERCENT_UNIT = new PhraseTrie<true>([
  ["{пайыз,пайызга,пайызы,пайызды}", true],
  ["{процент,процента,процентов,процентах}", true],
  ["{percent,per cent}", true],
]);

/** `partial` for a percentage below 100, nothing for 100 % or more. */
const percentQualifier = (p: { value: number }): Qualifier | null => (p.value < 100 ? "partial" : null);

/**
 * The category a status cell states (SPEC "Status"). `completed` means "done, timeliness not stated"
 * and is resolved by {@link resolveStatus}. Empty text is `empty`; anything unrecognised `unknown`.
 */
export function classifyStatus(text: string): StatusReading {
  let pos = skipSeparators(text, 0);
  if (pos >= text.length) return "empty";
  pos = skipListMarker(text, pos);
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
  if (phrase?.kind !== "core") return "unknown";

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
      else if (after?.kind === "fixed" && after.category === "not_completed") q = "partial"; // `Аткарылды, толук эмес`
      else if (after === null) {
        const percent = readPercent(text, next);
        if (percent !== null) q = percentQualifier(percent);
      }
    }
  }
  if (q === "partial") return "not_completed";
  if (q === "on_time") return "on_time";
  if (q === "late") return "late";
  return "completed";
}

/**
 * SPEC Rule: a plain `completed` is late when the completion date is after the deadline end, else
 * on time. Empty and unrecognised statuses count as not completed (reported as `missing`/`unknown`).
 */
export function resolveStatus(reading: StatusReading, completedOn: IsoDate | null, deadlineEnd: IsoDate | null): MeasureStatus {
  switch (reading) {
    case "empty":
      return "missing";
    case "unknown":
      return "unknown";
    case "completed":
      return completedOn !== null && deadlineEnd !== null && completedOn > deadlineEnd ? "late" : "on_time";
    default:
      return reading;
  }
}

/** Completed on time or late: what the execution level counts. */
export function isCompleted(status: MeasureStatus): boolean {
  return status === "on_time" || status === "late";
}

/** SPEC "Figures" — `overdue`: not completed, and the deadline end is before the as-of date. */
export function isOverdue(status: MeasureStatus, deadlineEnd: IsoDate | null, asOf: IsoDate): boolean {
  return !isCompleted(status) && deadlineEnd !== null && deadlineEnd < asOf;
}

/** Status codes accepted by custom functions and the CLI, with their wordings in each language. */
export const STATUS_CODES = ["completed", "on_time", "late", "in_progress", "not_completed"] as const;
export type StatusCode = (typeof STATUS_CODES)[number];
