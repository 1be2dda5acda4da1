/** Saving the changed copy: `<name>-annex2.xlsx` (`<name>-group.xlsx` from the group view), handed to the browser as a download. */

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A macro-enabled workbook (its copy keeps the macros, so it keeps the extension too). */
export const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** `Table 1 (2025).xlsx` → `Table 1 (2025)-annex2.xlsx` (or `-<what>`); an `.xlsm` stays `.xlsm`. */
export function downloadName(fileName: string, what = "annex2"): string {
  const ext = /\.xlsm$/i.test(fileName) ? ".xlsm" : ".xlsx";
  const base = fileName.replace(/\.(xlsx|xlsm|ods)$/i, "").trim() || "workbook";
  return `${base}-${what}${ext}`;
}

/** The consolidated workbook, named as `atkaruu consolidate` names it by default. */
export function consolidationName(asOf: string): string {
  return `consolidation-${asOf}.xlsx`;
}

export function saveBytes(bytes: Uint8Array, fileName: string): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(
    new Blob([copy.buffer], { type: /\.xlsm$/i.test(fileName) ? XLSM_MIME : XLSX_MIME })
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
