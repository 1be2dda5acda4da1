/** The fatal `unreadable-workbook` error of the readers, in the user's language (pure). */
import { coreCatalog, fatalError } from "../../core";
import type { FatalError, Lang, UnreadableReason } from "../../core";

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0) + " MB";
}

/** The fatal `unreadable-workbook` error for a reason, in the user's language. */
export function unreadable(
  reason: UnreadableReason,
  lang: Lang,
  fileName = "",
  size?: { actual: number; limit: number }
): FatalError {
  let detail = coreCatalog(lang).unreadable[reason];
  if (size !== undefined)
    detail = detail.replace(/\.?$/, ` (${megabytes(size.actual)} > ${megabytes(size.limit)}).`);
  return fatalError("unreadable-workbook", lang, { file: fileName, detail });
}
