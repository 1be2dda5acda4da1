/**
 * Core benchmark: classify and summarise 1 000 000 Table 1 rows through the public API
 * (`analyseWorkbook`: discovery, status, deadline, role, issues, figures), beside the floor measured
 * in the same run — a plain loop that only lower-cases each status string of the same grid.
 * Goal (issue 2): no more than 3× the floor. Also times a 334-row table (the 444-р plan) including
 * its Annex 2 model.
 *
 * The grid is built untimed and looks like a real Table 1 grown large: item numbers 1…1 000 000,
 * a cover sheet and title rows, a numbering row, tasks merged over their measures, deadline
 * wordings, executors lists and expected results drawn from pools (real tables repeat them), dates
 * as Date cells, Excel serials and text, and status cells that start with a status phrase (Kyrgyz,
 * Russian, English, some typed with Latin look-alikes or without Kyrgyz letters) followed by
 * progress information of realistic length — every status cell distinct.
 *
 * Run: `node scripts/bench.mjs core` (runs with --expose-gc; `global.gc` is called between runs).
 */
import { analyseWorkbook, buildAnnex2, PLAN_ITEMS_444 } from "../src/core";
import type { AnalysisOptions, CellValue, MergeArea, SheetGrid } from "../src/core";

const ROWS = 1_000_000;
const RUNS = 9;
const SMALL_ROWS = 334;
const SMALL_RUNS = 200;
const OPTIONS: AnalysisOptions = { body: "МЦРИТ", asOf: "2025-06-30", lang: "ky" };

/** A small deterministic generator, so every run sees the same grid. */
let seed = 20240723;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Status phrases with their share (weights); the rest of the cell is progress information. */
const STATUS_HEADS: readonly (readonly [string, number])[] = [
  ["Мөөнөтүндө аткарылды.", 14],
  ["Мөөнөтүн бузуу менен аткарылды.", 4],
  ["Аткарылды.", 10],
  ["Аткарылды:", 4],
  ["Аткарууда.", 12],
  ["Ишке ашырылууда:", 4],
  ["Аткарылган жок.", 3],
  ["Жарым-жартылай аткарылды.", 3],
  ["Моонотундо аткарылды.", 2], // typed without a Kyrgyz keyboard
  ["Aткарылды.", 1], // Latin A
  ["Исполнено в срок.", 8],
  ["Исполнено с нарушением срока.", 3],
  ["Исполнено.", 6],
  ["В процессе исполнения.", 8],
  ["На исполнении:", 2],
  ["Не исполнено.", 3],
  ["Частично исполнено,", 2],
  ["Выполнено в срок -", 2],
  ["Чара аткарылды.", 2],
  ["Completed on time.", 1],
  ["In progress:", 1],
  ["Аткарылды мөөнөтүндө,", 2],
  ["", 2], // empty status
  ["Маалымат берилген жок.", 1], // unknown
];
const HEAD_TABLE = STATUS_HEADS.flatMap(([h, w]) => Array<string>(w).fill(h));

const PROGRESS = [
  "Техникалык тапшырма даярдалып, Санариптик өнүктүрүү министрлигине макулдашууга жөнөтүлдү",
  "Мамлекеттик кызматтардын бирдиктүү порталына {n} кызмат кошулду, калктын колдонуусу {p}% га өстү",
  "Токтомдун долбоору мамлекеттик органдар менен макулдашылып, Министрлер Кабинетине киргизилди",
  "«Түндүк» системасы аркылуу {n} ведомство интеграцияланды, маалымат алмашуу камсыздалды",
  "Проект постановления направлен на согласование в заинтересованные государственные органы (письмо № {n} от {d})",
  "Ведомственная информационная система интегрирована с СМЭВ «Тундук», акт приёмки подписан {d}",
  "Проведено обучение {n} государственных служащих по вопросам кибербезопасности",
  "Закуплено серверное оборудование, ведутся пусконаладочные работы в центре обработки данных",
  "Разработана концепция, проведены общественные обсуждения на портале koomtalkuu.gov.kg",
  "The portal was put into operation and {n} services were connected",
  "Аймактык борборлордо {n} кызматкер окутулду, окуу куралдары басылып чыкты",
  "Финансирование не выделено, направлен запрос в Министерство финансов от {d}",
  "Маалымат борборунун имараты курулуп бүттү, жабдуулар орнотулууда",
  "Мыйзамдын долбоору Жогорку Кеңешке {d} киргизилди",
  "Пилоттук долбоор {n} айыл аймагында ишке ашырылды; кеңири жайылтуу 2026-жылга пландалууда",
  "",
];
const fill = (t: string, i: number): string =>
  t
    .replace("{n}", String(3 + (i % 97)))
    .replace("{p}", String(5 + (i % 60)))
    .replace("{d}", `${1 + (i % 28)}.${String(1 + (i % 12)).padStart(2, "0")}.2025`);

