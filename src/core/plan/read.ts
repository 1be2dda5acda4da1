/**
 * SPEC "Plans other than 444-р": a plan workbook read into its items and its plan model. The plan's
 * own table (seed 002: item ids leading the measure text, `1.1.` / `1.1.2 –`, tasks `1. …` as heading
 * rows; seed 003: tasks `№1 маселе: …` as heading rows, several responsible people per cell, a
 * `Ресурстар` column) is found by its headers in any of the languages; the title, act and years come
 * from the rows above it, or from options. Heading rows set the task of the items under them; a task
 * merged over its items' rows is theirs. Ids that start again under a new section (a village plan
 * per service) are qualified with the section's number, so `2.1.1` is item 1.1 of section 2.
 */
import { cellText, isEmptyCell, itemNumber } from "../cells";
import { parseDeadline } from "../deadline";
import { compareItems } from "../itemList";
import { normalize } from "../normalize";
import { splitExecutors } from "../role";
import { lineLang } from "../textLang";
import type { CellValue, SheetGrid } from "../types";
import { isPlanHeader, mapPlanHeader } from "./headers";
import type { PlanColumnKey } from "./headers";
import { commonShape, MAX_PLAN_YEARS } from "./model";
import type { Plan } from "./model";

/** One body named in an item's executors cell, with a note in brackets (`(макулдашуу боюнча)`) when it has one. */
export interface PlanExecutor {
  readonly name: string;
  readonly note: string | null;
}

/** One item of a plan (a row of its table that is not a heading). */
export interface PlanItem {
  /** The item's id as text (`1.1`, `12`), "" when the plan gives none. */
  readonly no: string;
  readonly task: string;
  /** The measure, without the id leading it. */
  readonly measure: string;
  /** The deadline cell as the plan holds it (text, or a date). */
  readonly deadline: CellValue;
  readonly deadlineText: string;
  readonly result: string;
  readonly resources: string;
  /** The executors cell as written (its order decides the lead executor). */
  readonly executorsText: string;
  readonly executors: readonly PlanExecutor[];
  /** Where the item sits: sheet and 0-based row. */
  readonly sheet: string;
  readonly row: number;
}

/** A plan workbook as read: the plan model, its items, and its other texts (a list of abbreviations). */
export interface PlanBook {
  readonly plan: Plan;
  readonly items: readonly PlanItem[];
  readonly sheet: string;
  readonly hasResources: boolean;
  /** Text cells outside the table's items (title rows, a list of abbreviations after the table). */
  readonly otherTexts: readonly string[];
}

/** What the options may give instead of the title rows. */
export interface PlanOverrides {
  readonly title?: string;
  readonly act?: string;
  readonly years?: { readonly from: number; readonly to: number };
  readonly items?: number;
}

export type PlanReadResult =
  | { readonly ok: true; readonly book: PlanBook }
  | { readonly ok: false; readonly code: "no-plan-table" };

/** The plan's header is looked for within the first rows of each sheet. */
const PLAN_HEADER_ROWS = 40;
/** Most merged cells followed (a plan has a few hundred; a hostile file may claim millions). */
const MAX_MERGED_CELLS = 200_000;

/** An id leading a cell: `1.1.`, `1.1.2 –`, `12)`, `№1`; the rest is the text. */
const LEADING_ID =
  /^\s*(?:№\s*)?(\d{1,3}(?:\.\d{1,3})*)(?:\.(?!\d))?\s*(?:[-–—)]\s*|\s+|$)(?=\S|$)/u;
/** A heading naming a task (`№1 маселе: …`, `№1 тапшырма:`, `Задача 1.`, `Task 2`). */
const TASK_HEADING = /^(?:№?\s*\d+\s*)?(маселе|тапшырма|милдет|задача|task)(?!\p{L})/u;
/** A heading naming a section of the plan (`№2 кызмат көрсөтүүнү жакшыртуу боюнча иш-аракеттер планы`, `Раздел 2`): it ends the task above. */
const SECTION_HEADING = /(кызмат корсотуу|раздел|болум|section|service|услуг)/;

/** The id leading a text and the text after it; no id → null. */
export function leadingId(text: string): { id: string; rest: string } | null {
  const m = LEADING_ID.exec(text);
  if (m === null) return null;
  return { id: m[1], rest: text.slice(m[0].length).trim() };
}

/** A bullet or dash before an entry (`— Айыл өкмөтүнүн башчысы`, `-Жооптуу катчы`, `• …`). */
const BULLET = /^[\s\-–—•·§*]+/u;

