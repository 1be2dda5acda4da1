/**
 * Office.js plumbing shared by the adapter's modules: one way to start a batch (`Excel.run` with
 * `delayForCellEdit`), error codes, and requirement-set checks.
 */

/** The error code of an Office.js error (`OfficeExtension.Error.code`), or null. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/**
 * Errors raised in the pane's own JavaScript (a property read before it was loaded, an object used
 * outside its `Excel.run`): bugs, never worth a retry.
 */
const CLIENT_ERRORS = new Set([
  "PropertyNotLoaded",
  "ValueNotLoaded",
  "InvalidRequestContext",
  "RunMustReturnPromise",
]);

/** An error Excel returned from a sync (worth another, simpler request), not a bug in the pane. */
export function fromExcel(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code !== null && !CLIENT_ERRORS.has(code);
}

/** Is a requirement set available on this host? (False outside Office.) */
export function isSetSupported(name: string, version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version)
    );
  } catch {
    return false;
  }
}

/**
 * Every batch of the adapter. `delayForCellEdit`: while the user is editing a cell, Excel would fail
 * the batch at once (`InvalidOperationInCellEditMode`); with it, the batch waits until the edit ends
 * (Excel.RunOptions, docs "Delay execution while cell is being edited") — so a ribbon click during
 * an edit runs afterwards instead of failing.
 */
export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

export const lower = (s: string): string => s.toLowerCase();

/** A text cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
