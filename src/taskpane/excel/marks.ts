/**
 * Issue highlights: custom conditional formats whose formula carries {@link MARK_TAG} (always true,
 * never a real test), so the cells' own fills and fonts are never changed and our highlights — and
 * only them — are found and removed again later, also in another session.
 *
 * One conditional format per severity, over all its cells at once (`Worksheet.getRanges`, ExcelApi
 * 1.9), not one per run of cells: Excel keeps every rule in the sheet's rule list, and hundreds of
 * rules slow the sheet down. `getRanges` refuses long addresses ("The argument is invalid…" from
 * about 8 200 characters, office-js #5198), so an address list is cut at {@link MAX_AREAS_ADDRESS}
 * characters and a severity gets one more format per cut.
 */
import { a1, rangeA1 } from "../../core";
import type { CellMark } from "../port";
import { excelRun } from "./host";
import { ACTION_BYTES, utf8Length } from "./writePlan";
import type { Rect } from "./writePlan";

/** Highlights are custom conditional formats whose formula carries this tag. */
export const MARK_TAG = "atkaruu-mark:";

/** Longest address list given to one `getRanges` (office-js #5198 fails from about 8 200). */
export const MAX_AREAS_ADDRESS = 8000;

const MARK_COLORS = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
} as const;

type Severity = CellMark["severity"];

/** Marks grouped into vertical runs per column and severity; an error outranks a warning on a cell. */
export function markRuns(marks: readonly CellMark[]): { rect: Rect; severity: Severity }[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.col}:${m.row}`;
    const prev = byCell.get(key);
    if (prev === undefined || (prev.severity === "warning" && m.severity === "error"))
      byCell.set(key, m);
  }
  const sorted = [...byCell.values()].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: {
    rect: { top: number; left: number; rows: number; cols: number };
    severity: Severity;
  }[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      last.severity === m.severity &&
      last.rect.left === m.col &&
      last.rect.top + last.rect.rows === m.row
    )
      last.rect.rows++;
    else out.push({ rect: { top: m.row, left: m.col, rows: 1, cols: 1 }, severity: m.severity });
  }
  return out;
}

/** `C5:C9` or `C5`, without the sheet (what `getRanges` takes). */
function areaAddress(r: Rect): string {
  return r.rows === 1 && r.cols === 1
    ? a1(r.top, r.left)
    : rangeA1(r.top, r.left, r.top + r.rows - 1, r.left + r.cols - 1);
}

/**
 * The address lists of the highlights: per severity (errors first), the runs joined with commas,
 * cut before {@link MAX_AREAS_ADDRESS} characters. One conditional format each.
 */
export function markAddresses(
  marks: readonly CellMark[],
  maxChars = MAX_AREAS_ADDRESS
): { severity: Severity; address: string }[] {
  const runs = markRuns(marks);
  const out: { severity: Severity; address: string }[] = [];
  for (const severity of ["error", "warning"] as const) {
    let cur = "";
    for (const r of runs) {
      if (r.severity !== severity) continue;
      const a = areaAddress(r.rect);
      if (cur !== "" && cur.length + 1 + a.length > maxChars) {
        out.push({ severity, address: cur });
        cur = "";
      }
      cur = cur === "" ? a : `${cur},${a}`;
    }
    if (cur !== "") out.push({ severity, address: cur });
  }
  return out;
}

/**
 * Remove our previous highlights on the sheet and add the new ones. Syncs: 1 to list the sheet's
 * conditional formats, 1 to read the custom ones' formulas (when there are any), 1 for the removal
 * and the new formats (one per severity and address cut, each a handful of actions) — more only
 * when the addresses exceed the request budget.
 */
export async function markCells(
  sheet: string,
  marks: readonly CellMark[],
  budget: number
): Promise<void> {
  await excelRun(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property (the format collection), loaded on the next line
    const formats = ws.getRange().conditionalFormats;
    formats.load("items/type");
    await context.sync();
    const customs = formats.items
      .filter((f) => f.type === "Custom")
      .map((f) => {
        const rule = f.custom.rule;
        rule.load("formula");
        return { format: f, rule };
      });
    if (customs.length > 0) await context.sync();
    for (const { format, rule } of customs) if (rule.formula.includes(MARK_TAG)) format.delete();
    let bytes = 0;
    for (const { severity, address } of markAddresses(marks)) {
      const b = 8 * ACTION_BYTES + utf8Length(address);
      if (bytes > 0 && bytes + b > budget) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync only when the request budget is full
        await context.sync();
        bytes = 0;
      }
      bytes += b;
      const cf = ws.getRanges(address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=ISTEXT("${MARK_TAG}${severity}")`;
      cf.custom.format.fill.color = MARK_COLORS[severity].fill;
      cf.custom.format.font.color = MARK_COLORS[severity].font;
    }
    await context.sync();
  });
}