/**
 * Executors of one cell (SPEC "Role": commas, semicolons, line breaks, not inside brackets; a line
 * ending in a genitive goes on). A note in brackets alone, or an unclosed one, belongs to the entry
 * before it; a note inside an entry that is not the body's abbreviation is kept apart from the name.
 */
export function planExecutors(text: string): PlanExecutor[] {
  const out: { name: string; note: string | null }[] = [];
  for (const raw of splitExecutors(text)) {
    const entry = raw
      .replace(BULLET, "")
      .replace(/[\s;,.]+$/u, "")
      .trim();
    if (entry === "") continue;
    if (entry.startsWith("(")) {
      const note = entry
        .replace(/^\(\s*/, "")
        .replace(/\s*\)?$/, "")
        .trim();
      const prev = out[out.length - 1];
      if (prev !== undefined && note !== "")
        prev.note = prev.note === null ? note : `${prev.note}; ${note}`;
      continue;
    }
    // `кызыкдар уюмдар (макулдашуу боюнча)`: a note of several words is not an abbreviation.
    const m = /^(.*?\S)\s*\(([^()]*)\)?\s*$/u.exec(entry);
    if (m !== null && /\s/.test(m[2].trim())) out.push({ name: m[1].trim(), note: m[2].trim() });
    else out.push({ name: entry, note: null });
  }
  return out;
}

/** Values covered by merges below their top row, keyed by row and column: a merged task shows on every row it spans. */
function coveredValues(grid: SheetGrid): Map<number, CellValue> {
  const out = new Map<number, CellValue>();
  let budget = MAX_MERGED_CELLS;
  for (const m of grid.merges ?? []) {
    const v = grid.rows[m.top]?.[m.left] ?? null;
    if (isEmptyCell(v)) continue;
    // Only down: a heading merged across the table is one row's, not a value of each column.
    for (let r = m.top + 1; r <= m.bottom && budget > 0; r++) {
      for (let c = m.left; c <= m.right && budget > 0; c++, budget--) out.set(r * 65536 + c, v);
    }
  }
  return out;
}

const ANNEX_LINE =
  /^(\d+\s*[-–]?\s*тиркеме|приложение\s*(№\s*)?\d*|annex\s*\d*|appendix\s*\d*)\s*$/iu;
const ACT_WORDS =
  /(токтом|тескеме|буйрук|чечим|постановлен|распоряжени|приказ|решени|order|decree|resolution)/iu;
const APPROVED = /(бекитилген|бекитилди|бекитүү|утвержд|approved)/iu;
const PLAN_WORDS = /(план|стратегия|программа|plan|strategy|programme|program)/iu;

/** Title, act and years from the text rows above the plan's table. */
function titleRows(lines: readonly string[]): { title: string; act: string } {
  const texts = lines
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "" && !ANNEX_LINE.test(l));
  const act =
    texts.find((l) => ACT_WORDS.test(l) && (APPROVED.test(l) || /№|No\.?\s*\d/u.test(l))) ?? "";
  const rest = texts.filter((l) => l !== act);
  const planLines = rest.filter((l) => PLAN_WORDS.test(l));
  const pick = (list: string[]): string => list.reduce((a, b) => (b.length > a.length ? b : a), "");
  return { title: pick(planLines.length > 0 ? planLines : rest), act };
}

/** `2014-2017` in a title: the plan's years. */
function yearsInTitle(title: string): { from: number; to: number } | null {
  const range = /((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)/u.exec(title);
  if (range !== null) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from <= to && to - from < MAX_PLAN_YEARS) return { from, to };
  }
  return null;
}

/** The years the items' deadlines span: the first year any deadline names to the last deadline end. */
function yearsOfItems(items: readonly PlanItem[]): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const it of items) {
    const d = parseDeadline(it.deadline);
    if (d.end !== null) {
      const y = Number(d.end.slice(0, 4));
      from = Math.min(from, y);
      to = Math.max(to, y);
    }
    for (const m of it.deadlineText.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/gu))
      from = Math.min(from, Number(m[1]));
  }
  if (!Number.isFinite(from) || !Number.isFinite(to) || to - from >= MAX_PLAN_YEARS) return null;
  return { from, to: Math.max(from, to) };
}

/** The header of the plan's table in a sheet: its row and columns, or null. */
function findPlanHeader(
  grid: SheetGrid
): { row: number; columns: Partial<Record<PlanColumnKey, number>> } | null {
  const limit = Math.min(grid.rows.length, PLAN_HEADER_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const columns = mapPlanHeader(row);
    if (isPlanHeader(columns)) return { row: r, columns };
  }
  return null;
}

interface RawItem extends Omit<PlanItem, "no"> {
  readonly id: string;
  readonly section: number;
}

