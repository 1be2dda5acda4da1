/** Reporting periods of the summary report: `2025-H1`, `2025-H2`, `2025` (seed 004 §8.1: a half-year or a year). */
import type { IsoDate, Lang } from "../types";
import { groupCatalog } from "./i18n";

export interface ReportPeriod {
  /** As given: `2025-H1`. */
  readonly code: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly year: number;
  readonly half: 1 | 2 | null;
}

/** The period a code names, or null when it is none of `YYYY-H1`, `YYYY-H2`, `YYYY`. */
export function parseReportPeriod(code: string): ReportPeriod | null {
  const m = /^\s*(\d{4})(?:\s*-\s*[HhНн]([12]))?\s*$/.exec(code);
  if (m === null) return null;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return null;
  const half = m[2] === undefined ? null : (Number(m[2]) as 1 | 2);
  const from = half === 2 ? `${year}-07-01` : `${year}-01-01`;
  const to = half === 1 ? `${year}-06-30` : `${year}-12-31`;
  return { code: half === null ? `${year}` : `${year}-H${half}`, from, to, year, half };
}

/** The period in words (`2025-жылдын I жарым жылдыгы`). */
export function periodWords(p: ReportPeriod, lang: Lang): string {
  const w = groupCatalog(lang).period;
  return p.half === null ? w.year(p.year) : w.half(p.year, p.half);
}
