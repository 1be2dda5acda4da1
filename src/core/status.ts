/**
 * SPEC "Status (column 6): category by the leading phrase".
 *
 * A status cell reads like `Аткарылды. Портал ишке киргизилди…`: the leading phrase is the status,
 * the rest is progress information. We read the first few normalised tokens only:
 *
 *     [subject] [qualifier] core [qualifier] | progress text…
 *
 * - explicit negative and in-progress phrases are looked up first (`не исполнено` contains
 *   `исполнено`, `аткарылган жок` starts with a form of `аткар-`);
 * - a *core* word says "done" (`аткарылды`, `исполнено`, `completed`…);
 * - a *qualifier* right before or after it, in the same sentence, says when or how much:
 *   on time, late, or partially (SPEC Rule: partially is not completed, Methodology §7);
 * - a leading subject such as `чара` (the Methodology's own wording is `чара аткарылды`) or a
 *   `Статус:` label is skipped.
 */
import { PhraseTrie, skipSeparators } from "./normalize";
import type { IsoDate, MeasureStatus, StatusCategory } from "./types";

/** What the status cell says, before dates resolve a plain `completed`. */
export type StatusReading = StatusCategory | "empty" | "unknown";

type Qualifier = "on_time" | "late" | "partial";

/** Phrases that settle the category on their own (tested before the core words). */
const FIXED = new PhraseTrie<StatusCategory>();
/** Words that mean "done". */
const CORE = new PhraseTrie<true>();
/** Timeliness or completeness, before or after a core word. */
const QUALIFIER = new PhraseTrie<Qualifier>();
/** Words a status may start with that carry no meaning of their own. */
const SUBJECT = new PhraseTrie<true>();

// --- not completed (negatives first) --------------------------------------------------------
for (const p of [
  // Kyrgyz
  "аткарылган жок",
  "аткарылган эмес",
  "аткарылбады",
  "аткарылбай {калды,жатат}",
  "аткарылбаган",
  "ишке ашырылган жок",
  "ишке ашырылбады",
  "толук аткарылган жок",
  "толук эмес",
  // Russian
  "не {исполнен,исполнена,исполнено,исполнены}",
  "не {выполнен,выполнена,выполнено,выполнены}",
  "не {реализован,реализована,реализовано,реализованы}",
  "не {завершен,завершена,завершено,завершены}",
  "не начат{,а,о,ы}",
  "не {исполняется,выполняется}",
  "невыполнен{,а,о,ы}",
  "неисполнен{,а,о,ы}",
  // English
  "not {completed,complete,done,implemented,fulfilled,executed,started}",
  "incomplete",
  "uncompleted",
  "unfulfilled",
]) FIXED.add(p, "not_completed");

// --- in progress -----------------------------------------------------------------------------
for (const p of [
  // Kyrgyz
  "аткарууда",
  "аткарылууда",
  "ишке ашырылууда",
  "ишке ашырылып жатат",
  "аткарылып жатат",
  "иш жүргүзүлүүдө",
  "иштер жүргүзүлүүдө",
  "{аткаруу,ишке ашыруу} {процессинде,стадиясында,баскычында}",
  // Russian
  "в процессе {исполнения,выполнения,реализации}",
  "в процессе",
  "в стадии {исполнения,выполнения,реализации}",
  "в работе",
  "на {исполнении,выполнении,реализации,стадии исполнения}",
  "{исполняется,выполняется,реализуется}",
  "ведется работа",
  "ведутся работы",
  // English
  "in progress",
  "in process",
  "ongoing",
  "under way",
  "underway",
  "under implementation",
  "being implemented",
]) FIXED.add(p, "in_progress");

// --- core words meaning "done" -----------------------------------------------------------------
for (const p of [
  // Kyrgyz
  "аткарылды",
  "аткарылган",
  "ишке ашырылды",
  "толук аткарылды",
  "толугу менен аткарылды",
  // Russian
  "{исполнен,исполнена,исполнено,исполнены}",
  "{выполнен,выполнена,выполнено,выполнены}",
  "{реализован,реализована,реализовано,реализованы}",
  "{завершен,завершена,завершено,завершены}",
  "полностью {исполнено,выполнено,реализовано}",
  // English
  "{completed,complete,done,implemented,fulfilled,executed,achieved}",
  "fully {completed,implemented,done}",
]) CORE.add(p, true);

