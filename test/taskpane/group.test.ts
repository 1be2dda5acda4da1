/**
 * The pane's "Local monitoring" workflow (src/taskpane/group/workflow.ts) over an in-memory port
 * holding the example group workbook: the group's sheets read in two steps, the check's figures and
 * issues as `atkaruu group check` gives them, the act, report (with a local plan on a sheet) and
 * composition written as the core builds them, and the blank workbook inserted without replacing a
 * sheet. And the view's words: complete in ky / ru / en.
 */
import { join } from "node:path";
import {
  LANGS,
  buildActSheet,
  buildComposition,
  buildGroupReport,
  buildGroupTemplate,
  groupCatalog,
  parseReportPeriod,
  summariseGroupPeriod,
} from "../../src/core";
import type { GroupCheck, SheetGrid } from "../../src/core";
import { groupPaneCatalog } from "../../src/taskpane/group/i18n";
import {
  checkGroupWorkbook,
  defaultPeriod,
  groupTemplateModels,
  insertGroupTemplate,
  planFromSheet,
  planSheets,
  readGroupSheets,
  reportPeriods,
  writeAct,
  writeComposition,
  writeGroupReport,
} from "../../src/taskpane/group/workflow";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import { MemoryPort } from "./memoryPort";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const AS_OF = "2025-09-15";

let group: SheetGrid[];
let plan: SheetGrid[];
beforeAll(async () => {
  const g = await readWorkbookFile(join(EXAMPLES, "group-example.xlsx"), "ky");
  const p = await readWorkbookFile(join(EXAMPLES, "local-plan-example.xlsx"), "ky");
  if (!g.ok || !p.ok) throw new Error("examples unreadable");
  group = g.book.sheets;
  plan = p.book.sheets;
});

const cover: SheetGrid = { name: "Мукаба", rows: [["Ак-Суу айыл аймагы"], ["2025-жыл"]] };

async function checked(port: MemoryPort, lang: "ky" | "ru" | "en" = "en"): Promise<GroupCheck> {
  const out = await checkGroupWorkbook(port, AS_OF, lang);
  if (!out.ok) throw new Error(out.message);
  return out.check;
}

test("the group's sheets are found in the first rows, then only they are read in full", async () => {
  const port = new MemoryPort([cover, ...group]);
  const grids = await readGroupSheets(port);
  const reads = port.calls
    .filter((c) => c.op === "readSheets")
    .map((c) => (c.op === "readSheets" ? c.names : undefined));
  expect(reads).toEqual([["Мукаба", ...group.map((g) => g.name)], group.map((g) => g.name)]);
  expect(grids.map((g) => g.name)).toEqual(group.map((g) => g.name));
});

