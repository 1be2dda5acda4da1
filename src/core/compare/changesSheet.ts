/**
 * The changes sheet `atkaruu compare --out` writes into a copy of CURRENT: the two reports' figures
 * and level, then one block per kind of change (reopened first: they are errors), one row per change
 * with its item, measure, value before and now, and a link to the item's cell in Table 1.
 */
import { formatDmy } from "../dates";
import { roundLevel } from "../figures";
import type { CellStyle, SheetLink, SheetModel } from "../sheetModel";
import { SheetModelBuilder, TITLE_STYLE } from "../sheetModel";
import type { Lang } from "../types";
import type { Comparison } from "./changes";
import { changesByKind } from "./changes";
import { changeValues } from "./describe";
import { compareCatalog } from "./i18n";

const WIDTHS = [9, 60, 30, 30, 16];
const LAST = WIDTHS.length - 1;

const S = {
  title: TITLE_STYLE,
  text: { wrap: true },
  heading: { bold: true, fill: "D9E1F2", border: true },
  errorHeading: { bold: true, fill: "FFC7CE", border: true, color: "9C0006" },
  hint: { italic: true, wrap: true, color: "9C0006" },
  header: { bold: true, wrap: true, border: true, hAlign: "center", vAlign: "middle" },
  cell: { wrap: true, border: true, vAlign: "top" },
  center: { border: true, vAlign: "top", hAlign: "center" },
  link: { border: true, vAlign: "top", hAlign: "center", color: "0563C1" },
} satisfies Record<string, CellStyle>;

/** A level with the language's decimal mark and a percent sign, or the word for undefined. */
export function levelText(level: number | null, lang: Lang): string {
  const r = roundLevel(level);
  if (r === null) return compareCatalog(lang).levelUndefined;
  return `${r.toFixed(1).replace(".", compareCatalog(lang).decimalMark)} %`;
}

/** The change of level in percentage points, signed (`+12,5`). */
export function levelChangeText(change: number | null, lang: Lang): string {
  if (change === null) return compareCatalog(lang).levelUndefined;
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return `${sign}${Math.abs(change).toFixed(1).replace(".", compareCatalog(lang).decimalMark)}`;
}

export function buildChangesSheet(
  comparison: Comparison,
  options: { readonly lang: Lang; readonly body: string | null }
): SheetModel {
  const t = compareCatalog(options.lang);
  const b = new SheetModelBuilder(t.changesSheet);
  const prev = comparison.previous;
  const cur = comparison.current;
  let r = 0;
  b.set(r, 0, t.title(formatDmy(prev.asOf), formatDmy(cur.asOf)), S.title, { right: LAST }).height(
    r,
    36
  );
  if (options.body !== null) b.set(++r, 0, t.body(options.body), S.text, { right: LAST });
  b.set(
    ++r,
    0,
    `${t.previousLabel}: ${t.report(formatDmy(prev.asOf), prev.summary.total, prev.summary.completed)}`,
    S.text,
    { right: LAST }
  );
  b.set(
    ++r,
    0,
    `${t.currentLabel}: ${t.report(formatDmy(cur.asOf), cur.summary.total, cur.summary.completed)}`,
    S.text,
    { right: LAST }
  );
  b.set(
    ++r,
    0,
    t.levels(
      levelText(prev.summary.executionLevel, options.lang),
      levelText(cur.summary.executionLevel, options.lang),
      levelChangeText(comparison.levelChange, options.lang)
    ),
    { bold: true },
    { right: LAST }
  );
  r += 1;

  const links: SheetLink[] = [];
  const groups = changesByKind(comparison.changes);
  if (groups.length === 0) b.set(++r, 0, t.noChanges, S.text, { right: LAST });
  for (const g of groups) {
    r += 1;
    const error = g.kind === "reopened";
    b.set(
      r,
      0,
      `${t.kindNames[g.kind]} — ${g.changes.length}`,
      error ? S.errorHeading : S.heading,
      { right: LAST }
    );
    const hint = t.kindHints[g.kind];
    if (hint !== undefined) b.set(++r, 0, hint, S.hint, { right: LAST });
    r += 1;
    t.headers.forEach((h, c) => b.set(r, c, h, S.header));
    for (const ch of g.changes) {
      r += 1;
      const { before, now } = changeValues(ch, options.lang);
      const item =
        ch.previousItem !== null && ch.previousItem !== ""
          ? `${ch.item} (${ch.previousItem})`
          : ch.item;
      b.set(r, 0, /^\d+$/.test(item) ? Number(item) : item, S.center);
      b.set(r, 1, ch.measure, S.cell);
      b.set(r, 2, before, S.cell);
      b.set(r, 3, now, S.cell);
      if (ch.cell !== null && comparison.sheet !== null) {
        b.set(r, 4, ch.cell, S.link);
        links.push({ row: r, col: 4, sheet: comparison.sheet, cell: ch.cell });
      } else b.set(r, 4, "", S.center);
    }
    r += 1;
  }
  return b.build({
    columnWidths: WIDTHS,
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    links,
  });
}
