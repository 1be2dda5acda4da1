/**
 * SPEC "Deadline (column 4): type and end date".
 *
 * Deadlines are typed by hand in Kyrgyz, Russian or English: `2024-жылдын IV чейреги`,
 * `IV квартал 2024 года`, `2014-жылдын IV кварталы – 2015-жылдын I кварталы`, `до 1 июля 2026 года`,
 * `2024-2028-жылдар, этабы менен`, `туруктуу`, or a date cell. The parser tokenises the text and
 * collects every period it names (a date, a month, a quarter, a half-year, the middle of a year, a
 * year); each sub-year period binds the year written next to it. The deadline ends at the latest
 * period named. Words for "ongoing" and "staged" set the type; years beside them still give an end
 * (SPEC: `2024-2028-жылдар, этабы менен` → staged, 2028-12-31).
 */
import {
  cellDate,
  dateToIso,
  DAY_MS,
  endOfMonth,
  isoDate,
  isValidDate,
  MAX_DATE_SERIAL,
  MIN_DATE_SERIAL,
  monthOf,
  parseDateText,
  serialToIso,
} from "./dates";
import { hasEdgeSpace } from "./cells";
import type { CellValue, Deadline, IsoDate } from "./types";

const UNPARSED: Deadline = { type: null, end: null };

type Tok =
  | { readonly k: "num"; readonly v: number }
  | { readonly k: "word"; readonly w: string }
  | { readonly k: "dash" }
  | { readonly k: "sep" };

