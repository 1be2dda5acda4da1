/**
 * SPEC "Status" Rules, read by classes of words rather than fixed phrases: timeliness said anywhere in
 * the leading sentence and in other words (`мөөнөтүнөн эки ай мурда`, `срок был нарушен`, `two weeks
 * ahead of schedule`), and statuses saying that work has not started, is postponed or goes on.
 *
 * The leading sentence is read word by word against a dictionary of *marks* — roots and stems
 * (`перенес*`, `кечик*`, `deadline*`), with the Kyrgyz negative verb forms (`-ба-`, `-па-`, `-ма-`
 * after the stem: `башталбады`, `кечикпей`) generated from the stems — and then:
 * - a negator before a mark (`не`, `без`, `not`, `without`) or a Kyrgyz one after it (`жок`, `эмес`,
 *   `элек`) turns it over: not started, not on time (late), without delay (on time), not fully (partial);
 * - a word of direction or of keeping (`мурда`, `раньше`, `ahead`, `сакталды`, `соблюдены`) says on
 *   time, one of lateness or breach (`кийин`, `позже`, `after`, `бузулуп`, `нарушен`, `missed`) says
 *   late, when a deadline noun (`мөөнөт…`, `срок…`, `deadline`, `schedule`) stands within three
 *   words of it (`в` / `within` … only right before it);
 * - the first mark of a class decides the category: done, not done, in progress (also Kyrgyz
 *   `-(л)ууда`, Russian `-ется/-ются/-ится/-ятся`, English `is …ing`), started, stopped or postponed.
 *
 * Used by `status.ts` after its fast leading-phrase dictionary: on the rest of the sentence after a
 * plain "done" (timeliness, partially), and on the whole sentence when no leading phrase is known.
 */
import { normalize, oneEditApart, PhraseTrie, skipSeparators, wordEnd } from "./normalize";
import type { StatusReading } from "./status";

export type MarkKind =
  | "done"
  | "notDone"
  | "progress"
  | "start"
  | "stop"
  | "onTime"
  | "late"
  | "deadline"
  | "before"
  | "within"
  | "after"
  | "breach"
  | "keep"
  | "partial"
  | "full"
  | "neg"
  | "negAfter";

interface Mark {
  readonly kind: MarkKind;
  /** A negative form of the word itself (`аткарылбады`, `кечикпей`). */
  readonly negated: boolean;
}

const MARKS = new PhraseTrie<Mark>();
/** Every phrase of the dictionary, for the typo reader's vocabulary (`status-typo`). */
export const MARK_PHRASES: string[] = [];
/** Whole words a negative Kyrgyz stem stands for (`аткарылбады`…), for the typo reader only. */
export const NEGATIVE_FORMS: string[] = [];

const markOf = new Map<string, Mark>();
const mark = (kind: MarkKind, negated = false): Mark => {
  const key = kind + (negated ? "-" : "+");
  let m = markOf.get(key);
  if (m === undefined) markOf.set(key, (m = { kind, negated }));
  return m;
};
const add = (kind: MarkKind, phrases: readonly string[], negated = false): void => {
  for (const p of phrases) {
    MARKS.add(p, mark(kind, negated));
    if (!p.endsWith("*")) MARK_PHRASES.push(p);
  }
};

/** The Kyrgyz negative suffix after a verb stem, in every vowel harmony and after voiced or voiceless sounds. */
const KY_NEGATION = "{ба,бе,бо,бө,па,пе,по,пө,ма,ме,мо,мө}";
/** Past endings of a Kyrgyz verb: definite past (`-ды`) and perfect participle (`-ган`). */
const KY_PAST = "{ды,ди,ду,дү,ты,ти,ту,тү,ган,ген,гон,гөн,кан,кен,кон,көн}";

/** A Kyrgyz verb stem: its past forms as `kind`, its negative forms as `kind` turned over, `-а элек` as not done. */
function kyrgyzVerb(kind: MarkKind, stems: readonly string[], past = true): void {
  for (const s of stems) {
    if (past) add(kind, [`${s}${KY_PAST}`]);
    add(kind, [`${s}${KY_NEGATION}*`], true);
    add("notDone", [`${s}{а,е,о,ө,й} элек`]);
    NEGATIVE_FORMS.push(`${s}${KY_NEGATION}{ды,ди,ду,ган,ген,гон,й,йт}`);
  }
}

