/**
 * SPEC "Figures → Consolidation": many bodies' workbooks → per-body figures, overall figures from
 * summed counts, one row per plan item, and the problems a coordinator must chase (unreadable files,
 * two files from one body, bodies that sent nothing). Pure: adapters read the files (CLI, task pane)
 * and hand over one {@link ConsolidationEntry} per workbook.
 *
 * Rules decided here (documented in docs/consolidate.md):
 * - Body identity: the body stored in the workbook (Annex 2 header / defined name / add-in settings),
 *   else the file name without extension. Two names are the same body when their normalised forms
 *   are equal (case, spacing, punctuation and Latin look-alikes ignored — `normalize`).
 * - Two readable files for the same body: the newer is used — the later modification time; on equal
 *   times the file name that sorts later (plain code-unit order). The others are listed as duplicates.
 *   An unreadable file never replaces a readable one.
 * - Overall = Σ completed ÷ Σ total × 100 over the bodies used (never an average of percentages). A plan
 *   item reported by its lead and two co-executors counts three times, as it does in each body's report.
 * - Item view: a body's status for an item with several measures is its least-done measure
 *   (no status / unrecognised < not completed < in progress < late < on time). The item's status is
 *   its lead executor's. Executors *disagree* when one says completed (on time or late) and another
 *   says not completed (in progress, not completed, no or unrecognised status); on time vs late is not
 *   a disagreement. Several bodies reporting themselves as lead is flagged separately.
 * - Expected bodies match a body by equal normalised name or equal alias (`bodyAliases`: the name, the
 *   name without brackets, the abbreviation in brackets, `A|B`); expected names still unmatched then
 *   match an unmatched body whose name contains one of their aliases as whole words.
 */
import { cellText, isEmptyCell } from "./cells";
import { formatDmy } from "./dates";
import { executionLevel } from "./figures";
import { coreCatalog } from "./i18n";
import { compareItems } from "./itemList";
import { normalize } from "./normalize";
import { bodyAliases, findBodyInExecutors, splitExecutors } from "./role";
import type { CellStyle, SheetModel } from "./sheetModel";
import { SheetModelBuilder } from "./sheetModel";
import { analyseWorkbook } from "./analyse";
import { ANNEX2_BODY_CELL, PLAN_ITEMS_444 } from "./annex2";
import { isAnnex2Sheet } from "./sheetNames";
import { isCompleted } from "./status";
import type { Analysis, CellValue, FatalError, IsoDate, Issue, Lang, MeasureStatus, Role, SheetGrid, Summary } from "./types";

// ---------------------------------------------------------------------------------------------
// Input

/** One workbook handed to consolidation: analysed, or fatal (unreadable, no Table 1, …). */
export type ConsolidationEntry =
  | {
      /** File name as shown to the user (usually the base name). */
      readonly file: string;
      /** Last modification time, ms since the epoch (decides which of two files of a body is newer). */
      readonly modified: number;
      /** The body this workbook reports for ({@link workbookBody}). */
      readonly body: string;
      readonly analysis: Analysis;
      readonly fatal?: undefined;
    }
  | {
      readonly file: string;
      readonly modified: number;
      readonly body: string | null;
      readonly fatal: FatalError;
      readonly analysis?: undefined;
    };

export interface ConsolidationOptions {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  /** Items of the plan, listed 1…planItems in the item view (default 334, order 444-р). */
  readonly planItems?: number;
  /** Bodies expected to report (`--expect`); undefined when completeness is not checked. */
  readonly expected?: readonly string[];
}

/** The file name without folders and without its extension: the body of last resort (SPEC). */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

/** SPEC: the body stored in the workbook, failing that the file name without extension. */
export function workbookBody(stored: string | null | undefined, file: string): string {
  const s = stored?.trim();
  return s ? s : fileStem(file);
}

/** Two body names are the same body when these keys are equal. */
export function bodyKey(name: string): string {
  return normalize(name);
}

/**
 * The body written on an Annex 2 sheet among the grids (its body cell, {@link ANNEX2_BODY_CELL}), or
 * null. For readers without the workbook's defined names (the task pane reading several sheets).
 */
