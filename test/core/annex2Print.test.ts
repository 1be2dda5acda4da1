/**
 * SPEC "Annex 2", as it prints (issue 8): the period line in the form's order, the section columns,
 * the body's full name, page numbers, named fonts, every row's height written and tall enough, and
 * page breaks the core places itself so that a task merged over a break shows again on the next
 * page — in ky, ru and en, on a long Table 1 of many tasks.
 */
import {
  ANNEX2_NAMES,
  buildAnnex2,
  coreCatalog,
  lineCapacity,
  pageRowPoints,
  PLAN_ITEMS_444,
  rowHeightsOf,
  textPoints,
  wrappedLines,
} from "../../src/core";
import type { Analysis, CellValue, Lang, ReportMeta, SheetModel } from "../../src/core";
import { printedBody } from "../../src/core/annex2";
import { analyse, COVER, exampleTable1, KY_HEADERS, sheet } from "./fixtures";

const meta = (lang: Lang, body: string | null = "МЦРИТ"): ReportMeta => ({
  body,
  periodFrom: "2025-01-01",
  periodTo: "2025-06-30",
  asOf: "2025-06-30",
  person: "",
  contacts: "",
  planItems: PLAN_ITEMS_444,
  lang,
});

const WORDS = [
  "санариптик",
  "кызмат",
  "көрсөтүүлөрдүн",
  "реестрин",
  "инвентаризациялоо",
  "жана",
  "жаңылоо",
  "системасын",
  "өнүктүрүү",
  "мамлекеттик",
];
/** A text of `n` words, varied by `seed`. */
const text = (n: number, seed: number): string =>
  Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(" ");

/** 150 measures under 10 tasks (15 each), texts of 4–40 words; the full name of МЦРИТ in the title. */
function longTable(): SheetGrid1 {
  const rows: CellValue[][] = [
    ["Кыргыз Республикасынын Санариптик өнүктүрүү министрлиги (МЦРИТ)"],
    [...KY_HEADERS, "Жооптуу аткаруучулар"],
  ];
  for (let i = 0; i < 150; i++) {
    const task = i % 15 === 0 ? `Милдет ${i / 15 + 1}: ${text(6 + (i % 4), i)}` : null;
    rows.push([
      i + 1,
      task,
      text(4 + ((i * 13) % 37), i),
      "2025-жыл",
      text(3 + (i % 9), i + 3),
      i % 3 === 0 ? "Аткарууда" : `Мөөнөтүндө аткарылды. ${text(i % 25, i + 5)}`,
      "МЦРИТ, ЭКМ",
    ]);
  }
  return sheet("1-таблица", rows);
}
type SheetGrid1 = ReturnType<typeof sheet>;

/** The height every writer gives a row (rowHeightsOf), else Excel's default row. */
const heightOf = (model: SheetModel, row: number): number => rowHeightsOf(model)[row] ?? 15;
const valueAt = (model: SheetModel, row: number, col: number): CellValue | undefined =>
  model.cells.find((c) => c.row === row && c.col === col)?.value ?? undefined;

