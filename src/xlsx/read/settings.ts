/**
 * The body the task pane saved in a workbook's settings (before any Annex 2 was made). Office keeps
 * `workbook.settings` as properties of the add-in's web extension part, each value JSON-encoded; the
 * pane stores a JSON string, so it is encoded twice (src/taskpane/excel/settings.ts).
 */
import * as z from "zod/mini";
import type { Package } from "./package";
import { XmlScanner, EOF, START } from "./xml";

/** The key of the task pane's settings in `workbook.settings`. */
const PANE_SETTINGS_KEY = "atkaruu.pane";
const PaneBody = z.object({ body: z.string().check(z.maxLength(500)) });

export function settingsBody(pkg: Package): string | null {
  for (const name of pkg.names()) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/.test(name)) continue;
    const xml = pkg.text(name);
    if (xml === null) continue;
    const s = new XmlScanner(xml);
    for (let t = s.next(); t !== EOF; t = s.next()) {
      if (t !== START || s.name !== "property" || s.attr("name") !== PANE_SETTINGS_KEY) continue;
      let value: unknown = s.attr("value");
      try {
        for (let i = 0; i < 2 && typeof value === "string"; i++) value = JSON.parse(value);
      } catch {
        continue;
      }
      const parsed = PaneBody.safeParse(value);
      if (parsed.success && parsed.data.body.trim() !== "") return parsed.data.body.trim();
    }
  }
  return null;
}