const KYRGYZ_FOLD: Record<string, string> = {
  ө: "о",
  ö: "о",
  ӧ: "о",
  ø: "о",
  ɵ: "о",
  ү: "у",
  ü: "у",
  ӱ: "у",
  ұ: "у",
  ў: "у",
  ң: "н",
  ñ: "н",
  ҥ: "н",
  ӈ: "н",
  ӊ: "н",
  ё: "е",
};
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  h: "н",
  b: "в",
};
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, і: 1, іі: 2, ііі: 3, іv: 4 };
const ORDINAL: Record<string, number> = {
  биринчи: 1,
  экинчи: 2,
  учунчу: 3,
  тортунчу: 4,
  первый: 1,
  первое: 1,
  первого: 1,
  первом: 1,
  первая: 1,
  второй: 2,
  второе: 2,
  второго: 2,
  втором: 2,
  вторая: 2,
  третий: 3,
  третье: 3,
  третьего: 3,
  третьем: 3,
  четвертый: 4,
  четвертого: 4,
  четвертом: 4,
  четвёртый: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
const ONGOING_PHRASES: readonly string[][] = [
  ["туруктуу"],
  ["дайыма"],
  ["дайым"],
  ["узгултуксуз"],
  ["жыл", "сайын"],
  ["ар", "жыл", "сайын"],
  ["жыл", "сайын"],
  ["квартал", "сайын"],
  ["чейрек", "сайын"],
  ["ай", "сайын"],
  ["ар", "чейректе"],
  ["ар", "кварталда"],
  ["ар", "айда"],
  ["ар", "жылы"],
  ["постоянно"],
  ["постоянный"],
  ["на", "постоянной", "основе"],
  ["ежегодно"],
  ["ежеквартально"],
  ["ежемесячно"],
  ["регулярно"],
  ["непрерывно"],
  ["по", "мере", "необходимости"],
  ["по", "мере", "поступления"],
  ["зарылчылыкка", "жараша"],
  ["зарылдыгына", "жараша"],
  ["муктаждыкка", "жараша"],
  ["as", "needed"],
  ["as", "required"],
  ["ongoing"],
  ["permanent"],
  ["permanently"],
  ["continuous"],
  ["continuously"],
  ["annually"],
  ["quarterly"],
  ["monthly"],
  ["regularly"],
  ["constantly"],
];
const STAGED_PHRASES: readonly string[][] = [
  ["этабы", "менен"],
  ["этап", "менен"],
  ["этаптар", "менен"],
  ["этап", "этабы", "менен"],
  ["этаптуу"],
  ["баскычтар", "менен"],
  ["баскыч", "менен"],
  ["баскычтуу"],
  ["поэтапно"],
  ["по", "этапам"],
  ["в", "несколько", "этапов"],
  ["этапами"],
  ["in", "stages"],
  ["by", "stages"],
  ["staged"],
  ["phased"],
  ["stage", "by", "stage"],
  ["step", "by", "step"],
];
const START_WORDS = new Set(["с", "со", "from", "since", "starting", "начиная"]);
const YEAR_WORDS =
  /^(жыл|жылы|жылдын|жылга|жылда|жылдар|жылдары|жылдарда|жылдардын|жылдарга|год|года|году|годы|годов|годах|гг|г|ж|year|years)$/;

function foldWord(word: string): string {
  let out = "";
  for (const ch of word) out += KYRGYZ_FOLD[ch] ?? ch;
  // A word mixing scripts was typed with Latin look-alikes inside Cyrillic: fold them.
  if (/[а-я]/.test(out) && /[a-z]/.test(out)) {
    let mixed = "";
    for (const ch of out) mixed += LATIN_TO_CYRILLIC[ch] ?? ch;
    out = mixed;
  }
  return out;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  // `Q4`, `H1`, `4th` are words; other digit runs are numbers (`2024-жылдын` → 2024, dash, жылдын).
  const re =
    /(q[1-4]|h[12]|[1-4](?:st|nd|rd|th))(?![\p{L}\d])|(\d+)|(\p{L}+)|([-‐‑‒–—−])|([,;/+&])/gu;
  for (const m of text.toLowerCase().matchAll(re)) {
    if (m[1] !== undefined) out.push({ k: "word", w: m[1] });
    else if (m[2] !== undefined) out.push({ k: "num", v: Number(m[2]) });
    else if (m[3] !== undefined) out.push({ k: "word", w: foldWord(m[3]) });
    else if (m[4] !== undefined) out.push({ k: "dash" });
    else out.push({ k: "sep" });
  }
  return out;
}

const isYear = (t: Tok | undefined): t is { k: "num"; v: number } =>
  t !== undefined && t.k === "num" && t.v >= 1990 && t.v <= 2100;
const word = (t: Tok | undefined): string | null =>
  t !== undefined && t.k === "word" ? t.w : null;

/** 1–4 written as a roman numeral, an ordinal word or a small number (`IV`, `4-`, `төртүнчү`, `4th`). */
function numeral(t: Tok | undefined): number | null {
  if (t === undefined) return null;
  if (t.k === "num") return t.v >= 1 && t.v <= 4 ? t.v : null;
  if (t.k !== "word") return null;
  if (t.w in ROMAN) return ROMAN[t.w];
  if (t.w in ORDINAL) return ORDINAL[t.w];
  return null;
}

/**
 * The numeral written before token `i`: `IV квартал`, `4-чейрек`, `2-й квартал`, `2-го полугодия`.
 * Returns it with the index of its first token.
 */
function numeralBefore(toks: readonly Tok[], i: number): { n: number; from: number } | null {
  let j = i - 1;
  // An ordinal ending typed after a dash: `2-й`, `1-го`, `4-чи`.
  const suffix = word(toks[j]);
  if (
    suffix !== null &&
    suffix.length <= 3 &&
    numeral(toks[j]) === null &&
    toks[j - 1]?.k === "dash"
  )
    j -= 2;
  else if (toks[j]?.k === "dash") j -= 1;
  const n = numeral(toks[j]);
  return n === null ? null : { n, from: j };
}

/** `чейрек` (Kyrgyz: quarter) ends in г before a vowel: `IV чейреги`, `3-чейрегинде`. */
const isQuarterWord = (w: string): boolean => /^(квартал|кв$|чейре[кг]|quarter)/.test(w);
const isHalfWord = (w: string): boolean => /^(полугод|semester|семестр)/.test(w);

function matchPhrase(toks: readonly Tok[], i: number, phrases: readonly string[][]): boolean {
  return phrases.some((p) => p.every((w, k) => word(toks[i + k]) === w));
}

interface Period {
  /** Index of the token the period is anchored on, to find the year written next to it. */
  readonly at: number;
  /** Index where the period's own tokens start (the numeral or day before the anchor). */
  readonly from: number;
  readonly end: (year: number) => IsoDate;
}

/**
 * The year bound to a period at token `at` (starting at `from`): the year written just before it
 * (`2024-жылдын IV чейреги`) or else just after it (`IV квартал 2024 года`); failing both, the
 * nearest year anywhere in the text.
 */
function bindYear(
  toks: readonly Tok[],
  from: number,
  at: number,
  used: Set<number>
): number | null {
  // Before, Kyrgyz style: `2024-жылдын IV`, `2024 ж. IV`, `2024 IV` — year words, then at most one
  // dash between them and the year. A dash right before the period separates a range instead
  // (`IV кв. 2024 г. – I кв. 2025 г.`): the year of `I кв.` is the one after it.
  let j = from - 1;
  while (j >= 0 && toks[j].k === "word" && YEAR_WORDS.test((toks[j] as { w: string }).w)) j--;
  if (j >= 0 && toks[j].k === "dash" && j < from - 1) j--;
  const before = toks[j];
  if (j >= 0 && isYear(before)) {
    used.add(j);
    return before.v;
  }
  for (let j = at + 1, steps = 0; j < toks.length && steps < 4; j++, steps++) {
    const t = toks[j];
    if (isYear(t)) {
      used.add(j);
      return t.v;
    }
    if (t.k === "sep") break;
  }
  let best: number | null = null;
  let bestDist = Infinity;
  toks.forEach((t, j) => {
    if (isYear(t) && Math.abs(j - at) < bestDist) {
      best = j;
      bestDist = Math.abs(j - at);
    }
  });
  if (best === null) return null;
  used.add(best);
  return (toks[best] as { v: number }).v;
}

/** Periods named in the tokens, with the indexes of the tokens they used. */
function findPeriods(toks: readonly Tok[]): Period[] {
  const periods: Period[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = word(toks[i]);
    if (w === null) continue;

    // Quarter: `IV квартал`, `III-IV кварталы`, `4-чейрек`, `Q4`.
    if (isQuarterWord(w) || /^q[1-4]$/.test(w)) {
      const written = /^q[1-4]$/.test(w) ? { n: Number(w[1]), from: i } : numeralBefore(toks, i);
      let q = written?.n ?? null;
      let from = written?.from ?? i;
      if (q === null && isQuarterWord(w)) q = numeral(toks[i + 1]);
      if (q !== null) {
        // A range `III-IV` ends with the numeral nearest the word, which is the one already read.
        if (toks[from - 1]?.k === "dash" && numeral(toks[from - 2]) !== null) from -= 2;
        const quarter = q;
        periods.push({ at: i, from, end: (y) => endOfMonth(y, quarter * 3) });
      }
      continue;
    }
    // Half-year: `I жарым жылдыгы`, `экинчи жарымында`, `I полугодие`, `first half`, `H1`.
    const halfKy = w === "жарым" && (word(toks[i + 1]) ?? "").startsWith("жыл");
    const halfKyShort = !halfKy && /^жарым(ы|ында|ына|ыгы)$/.test(w);
    const halfEn = w === "half" || /^h[12]$/.test(w);
    if (halfKy || halfKyShort || isHalfWord(w) || halfEn) {
      const written = /^h[12]$/.test(w) ? { n: Number(w[1]), from: i } : numeralBefore(toks, i);
      const h = written?.n ?? null;
      if (written !== null && (h === 1 || h === 2)) {
        const from = written.from;
        const at = halfKy ? i + 1 : i;
        periods.push({ at, from, end: (y) => (h === 1 ? isoDate(y, 6, 30) : isoDate(y, 12, 31)) });
      }
      continue;
    }
    // Middle of a year: `2017-жылдын ортосунда`, `середина 2017 года`, `mid-2017`.
    if (/^(ортосу|ортосун|середин|mid)/.test(w)) {
      periods.push({ at: i, from: i, end: (y) => isoDate(y, 6, 30) });
      continue;
    }
    // End of a year: `2025-жылдын аягына чейин`, `до конца 2025 года` — the year end itself.
    if (/^(аяг|конц|конец)/.test(w) || w === "end") {
      periods.push({ at: i, from: i, end: (y) => isoDate(y, 12, 31) });
      continue;
    }
    // Month, with or without a day: `1-июлуна`, `1 июля 2026`, `март 2025`, `July 1, 2026`,
    // or a week of it: `июлдун 3-аптасы` (the 3rd week of July ends on the 21st; the 4th and 5th
    // end with the month), `августтун 1-2 аптасы`.
    const month = monthOf(w);
    if (month !== null) {
      let day: number | null = null;
      let from = i;
      const before = toks[i - 1]?.k === "dash" ? toks[i - 2] : toks[i - 1];
      const weekBefore = weekBeforeMonth(toks, i);
      const week = weekAfter(toks, i) ?? weekBefore?.week ?? null;
      if (week !== null) {
        // SPEC: week k of a month is days 7k−6…7k; week 5 ends with the month.
        day = week >= 5 ? 31 : week * 7;
        if (weekBefore !== null && weekAfter(toks, i) === null) from = weekBefore.from;
      } else if (before !== undefined && before.k === "num" && before.v >= 1 && before.v <= 31) {
        day = before.v;
        from = toks[i - 1]?.k === "dash" ? i - 2 : i - 1;
      } else {
        const after = toks[i + 1];
        if (after !== undefined && after.k === "num" && after.v >= 1 && after.v <= 31)
          day = after.v;
      }
      const d = day;
      const at = d !== null && from === i ? i + 1 : i;
      periods.push({
        at,
        from,
        end: (y) =>
          d !== null && isValidDate(y, month, d) ? isoDate(y, month, d) : endOfMonth(y, month),
      });
    }
  }
  return periods;
}

/**
 * The last week named right after a month: `июлдун 3 аптасы`, `1-2 аптасы`, `3-жумасы`, `3-я неделя`.
 * null when no week follows.
 */
function weekAfter(toks: readonly Tok[], i: number): number | null {
  let last: number | null = null;
  for (let j = i + 1; j < toks.length && j <= i + 5; j++) {
    const t = toks[j];
    if (t.k === "num" && t.v >= 1 && t.v <= 5) last = t.v;
    else if (t.k === "dash") continue;
    else if (t.k === "word" && /^(апта|жума|недел|week)/.test(t.w)) return last;
    else if (t.k === "word" && t.w.length <= 2 && last !== null)
      continue; // `3-я`, `3rd`
    else return null;
  }
  return null;
}

/** Words for "week": Kyrgyz `апта`, `жума`; Russian `неделя`; English `week`. */
const isWeekWord = (w: string | null): boolean => w !== null && /^(апта|жума|недел|week)/.test(w);

/**
 * The last week named right before a month (Russian and English order): `3-я неделя мая`,
 * `1-2 недели июня`, `third week of May`, `week 3 of May`. null when none; `from` is its first token.
 */
function weekBeforeMonth(toks: readonly Tok[], i: number): { week: number; from: number } | null {
  let j = i - 1;
  if (word(toks[j]) === "of") j--;
  // `week 3 of May`: the number after the week word.
  if (toks[j]?.k === "num" && isWeekWord(word(toks[j - 1]))) {
    const n = (toks[j] as { v: number }).v;
    return n >= 1 && n <= 5 ? { week: n, from: j - 1 } : null;
  }
  if (!isWeekWord(word(toks[j]))) return null;
  const at = j;
  let week: number | null = null;
  let from = at;
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const t = toks[k];
    const w = word(t);
    if (t.k === "dash") continue;
    if (w !== null && w.length <= 2 && numeral(t) === null) continue; // the ending of `3-я`, `3rd`
    const n =
      t.k === "num"
        ? t.v
        : w !== null && w in ORDINAL
          ? ORDINAL[w]
          : w === "fifth" || w === "пятая" || w === "бешинчи"
            ? 5
            : null;
    if (n === null || n < 1 || n > 5) break;
    week ??= n; // the one nearest the week word is the last of a range
    from = k;
  }
  return week === null ? null : { week, from };
}