/** Read the items of the plan table found at `header`. */
function readItems(
  grid: SheetGrid,
  header: { row: number; columns: Partial<Record<PlanColumnKey, number>> },
  other: string[]
): RawItem[] {
  const col = header.columns;
  const covered = coveredValues(grid);
  const at = (r: number, c: number | undefined): CellValue => {
    if (c === undefined) return null;
    const own = grid.rows[r]?.[c] ?? null;
    return isEmptyCell(own) ? (covered.get(r * 65536 + c) ?? own) : own;
  };
  const items: RawItem[] = [];
  let task = "";
  let section = 0;
  let last = "";
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    // The header again: a plan copied from Word repeats it after page breaks and over each section's table.
    if (isPlanHeader(mapPlanHeader(row))) continue;
    const measureCell = cellText(at(r, col.measure));
    const noCell = col.no === undefined ? "" : itemNumber(grid.rows[r]?.[col.no] ?? null);
    const deadline = at(r, col.deadline);
    const executorsText = cellText(at(r, col.executors));
    const isItem = measureCell !== "" && (!isEmptyCell(deadline) || executorsText !== "");
    if (!isItem) {
      // A heading row: a section, a task (`1. …`, `№1 маселе: …`), a goal, a blank or a note after the table.
      const texts = row.map((v) => cellText(v)).filter((t) => t !== "" && !/^\d{1,2}$/.test(t));
      if (texts.length === 0) continue;
      other.push(...texts);
      const text = measureCell !== "" ? measureCell : texts[0];
      const folded = normalize(text);
      const id = leadingId(text);
      if (SECTION_HEADING.test(folded) && !TASK_HEADING.test(folded)) task = "";
      else if (TASK_HEADING.test(folded) || (id !== null && !id.id.includes("."))) task = text;
      continue;
    }
    const taskCell = cellText(at(r, col.task));
    const lead = leadingId(measureCell);
    const id = noCell !== "" ? noCell : (lead?.id ?? "");
    // Ids that start again (1.1 after 6.4) belong to a new section of the plan (one per service).
    if (id !== "" && last !== "" && compareItems(id, last) <= 0) section++;
    if (id !== "") last = id;
    items.push({
      id,
      section,
      task: taskCell !== "" ? taskCell : task,
      measure: noCell === "" && lead !== null && lead.rest !== "" ? lead.rest : measureCell,
      deadline,
      deadlineText: cellText(deadline),
      result: cellText(at(r, col.result)),
      resources: cellText(at(r, col.resources)),
      executorsText,
      executors: planExecutors(executorsText),
      sheet: grid.name,
      row: r,
    });
  }
  return items;
}

/**
 * Read a plan workbook's grids (SPEC "Plans other than 444-р"). The first sheet with a plan header
 * is the plan; `overrides` replace what the title rows say.
 */
export function readPlanBook(
  sheets: readonly SheetGrid[],
  overrides: PlanOverrides = {}
): PlanReadResult {
  for (const grid of sheets) {
    const header = findPlanHeader(grid);
    if (header === null) continue;
    const other: string[] = [];
    const raw = readItems(grid, header, other);
    if (raw.length === 0) continue;
    // Several sections numbering their items afresh: qualify every id with its section's number.
    const sections = new Set(raw.map((i) => i.section));
    const qualify = sections.size > 1;
    const items: PlanItem[] = raw.map(({ id, section, ...rest }) => ({
      ...rest,
      no: qualify && id !== "" ? `${section + 1}.${id}` : id,
    }));

    const above: string[] = [];
    for (let r = 0; r < header.row; r++)
      for (const v of grid.rows[r] ?? [])
        if (typeof v === "string" && v.trim() !== "") above.push(v);
    const { title: foundTitle, act: foundAct } = titleRows(above);
    const title = overrides.title?.trim() || foundTitle || grid.name;
    const act = overrides.act?.trim() ?? foundAct;
    const years = overrides.years ??
      yearsInTitle(title) ??
      yearsOfItems(items) ?? { from: 2024, to: 2028 };
    const plan: Plan = {
      title: { [lineLang(title)]: title },
      act: act !== "" ? { [lineLang(act)]: act } : {},
      years,
      items: overrides.items ?? items.length,
      itemShape: commonShape(items.map((i) => i.no)),
    };
    const otherTexts = [...above, ...other];
    for (const s of sheets)
      if (s !== grid)
        for (const row of s.rows.slice(0, 2000))
          for (const v of row) if (typeof v === "string" && v.trim() !== "") otherTexts.push(v);
    return {
      ok: true,
      book: {
        plan,
        items,
        sheet: grid.name,
        hasResources: header.columns.resources !== undefined,
        otherTexts,
      },
    };
  }
  return { ok: false, code: "no-plan-table" };
}
