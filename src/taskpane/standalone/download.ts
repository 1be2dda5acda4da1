/** Saving the changed copy: `<name>-annex2.xlsx`, handed to the browser as a download. */

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `Table 1 (2025).xlsx` → `Table 1 (2025)-annex2.xlsx`. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, "").trim() || "workbook";
  return `${base}-annex2.xlsx`;
}

/** The consolidated workbook, named as `atkaruu consolidate` names it by default. */
export function consolidationName(asOf: string): string {
  return `consolidation-${asOf}.xlsx`;
}

export function saveBytes(bytes: Uint8Array, fileName: string): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: XLSX_MIME }));
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