export function storedBodyInGrids(sheets: readonly SheetGrid[]): string | null {
  for (const s of sheets) {
    if (!isAnnex2Sheet(s.name)) continue;
    const v: CellValue | undefined = s.rows[ANNEX2_BODY_CELL.row]?.[ANNEX2_BODY_CELL.col];
    if (v !== undefined && !isEmptyCell(v)) return cellText(v);
  }
  return null;
}

/**
 * Analyse one workbook's grids for consolidation: decide its body (stored body, else Annex 2 in the
 * grids, else the file name), then find and read Table 1 as that body.
 */
export function consolidationEntry(
  input: { readonly file: string; readonly modified: number; readonly sheets: readonly SheetGrid[]; readonly storedBody?: string | null },
  options: { readonly asOf: IsoDate; readonly lang: Lang },
): ConsolidationEntry {
  const body = workbookBody(input.storedBody ?? storedBodyInGrids(input.sheets), input.file);
  const result = analyseWorkbook(input.sheets, { body, asOf: options.asOf, lang: options.lang }, input.file);
  return result.ok
    ? { file: input.file, modified: input.modified, body, analysis: result.analysis }
    : { file: input.file, modified: input.modified, body, fatal: result.fatal };
}

/**
 * Expected bodies from the lines of a text file (or the cells of a sheet's first column): one body a
 * line; blank lines and `#` comments skipped; a leading list number (`1.`, `2)`) dropped; repeated
 * names kept once.
 */
export function parseExpectedBodies(lines: Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    const name = line.replace(/^\d{1,4}\s*[.)]\s+/, "").trim();
    const key = bodyKey(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Header words a coordinator may put above a list of bodies (any language); skipped in a sheet list. */
const LIST_HEADERS: ReadonlySet<string> = new Set(
  ["№", "№ п/п", "no", "#", "орган", "органдар", "органы", "body", "bodies", "наименование органа", "органдын аталышы", "name", "аталышы", "наименование", "исполнитель", "аткаруучу"].map(normalize),
);

/**
 * Expected bodies from a sheet: in each row the first cell holding text that is not just a number
 * (a numbering column before the names is skipped); a header word (`Орган`, `Body`, …) is not a body.
 */
export function expectedBodiesFromGrid(grid: SheetGrid): string[] {
  const lines: string[] = [];
  for (const row of grid.rows) {
    if (!row) continue;
    for (const v of row) {
      if (isEmptyCell(v) || typeof v === "number") continue;
      const t = cellText(v);
      if (/^\d+\s*[.)]?$/.test(t)) continue;
      if (!LIST_HEADERS.has(normalize(t)) && t !== "#") lines.push(t);
      break;
    }
  }
  return parseExpectedBodies(lines);
}

// ---------------------------------------------------------------------------------------------
// Output

