import type { HostErrorCatalog } from "./catalog";

export const en: HostErrorCatalog = {
  kinds: {
    cellEdit: () =>
      "Excel is editing a cell. Press Enter or Esc to finish the edit, then try again.",
    protected: () =>
      "Excel refused the change: the sheet or the workbook is protected or read-only. Remove the protection (Review → Unprotect Sheet / Protect Workbook) or open an editable copy, then try again.",
    changed: () =>
      "The workbook changed while Atkaruu was working on it (a sheet was renamed, deleted or edited by someone else). Reread the sheets and try again.",
    inTheWay: () =>
      "Something on the sheet is in the way: merged cells, a filter, a PivotTable or a chart sheet. Remove it or choose another sheet, then try again.",
    tooLarge: () =>
      "The sheet is too large for one exchange with Excel (Excel on the web allows 5 MB per request and five million cells per read). Delete the empty rows and columns at the end of the sheet, or use Excel on the desktop, then try again.",
    busy: () =>
      "Excel could not complete the request (an internal error or a lost connection). Wait a moment and try again; if it happens again, save the workbook and restart Excel.",
    otherWorkbook: () => "Another workbook is active. Switch back to this workbook and try again.",
    oldExcel: (code) =>
      `This version of Excel lacks a feature Atkaruu needs (${code}). Update Office (File → Account → Update Options) or use Excel on the web.`,
    rejected: (code) =>
      `Excel rejected data Atkaruu sent (${code}). Please report this with the workbook; the details are in the browser console.`,
    internal: (code) =>
      `Atkaruu made an internal error while talking to Excel (${code}). Close and reopen the task pane; if it happens again, please report it.`,
    links: () =>
      "Excel is waiting for permission to use external links or data connections. Answer Excel's prompt, then try again.",
    signIn: () => "Excel needs you to sign in again. Sign in to Office, then try again.",
    chart: () =>
      "Excel could not draw the chart because its data is empty. The figures are in the table; check the sheet, then try again.",
    unknown: (code) =>
      `Excel refused the request (${code}). Try again; if it happens again, save the workbook, restart Excel and report the code.`,
  },
  sheetTooLarge: (sheet) =>
    `Excel could not return the cells of sheet “${sheet}”: the sheet is too large to read. Delete the empty rows and columns at its end, or use Excel on the desktop.`,
};
