import * as React from "react";
import { useT } from "../i18n";
import type { SheetInfo } from "../port";

/** The sheets of the workbook as the options of a `<Select>`, hidden sheets said to be hidden. */
export function SheetOptions({
  sheets,
}: {
  readonly sheets: readonly SheetInfo[] | null;
}): React.ReactElement {
  const t = useT();
  return (
    <>
      {(sheets ?? []).map((s) => (
        <option key={s.name} value={s.name}>
          {s.hidden ? t.sheet.hidden(s.name) : s.name}
        </option>
      ))}
    </>
  );
}