/** A body's figures: those of its own report (`Summary`, SPEC "Figures"), the file, role and issue counts. */
export interface BodyFigures extends Pick<Summary, "total" | "completed" | "completedOnTime" | "completedLate" | "inProgress" | "executionLevel"> {
  readonly body: string;
  readonly file: string;
  /** Measures as lead executor / as co-executor (`Summary.lead.total` / `Summary.co.total`). */
  readonly lead: number;
  readonly co: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface BodyResult extends BodyFigures {
  /** The body's validation issues (sheet, cell, message). */
  readonly issues: readonly Issue[];
}

export interface UnreadableFile {
  readonly file: string;
  readonly body: string | null;
  readonly code: FatalError["code"];
  /** One sentence in the user's language. */
  readonly message: string;
}

export interface DuplicateBody {
  readonly body: string;
  /** The file used (the newer). */
  readonly used: string;
  /** A file of the same body that was ignored. */
  readonly ignored: string;
}

/** One body's report of one plan item. */
export interface ItemReport {
  readonly body: string;
  readonly role: Role;
  readonly status: MeasureStatus;
}

/** One row of the item view. */
export interface ItemRow {
  readonly no: string;
  /** The measure text (the lead's when the lead reported it). */
  readonly measure: string;
  /** The lead executor: the bodies reporting the item as lead, else the first executor named in the executors column, else "". */
  readonly lead: string;
  /** The lead executors' reports (usually one; none when the lead sent nothing for the item). */
  readonly leads: readonly ItemReport[];
  /** Co-executors' reports, by body name. */
  readonly co: readonly ItemReport[];
  /** The item's status = the lead executor's (the least done of several leads); null when no lead reported it. */
  readonly status: MeasureStatus | null;
  /** One executor says completed and another not completed. */
  readonly disagree: boolean;
  /** More than one body reports itself as the item's lead executor. */
  readonly severalLeads: boolean;
}

export interface Consolidation {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  readonly planItems: number;
  /** Sorted by execution level (highest first, undefined last), then by name. */
  readonly bodies: readonly BodyResult[];
  readonly overall: Omit<BodyFigures, "body" | "file">;
  readonly items: readonly ItemRow[];
  /** Expected bodies with no readable workbook (empty when no list was given). */
  readonly missing: readonly string[];
  /** Bodies that reported but are not on the expected list (empty when no list was given). */
  readonly unexpected: readonly string[];
  readonly unreadable: readonly UnreadableFile[];
  readonly duplicates: readonly DuplicateBody[];
}

// ---------------------------------------------------------------------------------------------
// Consolidation

/** Doneness of a status, for combining several measures of one item (least done wins). */
const DONENESS: Readonly<Record<MeasureStatus, number>> = { missing: 0, unknown: 0, not_completed: 1, in_progress: 2, late: 3, on_time: 4 };

function leastDone(a: MeasureStatus, b: MeasureStatus): MeasureStatus {
  return DONENESS[b] < DONENESS[a] ? b : a;
}

/** Statuses by index, for packing an item report into one small number. */
const STATUSES: readonly MeasureStatus[] = ["on_time", "late", "in_progress", "not_completed", "missing", "unknown"];
const STATUS_INDEX: ReadonlyMap<MeasureStatus, number> = new Map(STATUSES.map((s, i) => [s, i]));
/** Bit of a packed report set for a co-executor. */
const CO_BIT = 8;

function pack(role: Role, status: MeasureStatus): number {
  return (role === "co" ? CO_BIT : 0) | STATUS_INDEX.get(status)!;
}

function unpack(n: number): { role: Role; status: MeasureStatus } {
  return { role: n & CO_BIT ? "co" : "lead", status: STATUSES[n & (CO_BIT - 1)] };
}

/**
 * What consolidation keeps of one readable workbook: figures, issues and, per item, one packed
 * number (role and status). Texts shared by all bodies (an item's measure, its lead named in the
 * executors column) are kept once per item by the {@link Consolidator}, so what is kept per file stays small.
 */
interface Reduced {
  readonly file: string;
  readonly modified: number;
  readonly body: string;
  readonly key: string;
  readonly figures: BodyFigures;
  readonly issues: readonly Issue[];
  /** item no → packed role and status ({@link pack}). */
  readonly items: ReadonlyMap<string, number>;
}

/** A text about an item offered by one workbook; the best offer is kept ({@link betterOffer}). */
interface Offer {
  readonly text: string;
  readonly lead: boolean;
  readonly key: string;
  readonly modified: number;
  readonly file: string;
}

/** Lead executors' words first, then the body whose name sorts first, then the newer file: independent of reading order. */
function betterOffer(a: Offer, b: Offer): boolean {
  if (a.lead !== b.lead) return a.lead;
  if (a.key !== b.key) return a.key < b.key;
  return isNewer(a, b);
}

/** Is `a` newer than `b` (SPEC: two files for one body → the newer is used)? Later time; tie → later name. */
export function isNewer(a: { readonly modified: number; readonly file: string }, b: { readonly modified: number; readonly file: string }): boolean {
  if (a.modified !== b.modified) return a.modified > b.modified;
  return a.file > b.file;
}

function aliasKeys(name: string): string[] {
  return bodyAliases(name).map((t) => t.join(" "));
}

/** Expected bodies that no reporting body answers to, and reporting bodies not on the list. */
export function matchExpected(expected: readonly string[], bodies: readonly string[]): { missing: string[]; unexpected: string[] } {
  const unmatchedBodies = new Set(bodies.map((_, i) => i));
  const matchedExpected = new Set<number>();
  const bodyAliasSets = bodies.map((b) => new Set([bodyKey(b), ...aliasKeys(b)]));
  // Pass 1: equal name or equal alias.
  expected.forEach((e, ei) => {
    const keys = [bodyKey(e), ...aliasKeys(e)];
    for (const bi of unmatchedBodies) {
      if (keys.some((k) => bodyAliasSets[bi].has(k))) {
        matchedExpected.add(ei);
        unmatchedBodies.delete(bi);
        return;
      }
    }
  });
  // Pass 2: an alias of the expected name appears as whole words in the body's name (`МЦРИТ` in `МЦРИТ_2025`).
  expected.forEach((e, ei) => {
    if (matchedExpected.has(ei)) return;
    const aliases = bodyAliases(e);
    for (const bi of unmatchedBodies) {
      if (findBodyInExecutors(bodies[bi].replace(/[,;]/g, " "), aliases) >= 0) {
        matchedExpected.add(ei);
        unmatchedBodies.delete(bi);
        return;
      }
    }
  });
  return {
    missing: expected.filter((_, i) => !matchedExpected.has(i)),
    unexpected: [...unmatchedBodies].sort((a, b) => a - b).map((i) => bodies[i]),
  };
}

/**
 * Consolidates workbooks one at a time: {@link add} keeps only figures, issues and per-item statuses,
 * so the caller can read, analyse and drop each workbook before reading the next.
 */
export class Consolidator {
  private readonly reduced: Reduced[] = [];
  private readonly unreadable: UnreadableFile[] = [];
  /** Per item: the best offer of its measure text and of the lead named in the executors column. */
  private readonly measureText = new Map<string, Offer>();
  private readonly namedLead = new Map<string, Offer>();

