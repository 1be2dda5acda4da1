/**
 * `atkaruu group check|act|report|composition` and `template --kind group`: the SPEC's JSON (checked
 * with zod), exit codes, outputs written beside the input without touching it, one sentence on fatal input.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { groupCommand } from "../../src/cli/commands/group";
import { checkGroup } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";
import {
  EXAMPLE_AS_OF,
  groupExampleWorkbook,
  localPlanWorkbook,
} from "../fixtures/xlsx/groupExample";
import { workbookBytes } from "../fixtures/xlsx/table1";
import {
  COMMANDS,
  errorSchema,
  expectOneSentence,
  issueSchema,
  runInProcess,
  sha256,
} from "./helpers";

const commands = [...COMMANDS, groupCommand];
const run = (argv: string[], cwd: string) =>
  runInProcess(argv, { cwd, commands, today: EXAMPLE_AS_OF });

const checkSchema = z.strictObject({
  members: z.strictObject({
    total: z.number(),
    municipal: z.number(),
    deputies: z.number(),
    citizens: z.number(),
    women: z.number(),
    men: z.number(),
  }),
  meetings: z.strictObject({ held: z.number(), withQuorum: z.number() }),
  acts: z.strictObject({
    total: z.number(),
    responsesOnTime: z.number(),
    responsesLate: z.number(),
    responsesMissing: z.number(),
  }),
  issues: z.array(issueSchema),
});
const reportSchema = z.strictObject({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  meetings: z.strictObject({ held: z.number(), withQuorum: z.number() }),
  acts: z.strictObject({
    total: z.number(),
    objects: z.number(),
    withRecommendations: z.number(),
    withMeasures: z.number(),
    responsesOnTime: z.number(),
    responsesLate: z.number(),
    responsesMissing: z.number(),
    responsesPending: z.number(),
  }),
  council: z.strictObject({
    onTime: z.number(),
    late: z.number(),
    missing: z.number(),
    pending: z.number(),
  }),
  plan: z
    .strictObject({
      total: z.number(),
      completed: z.number(),
      executionLevel: z.number().nullable(),
    })
    .nullable(),
  sheet: z.string(),
  output: z.string(),
});

let dir: string;
let group: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-group-"));
  group = join(dir, "group.xlsx");
  writeFileSync(group, await workbookBytes(groupExampleWorkbook()));
  writeFileSync(join(dir, "plan.xlsx"), await workbookBytes(localPlanWorkbook()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("check: the SPEC's JSON, exit 0 with warnings only", async () => {
  const r = await run(["group", "check", "group.xlsx", "--json", "--lang", "en"], dir);
  expect(r.code).toBe(0);
  const json = checkSchema.parse(JSON.parse(r.stdout));
  expect(json.members).toEqual({
    total: 9,
    municipal: 2,
    deputies: 2,
    citizens: 5,
    women: 4,
    men: 5,
  });
  expect(json.meetings).toEqual({ held: 5, withQuorum: 5 });
  expect(json.acts).toEqual({
    total: 6,
    responsesOnTime: 3,
    responsesLate: 1,
    responsesMissing: 1,
  });
  expect(json.issues.map((i) => [i.code, i.cell])).toEqual([
    ["response-overdue", "L5"],
    ["council-report-overdue", "M6"],
    ["response-overdue", "L7"],
    ["council-report-overdue", "M7"],
  ]);
});

test("check: exit 1 when any error (an even group)", async () => {
  const wb = groupExampleWorkbook();
  wb.getWorksheet("Мүчөлөр")!.getCell("B14").value = "Жаңы Мүчө";
  wb.getWorksheet("Мүчөлөр")!.getCell("C14").value = "жаран";
  wb.getWorksheet("Мүчөлөр")!.getCell("D14").value = "аял";
  writeFileSync(join(dir, "even.xlsx"), await workbookBytes(wb));
  const r = await run(["group", "check", "even.xlsx", "--json"], dir);
  expect(r.code).toBe(1);
  expect(
    checkSchema.parse(JSON.parse(r.stdout)).issues.find((i) => i.code === "group-even")
  ).toMatchObject({ severity: "error", sheet: "Мүчөлөр", cell: "A4" });
});

test("act: a copy with the act sheet; the input is unchanged", async () => {
  const before = sha256(group);
  const r = await run(["group", "act", "group.xlsx", "--act", "2", "--json", "--lang", "ru"], dir);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as {
    sheet: string;
    output: string;
    responseDue: string;
    councilDue: string;
  };
  expect(json).toMatchObject({
    act: "2",
    sheet: "Акт №2",
    responseDue: "2024-12-06",
    councilDue: "2024-12-22",
    output: join(dir, "group-act-2.xlsx"),
  });
  expect(sha256(group)).toBe(before);
  const read = await readWorkbookFile(json.output, "ru");
  if (!read.ok) throw new Error(read.fatal.message);
  expect(read.book.sheets.map((s) => s.name)).toEqual([
    "Мүчөлөр",
    "Жыйналыштар",
    "Иш план",
    "Актылар",
    "Майрамдар",
    "Акт №2",
  ]);
  // The copy still checks the same: the act sheet is not read as a register.
  const again = checkGroup(read.book.sheets, { asOf: EXAMPLE_AS_OF, lang: "ru" });
  expect(again.ok && again.check.acts.length).toBe(6);
});

test("act: an unknown number or none is a usage error", async () => {
  const r = await run(["group", "act", "group.xlsx", "--act", "99", "--lang", "en"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe("The register has no act No. 99; its numbers are 1, 2, 3, 4, 5, 6.");
  expect((await run(["group", "act", "group.xlsx"], dir)).code).toBe(2);
});

test("report: the half-year's figures and the local plan's level", async () => {
  const r = await run(
    ["group", "report", "group.xlsx", "--period", "2025-H1", "--table1", "plan.xlsx", "--json"],
    dir
  );
  expect(r.code).toBe(0);
  const json = reportSchema.parse(JSON.parse(r.stdout));
  expect(json).toMatchObject({
    period: "2025-H1",
    from: "2025-01-01",
    to: "2025-06-30",
    meetings: { held: 2, withQuorum: 2 },
    acts: {
      total: 3,
      objects: 3,
      withRecommendations: 3,
      withMeasures: 2,
      responsesOnTime: 2,
      responsesLate: 0,
      responsesMissing: 1,
      responsesPending: 0,
    },
    council: { onTime: 1, late: 1, missing: 1, pending: 0 },
    plan: { total: 6, completed: 4, executionLevel: 66.7 },
    sheet: "Жыйынды отчет 2025-H1",
  });
  expect(existsSync(json.output)).toBe(true);
  const year = reportSchema.parse(
    JSON.parse(
      (await run(["group", "report", "group.xlsx", "--period", "2025", "--json"], dir)).stdout
    )
  );
  expect([year.acts.total, year.acts.responsesPending, year.plan]).toEqual([4, 1, null]);
});

test("report: a wrong period is a usage error", async () => {
  const r = await run(
    ["group", "report", "group.xlsx", "--period", "2025-H3", "--json", "--lang", "en"],
    dir
  );
  expect(r.code).toBe(2);
  expect(errorSchema.parse(JSON.parse(r.stdout)).error.code).toBe("usage");
  expectOneSentence(r.stderr);
});

test("composition: counts against the rules", async () => {
  const r = await run(["group", "composition", "group.xlsx", "--json"], dir);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ sheet: "Курам жыйынтыгы", members: { total: 9 } });
});

test("fatal: not a group workbook, or not a workbook; nothing written", async () => {
  writeFileSync(join(dir, "junk.xlsx"), "not a zip");
  const r1 = await run(["group", "check", "junk.xlsx", "--json"], dir);
  expect(r1.code).toBe(2);
  expect(errorSchema.parse(JSON.parse(r1.stdout)).error.code).toBe("unreadable-workbook");
  const r2 = await run(["group", "act", "plan.xlsx", "--act", "1", "--json", "--lang", "en"], dir);
  expect(r2.code).toBe(2);
  expect(errorSchema.parse(JSON.parse(r2.stdout)).error.code).toBe("no-table");
  expectOneSentence(r2.stderr);
  expect(existsSync(join(dir, "plan-act-1.xlsx"))).toBe(false);
  const r3 = await run(["group", "bogus", "group.xlsx"], dir);
  expect(r3.code).toBe(2);
});

test("template --kind group: the five sheets, read back as a group workbook with only its holidays", async () => {
  const r = await run(
    ["template", "--kind", "group", "--lang", "ru", "--out", "blank.xlsx", "--json"],
    dir
  );
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({
    kind: "group",
    sheets: ["Члены", "Заседания", "План работы", "Акты", "Праздники"],
    output: join(dir, "blank.xlsx"),
  });
  const read = await readWorkbookFile(join(dir, "blank.xlsx"), "ru");
  if (!read.ok) throw new Error();
  const c = checkGroup(read.book.sheets, { asOf: "2025-01-01", lang: "ru" });
  if (!c.ok) throw new Error(c.fatal.message);
  expect(Object.keys(c.check.layouts).sort()).toEqual([
    "acts",
    "holidays",
    "meetings",
    "members",
    "workPlan",
  ]);
  expect(c.check.calendarDays.length).toBe(8);
  expect(c.check.issues.map((i) => i.code)).toEqual(["missing-creation-date", "group-size"]);
  // On the command line the way to give the date is the flag.
  const blankCheck = await run(["group", "check", "blank.xlsx", "--json", "--lang", "ru"], dir);
  expect(
    checkSchema
      .parse(JSON.parse(blankCheck.stdout))
      .issues.find((i) => i.code === "missing-creation-date")
  ).toMatchObject({
    sheet: "Члены",
    cell: "B2",
    message:
      "Дата создания группы не найдена: напишите «Дата создания: дд.мм.гггг» над таблицей членов (или укажите --created).",
  });
  expect((await run(["template", "--kind", "nope"], dir)).code).toBe(2);
  expect(readFileSync(join(dir, "blank.xlsx")).length).toBeGreaterThan(1000);
});