describe.each(["ky", "ru", "en"] as const)("Annex 2 printed, %s", (lang) => {
  const analysis: Analysis = analyse([longTable()], { body: "мцрит", lang });
  const model = buildAnnex2(analysis, meta(lang, "мцрит"));
  const header = model.print.repeatRows!.top;
  const first = header + 2;
  const last = first + analysis.measures.length - 1;
  const t = coreCatalog(lang).annex2;

  test("the body line prints the full name the plan gives, though the official typed the abbreviation in lower case", () => {
    expect(valueAt(model, 2, 0)).toBe("Кыргыз Республикасынын Санариптик өнүктүрүү министрлиги");
    const name = model.names!.find((n) => n.name === ANNEX2_NAMES.body)!;
    expect([name.row, name.col]).toEqual([2, 0]);
  });

  test("the period line: as of, then the period from–to, in one cell across the form; the as-of date for tools in a hidden column", () => {
    expect(valueAt(model, 4, 0)).toBe(t.periodLine("30.06.2025", "01.01.2025", "30.06.2025"));
    expect(model.merges).toContainEqual({ top: 4, left: 0, bottom: 4, right: 6 });
    const asOf = model.names!.find((n) => n.name === ANNEX2_NAMES.asOf)!;
    expect(valueAt(model, asOf.row, asOf.col)).toBe("30.06.2025");
    expect(model.hiddenColumns).toEqual([asOf.col]);
    expect(asOf.col).toBe(7);
  });

  test("sections I and II: counts under the count header, item numbers under theirs, no unit word in the year lines", () => {
    const headings = model.cells.filter((c) => c.value === t.countHeader);
    expect(headings).toHaveLength(2);
    for (const h of headings) {
      expect(h.col).toBe(3);
      expect(valueAt(model, h.row, 4)).toBe(t.itemsHeader);
      for (let r = h.row + 1; r <= h.row + 5; r++) {
        expect(String(valueAt(model, r, 0))).toMatch(/20\d\d/);
        expect(typeof valueAt(model, r, 3)).toBe("number");
        expect(valueAt(model, r, 4) ?? "").toBe("");
      }
      const fixed = valueAt(model, h.row + 6, 4);
      if (valueAt(model, h.row + 6, 3) !== 0) expect(String(fixed)).toContain(t.itemsCaption);
    }
    expect(
      model.cells.some((c) => c.value === t.measuresUnit || c.value === t.measuresUnitFor(1))
    ).toBe(false);
  });

  test("page numbers in the footer; fonts named; the form's rows have their heights written", () => {
    expect(model.print.footer).toBe("&C&P / &N");
    for (const s of model.styles) expect(s.fontName).toBe("Arial");
    for (let r = 0; r <= header + 1; r++) expect(model.rowHeights![r]).toBeGreaterThanOrEqual(15);
  });

  test("every detail row is tall enough for each of its cells; a merged task for its rows together", () => {
    const w = model.columnWidths;
    for (let r = first; r <= last; r++) {
      for (const c of model.cells.filter(
        (x) => x.row === r && typeof x.value === "string" && x.value !== "" && x.col !== 1
      )) {
        expect(heightOf(model, r)).toBeGreaterThanOrEqual(
          textPoints(String(c.value), w[c.col], model.styles[c.style!])
        );
      }
    }
    for (const m of model.merges.filter((x) => x.left === 1 && x.bottom > x.top)) {
      let sum = 0;
      for (let r = m.top; r <= m.bottom; r++) sum += heightOf(model, r);
      expect(sum).toBeGreaterThanOrEqual(
        textPoints(
          String(valueAt(model, m.top, 1)),
          w[1],
          model.styles[model.cells.find((c) => c.row === m.top && c.col === 1)!.style!]
        )
      );
    }
  });

  test("page breaks: each page's rows fit the page; no merge crosses a break; a task cut by a break is written again on the new page", () => {
    const breaks = model.print.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    const capacity = pageRowPoints(model);
    const repeat = heightOf(model, header) + heightOf(model, header + 1);
    const starts = [0, ...breaks];
    starts.forEach((start, p) => {
      const end = p + 1 < starts.length ? starts[p + 1] : last + 1;
      let used = start > header ? repeat : 0;
      for (let r = start; r < end; r++) used += heightOf(model, r);
      expect(used).toBeLessThanOrEqual(capacity);
      expect(end).toBeGreaterThan(start);
    });
    for (const m of model.merges)
      for (const b of breaks) expect(m.top < b && m.bottom >= b).toBe(false);
    let continued = 0;
    for (const b of breaks.filter((x) => x > first)) {
      const k = b - first;
      if (analysis.measures[k].task === analysis.measures[k - 1].task) {
        expect(valueAt(model, b, 1)).toBe(analysis.measures[k].task);
        continued++;
      }
    }
    expect(continued).toBeGreaterThan(0);
  });

  test("a page break falls between two measures of one task only where the page is full", () => {
    const capacity = pageRowPoints(model);
    const repeat = heightOf(model, header) + heightOf(model, header + 1);
    const breaks = model.print.rowBreaks ?? [];
    for (let p = 0; p + 1 < breaks.length; p++) {
      let used = repeat;
      for (let r = breaks[p]; r <= breaks[p + 1]; r++) used += heightOf(model, r);
      // The next page's first row did not fit on this page.
      expect(used).toBeGreaterThan(capacity * 0.8);
    }
  });
});

describe("the body line", () => {
  test("the plan's full name whichever name is given; the plan's spelling of an abbreviation; empty without a body", () => {
    const full = { fullName: "Санариптик өнүктүрүү министрлиги", abbreviation: "МЦРИТ" };
    expect(printedBody(full, "мцрит")).toBe(full.fullName);
    expect(printedBody(full, "Санариптик өнүктүрүү министрлиги")).toBe(full.fullName);
    expect(printedBody({ fullName: "МЦРИТ", abbreviation: "МЦРИТ" }, "мцрит")).toBe("МЦРИТ");
    expect(
      printedBody({ fullName: "МЦРИТ", abbreviation: "МЦРИТ" }, "Санариптик өнүктүрүү министрлиги")
    ).toBe("Санариптик өнүктүрүү министрлиги");
    expect(printedBody(null, "  ЭКМ ")).toBe("ЭКМ");
    expect(printedBody(full, null)).toBe("");
  });

  test("the hand-computed example without a full name in the workbook: the abbreviation as the plan writes it", () => {
    const model = buildAnnex2(
      analyse([COVER, exampleTable1()], { body: "мцрит" }),
      meta("ky", "мцрит")
    );
    expect(valueAt(model, 2, 0)).toBe("МЦРИТ");
  });
});

describe("line estimates", () => {
  test("words wrap whole; a word longer than a line runs over lines; Arial is wider than Calibri, bold wider still", () => {
    expect(lineCapacity(30)).toBe(28);
    expect(lineCapacity(30, { fontName: "Arial" })).toBeLessThan(lineCapacity(30));
    expect(lineCapacity(30, { fontName: "Arial", bold: true })).toBeLessThan(
      lineCapacity(30, { fontName: "Arial" })
    );
    expect(lineCapacity(30, { fontSize: 9 })).toBeGreaterThan(lineCapacity(30));
    // Nine words of 5 letters: 53 characters fit two lines of 28 by count, but whole words make three (4 + 4 + 1 words).
    expect(wrappedLines(Array(9).fill("абвгд").join(" "), 30)).toBe(3);
    expect(wrappedLines("а".repeat(60), 30)).toBe(3);
    expect(wrappedLines("бир\nэки", 30)).toBe(2);
    expect(textPoints("бир", 30)).toBe(17);
  });
});