  constructor(private readonly options: ConsolidationOptions) {}

  add(entry: ConsolidationEntry): void {
    if (entry.fatal !== undefined) {
      this.unreadable.push({ file: entry.file, body: entry.body, code: entry.fatal.code, message: entry.fatal.message });
    } else {
      this.reduced.push(this.reduce(entry.file, entry.modified, entry.body, entry.analysis));
    }
  }

  private offer(map: Map<string, Offer>, no: string, offer: Offer): void {
    const old = map.get(no);
    if (old === undefined || betterOffer(offer, old)) map.set(no, offer);
  }

  /** Keep what consolidation needs of an analysis, so the caller can drop the workbook right away. */
  private reduce(file: string, modified: number, body: string, analysis: Analysis): Reduced {
    const key = bodyKey(body);
    const s = analysis.summary;
    let errors = 0;
    for (const i of analysis.issues) if (i.severity === "error") errors++;
    const items = new Map<string, number>();
    const firstNamed = new Map<string, string>();
    for (const m of analysis.measures) {
      if (m.no === "") continue;
      const prev = items.get(m.no);
      if (prev === undefined) items.set(m.no, pack(m.role, m.status));
      else {
        // Several measures of one item: per role the least done; a lead row outweighs a co row.
        const p = unpack(prev);
        if (p.role === m.role) items.set(m.no, pack(m.role, leastDone(p.status, m.status)));
        else if (m.role === "lead") items.set(m.no, pack("lead", m.status));
      }
      const lead = m.role === "lead";
      if (m.measure !== "") this.offer(this.measureText, m.no, { text: m.measure, lead, key, modified, file });
      if (m.executors !== "") {
        let named = firstNamed.get(m.executors);
        if (named === undefined) {
          named = splitExecutors(m.executors)[0] ?? "";
          firstNamed.set(m.executors, named);
        }
        if (named !== "") this.offer(this.namedLead, m.no, { text: named, lead, key, modified, file });
      }
    }
    return {
      file,
      modified,
      body,
      key,
      figures: {
        body,
        file,
        total: s.total,
        completed: s.completed,
        completedOnTime: s.completedOnTime,
        completedLate: s.completedLate,
        inProgress: s.inProgress,
        executionLevel: s.executionLevel,
        lead: s.lead.total,
        co: s.co.total,
        errors,
        warnings: analysis.issues.length - errors,
      },
      issues: analysis.issues,
      items,
    };
  }