/** A year the text says something *starts* at (`2025-жылдан тартып`, `с 2025 года`): not an end. */
function isStartYear(toks: readonly Tok[], j: number): boolean {
  const prev = word(toks[j - 1]);
  if (prev !== null && START_WORDS.has(prev)) return true;
  const next = word(toks[j + 1]) ?? (toks[j + 1]?.k === "dash" ? word(toks[j + 2]) : null);
  return next !== null && /^(жылдан|жылдардан)$/.test(next);
}

function parseText(text: string): Deadline {
  // Written dates first (`01.07.2026`, `2026-07-01`): they are ends in themselves.
  const ends: IsoDate[] = [];
  const rest = text.replace(
    /(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))/g,
    (m) => {
      const d = parseDateText(m);
      if (d !== null) ends.push(d);
      return " ; ";
    }
  );
  const toks = tokenize(rest);
  let ongoing = false;
  let staged = false;
  for (let i = 0; i < toks.length; i++) {
    if (matchPhrase(toks, i, ONGOING_PHRASES)) ongoing = true;
    if (matchPhrase(toks, i, STAGED_PHRASES)) staged = true;
  }
  const used = new Set<number>();
  let unboundPeriod = false;
  for (const p of findPeriods(toks)) {
    const y = bindYear(toks, p.from, p.at, used);
    if (y === null) unboundPeriod = true;
    else ends.push(p.end(y));
  }
  let startOnly = false;
  toks.forEach((t, j) => {
    if (!isYear(t) || used.has(j)) return;
    if (isStartYear(toks, j)) startOnly = true;
    else ends.push(isoDate(t.v, 12, 31));
  });
  const end = ends.length > 0 ? ends.reduce((a, b) => (b > a ? b : a)) : null;
  if (staged) return { type: "staged", end };
  if (ongoing) return { type: "ongoing", end };
  if (end !== null) return { type: "fixed", end };
  // `2025-жылдан тартып` with no end: it goes on from then.
  if (startOnly && !unboundPeriod) return { type: "ongoing", end: null };
  return UNPARSED;
}

