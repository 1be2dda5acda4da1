/**
 * `atkaruu table1 --plan PLAN.xlsx --body NAME` and `--plan` on annex2 / validate (SPEC "Plans other
 * than 444-р"), in process; LibreOffice (headless) opens the generated Table 1 and shows its rows,
 * roles and the plan's title, and the Annex 2 of that Table 1 has the plan's year lines; `consolidate
 * --plan` over bodies' Table 1s made so (one filled in with openpyxl, as a body's Excel would save it).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { annex2Command } from "../../src/cli/commands/annex2";
import { consolidateCommand } from "../../src/cli/commands/consolidate";
import { table1Command } from "../../src/cli/commands/table1";
import { validateCommand } from "../../src/cli/commands/validate";
import { sheetsAsCsv } from "../support/libreoffice";
import { compareItems, SheetModelBuilder } from "../../src/core";
import { workbookFromModels, workbookToBuffer } from "../../src/xlsx/workbook";
import { expectOneSentence, ROOT, runInProcess } from "./helpers";

jest.setTimeout(240_000);

const COMMANDS = [table1Command, annex2Command, validateCommand, consolidateCommand];
const table1Schema = z.strictObject({
  plan: z.strictObject({
    title: z.string().min(1),
    years: z.strictObject({ from: z.number(), to: z.number() }),
    items: z.number().int(),
    itemShape: z.enum(["n", "n.n", "n.n.n"]),
  }),
  body: z.strictObject({ fullName: z.string(), abbreviation: z.string().nullable() }),
  sheet: z.string(),
  items: z.number().int(),
  lead: z.number().int(),
  co: z.number().int(),
  output: z.string(),
});

let dir: string;
const run = (argv: string[]) => runInProcess(argv, { cwd: dir, commands: COMMANDS });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-plan-"));
  for (const f of [
    "plan-egov-2014-2017.xlsx",
    "plan-village-services-ru.xlsx",
    "table1-example.xlsx",
  ])
    copyFileSync(join(ROOT, "examples", f), join(dir, f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("atkaruu table1", () => {
  test("writes the body's Table 1; LibreOffice shows the plan's title, the items and their roles", async () => {
    const r = await run([
      "table1",
      "--plan",
      "plan-egov-2014-2017.xlsx",
      "--body",
      "Финмин",
      "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = table1Schema.parse(JSON.parse(r.stdout));
    expect(out.output).toBe(join(dir, "plan-egov-2014-2017-table1-Финмин.xlsx"));
    expect([out.items, out.lead, out.co, out.plan.items, out.plan.years]).toEqual([
      4,
      2,
      2,
      21,
      { from: 2014, to: 2017 },
    ]);

    const csv = await sheetsAsCsv([out.output], join(dir, "csv"));
    const sheet = [...csv.get(out.output)!.values()][0];
    expect(sheet[0][0]).toMatch(/^2014-2017-жылдарга .*Иш-чаралардын планы$/);
    const header = sheet.findIndex((row) => row[0] === "№");
    expect(sheet[header].slice(6, 8)).toEqual(["Жооптуу аткаруучулар", "Ролу"]);
    const rows = sheet.slice(header + 2).filter((row) => row[0] !== "");
    expect(rows.map((row) => [row[0], row[7]])).toEqual([
      ["4.1", "негизги аткаруучу"],
      ["4.2", "кошо аткаруучу"],
      ["4.3", "кошо аткаруучу"],
      ["4.4", "негизги аткаруучу"],
    ]);
  });

  test("annex2 on it uses the stored plan: year lines 2014–2017, the plan's title and item count", async () => {
    await run([
      "table1",
      "--plan",
      "plan-egov-2014-2017.xlsx",
      "--body",
      "МЭББ",
      "--out",
      "mebb.xlsx",
      "--force",
    ]);
    const r = await run([
      "annex2",
      "mebb.xlsx",
      "--as-of",
      "2016-06-30",
      "--json",
      "--out",
      "mebb-annex2.xlsx",
    ]);
    expect(r.code).toBe(0);
    // annex2Schema holds 444-р's years; this plan has its own.
    const a = JSON.parse(r.stdout) as {
      summary: { total: number; lead: { byYear: Record<string, number> } };
      issues: { code: string }[];
    };
    expect(Object.keys(a.summary.lead.byYear)).toEqual(["2014", "2015", "2016", "2017"]);
    expect(a.summary.total).toBe(17);
    expect(a.issues.some((i) => i.code === "deadline-outside-plan")).toBe(false);
    const csv = await sheetsAsCsv([join(dir, "mebb-annex2.xlsx")], join(dir, "csv2"));
    const annex = csv.get(join(dir, "mebb-annex2.xlsx"))!.get("2-тиркеме")!;
    const lines = annex.map((row) => row[0]);
    expect(lines[0]).toContain("(21 пункт)");
    expect(lines.filter((l) => /^\d{4}-жылы$/.test(l))).toEqual([
      "2014-жылы",
      "2015-жылы",
      "2016-жылы",
      "2017-жылы",
      "2014-жылы",
      "2015-жылы",
      "2016-жылы",
      "2017-жылы",
    ]);
  });

  test("Russian village plan, a person named in it, --lang ru", async () => {
    const r = await run([
      "table1",
      "--plan",
      "plan-village-services-ru.xlsx",
      "--body",
      "Глава айыл окмоту",
      "--lang",
      "ru",
      "--out",
      "glava.xlsx",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Таблица 1 записана: glava\.xlsx \(пунктов: 5; основной исполнитель — 4, соисполнитель — 1\)/
    );
    // The dash the plan's cell puts before the person is not part of the body stored and shown.
    expect(r.stdout).toContain("\nОрган: Глава айыл окмоту\n");
  });

  test("a body the plan does not name: exit 2, one sentence with the closest names; without --body the names are listed", async () => {
    const r = await run([
      "table1",
      "--plan",
      "plan-egov-2014-2017.xlsx",
      "--body",
      "Кадрлар кызматы",
      "--out",
      "x.xlsx",
    ]);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toContain("Жакын аталыштар: Кадр кызматы");
    const j = await run([
      "table1",
      "--plan",
      "plan-egov-2014-2017.xlsx",
      "--body",
      "Минюст",
      "--json",
      "--lang",
      "en",
    ]);
    expect(JSON.parse(j.stdout).error.code).toBe("body-not-in-plan");
    const none = await run(["table1", "--plan", "plan-egov-2014-2017.xlsx"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Пландагы аткаруучулар: МЭББ; МКМЖК; /);
  });

  test("a workbook with no plan table: exit 2, no-plan-table", async () => {
    const b = new SheetModelBuilder("Тизме");
    b.set(0, 0, "Аты-жөнү").set(0, 1, "Кызматы").set(1, 0, "Асанов Асан").set(1, 1, "адис");
    writeFileSync(
      join(dir, "names.xlsx"),
      await workbookToBuffer(
        workbookFromModels([
          b.build({
            columnWidths: [20, 20],
            print: { orientation: "portrait", paper: "A4", fitToWidth: true },
          }),
        ])
      )
    );
    const r = await run([
      "table1",
      "--plan",
      "names.xlsx",
      "--body",
      "МЦРИТ",
      "--json",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("no-plan-table");
  });
});

describe("--plan on annex2 and validate", () => {
  test("a 444-р Table 1 checked against the 2014–2017 plan: its deadlines are outside the plan's years", async () => {
    const r = await run([
      "validate",
      "table1-example.xlsx",
      "--body",
      "МЦРИТ",
      "--plan",
      "plan-egov-2014-2017.xlsx",
      "--json",
      "--lang",
      "en",
    ]);
    const issues = (JSON.parse(r.stdout) as { issues: { code: string }[] }).issues;
    expect(issues.filter((i) => i.code === "deadline-outside-plan").length).toBeGreaterThan(0);
    const plain = await run(["validate", "table1-example.xlsx", "--body", "МЦРИТ", "--json"]);
    expect(
      (JSON.parse(plain.stdout) as { issues: { code: string }[] }).issues.some(
        (i) => i.code === "deadline-outside-plan"
      )
    ).toBe(false);
  });
});

describe("consolidate --plan", () => {
  const planJson = z.object({
    plan: z.strictObject({
      title: z.string(),
      years: z.string(),
      items: z.number().int(),
      leadNotReported: z.array(z.string()),
      bodiesMissing: z.array(z.string()),
      completeness: z.array(
        z.strictObject({
          no: z.string(),
          leadMissing: z.boolean(),
          executors: z.array(
            z.strictObject({
              name: z.string(),
              role: z.enum(["lead", "co"]),
              body: z.string().nullable(),
              reported: z.boolean(),
              status: z.string().nullable(),
            })
          ),
        })
      ),
    }),
    missing: z.array(z.string()),
    bodies: z.array(z.object({ body: z.string(), total: z.number(), completed: z.number() })),
  });

  test("bodies' Table 1s made from the plan: per item each executor and its report, the plan's bodies that sent nothing; LibreOffice reads the completeness sheet", async () => {
    const reports = join(dir, "reports");
    mkdirSync(reports, { recursive: true });
    for (const body of ["МЭББ", "Финмин"]) {
      const r = await run([
        "table1",
        "--plan",
        "plan-egov-2014-2017.xlsx",
        "--body",
        body,
        "--out",
        join("reports", `${body}.xlsx`),
        "--force",
      ]);
      expect(r.code).toBe(0);
    }
    // Финмин fills in every status and deletes its row of item 4.4 (it is the lead there), saving with openpyxl.
    execFileSync("/usr/bin/python3", [
      "-c",
      [
        "import sys, openpyxl",
        "wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]",
        "hdr = next(r for r in range(1, 12) if ws.cell(r, 1).value == '№')",
        "col = next(c for c in range(1, 15) if str(ws.cell(hdr, c).value or '').startswith('Статус'))",
        "rows = [r for r in range(hdr + 2, ws.max_row + 1) if ws.cell(r, 1).value]",
        "[ws.cell(r, col).__setattr__('value', 'Мөөнөтүндө аткарылды') for r in rows]",
        "ws.delete_rows(next(r for r in rows if ws.cell(r, 1).value == '4.4'))",
        "wb.save(sys.argv[1])",
      ].join("\n"),
      join(reports, "Финмин.xlsx"),
    ]);
    // The plan lying in the reports folder is the plan, not a body's report.
    copyFileSync(join(dir, "plan-egov-2014-2017.xlsx"), join(reports, "plan.xlsx"));

    const r = await run([
      "consolidate",
      "reports",
      "--plan",
      join("reports", "plan.xlsx"),
      "--as-of",
      "2016-06-30",
      "--out",
      "cons.xlsx",
      "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1); // bodies of the plan sent nothing
    const out = planJson.parse(JSON.parse(r.stdout));
    expect(out.bodies.map((b) => b.body)).toHaveLength(2);
    expect(out.bodies.map((b) => b.body)).toEqual(
      expect.arrayContaining([
        "Кыргыз Республикасынын Финансы министрлиги",
        expect.stringMatching(/Мамлекеттик электрондук башкаруу борбору$/u),
      ])
    );
    expect(out.plan.years).toBe("2014–2017");
    // Every plan item once, in the plan's order.
    const ids = out.plan.completeness.map((i) => i.no);
    expect([ids.length, out.plan.items, ids[0], new Set(ids).size]).toEqual([21, 21, "1.1", 21]);
    expect([...ids].sort(compareItems)).toEqual(ids);
    const item = (no: string) => out.plan.completeness.find((i) => i.no === no)!;
    expect(item("4.4").executors[0]).toMatchObject({
      name: "Финмин",
      role: "lead",
      reported: false,
    });
    expect(item("4.4").leadMissing).toBe(true);
    expect(item("4.1").executors[0]).toMatchObject({
      name: "Финмин",
      reported: true,
      status: "on_time",
    });
    expect(item("1.1").executors[0]).toMatchObject({
      name: "МЭББ",
      reported: true,
      status: "missing",
    });
    expect(item("1.1").executors.find((e) => e.name === "МКМЖК")).toMatchObject({
      body: null,
      reported: false,
    });
    expect(out.plan.leadNotReported).toContain("4.4");
    expect(out.plan.leadNotReported).not.toContain("4.1");
    expect(out.missing).toEqual(out.plan.bodiesMissing);
    expect(out.missing.some((m) => m.startsWith("МКМЖК"))).toBe(true);

    const human = await run([
      "consolidate",
      "reports",
      "--plan",
      join("reports", "plan.xlsx"),
      "--as-of",
      "2016-06-30",
      "--out",
      "cons-ru.xlsx",
      "--lang",
      "ru",
    ]);
    expect(human.stdout).toMatch(/^План: 2014-2017-жылдарга .* \(2014–2017, пунктов: 21\)$/mu);
    expect(human.stdout).toMatch(
      /^Пункты, по которым основной исполнитель не отчитался: \d+ \(.*4\.4/mu
    );

    const csv = await sheetsAsCsv([join(dir, "cons.xlsx")], join(dir, "csv-cons"));
    const sheets = csv.get(join(dir, "cons.xlsx"))!;
    expect(new Set(sheets.keys())).toEqual(
      new Set(["Жыйынтык", "Пункттар", "Каталар", "Толуктук"])
    );
    const sheet = sheets.get("Толуктук")!;
    expect(sheet[2]).toEqual([
      "№",
      "Чара",
      "Аткаруучу (пландагыдай)",
      "Ролу",
      "Отчет",
      "Статусу",
      "Негизги аткаруучу отчет бербеди",
    ]);
    const row44 = sheet.filter((row) => row[0] === "4.4");
    expect(row44[0].slice(2, 7)).toEqual(["Финмин", "негизги аткаруучу", "берген жок", "", "ооба"]);
    expect(sheet.some((row) => row[0] === "Пландагы, бирок китеп жибербеген органдар:")).toBe(true);
    // The items sheet lists the plan's items in its order.
    expect(
      sheets
        .get("Пункттар")!
        .slice(1, 4)
        .map((row) => row[0])
    ).toEqual(["1.1", "1.2", "1.3"]);
  });
});