  result(): Consolidation {
    const { asOf, lang } = this.options;
    const planItems = this.options.planItems ?? PLAN_ITEMS_444;
    const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });

    // One workbook per body: the newest.
    const byKey = new Map<string, Reduced[]>();
    for (const r of this.reduced) {
      const list = byKey.get(r.key);
      if (list) list.push(r);
      else byKey.set(r.key, [r]);
    }
    const used: Reduced[] = [];
    const duplicates: DuplicateBody[] = [];
    for (const list of byKey.values()) {
      let newest = list[0];
      for (const r of list) if (isNewer(r, newest)) newest = r;
      used.push(newest);
      for (const r of list) if (r !== newest) duplicates.push({ body: newest.body, used: newest.file, ignored: r.file });
    }
    duplicates.sort((a, b) => collator.compare(a.body, b.body) || (a.ignored < b.ignored ? -1 : a.ignored > b.ignored ? 1 : 0));

    const byName = (a: Reduced, b: Reduced): number => collator.compare(a.body, b.body) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    used.sort(byName);
    const bodies: BodyResult[] = used.map((r) => ({ ...r.figures, issues: r.issues }));
    bodies.sort((a, b) => {
      const la = a.executionLevel;
      const lb = b.executionLevel;
      if (la !== lb) {
        if (la === null) return 1;
        if (lb === null) return -1;
        return lb - la;
      }
      return collator.compare(a.body, b.body) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    });

    // Overall from summed counts (SPEC: never an average of percentages).
    const sum = (k: "total" | "completed" | "completedOnTime" | "completedLate" | "inProgress" | "lead" | "co" | "errors" | "warnings"): number =>
      bodies.reduce((acc, b) => acc + b[k], 0);
    const total = sum("total");
    const completed = sum("completed");
    const overall = {
      total,
      completed,
      completedOnTime: sum("completedOnTime"),
      completedLate: sum("completedLate"),
      inProgress: sum("inProgress"),
      executionLevel: executionLevel(completed, total),
      lead: sum("lead"),
      co: sum("co"),
      errors: sum("errors"),
      warnings: sum("warnings"),
    };

    const { missing, unexpected } =
      this.options.expected !== undefined ? matchExpected(this.options.expected, used.map((r) => r.body)) : { missing: [], unexpected: [] };

    const unreadable = [...this.unreadable].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const items = itemView(used, planItems, this.measureText, this.namedLead);
    return { asOf, lang, planItems, bodies, overall, items, missing, unexpected, unreadable, duplicates };
  }
}

/** The item view over the workbooks used (sorted by body name). */
function itemView(used: readonly Reduced[], planItems: number, measureText: ReadonlyMap<string, Offer>, namedLead: ReadonlyMap<string, Offer>): ItemRow[] {
  const ids: string[] = [];
  for (let i = 1; i <= planItems; i++) ids.push(String(i));
  const extra = new Set<string>();
  for (const r of used) for (const no of r.items.keys()) if (!/^\d+$/.test(no) || Number(no) < 1 || Number(no) > planItems) extra.add(no);
  ids.push(...[...extra].sort(compareItems));

  return ids.map((no) => {
    const leads: ItemReport[] = [];
    const co: ItemReport[] = [];
    for (const r of used) {
      const packed = r.items.get(no);
      if (packed === undefined) continue;
      const rep = unpack(packed);
      (rep.role === "lead" ? leads : co).push({ body: r.body, role: rep.role, status: rep.status });
    }
    let status: MeasureStatus | null = null;
    for (const l of leads) status = status === null ? l.status : leastDone(status, l.status);
    const all = [...leads, ...co];
    const anyDone = all.some((x) => isCompleted(x.status));
    const anyNotDone = all.some((x) => !isCompleted(x.status));
    return {
      no,
      measure: all.length > 0 ? (measureText.get(no)?.text ?? "") : "",
      lead: leads.length > 0 ? leads.map((l) => l.body).join(", ") : all.length > 0 ? (namedLead.get(no)?.text ?? "") : "",
      leads,
      co,
      status,
      disagree: anyDone && anyNotDone,
      severalLeads: leads.length > 1,
    };
  });
}