// --- done ------------------------------------------------------------------------------------------
kyrgyzVerb("done", [
  "аткарыл",
  "ишке ашырыл",
  "жүзөгө ашырыл",
  "ишке аш",
  "орундал",
  "аяктал",
  "аякта",
  "бүт",
  "бүтүрүл",
  "жыйынтыктал",
]);
add("done", [
  "{исполнен,выполнен,реализован,завершен,осуществлен,окончен,закончен,достигнут}{,а,о,ы}",
  "{исполнил,выполнил,реализовал,завершил,осуществил}{,а,о,и}",
  "{completed,complete,done,implemented,fulfilled,executed,achieved,accomplished,finished,delivered}",
  "carried out",
]);
add("notDone", [
  "{невыполнен,неисполнен,нереализован,незавершен}*",
  "{incomplete,uncompleted,unfulfilled,unimplemented,unfinished}",
]);

// --- in progress, started, stopped or postponed -----------------------------------------------------
add("progress", [
  "аткарууда",
  "{процессинде,стадиясында,баскычында}",
  "{жатат,жатышат,жатабыз,жатасыз}",
  "улант*",
  "{уланууда,уланып,уланат}",
  "жүрүп",
  "продолж*",
  "{ведется,ведутся,ведётся,идет,идут,идёт}",
  "в {процессе,работе,ходе,стадии}",
  "на {стадии,этапе,согласовании,рассмотрении,доработке,исполнении,выполнении,реализации}",
  "{ongoing,on going,underway,under way,under,pending,progressing,proceeding,being}",
  "in {progress,process}",
  "continu*",
]);
kyrgyzVerb("progress", ["улант", "улантыл"], false);
add("start", [
  "башта*",
  "кириш*",
  "колго алын*",
  "начат*",
  "{начали,начался,началась,началось,начались}",
  "приступ*",
  "стартова*",
  "start*",
  "began",
  "begun",
  "begin*",
  "commenc*",
  "initiat*",
]);
kyrgyzVerb("start", ["баштал", "башта", "кириш", "киришил"], false);
add("stop", [
  "жылдыр*",
  "кийинкиге",
  "кийинки {жыл,жылга,мезгилге,этапка}",
  "токтот*",
  "калтырыл*",
  "пландал*",
  "перенес*",
  "перенос*",
  "отлож*",
  "откладыва*",
  "приостанов*",
  "заморож*",
  "планир*",
  "postpon*",
  "defer*",
  "reschedul*",
  "suspend*",
  "on hold",
  "put off",
  "{halted,paused,frozen,planned}",
]);

// --- timeliness ------------------------------------------------------------------------------------
add("deadline", [
  "мөөнөт*",
  "срок*",
  "график*",
  "deadline*",
  "schedule*",
  "timeframe*",
  "time frame*",
  "timeline*",
  "due date*",
  "target date*",
  "time limit*",
]);
add("onTime", [
  "{мөөнөтүндө,мөөнөттө,мөөнөттөрдө,мөөнөттөрүндө,мөөнөтүнөн мурда}",
  "{өз убагында,убагында,убактысында}",
  "досрочн*",
  "своевременн*",
  "{on time,in time,on schedule,timely,as scheduled}",
  "according to {the ,}schedule",
  "{по,согласно} график*",
]);
add("late", [
  "кечиг*",
  "кечик*",
  "кеч",
  "кечирээк",
  "опозда*",
  "задержк*",
  "задержан*",
  "просроч*",
  "несвоевременн*",
  "отставани*",
  "{late,delay,delays,delayed,overdue,tardy}",
]);
kyrgyzVerb("late", ["кечик", "кечиктир", "кечиктирил", "кечиг"], false);
add("before", [
  "{мурда,эрте,эртерээк,алдын,чейин,ичинде}",
  "{раньше,ранее,прежде,до истечения,в пределах,в рамках}",
  "{before,ahead,within,prior,earlier}",
]);
add("within", ["в"]);
add("after", [
  "{кийин,өтүп,өткөн,өткөндөн,өткөндөн кийин}",
  "{позже,позднее,после,по истечении}",
  "{after,past,beyond,behind,later}",
]);
add("breach", [
  "буз*",
  "наруш*",
  "сорва*",
  "сорван*",
  "истек*",
  "miss*",
  "exceed*",
  "breach*",
  "violat*",
]);
kyrgyzVerb("breach", ["буз", "бузул"], false);
add("keep", ["сакта*", "соблюд*", "{met,meet,meets,meeting,kept,keeping}"]);

