/**
 * The blank group workbook (`atkaruu template --kind group`, the pane's "insert a blank group
 * workbook"): the five sheets of SPEC "Local joint monitoring and evaluation groups" with their
 * headers in the chosen language, drop-downs for category, sex, role, minutes signed and kind of day,
 * and the holidays sheet filled with the movable holidays Atkaruu can source (`holidayData.ts`).
 */
import { isoToSerial } from "../dates";
import type { ListValidation, SheetModel } from "../sheetModel";
import { COLUMN_HEADER_STYLE, SheetModelBuilder, TITLE_STYLE } from "../sheetModel";
import type { Lang } from "../types";
import { SHIPPED_DAYS } from "./holidayData";
import { groupCatalog } from "./i18n";
import type { GroupCatalog } from "./i18n";
import type { ActKey, HolidayKey, MeetingKey, MemberKey, WorkPlanKey } from "./types";

export const GROUP_TEMPLATE_ROWS = 30;
/** The blank group workbook's file name (`atkaruu template --kind group`, the page's download). */
export const GROUP_TEMPLATE_FILE = "group-template.xlsx";
const VALIDATION_ROWS = 500;
const CELL = { wrap: true, border: true, vAlign: "top" } as const;
const DATE = { ...CELL, numberFormat: "dd.mm.yyyy", hAlign: "center" } as const;

const MEMBER_COLUMNS: readonly MemberKey[] = [
  "no",
  "name",
  "category",
  "sex",
  "birth",
  "position",
  "role",
];
const MEETING_COLUMNS: readonly MeetingKey[] = ["no", "date", "present", "agenda", "minutes"];
const WORK_PLAN_COLUMNS: readonly WorkPlanKey[] = ["no", "object", "subject", "method", "when"];
export const ACT_COLUMNS: readonly ActKey[] = [
  "no",
  "date",
  "purpose",
  "object",
  "subject",
  "place",
  "period",
  "findings",
  "recommendations",
  "attachments",
  "delivered",
  "responded",
  "council",
  "measures",
];
const HOLIDAY_COLUMNS: readonly HolidayKey[] = ["date", "kind", "name", "source"];

const WIDTHS: Readonly<Record<string, number>> = {
  no: 6,
  name: 30,
  category: 28,
  sex: 10,
  birth: 14,
  position: 34,
  role: 22,
  date: 13,
  present: 14,
  agenda: 50,
  minutes: 14,
  object: 30,
  subject: 30,
  method: 22,
  when: 18,
  purpose: 30,
  place: 22,
  period: 18,
  findings: 40,
  recommendations: 40,
  attachments: 22,
  delivered: 14,
  responded: 14,
  council: 14,
  measures: 34,
  kind: 24,
  source: 40,
};
const DATE_KEYS = new Set(["birth", "date", "delivered", "responded", "council"]);

interface TableSheet<K extends string> {
  readonly name: string;
  readonly title: string;
  readonly columns: readonly K[];
  readonly headers: Readonly<Record<K, string>>;
  /** Rows above the header used for other lines (the creation date, a note). */
  readonly headerRow: number;
  readonly lists: readonly { readonly key: K; readonly values: readonly string[] }[];
}

function tableSheet<K extends string>(
  s: TableSheet<K>,
  t: GroupCatalog,
  fill?: (b: SheetModelBuilder, firstRow: number) => number
): SheetModel {
  const b = new SheetModelBuilder(s.name);
  const last = s.columns.length - 1;
  b.set(0, 0, s.title, TITLE_STYLE, { right: last }).height(0, 30);
  s.columns.forEach((k, col) => b.set(s.headerRow, col, s.headers[k], COLUMN_HEADER_STYLE));
  b.height(s.headerRow, 45);
  const first = s.headerRow + 1;
  const filled = fill?.(b, first) ?? 0;
  for (let r = first + filled; r < first + Math.max(GROUP_TEMPLATE_ROWS, filled + 10); r++)
    s.columns.forEach((k, col) => b.set(r, col, null, DATE_KEYS.has(k) ? DATE : CELL));
  const validations: ListValidation[] = s.lists.map((l) => ({
    top: first,
    bottom: first + VALIDATION_ROWS - 1,
    col: s.columns.indexOf(l.key),
    values: l.values,
    errorTitle: t.template.listErrorTitle,
    errorMessage: t.template.listError,
    errorStyle: "warning",
  }));
  return b.build({
    columnWidths: s.columns.map((k) => WIDTHS[k] ?? 16),
    print: {
      orientation: s.columns.length > 7 ? "landscape" : "portrait",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: s.headerRow, bottom: s.headerRow },
    },
    freezeRows: first,
    validations,
  });
}

/** The five sheets of a blank group workbook, in order. */
export function buildGroupTemplate(lang: Lang): SheetModel[] {
  const t = groupCatalog(lang);
  const h = t.headers;
  const members = tableSheet(
    {
      name: t.sheetNames.members,
      title: t.template.membersTitle,
      columns: MEMBER_COLUMNS,
      headers: h.members,
      headerRow: 3,
      lists: [
        {
          key: "category",
          values: [t.categoryNames.municipal, t.categoryNames.deputy, t.categoryNames.citizen],
        },
        { key: "sex", values: [t.sexNames.female, t.sexNames.male] },
        { key: "role", values: t.template.roleChoices },
      ],
    },
    t,
    // The creation date line (`Түзүлгөн күнү:` in A2, the date in B2), which the check reads.
    (b) => {
      b.set(1, 0, t.template.createdLabel, { bold: true });
      b.set(1, 1, null, DATE);
      return 0;
    }
  );
  const meetings = tableSheet(
    {
      name: t.sheetNames.meetings,
      title: t.template.meetingsTitle,
      columns: MEETING_COLUMNS,
      headers: h.meetings,
      headerRow: 2,
      lists: [{ key: "minutes", values: t.template.yesNo }],
    },
    t
  );
  const workPlan = tableSheet(
    {
      name: t.sheetNames.workPlan,
      title: t.template.workPlanTitle,
      columns: WORK_PLAN_COLUMNS,
      headers: h.workPlan,
      headerRow: 2,
      lists: [],
    },
    t
  );
  const acts = tableSheet(
    {
      name: t.sheetNames.acts,
      title: t.template.actsTitle,
      columns: ACT_COLUMNS,
      headers: h.acts,
      headerRow: 2,
      lists: [],
    },
    t
  );
  const holidays = tableSheet(
    {
      name: t.sheetNames.holidays,
      title: t.template.holidaysTitle,
      columns: HOLIDAY_COLUMNS,
      headers: h.holidays,
      headerRow: 3,
      lists: [
        {
          key: "kind",
          values: [
            t.dayKindNames.holiday,
            t.dayKindNames["day-off"],
            t.dayKindNames["working-day"],
          ],
        },
      ],
    },
    t,
    (b, first) => {
      b.set(
        1,
        0,
        t.template.fixedNote,
        { italic: true, wrap: true },
        { right: HOLIDAY_COLUMNS.length - 1 }
      ).height(1, 32);
      SHIPPED_DAYS.forEach((d, i) => {
        // A real date (the serial under a dd.mm.yyyy format), as people enter one, not text that looks like it.
        b.set(first + i, 0, isoToSerial(d.date), DATE);
        b.set(first + i, 1, t.dayKindNames[d.kind], CELL);
        b.set(first + i, 2, t.holidayNames[d.name], CELL);
        b.set(first + i, 3, d.source, CELL);
      });
      return SHIPPED_DAYS.length;
    }
  );
  return [members, meetings, workPlan, acts, holidays];
}