/** Consolidate a list of entries at once (the task pane; tests). */
export function consolidate(entries: Iterable<ConsolidationEntry>, options: ConsolidationOptions): Consolidation {
  const c = new Consolidator(options);
  for (const e of entries) c.add(e);
  return c.result();
}

// ---------------------------------------------------------------------------------------------
// Sheets

const S = {
  title: { bold: true, fontSize: 12, wrap: true, hAlign: "center", vAlign: "middle" },
  header: { bold: true, wrap: true, border: true, hAlign: "center", vAlign: "middle", fill: "D9E1F2" },
  text: { wrap: true, border: true, vAlign: "top" },
  center: { border: true, vAlign: "top", hAlign: "center" },
  count: { border: true, vAlign: "top", hAlign: "center", numberFormat: "0" },
  level: { border: true, vAlign: "top", hAlign: "center", numberFormat: "0.0" },
  totalText: { bold: true, wrap: true, border: true, vAlign: "top", fill: "F2F2F2" },
  totalCount: { bold: true, border: true, vAlign: "top", hAlign: "center", numberFormat: "0", fill: "F2F2F2" },
  totalLevel: { bold: true, border: true, vAlign: "top", hAlign: "center", numberFormat: "0.0", fill: "F2F2F2" },
  flag: { wrap: true, border: true, vAlign: "top", fill: "FCE4D6" },
  error: { wrap: true, border: true, vAlign: "top", color: "C00000" },
} satisfies Record<string, CellStyle>;

/** Column of the execution level on the summary sheet (for the data bars and the pane's chart). */
export const SUMMARY_LEVEL_COL = 7;
/** Row of the summary sheet's column headers; body rows follow. */
export const SUMMARY_HEADER_ROW = 2;

/**
 * The summary sheet: one row per body (sorted by execution level, then name), the overall row from
 * summed counts, data bars on the execution level.
 */
export function buildSummarySheet(c: Consolidation): SheetModel {
  const cat = coreCatalog(c.lang);
  const t = cat.consolidation;
  const b = new SheetModelBuilder(t.summarySheet);
  const last = t.summaryHeaders.length - 1;
  b.set(0, 0, t.title(formatDmy(c.asOf)), S.title, { right: last }).height(0, 30);
  const h = SUMMARY_HEADER_ROW;
  t.summaryHeaders.forEach((text, col) => b.set(h, col, text, S.header));
  b.height(h, 45);
  const row = (r: number, f: Omit<BodyFigures, "body" | "file">, label: string, file: string, total: boolean): void => {
    b.set(r, 0, label, total ? S.totalText : S.text);
    b.set(r, 1, file, total ? S.totalText : S.text);
    const n = total ? S.totalCount : S.count;
    [f.total, f.completed, f.completedOnTime, f.completedLate, f.inProgress].forEach((v, i) => b.set(r, 2 + i, v, n));
    if (f.executionLevel === null) b.set(r, SUMMARY_LEVEL_COL, cat.annex2.levelUndefined, total ? S.totalText : S.text);
    else b.set(r, SUMMARY_LEVEL_COL, f.executionLevel, total ? S.totalLevel : S.level);
    [f.lead, f.co, f.errors, f.warnings].forEach((v, i) => b.set(r, 8 + i, v, n));
  };
  c.bodies.forEach((body, i) => row(h + 1 + i, body, body.body, body.file, false));
  const overallRow = h + 1 + c.bodies.length;
  row(overallRow, c.overall, t.overall, "", true);
  return b.build({
    columnWidths: [40, 24, 9, 11, 10, 12, 11, 14, 12, 12, 9, 12],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { top: h, bottom: h } },
    freezeRows: h + 1,
    dataBars: c.bodies.length > 0 ? [{ top: h + 1, bottom: overallRow - 1, col: SUMMARY_LEVEL_COL, color: "5B9BD5" }] : [],
  });
}

