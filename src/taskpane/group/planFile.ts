/**
 * Reading a local plan's file picked in the view, with the reader bundle the consolidation view
 * loads on demand (`loadReader`): the same reader, limits and one-sentence refusals as everywhere.
 */
import type { Lang, SheetGrid } from "../../core";
import { loadReader } from "../consolidate/loadReader";

export type PlanFileOutcome =
  | { readonly ok: true; readonly name: string; readonly sheets: readonly SheetGrid[] }
  | { readonly ok: false; readonly message: string };

export async function readPlanFile(file: File, lang: Lang): Promise<PlanFileOutcome> {
  const reader = await loadReader();
  if (file.size > reader.MAX_FILE_BYTES)
    return {
      ok: false,
      message: reader.unreadableFile("too-large", { lang, fileName: file.name, size: file.size })
        .message,
    };
  const read = reader.readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), {
    lang,
    fileName: file.name,
  });
  return read.ok
    ? { ok: true, name: file.name, sheets: read.sheets }
    : { ok: false, message: read.fatal.message };
}