test("the check gives the CLI's figures and issues, each at its sheet and cell", async () => {
  const c = await checked(new MemoryPort([cover, ...group]));
  expect(c.counts).toEqual({ total: 9, municipal: 2, deputies: 2, citizens: 5, women: 4, men: 5 });
  expect(c.meetingCounts).toEqual({ held: 5, withQuorum: 5 });
  expect(c.actCounts).toEqual({
    total: 6,
    responsesOnTime: 3,
    responsesLate: 1,
    responsesMissing: 1,
  });
  expect(c.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toEqual([
    "Актылар!L5 response-overdue",
    "Актылар!M6 council-report-overdue",
    "Актылар!L7 response-overdue",
    "Актылар!M7 council-report-overdue",
  ]);
});

test("a workbook without a group says so in the view's words: the pane names its insert, the page its download", async () => {
  for (const lang of LANGS) {
    const g = groupPaneCatalog(lang);
    const out = await checkGroupWorkbook(new MemoryPort([cover]), AS_OF, lang);
    expect(out).toEqual({ ok: false, message: g.check.noGroup });
    const onPage = await checkGroupWorkbook(new MemoryPort([cover]), AS_OF, lang, { page: true });
    expect(onPage).toEqual({ ok: false, message: g.page.noGroup(g.page.blank) });
    expect(g.page.noGroup(g.page.blank)).toContain(g.page.blank);
  }
  await expect(checkGroupWorkbook(new MemoryPort([]), AS_OF, "en")).resolves.toMatchObject({
    ok: false,
  });
});

/** The example's members sheet without its creation date (the line «Түзүлгөн күнү:» left with its label only). */
function withoutCreationDate(): SheetGrid[] {
  return group.map((s) => {
    if (s.name !== "Мүчөлөр") return s;
    const rows = s.rows.map((r) => [...r]);
    const label = rows.findIndex((r) =>
      r.some((v) => typeof v === "string" && v.startsWith("Түзүлгөн күнү"))
    );
    rows[label] = [rows[label][0]];
    return { ...s, rows };
  });
}

test("a missing creation date: the view's field named in ky / ru / en (never the CLI's --created); the field gives it", async () => {
  const expected = {
    ky: "Топтун түзүлгөн күнү табылган жок: мүчөлөр таблицасынын үстүнө «Түзүлгөн күнү: кк.аа.жжжж» деп жазыңыз (же ушул жердеги «Түзүлгөн күнү» талаасын толтуруп, кайра текшериңиз).",
    ru: "Дата создания группы не найдена: напишите «Дата создания: дд.мм.гггг» над таблицей членов (или заполните здесь поле «Дата создания» и проверьте снова).",
    en: "The group's creation date is not found: write “Created: dd.mm.yyyy” above the members table (or fill in “Created on” here and check again).",
  } as const;
  for (const lang of LANGS) {
    for (const page of [false, true]) {
      const out = await checkGroupWorkbook(new MemoryPort(withoutCreationDate()), AS_OF, lang, {
        page,
      });
      if (!out.ok) throw new Error(out.message);
      const issue = out.check.issues.find((i) => i.code === "missing-creation-date");
      expect([lang, page, issue?.sheet, issue?.cell, issue?.message]).toEqual([
        lang,
        page,
        "Мүчөлөр",
        "B2",
        expected[lang],
      ]);
      expect(out.check.created).toBeNull();
    }
    const given = await checkGroupWorkbook(new MemoryPort(withoutCreationDate()), AS_OF, lang, {
      created: "2024-09-16",
    });
    if (!given.ok) throw new Error(given.message);
    expect([
      given.check.created,
      given.check.termEnd,
      given.check.issues.map((i) => i.code),
    ]).toEqual([
      "2024-09-16",
      "2028-09-16",
      ["response-overdue", "council-report-overdue", "response-overdue", "council-report-overdue"],
    ]);
  }
});

test("no message the view can show names a CLI flag or command: every group issue with the view's alternative, and the view's own words", () => {
  const cliWording = /(^|[\s(«“])--[a-z]|atkaruu\s/;
  for (const lang of LANGS) {
    const g = groupPaneCatalog(lang);
    const core = groupCatalog(lang);
    const args = {
      text: "x",
      n: 9,
      count: 3,
      min: 2,
      max: 3,
      share: "70",
      date: "17.09.2024",
      due: "01.10.2024",
      days: 10,
      part: "purpose",
      quarter: "Q1",
      name: "А.",
      sex: "female",
      column: "C",
      no: "1",
      sheetKind: "holidays",
      alternative: g.check.createdAlternative(g.check.created),
    } as const;
    for (const [code, message] of Object.entries(core.issue))
      expect([lang, code, cliWording.test(message(args))]).toEqual([lang, code, false]);
    for (const [path, text] of leaves(g, "", []))
      expect([lang, path, cliWording.test(text)]).toEqual([lang, path, false]);
    // The CLI's own sentence is the one that names the flag.
    expect(core.issue["missing-creation-date"]({ alternative: "--created" })).toContain(
      "--created"
    );
  }
});

test("sheets Atkaruu wrote are never read as the group's: an act written is skipped by the next check", async () => {
  const port = new MemoryPort([...group]);
  const c = await checked(port);
  await writeAct(port, c, "2", "ky");
  const again = await checked(port);
  expect(again.acts).toHaveLength(6);
  expect(port.sheets.map((s) => s.name)).toContain("Акт №2");
});

test("the act: the core's sheet for that register row, shown; written again in another language it replaces the first", async () => {
  const port = new MemoryPort([...group]);
  const c = await checked(port, "ky");
  expect(await writeAct(port, c, "99", "ky")).toBeNull();
  const name = await writeAct(port, c, "2", "ky");
  const write = port.calls.find((x) => x.op === "writeSheet");
  expect(write?.op === "writeSheet" && [write.model, write.activate]).toEqual([
    buildActSheet(c, c.acts[1], "ky"),
    true,
  ]);
  const en = await checked(port, "en");
  const enName = await writeAct(port, en, "2", "en");
  expect([name, enName]).toEqual(["Акт №2", "Act No. 2"]);
  expect(port.sheets.map((s) => s.name).filter((n) => /^(Акт №|Act No)/.test(n))).toEqual([
    "Act No. 2",
  ]);
});

test("report periods: every half-year and year since the creation that has begun by the as-of date; the last half-year ended first", async () => {
  const c = await checked(new MemoryPort([...group]));
  const periods = reportPeriods(c);
  expect(periods.map((p) => p.code)).toEqual([
    "2025-H2",
    "2025-H1",
    "2025",
    "2024-H2",
    "2024-H1",
    "2024",
  ]);
  expect(defaultPeriod(periods, c.asOf)?.code).toBe("2025-H1");
  expect(
    defaultPeriod(
      periods.filter((p) => p.code === "2025-H2"),
      c.asOf
    )?.code
  ).toBe("2025-H2");
});

test("the summary report with the local plan on a sheet of this workbook: the core's sheet and the plan's level at the period's end", async () => {
  const port = new MemoryPort([...group, ...plan]);
  const c = await checked(port, "ru");
  expect(await planSheets(port)).toEqual(plan.map((p) => p.name));
  const period = parseReportPeriod("2025-H1")!;
  const figures = await planFromSheet(port, plan[0].name, period, "ru");
  if (!figures.ok) throw new Error(figures.message);
  // 6 measures, 4 completed by their statuses (1.1, 1.2, 2.1 late, 4.1): 66.7 %, as `atkaruu group report --table1` gives.
  expect([figures.summary.total, figures.summary.completed]).toEqual([6, 4]);
  const out = await writeGroupReport(port, c, period, figures.summary, "ru");
  expect(out.figures).toEqual(summariseGroupPeriod(c, period));
  const write = port.calls.filter((x) => x.op === "writeSheet").at(-1);
  expect(write?.op === "writeSheet" && write.model).toEqual(
    buildGroupReport(c, out.figures, "ru", figures.summary)
  );
  expect(out.sheetName).toBe("Итоговый отчёт 2025-H1");
});

test("a sheet that is no Table 1 gives the core's sentence, not a report", async () => {
  const port = new MemoryPort([...group]);
  const out = await planFromSheet(port, group[0].name, parseReportPeriod("2025")!, "en");
  expect(out.ok).toBe(false);
  expect(!out.ok && out.message.length).toBeGreaterThan(10);
});

test("the composition summary is the core's", async () => {
  const port = new MemoryPort([...group]);
  const c = await checked(port, "en");
  expect(await writeComposition(port, c, "en")).toBe("Composition summary");
  const write = port.calls.find((x) => x.op === "writeSheet");
  expect(write?.op === "writeSheet" && write.model).toEqual(buildComposition(c, "en"));
});

test("the blank group workbook is inserted beside the sheets there, never replacing one, the first shown", async () => {
  const port = new MemoryPort([cover, { name: "Мүчөлөр", rows: [["бирөөнүн барагы"]] }]);
  const names = await insertGroupTemplate(port, "ky");
  expect(names).toEqual([
    "Мүчөлөр (2)",
    ...buildGroupTemplate("ky")
      .slice(1)
      .map((m) => m.name),
  ]);
  expect(port.sheets.find((s) => s.name === "Мүчөлөр")?.rows).toEqual([["бирөөнүн барагы"]]);
  const writes = port.calls.flatMap((x) =>
    x.op === "writeSheet" ? [[x.model.name, x.activate, x.replaces.length]] : []
  );
  expect(writes).toEqual(names.map((n, i) => [n, i === 0, 0]));
  expect(groupTemplateModels("en", []).map((m) => m.name)).toEqual(
    buildGroupTemplate("en").map((m) => m.name)
  );
  // What was inserted is a group workbook the check reads (no members yet).
  const blank = new MemoryPort(port.sheets.filter((s) => names.includes(s.name)));
  const c = await checked(blank);
  expect(c.counts.total).toBe(0);
});

/** Every leaf of a catalogue: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (typeof value === "function")
    out.push([`${path}()`, String((value as (...a: unknown[]) => unknown)("3", "4", "5"))]);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}

test("the view's words: every entry in ky / ru / en, none empty, none English left in ky or ru", () => {
  const en = new Map(leaves(groupPaneCatalog("en"), "", []));
  for (const lang of LANGS) {
    const all = leaves(groupPaneCatalog(lang), "", []);
    expect(all.map(([p]) => p)).toEqual([...en.keys()]);
    for (const [path, text] of all) {
      expect([lang, path, text.trim() !== "" && !/undefined|NaN|\[object/.test(text)]).toEqual([
        lang,
        path,
        true,
      ]);
      if (lang !== "en" && path !== ".lang") {
        expect([lang, path, /[А-Яа-яЁёӨөҮүҢң]/.test(text), text === en.get(path)]).toEqual([
          lang,
          path,
          true,
          false,
        ]);
      }
    }
  }
});