/** Status names of a list of reports: `МЭК: In progress; МЮ: Completed on time`. */
function reportsText(reports: readonly ItemReport[], lang: Lang): string {
  const names = coreCatalog(lang).statusNames;
  return reports.map((r) => `${r.body}: ${names[r.status]}`).join("; ");
}

/** The item sheet: one row per plan item 1…planItems (and any other item reported). */
export function buildItemsSheet(c: Consolidation): SheetModel {
  const cat = coreCatalog(c.lang);
  const t = cat.consolidation;
  const b = new SheetModelBuilder(t.itemsSheet);
  t.itemHeaders.forEach((text, col) => b.set(0, col, text, S.header));
  b.height(0, 45);
  c.items.forEach((it, i) => {
    const r = i + 1;
    const flagged = it.disagree || it.severalLeads;
    b.set(r, 0, /^\d+$/.test(it.no) ? Number(it.no) : it.no, S.center);
    b.set(r, 1, it.measure, S.text);
    b.set(r, 2, it.lead, S.text);
    b.set(r, 3, it.leads.length === 0 ? t.notReported : it.leads.length === 1 ? cat.statusNames[it.leads[0].status] : reportsText(it.leads, c.lang), S.text);
    b.set(r, 4, reportsText(it.co, c.lang), S.text);
    b.set(r, 5, it.status === null ? t.notReported : cat.statusNames[it.status], S.text);
    const flags = [it.disagree ? t.disagree : "", it.severalLeads ? t.severalLeads : ""].filter((x) => x !== "").join("; ");
    b.set(r, 6, flags, flagged ? S.flag : S.text);
  });
  return b.build({
    columnWidths: [7, 48, 28, 22, 44, 22, 26],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { top: 0, bottom: 0 } },
    freezeRows: 1,
  });
}

/** Codes of the problems consolidation itself finds (beside each body's validation issue codes). */
export const CONSOLIDATION_CODES = { missing: "missing-body", duplicate: "duplicate-body", unexpected: "unexpected-body" } as const;

/**
 * The issues sheet: bodies that sent nothing, unreadable files, duplicate bodies, bodies not on the
 * expected list, then each body's validation problems with file, sheet and cell.
 */
export function buildIssuesSheet(c: Consolidation): SheetModel {
  const cat = coreCatalog(c.lang);
  const t = cat.consolidation;
  const sev = cat.severityNames;
  const b = new SheetModelBuilder(t.issuesSheet);
  t.issueHeaders.forEach((text, col) => b.set(0, col, text, S.header));
  b.height(0, 30);
  let r = 1;
  const line = (body: string, file: string, sheet: string, cell: string, severity: "error" | "warning", code: string, message: string): void => {
    const style = severity === "error" ? S.error : S.text;
    [body, file, sheet, cell, sev[severity], code, message].forEach((v, col) => b.set(r, col, v, col === 4 ? style : S.text));
    r++;
  };
  for (const m of c.missing) line(m, "", "", "", "error", CONSOLIDATION_CODES.missing, t.missingBody);
  // The fatal message already names the file and says why it could not be used.
  for (const u of c.unreadable) line(u.body ?? fileStem(u.file), u.file, "", "", "error", u.code, u.message);
  for (const d of c.duplicates) line(d.body, d.ignored, "", "", "warning", CONSOLIDATION_CODES.duplicate, t.duplicateBody(d.body, d.used, d.ignored));
  for (const u of c.unexpected) line(u, c.bodies.find((x) => x.body === u)?.file ?? "", "", "", "warning", CONSOLIDATION_CODES.unexpected, t.unexpectedBody);
  const byName = [...c.bodies].sort((a, b2) => a.body.localeCompare(b2.body, c.lang));
  for (const body of byName) for (const i of body.issues) line(body.body, body.file, i.sheet, i.cell, i.severity, i.code, i.message);
  return b.build({
    columnWidths: [30, 24, 16, 8, 14, 22, 70],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { top: 0, bottom: 0 } },
    freezeRows: 1,
  });
}

/** The three sheets of the consolidated workbook, in order: summary, items, issues. */
export function buildConsolidationSheets(c: Consolidation): SheetModel[] {
  return [buildSummarySheet(c), buildItemsSheet(c), buildIssuesSheet(c)];
}
