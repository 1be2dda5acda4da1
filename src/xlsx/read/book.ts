/**
 * The workbook of an .xlsx/.xlsm package: where its parts are (through the package relationships,
 * so a workbook at an unusual or absolute path is found), its sheets in order with their state,
 * the 1904 date system, defined names, shared strings and which styles are dates. Pure.
 */
import { isDateFormat } from "./numFmt";
import type { Package, Relationship } from "./package";
import { relType } from "./package";
import { inlineString } from "./sheet";
import { XmlError, XmlScanner, EOF, END, START } from "./xml";

export interface SheetRef {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Lower-cased part name of a worksheet; null for chart sheets, dialog sheets and dangling references. */
  readonly part: string | null;
}

export interface DefinedName {
  readonly name: string;
  /** Index of the sheet the name is local to, when it is. */
  readonly localSheetId?: number;
  readonly formula: string;
}

export interface WorkbookInfo {
  /** The workbook part (lower-cased), e.g. `xl/workbook.xml`. */
  readonly part: string;
  readonly sheets: SheetRef[];
  readonly date1904: boolean;
  readonly definedNames: DefinedName[];
  readonly rels: Relationship[];
}

/** The package's main part (`officeDocument` relationship), or null when the package has none that is present. */
export function mainPart(pkg: Package): string | null {
  for (const r of pkg.relationships(""))
    if (!r.external && relType(r, "officeDocument") && pkg.has(r.target)) return r.target;
  return pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

/** Read the workbook part. Throws XmlError when it is damaged, or `NotAWorkbook` when the main part is no workbook (a .docx). */
export function readWorkbookInfo(pkg: Package, part: string): WorkbookInfo {
  const xml = pkg.text(part);
  if (xml === null) throw new XmlError("no workbook part");
  const rels = pkg.relationships(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  const s = new XmlScanner(xml);
  let first = true;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t !== START) continue;
    if (first) {
      first = false;
      if (s.name !== "workbook") throw new NotAWorkbook();
    }
    switch (s.name) {
      case "sheet": {
        const state = s.attr("state");
        const rid = s.attr("id");
        const rel = rid !== undefined ? byId.get(rid) : undefined;
        const isSheet =
          rel !== undefined && !rel.external && relType(rel, "worksheet") && pkg.has(rel.target);
        sheets.push({
          name: s.attr("name") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          part: isSheet ? rel.target : null,
        });
        break;
      }
      case "workbookPr": {
        const d = s.attr("date1904");
        date1904 = d === "1" || d === "true";
        break;
      }
      case "definedName": {
        const name = s.attr("name") ?? "";
        const local = s.attr("localSheetId");
        const formula = s.text().trim();
        definedNames.push({
          name,
          formula,
          ...(local !== undefined && /^\d+$/.test(local) ? { localSheetId: Number(local) } : {}),
        });
        break;
      }
      case "extLst":
      case "AlternateContent":
        if (!s.selfClosing) s.skipElement();
        break;
      default:
        break;
    }
  }
  return { part, sheets, date1904, definedNames, rels };
}

/** The main part is some other document (Word, PowerPoint): not a workbook. */
export class NotAWorkbook extends Error {}

/** A related part of the workbook by relationship kind (`sharedStrings`, `styles`), if present. */
export function relatedPart(pkg: Package, info: WorkbookInfo, kind: string): string | null {
  for (const r of info.rels)
    if (!r.external && relType(r, kind) && pkg.has(r.target)) return r.target;
  return null;
}

/** Shared strings (`<si>`: its text or runs joined, phonetic guides left out). */
export function readSharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (xml === null) return out;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === START && s.name === "si") out.push(inlineString(s));
    else if (t === START && s.name === "extLst" && !s.selfClosing) s.skipElement();
  }
  return out;
}

/** Per cell style (`cellXfs` index): does it show dates. */
export function readDateStyles(xml: string | null): boolean[] {
  const out: boolean[] = [];
  if (xml === null) return out;
  const custom = new Map<number, string>();
  const s = new XmlScanner(xml);
  let inXfs = false;
  for (let t = s.next(); t !== EOF; t = s.next()) {
    if (t === END) {
      if (s.name === "cellXfs") inXfs = false;
      continue;
    }
    switch (s.name) {
      case "numFmt": {
        const id = Number(s.attr("numFmtId"));
        const code = s.attr("formatCode");
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
        break;
      }
      case "cellXfs":
        inXfs = !s.selfClosing;
        break;
      case "xf":
        if (inXfs) {
          const id = Number(s.attr("numFmtId") ?? "0");
          out.push(Number.isInteger(id) && id > 0 && isDateFormat(id, custom));
        }
        if (!s.selfClosing) s.skipElement();
        break;
      default:
        break;
    }
  }
  return out;
}
