/**
 * SPEC "Plans other than 444-р": consolidation with the plan workbook — per plan item each executor the
 * plan names and whether it reported the item, the items whose lead executor did not report them, the
 * bodies the plan names that sent no workbook (the expected list when none is given), the item view in
 * the plan's order and the bodies' deadlines checked against the plan's years. The bodies' workbooks
 * are the Table 1s the core makes from the plan, written and read back, then edited as a body would.
 */
import {
  buildConsolidationSheets,
  buildPlanTable1,
  consolidate,
  consolidationEntry,
  coreCatalog,
  normalize,
  planTexts,
  templateHeader,
} from "../../src/core";
import type { CellValue, ConsolidationEntry, PlanBook, SheetGrid } from "../../src/core";
import { planOf } from "./examples";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import { workbookFromModels, workbookToBuffer } from "../../src/xlsx/workbook";

const AS_OF = "2016-06-30";

interface BodyBook {
  readonly grid: SheetGrid;
  readonly storedBody: string | null;
}

/** The body's Table 1 from the plan, written by ExcelJS and read back as a body would get it. */
async function table1Of(book: PlanBook, body: string): Promise<BodyBook> {
  const made = buildPlanTable1(book, body, "ky");
  if (!made.ok) throw new Error(made.message);
  const read = await readWorkbook(await workbookToBuffer(workbookFromModels([made.model])), {
    lang: "ky",
    fileName: "t.xlsx",
  });
  if (!read.ok) throw new Error(read.fatal.message);
  return { grid: read.book.sheets[0], storedBody: read.book.storedBody };
}

/** The grid with every item row given a status, and the rows of `drop` removed (items the body left out). */
function filled(grid: SheetGrid, status: string, drop: readonly string[] = []): SheetGrid {
  const header = grid.rows.findIndex((r) => r.some((v) => v === templateHeader("status", "ky")));
  const statusCol = grid.rows[header].indexOf(templateHeader("status", "ky"));
  const rows: CellValue[][] = [];
  grid.rows.forEach((r, i) => {
    const row = [...r];
    if (i > header + 1 && row[0] !== null && row[0] !== "") {
      if (drop.includes(String(row[0]))) return;
      row[statusCol] = status;
    }
    rows.push(row);
  });
  return { ...grid, rows };
}

function entry(file: string, b: BodyBook, book: PlanBook): ConsolidationEntry {
  return consolidationEntry(
    { file, modified: 1, sheets: [b.grid], storedBody: b.storedBody },
    { asOf: AS_OF, lang: "ky", plan: book.plan }
  );
}

/** Items of the plan whose executors cell names `abbr` first — computed from the cells, not by the rule under test. */
const ledBy = (book: PlanBook, abbr: string): string[] =>
  book.items.filter((i) => normalize(i.executorsText).startsWith(normalize(abbr))).map((i) => i.no);
const naming = (book: PlanBook, abbr: string): string[] =>
  book.items
    .filter((i) => new RegExp(`(^|[\\s,])${abbr}([\\s,]|$)`, "u").test(i.executorsText))
    .map((i) => i.no);

