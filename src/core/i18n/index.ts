import type { Lang } from "../types";
import type { CoreCatalog } from "./catalog";
import { en } from "./en";
import { ky } from "./ky";
import { ru } from "./ru";

export type { CoreCatalog, IssueArgs, FatalArgs, UnreadableReason } from "./catalog";

const CATALOGS: Readonly<Record<Lang, CoreCatalog>> = { ky, ru, en };

/** The core's words in one language. */
export function coreCatalog(lang: Lang): CoreCatalog {
  return CATALOGS[lang];
}
