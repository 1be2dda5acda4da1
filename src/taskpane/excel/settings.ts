/**
 * The pane's form, kept in the workbook: one JSON text under {@link SETTINGS_KEY} in
 * `workbook.settings` (ExcelApi 1.4; why not `Office.context.document.settings`: docs/office-adapter.md),
 * validated with zod (as `zod/mini`: the same checks, tree-shaken, ~90 KB gzip less in the pane).
 */
import * as z from "zod/mini";
import type { PaneSettings } from "../port";
import { EMPTY_SETTINGS } from "../port";
import { excelRun } from "./host";

/** The key of the pane's settings in `workbook.settings`. */
export const SETTINGS_KEY = "atkaruu.pane";

/** Settings as stored: every field text; a missing or wrong field becomes "" without losing the others. */
const storedText = z.catch(z.string(), "");
const storedSettings = z.object({
  body: storedText,
  periodFrom: storedText,
  periodTo: storedText,
  person: storedText,
  contacts: storedText,
  lang: storedText,
  sheet: storedText,
  // The plan the workbook reports on (Table 1 made from a plan); absent in settings of earlier versions.
  planTitle: z.optional(storedText),
  planAct: z.optional(storedText),
  planYears: z.optional(storedText),
  planItems: z.optional(storedText),
});

/** Settings to store: each field must be text. */
const settingsToSave = z.object({
  body: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  person: z.string(),
  contacts: z.string(),
  lang: z.string(),
  sheet: z.string(),
  planTitle: z.optional(z.string()),
  planAct: z.optional(z.string()),
  planYears: z.optional(z.string()),
  planItems: z.optional(z.string()),
});

/** A stored settings value (JSON text, or an object written by another version) → settings. */
export function parseStoredSettings(value: unknown): PaneSettings {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return EMPTY_SETTINGS;
    }
  }
  const parsed = storedSettings.safeParse(v);
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

/** The stored settings (1 sync); empty when there are none. */
export function loadSettings(): Promise<PaneSettings> {
  return excelRun(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load("value");
    await context.sync();
    return item.isNullObject ? EMPTY_SETTINGS : parseStoredSettings(item.value);
  });
}

/** Store the settings (1 sync); every field must be text. */
export async function saveSettings(settings: PaneSettings): Promise<void> {
  const valid = settingsToSave.parse(settings);
  await excelRun(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(valid));
    await context.sync();
  });
}