// --- qualifiers ----------------------------------------------------------------------------------
for (const p of [
  "мөөнөтүндө",
  "өз мөөнөтүндө",
  "белгиленген мөөнөттө",
  "белгиленген мөөнөтүндө",
  "өз убагында",
  "убагында",
  "в срок",
  "в {установленный,установленные} {срок,сроки}",
  "в сроки",
  "своевременно",
  "on time",
  "in time",
  "on schedule",
  "within the deadline",
]) QUALIFIER.add(p, "on_time");
for (const p of [
  "мөөнөтүн бузуу менен",
  "мөөнөтү бузулуп",
  "мөөнөтү бузулуу менен",
  "мөөнөтүн бузуп",
  "мөөнөтүнөн кечигип",
  "мөөнөтүнөн кечиктирилип",
  "кечиктирилип",
  "кечигүү менен",
  "кечигип",
  "с нарушением {срока,сроков,сроков исполнения,срока исполнения}",
  "с {опозданием,задержкой}",
  "несвоевременно",
  "не в срок",
  "позже срока",
  "с просрочкой",
  "late",
  "with {delay,a delay}",
  "after the deadline",
  "behind schedule",
]) QUALIFIER.add(p, "late");
for (const p of [
  "жарым жартылай",
  "жарым жартылаи",
  "жарымы",
  "толук эмес",
  "толугу менен эмес",
  "частично",
  "не полностью",
  "не в полном объеме",
  "не в полном объёме",
  "partially",
  "partly",
  "not fully",
  "incompletely",
]) QUALIFIER.add(p, "partial");

for (const p of ["статус", "status", "чара", "иш чара", "иш чаралар", "мероприятие", "measure", "статус мероприятия", "статусу"]) {
  SUBJECT.add(p, true);
}

/**
 * The category a status cell states (SPEC "Status"). `completed` means "done, timeliness not stated"
 * and is resolved by {@link resolveStatus}. Empty text is `empty`; anything unrecognised `unknown`.
 */
export function classifyStatus(text: string): StatusReading {
  let pos = skipSeparators(text, 0).pos;
  if (pos >= text.length) return "empty";
  // Skip a meaningless subject (`Статус:`, `Чара`) when a status phrase follows it in the same sentence.
  const subject = SUBJECT.match(text, pos);
  if (subject) {
    const after = skipSeparators(text, subject.end);
    if (!after.sawBreak && (FIXED.match(text, after.pos) || CORE.match(text, after.pos) || QUALIFIER.match(text, after.pos))) {
      pos = after.pos;
    }
  }
  const fixed = FIXED.match(text, pos);
  const before = QUALIFIER.match(text, pos);
  // A fixed phrase wins unless a qualifier starting here is longer (`не в полном объеме исполнено`).
  if (fixed && (!before || fixed.end >= before.end)) return fixed.value;

  let qualifier: Qualifier | null = null;
  if (before) {
    qualifier = before.value;
    const next = skipSeparators(text, before.end);
    if (next.sawBreak) return qualifier === "partial" ? "not_completed" : "unknown";
    pos = next.pos;
  }
  const core = CORE.match(text, pos);
  if (!core) {
    // A lone completeness qualifier (`Частично`, `Жарым-жартылай`) still says "not fully done".
    return qualifier === "partial" && pos >= text.length ? "not_completed" : "unknown";
  }
  if (qualifier === null) {
    const next = skipSeparators(text, core.end);
    if (!next.sawBreak) qualifier = QUALIFIER.match(text, next.pos)?.value ?? null;
  }
  if (qualifier === "partial") return "not_completed";
  if (qualifier === "on_time") return "on_time";
  if (qualifier === "late") return "late";
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

/** Status codes accepted by custom functions and the CLI, with their wordings in each language. */
export const STATUS_CODES = ["completed", "on_time", "late", "in_progress", "not_completed"] as const;
export type StatusCode = (typeof STATUS_CODES)[number];
