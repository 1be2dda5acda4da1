/** The "Local monitoring" view's words in ky / ru / en, chosen by the pane's current catalogue. */
import type { Lang } from "../../../core";
import { useT } from "../../i18n";
import type { GroupPaneCatalog } from "./catalog";
import { en } from "./en";
import { ky } from "./ky";
import { ru } from "./ru";

export type { GroupPaneCatalog } from "./catalog";

const CATALOGS: Readonly<Record<Lang, GroupPaneCatalog>> = { ky, ru, en };

export function groupPaneCatalog(lang: Lang): GroupPaneCatalog {
  return CATALOGS[lang];
}

/** The view's words in the language the pane shows now. */
export function useGroupT(): GroupPaneCatalog {
  return CATALOGS[useT().lang];
}
