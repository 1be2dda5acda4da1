/**
 * `atkaruu table1 --plan PLAN.xlsx --body NAME` and `--plan` on annex2 / validate (SPEC "Plans other
 * than 444-р"), in process; LibreOffice (headless) opens the generated Table 1 and shows its rows,
 * roles and the plan's title, and the Annex 2 of that Table 1 has the plan's year lines.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { annex2Command } from "../../src/cli/commands/annex2";
import { table1Command } from "../../src/cli/commands/table1";
import { validateCommand } from "../../src/cli/commands/validate";
import { sheetsAsCsv } from "../support/libreoffice";
import { SheetModelBuilder } from "../../src/core";
import { workbookFromModels, workbookToBuffer } from "../../src/xlsx/workbook";
import { expectOneSentence, ROOT, runInProcess } from "./helpers";

jest.setTimeout(240_000);

const COMMANDS = [table1Command, annex2Command, validateCommand];
const table1Schema = z.strictObject({
  plan: z.strictObject({ title: z.string().min(1), years: z.strictObject({ from: z.number(), to: z.number() }), items: z.number().int(), itemShape: z.enum(["n", "n.n", "n.n.n"]) }),
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
  for (const f of ["plan-egov-2014-2017.xlsx", "plan-village-services-ru.xlsx", "table1-example.xlsx"]) copyFileSync(join(ROOT, "examples", f), join(dir, f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("atkaruu table1", () => {
  test("writes the body's Table 1; LibreOffice shows the plan's title, the items and their roles", async () => {
    const r = await run(["table1", "--plan", "plan-egov-2014-2017.xlsx", "--body", "Финмин", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = table1Schema.parse(JSON.parse(r.stdout));
    expect(out.output).toBe(join(dir, "plan-egov-2014-2017-table1-Финмин.xlsx"));
    expect([out.items, out.lead, out.co, out.plan.items, out.plan.years]).toEqual([4, 2, 2, 21, { from: 2014, to: 2017 }]);

    const csv = await sheetsAsCsv([out.output], join(dir, "csv"));
    const sheet = [...csv.get(out.output)!.values()][0];
    expect(sheet[0][0]).toMatch(/^2014-2017-жылдарга .*Иш-чаралардын планы$/);
    const header = sheet.findIndex((row) => row[0] === "№");
    expect(sheet[header].slice(6, 8)).toEqual(["Жооптуу аткаруучулар", "Ролу"]);
    const rows = sheet.slice(header + 2).filter((row) => row[0] !== "");
    expect(rows.map((row) => [row[0], row[7]])).toEqual([["4.1", "негизги аткаруучу"], ["4.2", "кошо аткаруучу"], ["4.3", "кошо аткаруучу"], ["4.4", "негизги аткаруучу"]]);
  });

  test("annex2 on it uses the stored plan: year lines 2014–2017, the plan's title and item count", async () => {
    await run(["table1", "--plan", "plan-egov-2014-2017.xlsx", "--body", "МЭББ", "--out", "mebb.xlsx", "--force"]);
    const r = await run(["annex2", "mebb.xlsx", "--as-of", "2016-06-30", "--json", "--out", "mebb-annex2.xlsx"]);
    expect(r.code).toBe(0);
    // annex2Schema holds 444-р's years; this plan has its own.
    const a = JSON.parse(r.stdout) as { summary: { total: number; lead: { byYear: Record<string, number> } }; issues: { code: string }[] };
    expect(Object.keys(a.summary.lead.byYear)).toEqual(["2014", "2015", "2016", "2017"]);
    expect(a.summary.total).toBe(17);
    expect(a.issues.some((i) => i.code === "deadline-outside-plan")).toBe(false);
    const csv = await sheetsAsCsv([join(dir, "mebb-annex2.xlsx")], join(dir, "csv2"));
    const annex = csv.get(join(dir, "mebb-annex2.xlsx"))!.get("2-тиркеме")!;
    const lines = annex.map((row) => row[0]);
    expect(lines[0]).toContain("(21 пункт)");
    expect(lines.filter((l) => /^\d{4}-жылы$/.test(l))).toEqual(["2014-жылы", "2015-жылы", "2016-жылы", "2017-жылы", "2014-жылы", "2015-жылы", "2016-жылы", "2017-жылы"]);
  });

  test("Russian village plan, a person named in it, --lang ru", async () => {
    const r = await run(["table1", "--plan", "plan-village-services-ru.xlsx", "--body", "Глава айыл окмоту", "--lang", "ru", "--out", "glava.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Таблица 1 записана: glava\.xlsx \(пунктов: 5; основной исполнитель — 4, соисполнитель — 1\)/);
  });

  test("a body the plan does not name: exit 2, one sentence with the closest names; without --body the names are listed", async () => {
    const r = await run(["table1", "--plan", "plan-egov-2014-2017.xlsx", "--body", "Кадрлар кызматы", "--out", "x.xlsx"]);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toContain("Жакын аталыштар: Кадр кызматы");
    const j = await run(["table1", "--plan", "plan-egov-2014-2017.xlsx", "--body", "Минюст", "--json", "--lang", "en"]);
    expect(JSON.parse(j.stdout).error.code).toBe("body-not-in-plan");
    const none = await run(["table1", "--plan", "plan-egov-2014-2017.xlsx"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Пландагы аткаруучулар: МЭББ; МКМЖК; /);
  });

  test("a workbook with no plan table: exit 2, no-plan-table", async () => {
    const b = new SheetModelBuilder("Тизме");
    b.set(0, 0, "Аты-жөнү").set(0, 1, "Кызматы").set(1, 0, "Асанов Асан").set(1, 1, "адис");
    writeFileSync(join(dir, "names.xlsx"), await workbookToBuffer(workbookFromModels([b.build({ columnWidths: [20, 20], print: { orientation: "portrait", paper: "A4", fitToWidth: true } })])));
    const r = await run(["table1", "--plan", "names.xlsx", "--body", "МЦРИТ", "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("no-plan-table");
  });
});

describe("--plan on annex2 and validate", () => {
  test("a 444-р Table 1 checked against the 2014–2017 plan: its deadlines are outside the plan's years", async () => {
    const r = await run(["validate", "table1-example.xlsx", "--body", "МЦРИТ", "--plan", "plan-egov-2014-2017.xlsx", "--json", "--lang", "en"]);
    const issues = (JSON.parse(r.stdout) as { issues: { code: string }[] }).issues;
    expect(issues.filter((i) => i.code === "deadline-outside-plan").length).toBeGreaterThan(0);
    const plain = await run(["validate", "table1-example.xlsx", "--body", "МЦРИТ", "--json"]);
    expect((JSON.parse(plain.stdout) as { issues: { code: string }[] }).issues.some((i) => i.code === "deadline-outside-plan")).toBe(false);
  });
});
