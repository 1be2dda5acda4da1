/** The Office adapter's words (what Excel's refusals mean to a user) in ky / ru / en. */
import type { Lang } from "../../../core";
import type { HostErrorCatalog } from "./catalog";
import { en } from "./en";
import { ky } from "./ky";
import { ru } from "./ru";

export type { HostErrorCatalog, HostErrorKind } from "./catalog";

const CATALOGS: Readonly<Record<Lang, HostErrorCatalog>> = { ky, ru, en };

export function hostErrorCatalog(lang: Lang): HostErrorCatalog {
  return CATALOGS[lang];
}
