/**
 * `atkaruu compare` on real workbooks: the two hand-computed reports of test/core/compareFixtures.ts
 * written by openpyxl (/usr/bin/python3); an Annex 2 copy's snapshot read back after openpyxl edited
 * its Table 1; `--out`'s changes sheet opened by LibreOffice, its links and the rest of CURRENT kept.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { z } from "zod";
import { compareCatalog, SNAPSHOT_SHEET_NAME } from "../../src/core";
import { annex2Command } from "../../src/cli/commands/annex2";
import { compareCommand } from "../../src/cli/commands/compare";
import { Package } from "../../src/xlsx/read/package";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import {
  CURRENT_ROWS,
  CURRENT_TITLE,
  EXPECTED_CHANGES,
  MEASURES,
  PREVIOUS_ROWS,
  PREVIOUS_TITLE,
} from "../core/compareFixtures";
import { sheetsAsCsv } from "../support/libreoffice";
import { writeTable1WithOpenpyxl } from "../support/openpyxl";
import { errorSchema, runInProcess } from "./helpers";

jest.setTimeout(240_000);

const COMMANDS = [annex2Command, compareCommand];
const run = (argv: string[], today = "2025-12-01") =>
  runInProcess(argv, { cwd: dir, commands: COMMANDS, today });

/** Opens a workbook with openpyxl, overwrites Table 1's statuses and title, saves it elsewhere. */
const EDITOR = String.raw`
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb["1-таблица"]
ws["A1"] = "Маалымат 2025-жылдын 30-сентябрына карата"
for r in range(4, ws.max_row + 1):
    ws.cell(row=r, column=6).value = "Аткарылды"
wb.save(sys.argv[2])
`;

const HEADERS = [
  "№",
  "Милдет",
  "Чара/ иш-аракет",
  "Ишке ашыруу мөөнөтү",
  "Күтүлгөн натыйжалар (продукт)",
  "Статус",
  "Аткарылган күнү",
];

function produce(file: string, title: string, rows: typeof PREVIOUS_ROWS): void {
  const table = rows.map(([no, key, deadline, status, date]) => [
    no,
    "Милдет 1",
    MEASURES[key],
    deadline,
    "натыйжа",
    status,
    date === null ? null : { date: date.toISOString().slice(0, 10) },
  ]);
  writeTable1WithOpenpyxl(join(dir, file), { title, headers: HEADERS, rows: table });
}

const summarySchema = z
  .object({ total: z.number(), completed: z.number(), executionLevel: z.number().nullable() })
  .passthrough();
