/** SPEC "Comparing two reporting periods": matching, kinds of change, as-of dates, the snapshot. */
import {
  buildChangesSheet,
  buildSnapshotSheet,
  compareReports,
  currentSide,
  matchItems,
  previousSide,
  readSnapshot,
  titleAsOf,
} from "../../src/core";
import type { Comparison, ReportSource, SheetGrid, SheetModel, Side } from "../../src/core";
import { analyse } from "./fixtures";
import {
  CURRENT_ROWS,
  EXPECTED_CHANGES,
  MEASURES,
  currentTable,
  previousTable,
} from "./compareFixtures";

const TODAY = "2025-12-01";

/** What a reader reads back from a written sheet model (values only). */
function gridOf(model: SheetModel): SheetGrid {
  const rows: (string | number | null)[][] = [];
  for (const c of model.cells) {
    const row = (rows[c.row] ??= []);
    row[c.col] = c.value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] = Array.from(rows[r] ?? [], (v) => v ?? null);
  return { name: model.name, rows };
}

const source = (sheets: SheetGrid[], extra: Partial<ReportSource> = {}): ReportSource => ({
  sheets,
  snapshot: null,
  storedAsOf: null,
  storedBody: null,
  ...extra,
});

function ok(side: Side): Extract<Side, { ok: true }> {
  if (!side.ok) throw new Error(side.fatal.message);
  return side;
}

function compareTables(previous: ReportSource, current: ReportSource): Comparison {
  const p = ok(previousSide(previous, { today: TODAY, lang: "ky" }));
  const c = ok(currentSide(current, { today: TODAY, lang: "ky" }));
  return compareReports(p.state, c.state);
}

const plain = (c: Comparison): unknown[] =>
  c.changes.map((ch) => ({
    item: ch.item,
    kind: ch.kind,
    from: ch.from,
    to: ch.to,
    cell: ch.cell,
  }));

describe("compareReports on two hand-computed reports", () => {
  const comparison = compareTables(source([previousTable()]), source([currentTable()]));

  it("finds every change of every kind, grouped by kind, with the current Table 1 cell", () => {
    expect(plain(comparison)).toEqual(EXPECTED_CHANGES);
  });

  it("takes each side's as-of date from its title rows", () => {
    expect(comparison.previous.asOf).toBe("2025-03-31");
    expect(comparison.current.asOf).toBe("2025-06-30");
  });

  it("gives both levels from counts and their change", () => {
    expect(comparison.previous.summary.completed).toBe(2);
    expect(comparison.previous.summary.total).toBe(8);
    expect(comparison.current.summary.completed).toBe(3);
    expect(comparison.levelChange).toBe(12.5);
  });

  it("marks reopened items as errors and names renumbered items by their previous number", () => {
    expect(comparison.changes.filter((c) => c.severity === "error").map((c) => c.item)).toEqual([
      "2",
    ]);
    const g = comparison.changes.find((c) => c.kind === "completed" && c.item === "6")!;
    expect(g.previousItem).toBe("7");
    expect(g.measure).toBe(MEASURES.G);
  });

  it("writes a changes sheet with a heading per kind and links to the Table 1 cells", () => {
    const model = buildChangesSheet(comparison, { lang: "en", body: "МЦРИТ" });
    const texts = model.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Reopened — 1");
    expect(texts).toContain("Removed — 1");
    expect(texts.findIndex((t) => t.startsWith("Reopened"))).toBeLessThan(
      texts.findIndex((t) => t.startsWith("Completed"))
    );
    expect(model.links?.map((l) => `${l.sheet}!${l.cell}`)).toEqual(
      EXPECTED_CHANGES.filter((c) => c.cell !== null).map((c) => `1-таблица!${c.cell}`)
    );
    const link = model.links![0];
    expect(model.cells.find((c) => c.row === link.row && c.col === link.col)?.value).toBe("F5");
  });
});

describe("matchItems", () => {
  const measure = (no: string, text: string) => ({ no, measure: text });
  it("pairs by number and text, then by text (renumbered), then by number (reworded)", () => {
    const prev = [
      measure("1", "alpha"),
      measure("2", "beta"),
      measure("3", "gamma"),
      measure("4", "delta"),
    ];
    const cur = [
      measure("1", "alpha"),
      measure("2", "gamma"),
      measure("3", "epsilon"),
      measure("4", "Delta  (edited)"),
    ];
    const grids = (rows: { no: string; measure: string }[]): SheetGrid => ({
      name: "T",
      rows: [
        ["№", "Милдет", "Чара", "Мөөнөтү", "Натыйжа", "Статус"],
        ...rows.map((r) => [r.no, "t", r.measure, "2025-жыл", "r", "Аткарууда"]),
      ],
    });
    const m = matchItems(analyse([grids(prev)]).measures, analyse([grids(cur)]).measures);
    const pairs = m.pairs
      .map((p) => `${p.previous.no}:${p.previous.measure}→${p.current.no}:${p.current.measure}`)
      .sort();
    // beta and epsilon share no number and no text: beta removed, epsilon added, even though 2 and 3 both exist on each side.
    expect(pairs).toEqual(["1:alpha→1:alpha", "3:gamma→2:gamma", "4:delta→4:Delta  (edited)"]);
    expect(m.removed.map((x) => x.measure)).toEqual(["beta"]);
    expect(m.added.map((x) => x.measure)).toEqual(["epsilon"]);
  });
});

