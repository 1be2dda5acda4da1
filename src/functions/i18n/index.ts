/**
 * Custom-function messages in ky / ru / en, and the language they are shown in: the Office display
 * language when the runtime knows it (shared runtime: `Office.context.displayLanguage`), else the
 * browser's, else English.
 */
import { langFromTag } from "../../core";
import type { Lang } from "../../core";
import type { FunctionsCatalog } from "./catalog";
import { en } from "./en";
import { ky } from "./ky";
import { ru } from "./ru";

export type { FunctionsCatalog } from "./catalog";

const CATALOGS: Readonly<Record<Lang, FunctionsCatalog>> = { ky, ru, en };

export function functionsCatalog(lang: Lang): FunctionsCatalog {
  return CATALOGS[lang];
}

interface LocaleHost {
  readonly Office?: { readonly context?: { readonly displayLanguage?: string } };
  readonly navigator?: { readonly language?: string };
}

/** The user's language, read when a message is needed (errors are rare; nothing is cached). */
export function displayLang(): Lang {
  const host = globalThis as unknown as LocaleHost;
  let locale: string | undefined;
  try {
    locale = host.Office?.context?.displayLanguage;
  } catch {
    locale = undefined; // Office.context throws before Office.onReady in some hosts
  }
  return langFromTag(locale ?? host.navigator?.language);
}