const compareSchema = z.strictObject({
  previous: z.strictObject({ asOf: z.string(), summary: summarySchema }),
  current: z.strictObject({ asOf: z.string(), summary: summarySchema }),
  levelChange: z.number().nullable(),
  changes: z.array(
    z.strictObject({
      item: z.string(),
      kind: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      cell: z.string().nullable(),
    })
  ),
});

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-compare-"));
  produce("previous.xlsx", PREVIOUS_TITLE, PREVIOUS_ROWS);
  produce("current.xlsx", CURRENT_TITLE, CURRENT_ROWS);
  produce("untitled.xlsx", "Маалымат", PREVIOUS_ROWS);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("atkaruu compare", () => {
  it("gives the SPEC's JSON with every hand-computed change, exit 1 for the reopened measure", async () => {
    const r = await run(["compare", "previous.xlsx", "current.xlsx", "--json"]);
    expect(r.code).toBe(1);
    const json = compareSchema.parse(JSON.parse(r.stdout));
    expect(json.changes).toEqual(EXPECTED_CHANGES);
    expect(json.previous.asOf).toBe("2025-03-31");
    expect(json.current.asOf).toBe("2025-06-30");
    expect(json.previous.summary.executionLevel).toBe(25);
    expect(json.current.summary.executionLevel).toBe(37.5);
    expect(json.levelChange).toBe(12.5);
  });

  it.each(["ky", "ru", "en"] as const)("prints a readable summary in %s", async (lang) => {
    const r = await run(["compare", "previous.xlsx", "current.xlsx", "--lang", lang]);
    const t = compareCatalog(lang);
    for (const kind of [
      "reopened",
      "completed",
      "became-overdue",
      "deadline-changed",
      "status-changed",
      "added",
      "removed",
    ] as const) {
      expect(r.stdout).toContain(t.kindNames[kind]);
    }
    expect(r.stdout).toContain(t.kindHints.reopened!);
    expect(r.stdout).toContain(t.item("6") + " " + t.renumbered("7"));
    expect(r.stdout).toContain(t.noSnapshot("previous.xlsx", "31.03.2025"));
    expect(r.stdout).toContain("1-таблица!F5");
  });

  it("uses --previous-as-of when PREVIOUS says no date", async () => {
    const r = await run([
      "compare",
      "untitled.xlsx",
      "current.xlsx",
      "--previous-as-of",
      "2025-03-31",
      "--json",
    ]);
    expect(compareSchema.parse(JSON.parse(r.stdout)).changes).toEqual(EXPECTED_CHANGES);
    const today = await run(["compare", "untitled.xlsx", "current.xlsx", "--json"], "2025-06-30");
    const json = compareSchema.parse(JSON.parse(today.stdout));
    expect(json.previous.asOf).toBe("2025-06-30");
    // As of the same day before and after, no measure *became* overdue (item 3 already was).
    expect(json.changes.filter((c) => c.kind === "became-overdue").map((c) => c.item)).toEqual([
      "2",
    ]);
  });

  it("reads the snapshot an Annex 2 copy stores, after openpyxl edited its Table 1", async () => {
    const a = await run([
      "annex2",
      "previous.xlsx",
      "--body",
      "МЦРИТ",
      "--as-of",
      "2025-03-31",
      "--out",
      "previous-annex2.xlsx",
    ]);
    expect(a.code).toBe(0);
    const book = await readWorkbookFile(join(dir, "previous-annex2.xlsx"), "ky");
    if (!book.ok) throw new Error(book.fatal.message);
    expect(book.book.sheetList.find((s) => s.name === SNAPSHOT_SHEET_NAME)).toEqual({
      name: SNAPSHOT_SHEET_NAME,
      hidden: true,
    });
    expect(book.book.snapshot?.asOf).toBe("2025-03-31");
    expect(book.book.storedAsOf).toBe("2025-03-31");
    const wbXml = new Package(readFileSync(join(dir, "previous-annex2.xlsx")), {
      inflate: (b) => inflateRawSync(b),
    }).text("xl/workbook.xml")!;
    expect(wbXml).toMatch(
      new RegExp(`<sheet name="${SNAPSHOT_SHEET_NAME}"[^>]*state="veryHidden"`)
    );

    const e = spawnSync(
      "/usr/bin/python3",
      ["-c", EDITOR, join(dir, "previous-annex2.xlsx"), join(dir, "previous-edited.xlsx")],
      { encoding: "utf8" }
    );
    expect(e.status).toBe(0);
    const r = await run([
      "compare",
      "previous-edited.xlsx",
      "current.xlsx",
      "--json",
      "--lang",
      "en",
    ]);
    const json = compareSchema.parse(JSON.parse(r.stdout));
    expect(json.changes).toEqual(EXPECTED_CHANGES);
    expect(json.previous.asOf).toBe("2025-03-31");
    const human = await run(["compare", "previous-edited.xlsx", "current.xlsx", "--lang", "en"]);
    expect(human.stdout).toContain(
      compareCatalog("en").snapshotUsed("previous-edited.xlsx", "31.03.2025")
    );
  });

  it("--out writes the changes sheet into a copy of CURRENT that LibreOffice opens, links to Table 1 included", async () => {
    const r = await run([
      "compare",
      "previous.xlsx",
      "current.xlsx",
      "--lang",
      "ru",
      "--out",
      "changes.xlsx",
    ]);
    expect(r.code).toBe(1);
    const t = compareCatalog("ru");
    const pkg = new Package(readFileSync(join(dir, "changes.xlsx")), {
      inflate: (b) => inflateRawSync(b),
    });
    const original = new Package(readFileSync(join(dir, "current.xlsx")), {
      inflate: (b) => inflateRawSync(b),
    });
    expect(pkg.text("xl/worksheets/sheet1.xml")).toBe(original.text("xl/worksheets/sheet1.xml"));
    const added = pkg.names().filter((n) => !original.has(n));
    expect(added).toEqual(["xl/worksheets/sheet2.xml"]);
    const sheetXml = pkg.text("xl/worksheets/sheet2.xml")!;
    expect((sheetXml.match(/<hyperlink /g) ?? []).length).toBe(
      EXPECTED_CHANGES.filter((c) => c.cell !== null).length
    );
    expect(sheetXml).toContain(`location="'1-таблица'!F5"`);

    const csv = await sheetsAsCsv([join(dir, "changes.xlsx")], join(dir, "csv"));
    const sheets = csv.get(join(dir, "changes.xlsx"))!;
    const changes = sheets.get(t.changesSheet)!;
    const flat = changes.map((row) => row.join("|"));
    expect(flat.some((l) => l.startsWith(`${t.kindNames.reopened} — 1`))).toBe(true);
    expect(flat.some((l) => l.startsWith(`${t.kindNames.removed} — 1`))).toBe(true);
    expect(flat.some((l) => l.includes(MEASURES.F))).toBe(true);
    expect(flat.some((l) => l.includes("|F5") && l.includes(MEASURES.B))).toBe(true);
    // Table 1 as LibreOffice shows it is the one we compared.
    expect(
      sheets
        .get("1-таблица")!
        .slice(3)
        .map((row) => row[2])
    ).toEqual(CURRENT_ROWS.map(([, key]) => MEASURES[key]));
  });

  it("refuses a missing second file, an unreadable file and writing over an input", async () => {
    const one = await run(["compare", "previous.xlsx", "--json"]);
    expect(one.code).toBe(2);
    writeFileSync(join(dir, "broken.xlsx"), "not a workbook");
    const broken = await run(["compare", "broken.xlsx", "current.xlsx", "--json"]);
    expect(broken.code).toBe(2);
    expect(errorSchema.parse(JSON.parse(broken.stdout)).error.code).toBe("unreadable-workbook");
    const over = await run(["compare", "previous.xlsx", "current.xlsx", "--out", "current.xlsx"]);
    expect(over.code).toBe(2);
  });
});
