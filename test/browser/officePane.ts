/**
 * Opening taskpane.html in Chromium with office.js answered by the strict Excel double
 * (officeStub.ts) or unreachable, and reading the double's workbook from the page: shared by the
 * pane's browser tests.
 */
import type { Page } from "playwright-core";
import { dateToIso, isoToSerial } from "../../src/core";
import type { CellValue, SheetGrid } from "../../src/core";
import type { Chromium } from "./chromium";
import type { SampleSheet } from "./fixtures";
import type { OfficeSeed } from "./officeStub";
import type { StaticServer } from "./server";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface OpenedPane {
  readonly page: Page;
  readonly errors: string[];
  readonly offsite: string[];
}

/** Open the pane with office.js answered by `officeJs` (a script), or unreachable when null. */
export async function openOfficePane(
  browser: Chromium,
  server: StaticServer,
  officeJs: string | null,
  seed?: OfficeSeed
): Promise<OpenedPane> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    if (!r.url().startsWith(server.origin) && r.url() !== OFFICE_JS) offsite.push(r.url());
  });
  if (seed !== undefined)
    await page.addInitScript(
      (s) => ((window as unknown as { __ATKARUU_SEED__: unknown }).__ATKARUU_SEED__ = s),
      seed
    );
  await page.route(OFFICE_JS, (route) =>
    officeJs === null
      ? route.abort("internetdisconnected")
      : route.fulfill({ contentType: "text/javascript", body: officeJs })
  );
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, errors, offsite };
}

/** Wait until `read()` gives `expected` (the pane writes to the workbook asynchronously). */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 10_000
): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** Read the double's workbook state in the page (`wb` is the double's workbook). */
export function doubleState<T>(page: Page, read: string): Promise<T> {
  return page.evaluate(
    `(() => { const wb = window.__ATKARUU_DOUBLE__.workbook; return (${read}); })()`
  ) as Promise<T>;
}

/** A grid as the double is seeded: date cells as their serials (what Office.js gives), other values as they are. */
export function doubleSheet(grid: SheetGrid): SampleSheet {
  const value = (v: CellValue): string | number | null => {
    if (v instanceof Date) {
      const iso = dateToIso(v);
      return iso === null ? null : isoToSerial(iso);
    }
    if (v === null || typeof v === "string" || typeof v === "number") return v;
    return typeof v === "boolean" ? String(v) : v.error;
  };
  return { name: grid.name, rows: grid.rows.map((r) => r.map(value)), merges: grid.merges ?? [] };
}
