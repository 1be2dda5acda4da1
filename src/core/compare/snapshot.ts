/**
 * The snapshot an Annex 2 copy keeps of what it reported (SPEC "Comparing two reporting periods"):
 * per item its number, measure text, status category, deadline (type, end, wording), completion date,
 * role and Table 1 row, with the report's as-of date, body and Table 1 sheet — so a later comparison
 * works even after Table 1 was edited.
 *
 * Where: a very hidden worksheet, `ATKARUU_SNAPSHOT` (docs/compare.md says why: every reader — the
 * file reader, LibreOffice's .ods, the Office adapter — already reads worksheets, LibreOffice and
 * Google Sheets keep sheets on re-save, and Excel lists no very hidden sheet under "Unhide").
 * Machine data in one layout for every language: keys in column A, then one header row and one row
 * per measure; dates as `YYYY-MM-DD` text so no date system or number format can change them.
 */
import * as z from "zod/mini";
import { cellText } from "../cells";
import { isIsoDate } from "../dates";
import { summarise } from "../figures";
import { SNAPSHOT_SHEET_NAME } from "../sheetNames";
import { SheetModelBuilder } from "../sheetModel";
import type { SheetModel } from "../sheetModel";
import type {
  Analysis,
  DeadlineType,
  IsoDate,
  Measure,
  MeasureStatus,
  SheetGrid,
  Summary,
} from "../types";

/** The first cell of the sheet: what it is and the version of its layout. */
export const SNAPSHOT_FORMAT = "atkaruu-snapshot/1";

/** Longest measure text kept (matching uses the text; a cell holds at most 32 767 characters). */
export const MEASURE_KEPT = 2000;
const MEASURE_CHARS = MEASURE_KEPT;
const DEADLINE_CHARS = 500;

const COLUMNS = [
  "no",
  "measure",
  "status",
  "deadlineType",
  "deadlineEnd",
  "deadline",
  "completedOn",
  "role",
  "row",
] as const;
type Column = (typeof COLUMNS)[number];

export interface Snapshot {
  readonly asOf: IsoDate;
  readonly body: string | null;
  /** Table 1's sheet when the snapshot was taken. */
  readonly sheet: string;
  /** The measures as reported (task, result, executors and status wording are not kept: ""). */
  readonly measures: readonly Measure[];
}

const STATUSES = [
  "on_time",
  "late",
  "in_progress",
  "not_completed",
  "missing",
  "unknown",
] as const satisfies readonly MeasureStatus[];
const DEADLINE_TYPES = ["fixed", "ongoing", "staged"] as const satisfies readonly DeadlineType[];
const isoOrEmpty = z.string().check(z.refine((s) => s === "" || isIsoDate(s)));

/** One measure row as read back: every value as the text the user would see. */
const SnapshotRow = z.object({
  no: z.string().check(z.maxLength(100)),
  measure: z.string().check(z.maxLength(MEASURE_CHARS)),
  status: z.enum(STATUSES),
  deadlineType: z.union([z.enum(DEADLINE_TYPES), z.literal("")]),
  deadlineEnd: isoOrEmpty,
  deadline: z.string().check(z.maxLength(DEADLINE_CHARS)),
  completedOn: isoOrEmpty,
  role: z.enum(["lead", "co"]),
  row: z.string().check(z.regex(/^\d{1,7}$/)),
});

const clipped = (s: string, n: number): string => (s.length > n ? s.slice(0, n) : s);

/** The snapshot of an analysed Table 1 as of `asOf`, as a sheet model (written very hidden beside Annex 2). */
export function buildSnapshotSheet(
  analysis: Analysis,
  asOf: IsoDate,
  body: string | null
): SheetModel {
  const b = new SheetModelBuilder(SNAPSHOT_SHEET_NAME);
  b.set(0, 0, SNAPSHOT_FORMAT);
  b.set(1, 0, "asOf").set(1, 1, asOf);
  b.set(2, 0, "body").set(2, 1, body ?? "");
  b.set(3, 0, "sheet").set(3, 1, analysis.layout.sheet);
  COLUMNS.forEach((c, i) => b.set(5, i, c));
  analysis.measures.forEach((m, k) => {
    const r = 6 + k;
    const values: Record<Column, string | number> = {
      no: m.no,
      measure: clipped(m.measure, MEASURE_CHARS),
      status: m.status,
      deadlineType: m.deadline.type ?? "",
      deadlineEnd: m.deadline.end ?? "",
      deadline: clipped(m.deadlineText, DEADLINE_CHARS),
      completedOn: m.completedOn ?? "",
      role: m.role,
      row: m.row,
    };
    COLUMNS.forEach((c, i) => b.set(r, i, values[c]));
  });
  return b.build({
    columnWidths: [8, 40, 14, 12, 12, 20, 12, 6, 6],
    print: { orientation: "portrait", paper: "A4", fitToWidth: false },
  });
}

/** A value of the key rows (`asOf`, `body`, `sheet`) in column B. */
function keyValue(grid: SheetGrid, key: string, before: number): string | null {
  for (let r = 1; r < before; r++)
    if (cellText(grid.rows[r]?.[0] ?? null) === key) return cellText(grid.rows[r]?.[1] ?? null);
  return null;
}

/**
 * The snapshot a sheet holds, or null when it is not one or was damaged (then the workbook is read as
 * if it had none: its Table 1 is analysed instead). Every row is checked; one bad row spoils it all,
 * since a snapshot missing items would report them as removed.
 */
export function readSnapshot(grid: SheetGrid): Snapshot | null {
  if (cellText(grid.rows[0]?.[0] ?? null) !== SNAPSHOT_FORMAT) return null;
  let header = -1;
  for (let r = 1; r < Math.min(grid.rows.length, 20); r++) {
    if (
      cellText(grid.rows[r]?.[0] ?? null) === "no" &&
      cellText(grid.rows[r]?.[1] ?? null) === "measure"
    ) {
      header = r;
      break;
    }
  }
  if (header < 0) return null;
  const asOf = keyValue(grid, "asOf", header);
  if (asOf === null || !isIsoDate(asOf)) return null;
  const body = keyValue(grid, "body", header) ?? "";
  const sheet = keyValue(grid, "sheet", header) ?? "";
  const colOf = new Map<string, number>();
  (grid.rows[header] ?? []).forEach((v, c) => colOf.set(cellText(v), c));
  if (COLUMNS.some((c) => !colOf.has(c))) return null;
  const measures: Measure[] = [];
  for (let r = header + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every((v) => cellText(v) === "")) continue;
    const raw: Record<string, string> = {};
    for (const c of COLUMNS) raw[c] = cellText(row[colOf.get(c)!] ?? null);
    const parsed = SnapshotRow.safeParse(raw);
    if (!parsed.success) return null;
    const p = parsed.data;
    measures.push({
      row: Number(p.row),
      no: p.no,
      task: "",
      measure: p.measure,
      deadlineText: p.deadline,
      result: "",
      statusText: "",
      executors: "",
      deadline: {
        type: p.deadlineType === "" ? null : p.deadlineType,
        end: p.deadlineEnd === "" ? null : p.deadlineEnd,
      },
      status: p.status,
      role: p.role,
      completedOn: p.completedOn === "" ? null : p.completedOn,
    });
  }
  return { asOf, body: body.trim() === "" ? null : body.trim(), sheet, measures };
}

/** The figures of what a snapshot reported (the same counts its Annex 2 showed). */
export function snapshotSummary(snapshot: Snapshot): Summary {
  return summarise(snapshot.measures);
}
