/**
 * SPEC "Plans other than 444-р": the columns of a plan's own table. A plan has Table 1's headers
 * (`headerKey`) for item, task, measure, deadline, expected result and executors, but plans written
 * for local bodies word them freely (seed 003: `Кызмат көрсөтүүлөрдү жакшыртуу боюнча иш-аракеттер`,
 * `Өткөрүү мөөнөттөрү`, `Жооптуу`) and add a `Ресурстар` column; a column confirming results
 * (seed 002: `Жетишилген жыйынтыктарды документалдуу ырастоо`) is not the result.
 */
import { cellText } from "../cells";
import { normalize } from "../normalize";
import { headerKey } from "../table1Headers";
import type { CellValue } from "../types";

export type PlanColumnKey =
  "no" | "task" | "measure" | "deadline" | "result" | "executors" | "resources";

/** Wordings a plan's header may *contain* (normalised), tried in order after Table 1's own wordings. */
const CONTAINED: readonly (readonly [PlanColumnKey, RegExp])[] = [
  ["resources", /^ресурс|resources|каржылоо булак|источник.* финанс|финансирован|funding|budget/],
  ["executors", /^жооптуу|жооптуулар|ответствен|responsible|аткаруучу|исполнител|executor/],
  ["deadline", /моонот|мезгил|срок|deadline|timeline|timeframe|period of/],
  ["result", /кутулгон|ожидаем|expected|индикатор|indicator|натыйжа|жыйынтык|результат|output/],
  ["measure", /иш аракет|иш чара|чара|мероприят|меры|действи|action|activit|measure/],
  ["task", /маселе|тапшырма|милдет|задач|task|objective/],
];

/** A column confirming what was achieved is neither the result nor anything Table 1 has. */
const NOT_A_COLUMN = /ырастоо|ырастал|подтвержд|confirm|verification/;

const FROM_TABLE1: ReadonlySet<string> = new Set([
  "no",
  "task",
  "measure",
  "deadline",
  "result",
  "executors",
]);

/** The plan column a header cell names, or null. */
export function planHeaderKey(value: CellValue | undefined): PlanColumnKey | null {
  if (typeof value !== "string") return null;
  const text = cellText(value);
  if (text === "" || text.length > 200) return null;
  const n = normalize(text);
  if (NOT_A_COLUMN.test(n)) return null;
  const own = headerKey(text);
  if (own !== null) return FROM_TABLE1.has(own) ? (own as PlanColumnKey) : null;
  for (const [key, re] of CONTAINED) if (re.test(n)) return key;
  return null;
}

/** The columns a header row maps: the first column for each key. */
export function mapPlanHeader(row: readonly CellValue[]): Partial<Record<PlanColumnKey, number>> {
  const out: Partial<Record<PlanColumnKey, number>> = {};
  for (let c = 0; c < row.length; c++) {
    const key = planHeaderKey(row[c]);
    if (key !== null && out[key] === undefined) out[key] = c;
  }
  return out;
}

/** A plan's header row needs the measure, at least one of deadline and executors, and three keys in all. */
export function isPlanHeader(columns: Partial<Record<PlanColumnKey, number>>): boolean {
  const n = Object.keys(columns).length;
  return (
    columns.measure !== undefined &&
    (columns.deadline !== undefined || columns.executors !== undefined) &&
    n >= 3
  );
}
