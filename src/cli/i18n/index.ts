import type { Lang } from "../../core";
import type { CliCatalog } from "./catalog";
import { en } from "./en";
import { ky } from "./ky";
import { ru } from "./ru";

export type { CliCatalog, Expected } from "./catalog";

const CATALOGS: Readonly<Record<Lang, CliCatalog>> = { ky, ru, en };

/** The command line's words in one language. */
export function cliCatalog(lang: Lang): CliCatalog {
  return CATALOGS[lang];
}

/**
 * The user's language from the environment: the first of LC_ALL, LC_MESSAGES, LANG naming Kyrgyz,
 * Russian or English (`ky_KG.UTF-8` → ky); Kyrgyz when none does.
 */
export function envLang(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = (env[name] ?? "").trim().toLowerCase();
    if (v.startsWith("ky")) return "ky";
    if (v.startsWith("ru")) return "ru";
    if (v.startsWith("en")) return "en";
  }
  return "ky";
}
