/**
 * The bundled examples' Annex 2 as LibreOffice prints it (SPEC "Annex 2", issue 8): `atkaruu annex2`
 * writes the copy, the copy is printed with its other sheets hidden (as a user prints the Annex 2
 * sheet alone), and the PDF's words, with their positions (pdftotext -bbox), are checked: the period
 * line in the form's order, the section I/II columns with no unit word in the year lines, the body's
 * full name, "page / pages" in every page's footer, and every detail cell's text in full inside its
 * row — no line cut off by a row too short, a task cut by a page break shown again on the new page.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  analyseWorkbook,
  buildAnnex2,
  coreCatalog,
  formatDmy,
  PLAN_ITEMS_444,
  rowHeightsOf,
} from "../../src/core";
import type { Lang, SheetModel } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import { EXAMPLE_FULL_NAME } from "../fixtures/xlsx/exampleTable1";
import { convert } from "../support/libreoffice";
import { runInProcess } from "./helpers";

jest.setTimeout(300_000);

const AS_OF = "2025-06-30";
interface Case {
  readonly example: string;
  readonly lang: Lang;
  readonly body: string | null;
  readonly fullName: string | null;
}
const CASES: Case[] = [
  { example: "table1-example.xlsx", lang: "ky", body: "мцрит", fullName: EXAMPLE_FULL_NAME.ky },
  { example: "table1-example-ru.xlsx", lang: "ru", body: "МЦРИТ", fullName: EXAMPLE_FULL_NAME.ru },
  { example: "table1-example.xlsx", lang: "en", body: "МЦРИТ", fullName: EXAMPLE_FULL_NAME.ky },
  { example: "local-plan-example.xlsx", lang: "ky", body: null, fullName: null },
];

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}
interface Printed {
  readonly c: Case;
  readonly model: SheetModel;
  readonly pages: Word[][];
  readonly layoutText: string[];
}

let dir: string;
const printed: Printed[] = [];

/** The copy with every sheet but Annex 2 hidden (LibreOffice prints visible sheets only). */
function annexAlone(copy: string, out: string, annexSheet: string): void {
  const py = `
import sys, zipfile, re
src, dst, keep = sys.argv[1], sys.argv[2], sys.argv[3]
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == "xl/workbook.xml":
        text = data.decode("utf-8")
        def hide(m):
            tag = m.group(0)
            name = re.search(r'name="([^"]*)"', tag).group(1)
            return tag if name == keep else re.sub(r' state="[^"]*"', "", tag).replace("<sheet ", '<sheet state="hidden" ', 1)
        text = re.sub(r"<sheet [^>]*>", hide, text)
        data = text.encode("utf-8")
    zout.writestr(item, data)
zout.close()
`;
  execFileSync("/usr/bin/python3", ["-c", py, copy, out, annexSheet]);
}

