/**
 * The blank Table 1 (`atkaruu template`, the task pane's "insert Table 1"): the Methodology's six
 * columns plus executors, role and completion date, a numbering row, formatted rows to fill, and
 * drop-down lists of status and role wordings in the chosen language.
 */
import { coreCatalog } from "./i18n";
import type { SheetModel } from "./sheetModel";
import { COLUMN_HEADER_STYLE, SheetModelBuilder, TITLE_STYLE } from "./sheetModel";
import type { ColumnKey, Lang } from "./types";
import { ALL_KEYS } from "./types";

export const TEMPLATE_COLUMNS: readonly ColumnKey[] = ALL_KEYS;
const WIDTHS: Readonly<Record<ColumnKey, number>> = {
  no: 7,
  task: 30,
  measure: 40,
  deadline: 20,
  result: 32,
  status: 44,
  executors: 28,
  role: 20,
  completedOn: 16,
};
/** Formatted empty rows; drop-downs reach further so a long plan (334 items) still gets them. */
export const TEMPLATE_ROWS = 50;
export const TEMPLATE_VALIDATION_ROWS = 1000;

/** The header text of a Table 1 column in one language (the Methodology's wording in Kyrgyz). */
export function templateHeader(key: ColumnKey, lang: Lang): string {
  const c = coreCatalog(lang);
  if (key === "status") {
    return lang === "ky"
      ? "Статус (чара аткарылды же аткарылган жок (ишке ашыруунун жүрүшү жөнүндө маалымат))"
      : lang === "ru"
        ? "Статус (мероприятие исполнено или не исполнено (информация о ходе исполнения))"
        : "Status (measure completed or not completed (progress information))";
  }
  return c.columnNames[key];
}

export function buildTemplate(lang: Lang): SheetModel {
  const c = coreCatalog(lang);
  const t = c.template;
  const b = new SheetModelBuilder(t.sheetName);
  const last = TEMPLATE_COLUMNS.length - 1;
  b.set(0, 0, t.title, TITLE_STYLE, { right: last }).height(0, 36);
  TEMPLATE_COLUMNS.forEach((key, col) =>
    b.set(2, col, templateHeader(key, lang), COLUMN_HEADER_STYLE)
  );
  b.height(2, 60);
  TEMPLATE_COLUMNS.forEach((_, col) =>
    b.set(3, col, col + 1, { italic: true, fontSize: 9, border: true, hAlign: "center" })
  );
  const cell = { wrap: true, border: true, vAlign: "top" } as const;
  const dateCell = { ...cell, numberFormat: "dd.mm.yyyy" } as const;
  for (let r = 4; r < 4 + TEMPLATE_ROWS; r++) {
    TEMPLATE_COLUMNS.forEach((key, col) =>
      b.set(r, col, null, key === "completedOn" ? dateCell : cell)
    );
  }
  const statusCol = TEMPLATE_COLUMNS.indexOf("status");
  const roleCol = TEMPLATE_COLUMNS.indexOf("role");
  const bottom = 4 + TEMPLATE_VALIDATION_ROWS - 1;
  return b.build({
    columnWidths: TEMPLATE_COLUMNS.map((k) => WIDTHS[k]),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: 2, bottom: 3 },
    },
    freezeRows: 4,
    validations: [
      {
        top: 4,
        bottom,
        col: statusCol,
        values: t.statusChoices,
        errorTitle: t.listErrorTitle,
        errorMessage: t.statusListError,
        errorStyle: "warning",
      },
      {
        top: 4,
        bottom,
        col: roleCol,
        values: t.roleChoices,
        errorTitle: t.listErrorTitle,
        errorMessage: t.roleListError,
        errorStyle: "stop",
      },
    ],
    table: { name: "Table1", top: 2, left: 0, bottom: 3 + TEMPLATE_ROWS, right: last },
  });
}
