/**
 * Stands in for Microsoft's office.js when the browser test opens taskpane.html: the strict Excel
 * double (test/office/excelDouble.ts) as `Excel`, plus the few `Office` members the pane's entry
 * uses (onReady, HostType, context.displayLanguage, context.document.url, actions.associate). Bundled for the browser by
 * the test; the workbook to start with and the display language come from `window.__ATKARUU_SEED__`.
 */
import { ExcelDouble } from "../office/excelDouble";
import type { SampleSheet } from "./fixtures";

export interface OfficeSeed {
  readonly displayLanguage: string;
  readonly sheets: readonly SampleSheet[];
  /**
   * `Office.context.document.url`: the open file's URL or path, null when unavailable (Common API,
   * https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-url-member).
   */
  readonly url?: string | null;
}

interface StubWindow {
  __ATKARUU_SEED__?: OfficeSeed;
  __ATKARUU_DOUBLE__?: ExcelDouble;
  __ATKARUU_ACTIONS__?: Record<string, (event: { completed(): void }) => void>;
  Office?: unknown;
}

const w = window as unknown as StubWindow;
const seed = w.__ATKARUU_SEED__;
if (seed === undefined) throw new Error("office stub: no __ATKARUU_SEED__");

const double = new ExcelDouble();
for (const s of seed.sheets) {
  double.workbook.seedSheet(
    s.name,
    s.rows.map((row) => row.map((v) => v)),
    {
      merges: s.merges.map((m) => ({
        top: m.top,
        left: m.left,
        rows: m.bottom - m.top + 1,
        cols: m.right - m.left + 1,
      })),
    }
  );
}
double.install();
const actions: Record<string, (event: { completed(): void }) => void> = {};
w.__ATKARUU_DOUBLE__ = double;
w.__ATKARUU_ACTIONS__ = actions;
w.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: seed.displayLanguage,
    requirements: double.Office.context.requirements,
    document: { url: seed.url ?? null },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    const ready = new Promise<typeof info>((resolve) => setTimeout(() => resolve(info), 0));
    if (callback) void ready.then(callback);
    return ready;
  },
  actions: {
    associate(name: string, handler: (event: { completed(): void }) => void) {
      actions[name] = handler;
    },
  },
};
