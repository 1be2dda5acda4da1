/**
 * What the official types once (body, period, person, contacts, language, sheet), validated at every
 * boundary (Office settings, localStorage) and saved one at a time, in order, by one store.
 */
// zod/mini: the same validation as `zod`, tree-shakable, so the pane's bundle stays small.
import * as z from "zod/mini";
import { isIsoDate } from "../core";
import type { PaneSettings, WorkbookPort } from "./port";
import { EMPTY_SETTINGS } from "./port";

const MAX_TEXT = 500;
const text = z.catch(z.string().check(z.maxLength(MAX_TEXT)), "");
/** A plan's title or act may be long (seed 002's title is some 300 characters). */
const planText = z.catch(z.string().check(z.maxLength(2000)), "");
const isoOrEmpty = z.catch(z.string().check(z.refine((s) => s === "" || isIsoDate(s))), "");

/** Settings as stored; a wrong or missing field falls back to empty instead of losing the others. */
export const paneSettingsSchema = z.object({
  body: text,
  periodFrom: isoOrEmpty,
  periodTo: isoOrEmpty,
  person: text,
  contacts: text,
  lang: z.catch(z.enum(["ky", "ru", "en", ""]), ""),
  sheet: z.catch(z.string().check(z.maxLength(31)), ""),
  // Optional: settings saved before plans existed stay as they were.
  planTitle: z.optional(planText),
  planAct: z.optional(planText),
  planYears: z.optional(z.catch(z.string().check(z.maxLength(20)), "")),
  planItems: z.optional(z.catch(z.string().check(z.maxLength(10)), "")),
});

/** Any stored value → valid settings (anything unusable becomes empty). */
export function parsePaneSettings(value: unknown): PaneSettings {
  const parsed = paneSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

export type SettingsTarget = Pick<WorkbookPort, "loadSettings" | "saveSettings">;

/**
 * The one writer of the settings: components patch it, it keeps the merged value and saves each
 * version after the previous save finished, so a quick language switch never overwrites a newer body.
 */
export class SettingsStore {
  private current: PaneSettings = EMPTY_SETTINGS;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly target: SettingsTarget) {}

  async load(): Promise<PaneSettings> {
    this.current = parsePaneSettings(await this.target.loadSettings());
    return this.current;
  }

  get(): PaneSettings {
    return this.current;
  }

  /** Merge and save; resolves when this version is saved. A failed save rejects but later ones still run. */
  update(patch: Partial<PaneSettings>): Promise<void> {
    this.current = parsePaneSettings({ ...this.current, ...patch });
    const snapshot = this.current;
    const saved = this.chain.then(() => this.target.saveSettings(snapshot));
    this.chain = saved.catch(() => undefined);
    return saved;
  }
}
