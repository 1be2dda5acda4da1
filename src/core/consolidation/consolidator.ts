/**
 * Consolidation itself (SPEC "Figures → Consolidation"): workbooks added one at a time, one per body
 * and period (the newer of two — later modification time, on equal times the later file name; an
 * unreadable file never replaces a readable one), each body's figures from its latest period's
 * report, its level per period when the files span several (./periods.ts), overall = Σ completed ÷ Σ total × 100 over the bodies used (never an
 * average of percentages; an item reported by its lead and two co-executors counts three times, as in
 * each body's report), expected bodies checked.
 */
import { PLAN_ITEMS_444 } from "../annex2";
import { executionLevel } from "../figures";
import { splitExecutors } from "../role";
import { textLang } from "../textLang";
import type { Analysis, IsoDate, Issue, Lang } from "../types";
import type { ConsolidationEntry, ConsolidationOptions } from "./entry";
import { bodyKey } from "./entry";
import { matchExpected } from "./expected";
import { itemView, leastDone, pack, unpack } from "./items";
import { missingBodyName, planCompleteness } from "./planCompleteness";
import { levelsByPeriod } from "./periods";
import type {
  BodyFigures,
  BodyResult,
  Consolidation,
  DuplicateBody,
  UnreadableFile,
} from "./result";

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
  /** The period the report belongs to (./periods.ts). */
  readonly period: IsoDate;
  readonly figures: BodyFigures;
  readonly issues: readonly Issue[];
  /** item no → packed role and status ({@link pack}). */
  readonly items: ReadonlyMap<string, number>;
}

/** A text about an item offered by one workbook; the best offer is kept ({@link betterOffer}). */
interface Offer {
  readonly text: string;
  /** The workbook's language (its measures' texts), null when it cannot be told. */
  readonly lang: Lang | null;
  readonly lead: boolean;
  readonly key: string;
  readonly modified: number;
  readonly file: string;
}

/**
 * Words in the sheet's language first (so the item sheet is in one language when a body's workbook
 * has it), then the lead executor's, then the body whose name sorts first, then the newer file:
 * independent of reading order.
 */
function betterOffer(a: Offer, b: Offer, lang: Lang): boolean {
  if ((a.lang === lang) !== (b.lang === lang)) return a.lang === lang;
  if (a.lead !== b.lead) return a.lead;
  if (a.key !== b.key) return a.key < b.key;
  return isNewer(a, b);
}

