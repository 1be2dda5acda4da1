/**
 * The summary report (жыйынды отчет, seed 004 §8.1, §8.5) for a half-year or a year: meetings held,
 * acts and the objects they covered, recommendations, the objects' answers on time / late / missing,
 * the council informed, measures taken, and, when the local plan's Table 1 is given, its execution
 * level (core `summarise`: completed ÷ total × 100). Figures first (`summariseGroupPeriod`), then
 * the printable sheet (`buildGroupReport`, A4 portrait).
 */
import { formatDmy } from "../dates";
import { roundLevel } from "../figures";
import { normalize } from "../normalize";
import type { SheetModel } from "../sheetModel";
import { COLUMN_HEADER_STYLE, SheetModelBuilder } from "../sheetModel";
import type { IsoDate, Lang, Summary } from "../types";
import type { GroupCheck } from "./check";
import { groupCatalog } from "./i18n";
import type { ReportPeriod } from "./period";
import { periodWords } from "./period";
import type { Act, AnswerState } from "./types";

export interface GroupPeriodFigures {
  readonly period: ReportPeriod;
  readonly meetings: { readonly held: number; readonly withQuorum: number };
  readonly acts: readonly Act[];
  readonly objects: number;
  readonly withRecommendations: number;
  readonly withMeasures: number;
  readonly responses: Readonly<Record<AnswerState, number>>;
  readonly council: Readonly<Record<AnswerState, number>>;
  readonly plannedMonitorings: number;
}

const inPeriod = (d: IsoDate | null, p: ReportPeriod): boolean =>
  d !== null && d >= p.from && d <= p.to;
const zero = (): Record<AnswerState, number> => ({
  on_time: 0,
  late: 0,
  missing: 0,
  pending: 0,
  unknown: 0,
});

/** An act belongs to the period of its date (or, without one, of its delivery). */
export function actDate(a: Act): IsoDate | null {
  return a.date ?? a.delivered;
}

export function summariseGroupPeriod(check: GroupCheck, period: ReportPeriod): GroupPeriodFigures {
  const meetings = check.meetings.filter((m) => inPeriod(m.date, period));
  const acts = check.acts.filter((a) => inPeriod(actDate(a), period));
  const responses = zero();
  const council = zero();
  for (const a of acts) {
    responses[a.response]++;
    council[a.council]++;
  }
  const objects = new Set(acts.map((a) => normalize(a.object)).filter((o) => o !== ""));
  return {
    period,
    meetings: { held: meetings.length, withQuorum: meetings.filter((m) => m.quorum).length },
    acts,
    objects: objects.size,
    withRecommendations: acts.filter((a) => a.recommendations !== "").length,
    withMeasures: acts.filter((a) => a.measures !== "").length,
    responses,
    council,
    plannedMonitorings: check.workPlan.filter((w) => inPeriod(w.end, period)).length,
  };
}

const S = {
  title: { bold: true, wrap: true, hAlign: "center", vAlign: "middle", fontSize: 13 },
  plain: { wrap: true, vAlign: "top" },
  caption: { italic: true, fontSize: 9, wrap: true },
  heading: { bold: true, wrap: true },
  label: { wrap: true, border: true, vAlign: "top" },
  count: { border: true, hAlign: "center", vAlign: "top" },
  colHeader: COLUMN_HEADER_STYLE,
  cell: { wrap: true, border: true, vAlign: "top", fontSize: 9 },
} as const;

/** The chair's name, for the signature line. */
export function chairName(check: GroupCheck): string {
  return check.members.find((m) => m.isChair)?.name ?? "";
}

/** The printable summary report. `plan` is the local plan's Table 1 figures, when given. */
export function buildGroupReport(
  check: GroupCheck,
  f: GroupPeriodFigures,
  lang: Lang,
  plan: Summary | null
): SheetModel {
  const t = groupCatalog(lang).report;
  const words = periodWords(f.period, lang);
  const b = new SheetModelBuilder(t.sheetName(f.period.code));
  const LAST = 6;
  let r = 0;
  b.set(r, 0, t.title(words), S.title, { right: LAST }).height(r, 40);
  b.set(++r, 0, t.dates(formatDmy(f.period.from), formatDmy(f.period.to)), S.plain, {
    right: LAST,
  });
  b.set(++r, 0, t.basis, S.caption, { right: LAST });
  const line = (label: string, n: number): void => {
    b.set(++r, 0, label, S.label, { right: 5 });
    b.set(r, 6, n, S.count);
  };
  r++;
  b.set(++r, 0, t.sectionMeetings, S.heading, { right: LAST });
  line(t.meetingsHeld, f.meetings.held);
  line(t.meetingsWithQuorum, f.meetings.withQuorum);
  r++;
  b.set(++r, 0, t.sectionActs, S.heading, { right: LAST });
  line(t.actsTotal, f.acts.length);
  line(t.objects, f.objects);
  line(t.recommendations, f.withRecommendations);
  r++;
  b.set(++r, 0, t.sectionResponses, S.heading, { right: LAST });
  line(t.responsesOnTime, f.responses.on_time);
  line(t.responsesLate, f.responses.late);
  line(t.responsesMissing, f.responses.missing);
  line(t.responsesPending, f.responses.pending);
  line(t.councilOnTime, f.council.on_time);
  line(t.councilLate, f.council.late);
  line(t.councilMissing, f.council.missing);
  r++;
  if (f.acts.length === 0) b.set(++r, 0, t.noActs, S.plain, { right: LAST });
  else {
    r++;
    t.actHeaders.forEach((h, c) => b.set(r, c, h, S.colHeader));
    for (const a of f.acts) {
      r++;
      const date = actDate(a);
      b.set(r, 0, a.no, S.cell);
      b.set(r, 1, date === null ? "" : formatDmy(date), S.cell);
      b.set(r, 2, a.object, S.cell);
      b.set(r, 3, a.recommendations, S.cell);
      b.set(r, 4, t.answerNames[a.response], S.cell);
      b.set(r, 5, t.answerNames[a.council], S.cell);
      b.set(r, 6, a.measures, S.cell);
    }
  }
  r++;
  b.set(++r, 0, t.sectionPlan, S.heading, { right: LAST });
  line(t.planWorkItems, f.plannedMonitorings);
  if (plan === null) b.set(++r, 0, t.planNotGiven, S.plain, { right: LAST });
  else {
    const level = roundLevel(plan.executionLevel);
    if (level === null) b.set(++r, 0, t.planLevelUndefined, S.heading, { right: LAST });
    else {
      b.set(++r, 0, t.planLevel(plan.completed, plan.total), S.label, { right: 5 });
      b.set(r, 6, level, { ...S.count, bold: true, numberFormat: "0.0" });
    }
  }
  r += 2;
  b.set(r, 0, t.chairSignature(chairName(check)), S.plain, { right: LAST });
  return b.build({
    columnWidths: [6, 11, 22, 26, 12, 12, 22],
    print: { orientation: "portrait", paper: "A4", fitToWidth: true },
  });
}
