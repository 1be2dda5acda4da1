/** Names of the sheets the group part writes, in every language: never read back as input. */
import { LANGS } from "../types";
import { groupCatalog } from "./i18n";

const PREFIXES = LANGS.flatMap((l) => {
  const t = groupCatalog(l);
  return [t.act.sheetName(""), t.report.sheetName(""), t.composition.sheetName].map((s) =>
    s.trim().toLowerCase()
  );
});

/** A printed act, a summary report or a composition summary (also Excel's copies, `Акт 3 (2)`). */
export function isGroupOutputSheet(name: string): boolean {
  const n = name.trim().toLowerCase();
  return PREFIXES.some((p) => p !== "" && n.startsWith(p));
}