// --- completeness and negators ----------------------------------------------------------------------
add("partial", [
  "жарым жартылай",
  "жарым жартылаи",
  "жарымы",
  "частичн*",
  "не в полном {объеме,объёме}",
  "не до конца",
  "partial*",
  "{partly,incompletely}",
]);
add("full", [
  "{толук,толугу,толугу менен}",
  "{полностью,в полном объеме,в полном объёме}",
  "{fully,completely,entirely,in full}",
]);
add("neg", [
  "{не,нет,без,еще не,ещё не,пока не}",
  "{not,no,never,without,yet to,not yet}",
  "{isn,aren,wasn,weren,hasn,haven,hadn,didn,doesn,don} t",
  "{isnt,arent,wasnt,werent,hasnt,havent,hadnt,didnt,doesnt,dont}",
]);
add("negAfter", ["{жок,эмес,элек}"]);

/** Marks that a negator turns over, and what they become. */
const TURNED: Partial<Record<MarkKind, MarkKind>> = {
  done: "notDone",
  progress: "notDone",
  start: "notDone",
  onTime: "late",
  late: "onTime",
  before: "after",
  within: "after",
  after: "before",
  breach: "keep",
  keep: "breach",
  full: "partial",
};

/** Kinds that decide the category, the first one found wins. */
const CLASS_KINDS: ReadonlySet<MarkKind> = new Set([
  "done",
  "notDone",
  "progress",
  "start",
  "stop",
]);

/** Short words that are not a mistyped `не` / `not`, though one letter away from it. */
const SHORT_WORDS = new Set(
  [
    "но",
    "на",
    "ни",
    "и",
    "в",
    "с",
    "по",
    "до",
    "за",
    "от",
    "из",
    "к",
    "о",
    "об",
    "то",
    "же",
    "уже",
    "бы",
    "ли",
    "он",
    "а",
    "да",
    "не",
    "нет",
    "a",
    "an",
    "on",
    "in",
    "of",
    "to",
    "at",
    "by",
    "is",
    "was",
    "has",
    "had",
    "now",
    "the",
    "and",
    "or",
    "it",
    "be",
    "as",
    "so",
    "yet",
    "got",
    "hot",
    "lot",
    "net",
    "nos",
    "nr",
  ].map(normalize)
);
const NEGATORS = ["не", "not", "no"].map(normalize);
/** One letter away from a negator: `н выполнено`, `nt completed` may hide a negation, never read as done. */
function looksLikeNegator(word: string): boolean {
  if (word.length > 3 || SHORT_WORDS.has(word)) return false;
  return NEGATORS.some(
    (n) => word.length >= n.length - 1 && word.length <= n.length + 1 && oneEditApart(word, n)
  );
}

const LETTER = /\p{L}/u;

/** End of the leading sentence from `from`: the first `.` `;` `!` `?` that is not inside a number or after an abbreviation (`2025-ж.`, `г.`). */
export function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 33 || c === 63) return i; // ; ! ?
    if (c !== 46) continue; // .
    const next = text.charCodeAt(i + 1);
    if (next >= 48 && next <= 57) continue; // 01.03.2025, 1.2
    // A word of one or two letters before the dot is an abbreviation: `ж.`, `г.`, `гг.`, `т.е.`.
    // Three letters back are enough to tell (a long status has many dots after long words).
    let k = i;
    while (k > from && i - k < 3 && LETTER.test(text[k - 1])) k--;
    if (i - k >= 1 && i - k <= 2) continue;
    return i;
  }
  return text.length;
}

/** What the scan of a sentence found. */
interface Scan {
  kinds: MarkKind[];
  units: number[];
  /** A class mark right after a word that may be a mistyped negator. */
  suspect: boolean[];
}
const SCAN: Scan = { kinds: [], units: [], suspect: [] };
const MAX_UNITS = 48;

/** Kyrgyz present continuous (`даярдалууда`, `иштелүүдө`), Russian present of a process (`разрабатывается`). */
const KY_CONTINUOUS = /[лнрз](?:уу|оо)д[ао]$/;
const RU_PRESENT = /(?:ется|ются|ится|ятся)$/;
/** Russian present forms that say no process: `требуется`, `является`, `относится`. */
const RU_NOT_PROCESS = new Set([
  "требуется",
  "требуются",
  "является",
  "являются",
  "относится",
  "относятся",
  "имеется",
  "имеются",
  "считается",
]);
const EN_BE = new Set(["is", "are", "am", "being", "still"].map(normalize));
/** The English `-ing` ending, folded as every word is (Latin look-alikes read as Cyrillic). */
const ING = normalize("ing");

/**
 * Marks of the words from `from` to the end of the sentence, negators applied. `classes` also reads
 * verb forms by their endings (only for a whole sentence without a known leading phrase).
 */
