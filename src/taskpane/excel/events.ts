/**
 * The sheet list follows the workbook: `worksheets.onAdded` / `onDeleted` (ExcelApi 1.7) and
 * `onNameChanged` (ExcelApi 1.17, where available) call the listener, also for changes made by the
 * user, the ribbon command or a co-author. Registered once in its own batch; without ExcelApi 1.7
 * nothing is registered and the pane's "Reread sheets" button remains the way to refresh.
 */
import { excelRun, isSetSupported } from "./host";

/** Register the listener (queued like every port call); returns the unsubscribe. */
export function watchSheets(
  listener: () => void,
  enqueue: (task: () => Promise<void>) => Promise<void>
): () => void {
  let active = true;
  const fire = async (): Promise<void> => {
    if (active) listener();
  };
  if (isSetSupported("ExcelApi", "1.7")) {
    void enqueue(() =>
      excelRun(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.onAdded.add(fire);
        sheets.onDeleted.add(fire);
        if (isSetSupported("ExcelApi", "1.17")) sheets.onNameChanged.add(fire);
        await context.sync();
      })
    ).catch((e: unknown) => console.error("Atkaruu: could not follow sheet changes:", e));
  }
  // Excel removes handlers only from the request context that added them; a stopped listener is simply not called.
  return () => {
    active = false;
  };
}