/** Answers already given: tables repeat a few dozen wordings, dates and years over many rows. */
const cache = new Map<string, Deadline>();
const numberCache = new Map<number, Deadline>();
const CACHE_LIMIT = 20_000;

function remember<K>(map: Map<K, Deadline>, key: K, result: Deadline): Deadline {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, result);
  return result;
}

/**
 * Deadline type and end date from a deadline cell (SPEC "Deadline"). A date cell (or an Excel serial
 * in the date range, as Office.js gives dates) is that date; a number 1990–2100 is that year.
 * `type: null` means the wording was not understood (`unparsed-deadline`).
 */
export function parseDeadline(value: CellValue): Deadline {
  if (value === null || typeof value === "boolean") return UNPARSED;
  if (value instanceof Date) {
    // Keyed by day (negative, apart from the numbers below).
    const time = value.getTime();
    if (Number.isNaN(time)) return UNPARSED;
    const key = -1 - Math.floor(time / DAY_MS);
    return (
      numberCache.get(key) ?? remember(numberCache, key, { type: "fixed", end: dateToIso(value)! })
    );
  }
  if (typeof value === "number") {
    // A whole number 1990–2100 is a year; a number in the date range an Excel serial (its day).
    const isYear = Number.isInteger(value) && value >= 1990 && value <= 2100;
    if (!isYear && !(value >= MIN_DATE_SERIAL && value <= MAX_DATE_SERIAL)) return UNPARSED;
    const key = Math.floor(value);
    const hit = numberCache.get(key);
    if (hit !== undefined) return hit;
    return remember(numberCache, key, {
      type: "fixed",
      end: isYear ? isoDate(value, 12, 31) : serialToIso(value),
    });
  }
  if (typeof value !== "string") return UNPARSED;
  const hit = cache.get(value);
  if (hit !== undefined) return hit;
  const text = hasEdgeSpace(value) ? value.trim() : value;
  if (text === "") return UNPARSED;
  const whole = cellDate(text);
  return remember(
    cache,
    value,
    typeof whole === "string" ? { type: "fixed" as const, end: whole } : parseText(text)
  );
}

/** The year a measure is counted in (SPEC Rule: the year of its deadline end), or null. */
export function deadlineYear(deadline: Deadline): number | null {
  return deadline.end === null ? null : Number(deadline.end.slice(0, 4));
}
