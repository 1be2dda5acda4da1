/** A message of the view kept as a function of the catalogues, so it follows a language switch. */
import type { Notice } from "../components/Section";
import type { PaneCatalog } from "../i18n";
import type { GroupPaneCatalog } from "./i18n";

export type GroupNotice = ((t: PaneCatalog, g: GroupPaneCatalog) => Notice) | null;

/** A failure (Excel's or the reader's) as the pane says it. */
export function errorNotice(e: unknown): GroupNotice {
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  return (t) => ({
    intent: "error",
    text: t.app.failed(message.trim() === "" ? t.app.unknownError : message),
  });
}