const TASKS = [
  "Санариптик инфраструктураны өнүктүрүү",
  "Мамлекеттик кызматтарды санариптештирүү",
  "Киберкоопсуздукту камсыз кылуу",
  "Развитие цифровых навыков населения",
  "Цифровизация отраслей экономики",
  "Маалыматтарды башкаруу жана ачык маалыматтар",
  "Электрондук өкмөттүн ченемдик укуктук базасы",
];
const MEASURES = [
  "Маалымат борборун куруу жана жабдуу",
  "Мамлекеттик кызматтардын порталын өнүктүрүү",
  "Ведомстволор аралык электрондук өз ара аракеттенүү системасын кеңейтүү",
  "Разработка и принятие нормативных правовых актов в сфере цифровой трансформации",
  "Создание единой системы идентификации",
  "Кызматкерлерди санариптик сабаттуулукка окутуу",
  "Внедрение электронного документооборота в органах местного самоуправления",
  "Геомаалымат системасын түзүү",
];
const RESULTS = [
  "Маалымат борбору ишке киргизилди",
  "Портал аркылуу 100 кызмат көрсөтүлөт",
  "Постановление Кабинета Министров принято",
  "500 кызматкер окутулду",
  "Система введена в промышленную эксплуатацию",
  "Отчет представлен в Кабинет Министров",
];
const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
const DEADLINES: readonly CellValue[] = [
  "2024-жылдын IV чейреги",
  "2025-жыл",
  "2025-жылдын I жарым жылдыгы",
  "2026-жыл",
  "2024-2026-жылдар",
  "2024-2028-жылдар",
  "туруктуу",
  "Туруктуу",
  "этабы менен",
  "2024-2028-жылдар, этабы менен",
  "2025-жылдын III-IV кварталы",
  "2026-жылдын 1-июлуна чейин",
  "2025-жылдын март айы",
  "IV квартал 2024 года",
  "В течение 2025 года",
  "до 1 июля 2026 года",
  "постоянно",
  "поэтапно",
  "I полугодие 2025 года",
  "2024-2026 годы",
  "поэтапно, 2024-2028 годы",
  "2027-жыл",
  "2028-жыл",
  "2025-жылдын II чейреги",
  d(2025, 12, 31),
  d(2024, 12, 31),
  2025,
  2027,
  45838 /* 30.06.2025 as Office.js gives it */,
  "30.09.2025",
  "по плану",
];
/**
 * A body keeps Table 1 for the items it executes (SPEC), so its name is in nearly every executors
 * list — as lead or co-executor, abbreviated, with a case ending; a typo now and then.
 */
