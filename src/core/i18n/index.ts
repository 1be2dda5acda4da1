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

/**
 * The language for an Office display language or browser language tag (`ru-RU`, `ky-KG`, `en-US`):
 * Kyrgyz and Russian by their primary subtag, English for everything else.
 */
export function langFromTag(tag: string | null | undefined): Lang {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "ky" || primary === "ru" ? primary : "en";
}