describe("consolidation with the e-government plan 2014–2017", () => {
  let book: PlanBook;
  let mebb: BodyBook;
  let finmin: BodyBook;
  let tkm: BodyBook;
  beforeAll(async () => {
    book = await planOf("plan-egov-2014-2017.xlsx");
    [mebb, finmin, tkm] = await Promise.all(
      ["МЭББ", "Финмин", "ТКМ"].map((b) => table1Of(book, b))
    );
  });

  test("per item every executor the plan names, its role, and whether it reported the item", () => {
    const done = coreCatalog("ky").template.statusChoices[0];
    const dropped = ledBy(book, "МЭББ")[1];
    const entries = [
      entry("mebb.xlsx", { ...mebb, grid: filled(mebb.grid, done, [dropped]) }, book),
      entry("Финмин.xlsx", { ...finmin, grid: filled(finmin.grid, done) }, book),
      // No stored body: the file name (the plan's abbreviation) names it.
      entry("ТКМ.xlsx", { storedBody: null, grid: filled(tkm.grid, done) }, book),
    ];
    const c = consolidate(entries, { asOf: AS_OF, lang: "ky", plan: book });
    const p = c.plan!;
    expect(p.years).toBe("2014–2017");
    expect(p.items.map((i) => i.no)).toEqual(book.items.map((i) => i.no));

    const item = (no: string) => p.items.find((i) => i.no === no)!;
    // Every item naming Финмин has it, reported, with the body's stored full name.
    for (const no of naming(book, "Финмин")) {
      const e = item(no).executors.find((x) => x.name === "Финмин")!;
      expect([e.body, e.status]).toEqual(["Кыргыз Республикасынын Финансы министрлиги", "on_time"]);
    }
    for (const no of naming(book, "ТКМ"))
      expect(item(no).executors.find((x) => x.name === "ТКМ")?.body).toBe("ТКМ");
    // МЭББ sent a workbook but left one of its lead items out.
    const left = item(dropped);
    expect(left.executors[0]).toMatchObject({ name: "МЭББ", role: "lead", status: null });
    expect(left.executors[0].body).not.toBeNull();
    expect(left.leadMissing).toBe(true);
    // Roles: the first named is the lead, every other a co-executor.
    for (const i of p.items)
      expect(i.executors.map((e) => e.role)).toEqual(
        i.executors.map((_, k) => (k === 0 ? "lead" : "co"))
      );
    // A body the plan names that sent nothing: never reported, no body.
    for (const i of p.items)
      for (const e of i.executors.filter((x) => x.name === "МКМЖК"))
        expect([e.body, e.status]).toEqual([null, null]);

    // Items whose lead did not report: those led by a body that sent nothing, and the one МЭББ left out.
    const sent = ["МЭББ", "Финмин", "ТКМ"];
    const expected = book.items
      .filter(
        (i) =>
          !sent.some((b) => normalize(i.executorsText).startsWith(normalize(b))) || i.no === dropped
      )
      .map((i) => i.no);
    expect(p.leadNotReported).toEqual(expected);

    // Bodies the plan names that sent nothing are the expected ones missing; the plan's full name shown.
    expect(c.missing).toContain(
      "МКМЖК (Маалыматташтыруу жана координациялоо боюнча мамлекеттик жетекчилердин кеңеши)"
    );
    expect(c.missing.some((m) => /^(МЭББ|Финмин|ТКМ)\b/u.test(m))).toBe(false);
    expect(c.unexpected).toEqual([]);

    // The item view follows the plan: its ids in order, the measure from the plan for items nobody reported.
    expect(c.planItems).toBe(21);
    expect(c.items.map((i) => i.no)).toEqual(book.items.map((i) => i.no));
    const nobody = c.items.find((i) => i.leads.length + i.co.length === 0)!;
    expect(nobody.measure).toBe(book.items.find((i) => i.no === nobody.no)!.measure);

    // The bodies' deadlines are checked against the plan's years, not 444-р's.
    for (const b of c.bodies)
      expect(b.issues.filter((i) => i.code === "deadline-outside-plan")).toEqual([]);
  });

  test("the completeness sheet: a row per executor of each item, the lead-missing items marked, the bodies that sent nothing below", () => {
    const c = consolidate([entry("mebb.xlsx", mebb, book)], {
      asOf: AS_OF,
      lang: "ru",
      plan: book,
    });
    const sheets = buildConsolidationSheets(c);
    const t = planTexts("ru");
    expect(sheets.map((s) => s.name)).toEqual([
      ...["summarySheet", "itemsSheet", "issuesSheet"].map(
        (k) => coreCatalog("ru").consolidation[k as "summarySheet"]
      ),
      t.completenessSheet,
    ]);
    const sheet = sheets[3];
    const at = (r: number, col: number) =>
      sheet.cells.find((x) => x.row === r && x.col === col)?.value ?? null;
    expect([0, 1, 2, 3, 4, 5, 6].map((col) => at(2, col))).toEqual([...t.completenessHeaders]);
    const rows = c.plan!.items.reduce((n, i) => n + Math.max(1, i.executors.length), 0);
    // Row 3 on: one per executor; the first item's lead is МЭББ, which sent its (blank) Table 1.
    expect([at(3, 2), at(3, 3), at(3, 4)]).toEqual([
      "МЭББ",
      coreCatalog("ru").template.roleChoices[0],
      t.reported,
    ]);
    expect(at(4, 4)).toBe(t.noWorkbook);
    expect(at(3 + rows + 1, 0)).toBe(t.bodiesMissingHeading);
    expect(at(3 + rows + 2, 0)).toMatch(/^МКМЖК \(/u);
  });

  test("a hand-kept list given as well is the expected one; the plan still gives completeness", () => {
    const c = consolidate([entry("mebb.xlsx", mebb, book)], {
      asOf: AS_OF,
      lang: "en",
      plan: book,
      expected: [mebb.storedBody!, "Министерство юстиции"],
    });
    expect(c.missing).toEqual(["Министерство юстиции"]);
    expect(c.plan!.bodiesMissing.map((b) => b.name)).toContain("Финмин");
  });
});

describe("consolidation with the village plan (several people per action)", () => {
  test("a person the plan names answers to its workbook named by the person; items of another person stay unreported", async () => {
    const book = await planOf("plan-village-services.xlsx");
    const head = await table1Of(book, "Айыл өкмөтүнүн башчысы");
    const c = consolidate([entry("head.xlsx", head, book)], {
      asOf: "2019-12-31",
      lang: "ky",
      plan: book,
    });
    const p = c.plan!;
    for (const i of p.items) {
      const e = i.executors.find((x) => normalize(x.name) === normalize("Айыл өкмөтүнүн башчысы"));
      if (e !== undefined) expect(e.status).toBe("missing");
      for (const other of i.executors.filter(
        (x) => x !== e && normalize(x.name) !== normalize("Айыл өкмөт башчысы")
      ))
        expect(other.body).toBeNull();
    }
    expect(p.bodiesMissing.map((b) => b.name)).toContain("Жооптуу катчы");
    expect(p.bodiesMissing.map((b) => b.name)).not.toContain("Айыл өкмөтүнүн башчысы");
  });
});