const EXECUTORS = [
  "МЦРИТ",
  "МЦРИТ, МЭК",
  "МЭК, МЦРИТ",
  "МЦРИТ, МФ, МЭК",
  "ГКНБ, МЦРИТ",
  "МЦРИТ, ЖӨБ органдары (макулдашуу боюнча)",
  "МЭК, МФ, МЦРИТке",
  "Санарип министрлиги, МЦРИТ",
  "МЮ, МЦРИТ, ГКНБ",
  "МЦРИТ жана МЭК",
  "МОН, МЗ, МЦРИТ",
  "Министерство цифрового развития и инновационных технологий (МЦРИТ), Министерство экономики и коммерции",
  "МЦРИТ, Кыргыз Республикасынын Улуттук банкы (макулдашуу боюнча)",
];
const EXECUTOR_TYPO = "МЦТИР, МЭК";
const HEADERS = [
  "№",
  "Милдет",
  "Чара/ иш-аракет",
  "Ишке ашыруу мөөнөтү",
  "Күтүлгөн натыйжалар (продукт)",
  "Статус (чара аткарылды же аткарылган жок (ишке ашыруунун жүрүшү жөнүндө маалымат)",
  "Жооптуу аткаруучулар",
  "Аткарылган күнү",
];
const STATUS_COL = 5;

/**
 * Flat copies of strings: concatenation makes ropes, which a file reader or Office.js never hands
 * over; going through JSON gives the sequential strings they do.
 */
const flatten = (xs: string[]): string[] => JSON.parse(JSON.stringify(xs)) as string[];

function buildTable(rows: number): SheetGrid {
  const statuses: string[] = new Array(rows);
  const measures: string[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const head = pick(HEAD_TABLE);
    const p1 = fill(pick(PROGRESS), i);
    const p2 = rnd() < 0.4 ? " " + fill(pick(PROGRESS), i + 7) + "." : "";
    statuses[i] =
      head === "" ? (i % 2 === 0 ? "" : "") : `${head} ${p1}${p1 === "" ? "" : "."}${p2}`.trim();
    measures[i] = `${pick(MEASURES)} (${i + 1})`;
  }
  const flatStatuses = flatten(statuses);
  const flatMeasures = flatten(measures);
  const grid: CellValue[][] = [
    ["1-таблица"],
    [
      "2024-2028-жылдарга Кыргыз Республикасынын санариптик трансформациялоо концепциясын ишке ашырууга кошкон салымы",
    ],
    HEADERS,
    [1, 2, 3, 4, 5, 6, 7, 8],
  ];
  const merges: MergeArea[] = [];
  let taskStart = -1;
  for (let i = 0; i < rows; i++) {
    // A new task every 1–6 measures; its cell is merged down over them, as in the plan.
    const newTask = taskStart < 0 || rnd() < 0.3;
    const r = grid.length;
    if (newTask) {
      if (taskStart >= 0 && r - 1 > taskStart)
        merges.push({ top: taskStart, left: 1, bottom: r - 1, right: 1 });
      taskStart = r;
    }
    const status = flatStatuses[i];
    // Done measures mostly carry a completion date: early for those done on time, after the
    // deadline for those done late (a Date cell or dd.mm.yyyy text).
    const head = status.slice(0, 32).toLowerCase();
    const done =
      /аткарылды|исполнено|выполнено|completed/.test(head) && !/не |жок|частично|жарым/.test(head);
    const late = /бузуу|нарушением/.test(head);
    const day = 1 + (i % 28);
    const month = 1 + (i % 9);
    const completedOn: CellValue =
      !done || rnd() < 0.4
        ? null
        : rnd() < 0.5
          ? d(late ? 2029 : 2024, month, day)
          : `${String(day).padStart(2, "0")}.0${month}.${late ? 2029 : 2024}`;
    const executors = rnd() < 0.005 ? EXECUTOR_TYPO : pick(EXECUTORS);
    grid.push([
      i + 1,
      newTask ? pick(TASKS) : null,
      flatMeasures[i],
      pick(DEADLINES),
      pick(RESULTS),
      status,
      executors,
      completedOn,
    ]);
  }
  if (taskStart >= 0 && grid.length - 1 > taskStart)
    merges.push({ top: taskStart, left: 1, bottom: grid.length - 1, right: 1 });
  return { name: "1-таблица", rows: grid, merges };
}

