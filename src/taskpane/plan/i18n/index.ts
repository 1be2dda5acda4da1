/** The pane's and the page's words about plans in ky / ru / en, chosen by the pane's current catalogue. */
import type { Lang } from "../../../core";
import { useT } from "../../i18n";
import type { PlanPaneCatalog } from "./catalog";
import { en } from "./en";
import { ky } from "./ky";
import { ru } from "./ru";

export type { PlanPaneCatalog } from "./catalog";

const CATALOGS: Readonly<Record<Lang, PlanPaneCatalog>> = { ky, ru, en };

export function planPaneCatalog(lang: Lang): PlanPaneCatalog {
  return CATALOGS[lang];
}

/** The words in the language the pane shows now. */
export function usePlanT(): PlanPaneCatalog {
  return CATALOGS[useT().lang];
}