describe("the as-of date in Table 1's title rows", () => {
  const layoutOf = (g: SheetGrid) => analyse([g]).layout;
  const withTitle = (title: string, second?: string | Date): SheetGrid => {
    const g = currentTable();
    const rows = g.rows.map((r) => [...r]);
    rows[0] = second === undefined ? [title] : [title, second];
    return { ...g, rows };
  };
  it.each([
    ["30.06.2025-ж. карата", "2025-06-30"],
    ["2025-жылдын 30-июнуна карата абал", "2025-06-30"],
    ["Информация по состоянию на 1 июля 2025 г.", "2025-07-01"],
    ["по состоянию на 01.10.2025", "2025-10-01"],
    ["Status as of 31.12.2025", "2025-12-31"],
  ])("%s → %s", (title, iso) => {
    const g = withTitle(title);
    expect(titleAsOf(g, layoutOf(g))).toBe(iso);
  });
  it("takes the date from the next cell when the words stand alone", () => {
    const g = withTitle("по состоянию на", new Date(Date.UTC(2025, 8, 30)));
    expect(titleAsOf(g, layoutOf(g))).toBe("2025-09-30");
  });
  it("is null without the words", () => {
    const g = withTitle("Маалымат 30.06.2025");
    expect(titleAsOf(g, layoutOf(g))).toBeNull();
  });
  it("falls back to the stored ATKARUU_AS_OF, then the given date, then today", () => {
    const g = withTitle("Маалымат");
    expect(
      ok(
        previousSide(source([g], { storedAsOf: "2025-04-01" }), {
          today: TODAY,
          lang: "ky",
          givenAsOf: "2025-05-01",
        })
      ).state.asOf
    ).toBe("2025-04-01");
    expect(
      ok(previousSide(source([g]), { today: TODAY, lang: "ky", givenAsOf: "2025-05-01" })).state
        .asOf
    ).toBe("2025-05-01");
    expect(ok(previousSide(source([g]), { today: TODAY, lang: "ky" })).state.asOf).toBe(TODAY);
  });
});

describe("the snapshot", () => {
  const previous = analyse([previousTable()], { asOf: "2025-03-31", body: "МЦРИТ" });
  const model = buildSnapshotSheet(previous, "2025-03-31", "МЦРИТ");
  const snapshot = readSnapshot(gridOf(model))!;

  it("reads back every item's status, deadline, completion date, role and the as-of date", () => {
    expect(snapshot.asOf).toBe("2025-03-31");
    expect(snapshot.body).toBe("МЦРИТ");
    expect(snapshot.sheet).toBe("1-таблица");
    const strip = (m: (typeof previous.measures)[number]) => ({
      no: m.no,
      measure: m.measure,
      status: m.status,
      deadline: m.deadline,
      completedOn: m.completedOn,
      role: m.role,
      row: m.row,
      deadlineText: m.deadlineText,
    });
    expect(snapshot.measures.map(strip)).toEqual(previous.measures.map(strip));
    // Both a blank and a dated completion date.
    expect(snapshot.measures.map((m) => m.completedOn)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "2025-02-01",
    ]);
  });

  it("is what PREVIOUS reported even after its Table 1 was edited", () => {
    const edited = currentTable(); // Table 1 of PREVIOUS overwritten with later statuses and another title
    const viaSnapshot = compareTables(source([edited], { snapshot }), source([currentTable()]));
    expect(plain(viaSnapshot)).toEqual(EXPECTED_CHANGES);
    expect(viaSnapshot.previous.asOf).toBe("2025-03-31");
    expect(viaSnapshot.previous.summary).toEqual(
      compareTables(source([previousTable()]), source([currentTable()])).previous.summary
    );
  });

  it("gives CURRENT its date only while its Table 1 is unchanged since", () => {
    const current = analyse([currentTable()], { asOf: "2025-06-30" });
    const fresh = readSnapshot(gridOf(buildSnapshotSheet(current, "2025-07-02", null)))!;
    const untitled = {
      ...currentTable(),
      rows: currentTable().rows.map((r, i) => (i === 0 ? ["Маалымат"] : r)),
    };
    expect(
      ok(
        currentSide(source([untitled], { snapshot: fresh, storedAsOf: "2025-07-02" }), {
          today: TODAY,
          lang: "ky",
          givenAsOf: "2025-08-01",
        })
      ).state.asOf
    ).toBe("2025-07-02");
    // After an edit the snapshot (and the stored date of the same Annex 2) describe the report before.
    const editedRows = untitled.rows.map((r, i) =>
      i === 3 ? [...r.slice(0, 5), "Аткарууда", null] : r
    );
    expect(
      ok(
        currentSide(
          source([{ ...untitled, rows: editedRows }], {
            snapshot: fresh,
            storedAsOf: "2025-07-02",
          }),
          { today: TODAY, lang: "ky", givenAsOf: "2025-08-01" }
        )
      ).state.asOf
    ).toBe("2025-08-01");
  });

  it("is refused whole when damaged: a bad row, a bad date, another format", () => {
    const g = gridOf(model);
    const bad = (edit: (rows: (string | number | null)[][]) => void): SheetGrid => {
      const rows = g.rows.map((r) => [...r]) as (string | number | null)[][];
      edit(rows);
      return { ...g, rows };
    };
    expect(readSnapshot(bad((rows) => (rows[7][2] = "finished")))).toBeNull();
    expect(readSnapshot(bad((rows) => (rows[1][1] = "31.03.2025")))).toBeNull();
    expect(readSnapshot(bad((rows) => (rows[0][0] = "atkaruu-snapshot/9")))).toBeNull();
    expect(readSnapshot(bad((rows) => (rows[6][4] = "2025-02-30")))).toBeNull();
  });

  it("keeps CURRENT_ROWS matched one to one (fixture sanity)", () => {
    expect(analyse([currentTable()]).measures).toHaveLength(CURRENT_ROWS.length);
  });
});