const COVER: SheetGrid = {
  name: "Титул",
  rows: [["Кыргыз Республикасынын Санариптик өнүктүрүү министрлиги"], ["Мониторинг, 2025-жыл"]],
};

/** The floor: only lower-case each status string of the same grid. */
function floor(grid: SheetGrid): number {
  let sink = 0;
  const rows = grid.rows;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][STATUS_COL];
    if (typeof v === "string") sink += v.toLowerCase().length;
  }
  return sink;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function time(fn: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

// --- 1 000 000 rows --------------------------------------------------------------------------------
const t0 = performance.now();
const big = buildTable(ROWS);
const buildMs = performance.now() - t0;
const statusChars = big.rows.reduce(
  (s, r) => s + (typeof r[STATUS_COL] === "string" ? (r[STATUS_COL] as string).length : 0),
  0
);
console.log(
  `grid: ${fmt(ROWS)} rows, ${big.merges!.length.toLocaleString("en-US")} merged task cells, status text ${(statusChars / ROWS).toFixed(0)} chars/row on average (built in ${fmt(buildMs)} ms, untimed)`
);

// Warm up and check the answer once.
const check = analyseWorkbook([COVER, big], OPTIONS);
if (!check.ok) throw new Error(check.fatal.message);
const s = check.analysis.summary;
const counts = new Map<string, number>();
for (const i of check.analysis.issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
console.log(
  `check: total ${fmt(s.total)}, completed ${fmt(s.completed)} (on time ${fmt(s.completedOnTime)}, late ${fmt(s.completedLate)}), level ${s.executionLevel?.toFixed(1)} %, ` +
    `lead ${fmt(s.lead.total)} / co ${fmt(s.co.total)}; issues: ${[...counts].map(([k, v]) => `${k} ${fmt(v)}`).join(", ")}`
);
if (s.total !== ROWS) throw new Error(`expected ${ROWS} measures, got ${s.total}`);
floor(big);

const floorMs: number[] = [];
const coreMs: number[] = [];
for (let run = 0; run < RUNS; run++) {
  floorMs.push(time(() => floor(big)));
  coreMs.push(time(() => analyseWorkbook([COVER, big], OPTIONS)));
}
const f = median(floorMs);
const c = median(coreMs);
console.log(
  `floor (lower-case each status): median ${fmt(f)} ms  (${fmt(ROWS / (f / 1000))} rows/s)  runs: ${floorMs.map(fmt).join(" ")}`
);
console.log(
  `analyseWorkbook:                median ${fmt(c)} ms  (${fmt(ROWS / (c / 1000))} rows/s)  runs: ${coreMs.map(fmt).join(" ")}`
);
// Floor and analysis alternate, so the ratio of each pair is robust to a busy machine.
const pairRatios = coreMs.map((ms, i) => ms / floorMs[i]);
console.log(
  `ratio analyse / floor: ${(c / f).toFixed(2)}× (medians), ${median(pairRatios).toFixed(2)}× (median of per-run ratios)  — goal ≤ 3×`
);

// --- the 334-row plan, with its Annex 2 model ----------------------------------------------------------
const small = buildTable(SMALL_ROWS);
const smallRun = (): void => {
  const r = analyseWorkbook([COVER, small], OPTIONS);
  if (!r.ok) throw new Error(r.fatal.message);
  buildAnnex2(r.analysis, {
    body: "МЦРИТ",
    periodFrom: null,
    periodTo: null,
    asOf: OPTIONS.asOf,
    person: "",
    contacts: "",
    planItems: PLAN_ITEMS_444,
    lang: "ky",
  });
};
for (let i = 0; i < 20; i++) smallRun();
const smallMs: number[] = [];
for (let i = 0; i < SMALL_RUNS; i++) {
  const t = performance.now();
  smallRun();
  smallMs.push(performance.now() - t);
}
console.log(
  `334-row table: analyseWorkbook + buildAnnex2 median ${median(smallMs).toFixed(2)} ms (${SMALL_RUNS} runs)`
);