/** Is `a` newer than `b` (SPEC: two files for one body → the newer is used)? Later time; tie → later name. */
export function isNewer(
  a: { readonly modified: number; readonly file: string },
  b: { readonly modified: number; readonly file: string }
): boolean {
  if (a.modified !== b.modified) return a.modified > b.modified;
  return a.file > b.file;
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
      this.unreadable.push({
        file: entry.file,
        body: entry.body,
        code: entry.fatal.code,
        message: entry.fatal.message,
      });
    } else {
      this.reduced.push(
        this.reduce(
          entry.file,
          entry.modified,
          entry.body,
          entry.analysis,
          entry.reportAsOf ?? this.options.asOf
        )
      );
    }
  }

  private offer(map: Map<string, Offer>, no: string, offer: Offer): void {
    const old = map.get(no);
    if (old === undefined || betterOffer(offer, old, this.options.lang)) map.set(no, offer);
  }

  /** Keep what consolidation needs of an analysis, so the caller can drop the workbook right away. */
  private reduce(
    file: string,
    modified: number,
    body: string,
    analysis: Analysis,
    period: IsoDate
  ): Reduced {
    const key = bodyKey(body);
    const s = analysis.summary;
    let errors = 0;
    for (const i of analysis.issues) if (i.severity === "error") errors++;
    const items = new Map<string, number>();
    const firstNamed = new Map<string, string>();
    const lang = textLang(analysis.measures.slice(0, 200).map((m) => m.measure));
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
      if (m.measure !== "")
        this.offer(this.measureText, m.no, { text: m.measure, lang, lead, key, modified, file });
      if (m.executors !== "") {
        let named = firstNamed.get(m.executors);
        if (named === undefined) {
          named = splitExecutors(m.executors)[0] ?? "";
          firstNamed.set(m.executors, named);
        }
        if (named !== "")
          this.offer(this.namedLead, m.no, { text: named, lang: null, lead, key, modified, file });
      }
    }
    return {
      file,
      modified,
      body,
      key,
      period,
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
    const planBook = this.options.plan;
    const planItems = this.options.planItems ?? planBook?.plan.items ?? PLAN_ITEMS_444;
    const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });

    // One workbook per body and period: the newest; the body's figures are those of its latest period.
    const byKey = new Map<string, Map<IsoDate, Reduced[]>>();
    for (const r of this.reduced) {
      const periods = byKey.get(r.key) ?? new Map<IsoDate, Reduced[]>();
      byKey.set(r.key, periods);
      const list = periods.get(r.period);
      if (list) list.push(r);
      else periods.set(r.period, [r]);
    }
    const used: Reduced[] = [];
    const perPeriod: Reduced[] = [];
    const duplicates: DuplicateBody[] = [];
    for (const periods of byKey.values()) {
      let latest: Reduced | null = null;
      for (const list of periods.values()) {
        let newest = list[0];
        for (const r of list) if (isNewer(r, newest)) newest = r;
        perPeriod.push(newest);
        if (latest === null || newest.period > latest.period) latest = newest;
        for (const r of list)
          if (r !== newest)
            duplicates.push({ body: newest.body, used: newest.file, ignored: r.file });
      }
      if (latest !== null) used.push(latest);
    }
    duplicates.sort(
      (a, b) =>
        collator.compare(a.body, b.body) ||
        (a.ignored < b.ignored ? -1 : a.ignored > b.ignored ? 1 : 0)
    );

    const byName = (a: Reduced, b: Reduced): number =>
      collator.compare(a.body, b.body) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
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
    const sum = (
      k:
        | "total"
        | "completed"
        | "completedOnTime"
        | "completedLate"
        | "inProgress"
        | "lead"
        | "co"
        | "errors"
        | "warnings"
    ): number => bodies.reduce((acc, b) => acc + b[k], 0);
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

    const plan = planBook !== undefined ? planCompleteness(planBook, used, lang) : undefined;
    let missing: string[] = [];
    let unexpected: string[] = [];
    if (this.options.expected !== undefined)
      ({ missing, unexpected } = matchExpected(
        this.options.expected,
        used.map((r) => r.body)
      ));
    else if (plan !== undefined) {
      // The plan's executors replace a hand-kept list: who is named and sent nothing, who sent but is not named.
      missing = plan.bodiesMissing.map(missingBodyName);
      const named = new Set(plan.items.flatMap((i) => i.executors.map((e) => e.body)));
      unexpected = used.map((r) => r.body).filter((b) => !named.has(b));
    }

    const unreadable = [...this.unreadable].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : 0
    );
    const planIds =
      planBook !== undefined
        ? [...new Set(planBook.items.map((i) => i.no).filter((no) => no !== ""))]
        : undefined;
    const planMeasures = new Map<string, { text: string }>();
    if (planBook !== undefined)
      for (const i of planBook.items)
        if (i.no !== "" && !planMeasures.has(i.no)) planMeasures.set(i.no, { text: i.measure });
    const items = itemView(
      used,
      planItems,
      this.measureText,
      this.namedLead,
      planIds,
      planMeasures
    );
    const periods = levelsByPeriod(
      perPeriod.map((r) => ({
        key: r.key,
        body: r.body,
        file: r.file,
        period: r.period,
        total: r.figures.total,
        completed: r.figures.completed,
      })),
      (a, b) => collator.compare(a, b)
    );
    return {
      asOf,
      lang,
      planItems,
      bodies,
      overall,
      items,
      missing,
      unexpected,
      unreadable,
      duplicates,
      periods,
      ...(plan !== undefined ? { plan } : {}),
    };
  }
}

/** Consolidate a list of entries at once (the task pane; tests). */
export function consolidate(
  entries: Iterable<ConsolidationEntry>,
  options: ConsolidationOptions
): Consolidation {
  const c = new Consolidator(options);
  for (const e of entries) c.add(e);
  return c.result();
}
