import type { Lang } from "../../types";
import type { GroupCatalog } from "./catalog";
import { en } from "./en";
import { ky } from "./ky";
import { ru } from "./ru";

export type { GroupCatalog, GroupIssueArgs, PeriodWords } from "./catalog";

const CATALOGS: Readonly<Record<Lang, GroupCatalog>> = { ky, ru, en };

/** The group part's words in one language. */
export function groupCatalog(lang: Lang): GroupCatalog {
  return CATALOGS[lang];
}
