/**
 * Drag files over a drop zone and drop them, as the browser does (DragEvent with a DataTransfer of
 * Files), checking that the zone is marked while files are over it and unmarked after the drop.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Page } from "playwright-core";

export async function dropFiles(
  page: Page,
  zoneTestId: string,
  paths: readonly string[]
): Promise<void> {
  const files = paths.map((p) => ({
    name: basename(p),
    base64: readFileSync(p).toString("base64"),
  }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list)
      dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, files);
  const zone = page.getByTestId(zoneTestId);
  const idle = await zone.getAttribute("class");
  const classIs = (same: boolean): Promise<unknown> =>
    page.waitForFunction(
      ([id, cls, eq]) =>
        (document.querySelector(`[data-testid="${id}"]`)?.className === cls) === eq,
      [zoneTestId, idle, same] as const
    );
  await zone.dispatchEvent("dragover", { dataTransfer });
  await classIs(false);
  await zone.dispatchEvent("drop", { dataTransfer });
  await classIs(true);
  await dataTransfer.dispose();
}