function wordsOf(pdf: string): Word[][] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const pages: Word[][] = [];
  for (const page of html.split("<page ").slice(1)) {
    const words: Word[] = [];
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    )) {
      const text = m[5]
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
      words.push({
        text,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
    }
    pages.push(words);
  }
  return pages;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-annex2-pdf-"));
  const alone: string[] = [];
  for (const [i, c] of CASES.entries()) {
    copyFileSync(join(__dirname, "../../examples", c.example), join(dir, `in${i}.xlsx`));
    const args = [
      "annex2",
      `in${i}.xlsx`,
      "--as-of",
      AS_OF,
      "--period-from",
      "2025-01-01",
      "--lang",
      c.lang,
      "--out",
      `copy${i}.xlsx`,
    ];
    if (c.body !== null) args.push("--body", c.body);
    const r = await runInProcess(args, { cwd: dir });
    expect(r.code).toBe(0);
    // The model the copy was written from, to compare the printed text with the cells.
    const read = await readWorkbookFile(join(dir, `in${i}.xlsx`), c.lang);
    if (!read.ok) throw new Error(read.fatal.message);
    const a = analyseWorkbook(read.book.sheets, {
      body: c.body ?? undefined,
      asOf: AS_OF,
      lang: c.lang,
    });
    if (!a.ok) throw new Error(a.fatal.message);
    const model = buildAnnex2(a.analysis, {
      body: c.body,
      periodFrom: "2025-01-01",
      periodTo: null,
      asOf: AS_OF,
      person: "",
      contacts: "",
      planItems: PLAN_ITEMS_444,
      lang: c.lang,
    });
    annexAlone(join(dir, `copy${i}.xlsx`), join(dir, `print${i}.xlsx`), model.name);
    alone.push(join(dir, `print${i}.xlsx`));
    printed.push({ c, model, pages: [], layoutText: [] });
  }
  await convert(alone, "pdf", join(dir, "pdf"));
  printed.forEach((p, i) => {
    const pdf = join(dir, "pdf", `print${i}.pdf`);
    (p.pages as Word[][]).push(...wordsOf(pdf));
    (p.layoutText as string[]).push(
      ...execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
        .split("\f")
        .filter((t) => t.trim() !== "")
    );
  });
});
afterAll(() => {
  if (process.env.KEEP_PDF_DIR === undefined) rmSync(dir, { recursive: true, force: true });
});

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const noSpace = (s: string): string => s.replace(/\s+/g, "");

