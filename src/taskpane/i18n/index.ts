/**
 * The pane's words in ky / ru / en, the language to start in, and the React context that hands the
 * current catalogue to every component (`useT()`).
 */
import { createContext, useContext } from "react";
import { langFromTag } from "../../core";
import type { Lang } from "../../core";
import type { PaneCatalog } from "./catalog";
import { en } from "./en";
import { ky } from "./ky";
import { ru } from "./ru";

export type { PaneCatalog, AnnexStep, ChangesPlace } from "./catalog";

const CATALOGS: Readonly<Record<Lang, PaneCatalog>> = { ky, ru, en };

export function paneCatalog(lang: Lang): PaneCatalog {
  return CATALOGS[lang];
}

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  ky: "Кыргызча",
  ru: "Русский",
  en: "English",
};

export function isLang(value: unknown): value is Lang {
  return value === "ky" || value === "ru" || value === "en";
}

export { langFromTag };

/** The language chosen by hand when there is one, else the display language's. */
export function resolveLang(chosen: string, displayLanguage: string | null | undefined): Lang {
  return isLang(chosen) ? chosen : langFromTag(displayLanguage);
}

export const I18nContext = createContext<PaneCatalog>(en);

/** The current catalogue. */
export function useT(): PaneCatalog {
  return useContext(I18nContext);
}
