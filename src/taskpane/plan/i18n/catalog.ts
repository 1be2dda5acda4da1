/**
 * Every word the pane and the page say about plans (ky / ru / en): "Create Table 1 from the plan" and
 * the plan workbook picked for consolidation; the type makes a missing entry a compile error. The
 * plan's own words (its sheets, the body not in the plan) are the core plan catalogue's.
 */
import type { Lang } from "../../../core";

export interface PlanPaneCatalog {
  readonly lang: Lang;
  readonly table1: {
    readonly heading: string;
    readonly intro: string;
    readonly body: string;
    readonly bodyHint: string;
    /** One body's items in the plan, beside its name in the list. */
    readonly bodyItems: (items: number, lead: number) => string;
    readonly create: string;
    readonly creating: string;
    /** Pane: the new sheet; page: the downloaded workbook. */
    readonly created: (where: string, items: number, lead: number) => string;
    readonly downloadNote: (file: string) => string;
  };
  readonly file: {
    readonly choose: string;
    readonly drop: string;
    readonly reading: string;
    /** The plan read: its title, years and number of items. */
    readonly chosen: (file: string, title: string, years: string, items: number) => string;
    readonly clear: string;
  };
  readonly consolidate: {
    readonly label: string;
    readonly hint: string;
    readonly leadNotReportedHeading: (n: number) => string;
    readonly leadNotReportedItem: (no: string, lead: string) => string;
    readonly completenessSheet: (sheet: string) => string;
  };
}