function scan(text: string, from: number, classes: boolean): Scan {
  const s = SCAN;
  s.kinds.length = 0;
  s.units.length = 0;
  s.suspect.length = 0;
  const end = sentenceEnd(text, from);
  let pos = from;
  let unit = 0;
  let pendingNeg = -1;
  let suspectBefore = false;
  let previous = "";
  for (; unit < MAX_UNITS; unit++) {
    pos = skipSeparators(text, pos);
    if (pos >= end) break;
    const e = MARKS.matchEnd(text, pos);
    let kind: MarkKind | null = null;
    let negated = false;
    let word = "";
    if (e >= 0 && e <= end) {
      kind = MARKS.lastValue!.kind;
      negated = MARKS.lastValue!.negated;
      pos = e;
    } else {
      const w = wordEnd(text, pos);
      if (classes) {
        word = normalize(text.slice(pos, w));
        if (
          word.length >= 7 &&
          (KY_CONTINUOUS.test(word) || (RU_PRESENT.test(word) && !RU_NOT_PROCESS.has(word)))
        )
          kind = "progress";
        else if (word.length >= 5 && word.endsWith(ING) && EN_BE.has(previous)) kind = "progress";
      }
      pos = w;
    }
    previous = word;
    if (kind === null) {
      suspectBefore = classes && word !== "" && looksLikeNegator(word);
      continue;
    }
    if (kind === "neg") {
      pendingNeg = unit;
      suspectBefore = false;
      continue;
    }
    if (kind === "negAfter") {
      // Turns over the mark right before it (`аткарылган жок`, `мөөнөтүндө эмес`, `толук эмес`).
      const last = s.kinds.length - 1;
      if (last >= 0 && unit - s.units[last] <= 2) {
        const turned = TURNED[s.kinds[last]];
        if (turned !== undefined) s.kinds[last] = turned;
      }
      suspectBefore = false;
      continue;
    }
    if (negated) kind = TURNED[kind] ?? kind;
    if (pendingNeg >= 0 && kind !== "deadline") {
      if (unit - pendingNeg <= 3) kind = TURNED[kind] ?? kind;
      pendingNeg = -1;
    }
    s.kinds.push(kind);
    s.units.push(unit);
    s.suspect.push(suspectBefore && CLASS_KINDS.has(kind) && kind !== "notDone" && kind !== "stop");
    suspectBefore = false;
  }
  return s;
}

/** Timeliness the marks state: self-standing (`кечигип`), or a direction beside a deadline noun. */
function timeliness(s: Scan): "on_time" | "late" | null {
  for (let i = 0; i < s.kinds.length; i++) {
    const k = s.kinds[i];
    if (k === "onTime") return "on_time";
    if (k === "late") return "late";
    if (k !== "before" && k !== "within" && k !== "after" && k !== "breach" && k !== "keep")
      continue;
    const u = s.units[i];
    for (let j = 0; j < s.kinds.length; j++) {
      if (s.kinds[j] !== "deadline") continue;
      const d = s.units[j] - u;
      if (k === "within" ? d >= 1 && d <= 2 : Math.abs(d) <= 3)
        return k === "before" || k === "within" || k === "keep" ? "on_time" : "late";
    }
  }
  return null;
}

/**
 * After a plain "done" leading the cell: what the rest of its sentence adds — partially (not
 * completed), on time or late — or null.
 */
export function qualifierAfter(text: string, from: number): "partial" | "on_time" | "late" | null {
  const s = scan(text, from, false);
  if (s.kinds.length === 0) return null;
  if (s.kinds.includes("partial")) return "partial";
  return timeliness(s);
}

/**
 * A status without a known leading phrase, read by the classes of its leading sentence (see the
 * module comment). Unknown when no class mark is found, or when one follows a word that may be a
 * mistyped negator.
 */
export function readByClasses(text: string, from: number): StatusReading {
  const s = scan(text, from, true);
  const first = s.kinds.findIndex((k) => CLASS_KINDS.has(k));
  if (first < 0) {
    if (s.kinds.includes("partial")) return "not_completed";
    // Late, and not said to be done: the deadline passed without the measure.
    return timeliness(s) === "late" ? "not_completed" : "unknown";
  }
  if (s.suspect[first]) return "unknown";
  switch (s.kinds[first]) {
    case "notDone":
    case "stop":
      return "not_completed";
    case "progress":
    case "start":
      return "in_progress";
    default: {
      if (s.kinds.includes("partial")) return "not_completed";
      return timeliness(s) ?? "completed";
    }
  }
}