describe.each(CASES.map((c, i) => [`${c.example} in ${c.lang}`, i] as const))("%s", (_name, i) => {
  const get = (): Printed => printed[i];

  test("the period line in the form's order, the full body name, and page / pages in every footer", () => {
    const { c, layoutText, pages } = get();
    const t = coreCatalog(c.lang).annex2;
    const first = squash(layoutText[0]);
    expect(first).toContain(squash(t.periodLine(formatDmy(AS_OF), "01.01.2025", formatDmy(AS_OF))));
    if (c.fullName !== null) expect(first).toContain(squash(c.fullName));
    // No stray date: the as-of date appears only inside the period line and section III's heading.
    const dates = first.match(/30\.06\.2025/g) ?? [];
    expect(dates.length).toBe(
      (t.periodLine("30.06.2025", "x", "30.06.2025").match(/30\.06\.2025/g) ?? []).length + 1
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((words, p) => {
      const bottom = [...words]
        .sort((a, b) => b.yMax - a.yMax)
        .slice(0, 3)
        .map((w) => w.text)
        .join(" ");
      expect(bottom).toContain(`${p + 1} / ${pages.length}`);
    });
  });

  test("sections I and II: the count and item-number columns, year lines with a count only", () => {
    const { c, layoutText } = get();
    const t = coreCatalog(c.lang).annex2;
    const lines = layoutText.join("\n").split("\n");
    expect(
      lines.filter((l) => l.includes(t.countHeader) && l.includes(t.itemsHeader))
    ).toHaveLength(2);
    for (const year of ["2024", "2025", "2026", "2027", "2028"]) {
      const yearLines = lines.filter((l) => squash(l).startsWith(t.inYear(year)));
      expect(yearLines).toHaveLength(2);
      for (const l of yearLines) expect(squash(l.replace(t.inYear(year), ""))).toMatch(/^\d+$/);
    }
  });

  test("every detail cell's text is printed in full inside its row; a task cut by a page break is printed again", () => {
    const { model, pages } = get();
    const header = model.print.repeatRows!.top;
    const first = header + 2;
    const detail = model.cells.filter((x) => x.row >= first && x.value !== null && x.value !== "");
    const lastRow = Math.max(...detail.map((x) => x.row));
    const heights = rowHeightsOf(model);
    const breaks = model.print.rowBreaks ?? [];
    const widths = model.columnWidths.slice(0, 7);
    let checked = 0;
    let rowsSeen = 0;

    for (const words of pages) {
      // The numbering row "1 … 7" under the repeated header: its words give the columns' centres.
      const ones = words.filter((w) => w.text === "1");
      const numbering = ones
        .map((one) =>
          [1, 2, 3, 4, 5, 6, 7].map((n) =>
            words.find(
              (w) =>
                w.text === String(n) && Math.abs(w.yMin - one.yMin) < 1 && w.xMin >= one.xMin - 1
            )
          )
        )
        .find((row) => row.every((w) => w !== undefined));
      if (numbering === undefined) continue;
      const centre = numbering.map((w) => (w!.xMin + w!.xMax) / 2);
      const scale =
        (centre[6] - centre[0]) /
        (widths[0] / 2 + widths.slice(1, 6).reduce((a, b) => a + b, 0) + widths[6] / 2);
      const edges = [centre[0] - (scale * widths[0]) / 2];
      for (const w of widths) edges.push(edges[edges.length - 1] + scale * w);
      const colOf = (w: Word): number =>
        edges.findIndex(
          (e, k) => k < 7 && (w.xMin + w.xMax) / 2 >= e && (w.xMin + w.xMax) / 2 < edges[k + 1]
        );
      const below = words.filter((w) => w.yMin > numbering[0]!.yMax - 0.5);

      // The model's rows on this page: from its break to the next.
      const starts = [first, ...breaks.filter((b) => b > first)];
      const pageStart = starts[rowsSeen];
      const pageEnd = starts[rowsSeen + 1] ?? lastRow + 1;
      // Each row's top: its item number's word in column 1; the vertical scale from one row to the next.
      const tops: number[] = [];
      for (let r = pageStart; r < pageEnd; r++) {
        const no = String(model.cells.find((x) => x.row === r && x.col === 0)!.value);
        const w = below.find(
          (x) =>
            colOf(x) === 0 &&
            x.text === no.split(/\s+/)[0] &&
            (tops.length === 0 || x.yMin > tops[tops.length - 1])
        );
        expect(w).toBeDefined();
        tops.push(w!.yMin);
      }
      const pointScale = tops.length > 1 ? (tops[1] - tops[0]) / (heights[pageStart] ?? 15) : scale;
      const bottomOf = (r: number): number =>
        (r + 1 < pageEnd
          ? tops[r + 1 - pageStart]
          : tops[r - pageStart] + pointScale * (heights[r] ?? 15)) - 1;

      for (const cell of detail.filter((x) => x.row >= pageStart && x.row < pageEnd && x.col > 0)) {
        const merge = model.merges.find((m) => m.top === cell.row && m.left === cell.col);
        const lastOfCell = merge?.bottom ?? cell.row;
        const top = tops[cell.row - pageStart] - 2;
        const bottom = bottomOf(lastOfCell);
        const inCell = below.filter(
          (w) => colOf(w) === cell.col && w.yMin >= top && w.yMin < bottom
        );
        // Every word of the cell, in order, and none below the row's bottom (a line cut off).
        expect(noSpace(inCell.map((w) => w.text).join(""))).toBe(noSpace(String(cell.value)));
        for (const w of inCell) expect(w.yMax).toBeLessThanOrEqual(bottom + 2);
        checked++;
      }
      rowsSeen++;
    }
    expect(rowsSeen).toBe(breaks.filter((b) => b > first).length + 1);
    expect(checked).toBeGreaterThan(5);
  });
});

test("the copies open on Annex 2", () => {
  for (const [i] of CASES.entries()) {
    const wb = execFileSync("unzip", ["-p", join(dir, `copy${i}.xlsx`), "xl/workbook.xml"], {
      encoding: "utf8",
    });
    const sheets = [...wb.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const active = Number(/activeTab="(\d+)"/.exec(wb)?.[1] ?? "0");
    expect(sheets[active]).toBe(printed[i].model.name);
  }
  expect(readFileSync(join(dir, "copy0.xlsx")).length).toBeGreaterThan(0);
});
