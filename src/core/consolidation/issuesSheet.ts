/** The consolidated workbook's issues sheet: what a coordinator must chase, body by body. */
import { coreCatalog } from "../i18n";
import { PAGE_NUMBER_FOOTER } from "../printLayout";
import type { ConsolidationCode, FatalCode, Issue, IssueCode } from "../types";
import type { SheetModel } from "../sheetModel";
import { SheetModelBuilder } from "../sheetModel";
import { fileStem } from "./entry";
import type { Consolidation } from "./result";
import { headerWidths, S } from "./sheetStyles";

/** Codes of the problems consolidation itself finds (beside each body's validation issue codes). */
export const CONSOLIDATION_CODES = {
  missing: "missing-body",
  duplicate: "duplicate-body",
  unexpected: "unexpected-body",
} as const satisfies Record<string, ConsolidationCode>;

/** A problem about the body rather than a row: said once per body, with the number of rows. */
const ONCE_PER_BODY: ReadonlySet<IssueCode> = new Set(["body-not-in-executors"]);
/** Cells listed for a problem said once per body; more are counted, not listed. */
const MAX_CELLS = 5;

/**
 * The issues sheet: bodies that sent nothing, unreadable files, duplicate bodies, bodies not on the
 * expected list, then each body's validation problems with file, sheet and cell. Each problem's kind
 * is said in words of the sheet's language (not its code); a problem about the body itself (not in
 * the executors) is one line per body, with its cells and the number of rows.
 */
export function buildIssuesSheet(c: Consolidation): SheetModel {
  const cat = coreCatalog(c.lang);
  const t = cat.consolidation;
  const sev = cat.severityNames;
  const b = new SheetModelBuilder(t.issuesSheet);
  t.issueHeaders.forEach((text, col) => b.set(0, col, text, S.header));
  b.height(0, 30);
  let r = 1;
  const line = (
    body: string,
    file: string,
    sheet: string,
    cell: string,
    severity: "error" | "warning",
    code: IssueCode | FatalCode | ConsolidationCode,
    message: string
  ): void => {
    const style = severity === "error" ? S.error : S.text;
    [body, file, sheet, cell, sev[severity], cat.issueKinds[code], message].forEach((v, col) =>
      b.set(r, col, v, col === 4 ? style : S.text)
    );
    r++;
  };
  for (const m of c.missing)
    line(m, "", "", "", "error", CONSOLIDATION_CODES.missing, t.missingBody);
  // The fatal message already names the file and says why it could not be used.
  for (const u of c.unreadable)
    line(u.body ?? fileStem(u.file), u.file, "", "", "error", u.code, u.message);
  for (const d of c.duplicates)
    line(
      d.body,
      d.ignored,
      "",
      "",
      "warning",
      CONSOLIDATION_CODES.duplicate,
      t.duplicateBody(d.body, d.used, d.ignored)
    );
  for (const u of c.unexpected)
    line(
      u,
      c.bodies.find((x) => x.body === u)?.file ?? "",
      "",
      "",
      "warning",
      CONSOLIDATION_CODES.unexpected,
      t.unexpectedBody
    );
  const byName = [...c.bodies].sort((a, b2) => a.body.localeCompare(b2.body, c.lang));
  for (const body of byName) {
    const once = new Map<IssueCode, Issue[]>();
    for (const i of body.issues) {
      if (!ONCE_PER_BODY.has(i.code)) {
        line(body.body, body.file, i.sheet, i.cell, i.severity, i.code, i.message);
        continue;
      }
      const seen = once.get(i.code);
      if (seen !== undefined) {
        seen.push(i);
        continue;
      }
      once.set(i.code, [i]);
    }
    for (const [code, list] of once) {
      const cells =
        list
          .slice(0, MAX_CELLS)
          .map((i) => i.cell)
          .join(", ") + (list.length > MAX_CELLS ? ", …" : "");
      const message =
        list.length > 1 ? `${list[0].message} ${t.inRows(list.length)}` : list[0].message;
      line(body.body, body.file, list[0].sheet, cells, list[0].severity, code, message);
    }
  }
  return b.build({
    columnWidths: headerWidths([30, 24, 16, 8, 14, 22, 70], t.issueHeaders),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { top: 0, bottom: 0 },
      footer: PAGE_NUMBER_FOOTER,
    },
    freezeRows: 1,
  });
}
