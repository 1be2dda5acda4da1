/**
 * A copy that keeps everything (SPEC "Reading every workbook, writing copies that keep everything",
 * Rule): the user's own package with generated sheets added or replaced and nothing else changed.
 * The new sheets' XML is rendered from core `SheetModel`s (sheetXml.ts), their styles appended to
 * `styles.xml` (styles.ts); `workbook.xml`, its relationships, `[Content_Types].xml` and
 * `docProps/app.xml` are edited by splicing; a replaced sheet keeps its place and its parts, its
 * relationships and the parts only it used are removed (and `calcChain.xml`, which Excel rebuilds,
 * when it may name the removed sheet). Every other part is copied as stored — its compressed bytes,
 * CRC and name — except that opening on the new sheet removes `tabSelected` from the sheet views of
 * the others (else Excel opens with the sheets grouped, and typing would change both).
 *
 * Pure (inflate and deflate handed in), so the standalone page writes its download the same way.
 * More than one sheet can be written in one copy, visible or hidden (a snapshot sheet beside Annex 2).
 */
import { modelIn1904System, quoteSheetName } from "../../core";
import type { SheetModel } from "../../core";
import { sheetReference } from "../render";
import { mainPart, relatedPart, readWorkbookInfo } from "../read/book";
import { Package, partFolder, relsPartOf, relType, xmlTextOf } from "../read/package";
import type { PackageIo, Relationship } from "../read/package";
import { editAppTitles, editContentTypes, editRelationships } from "./packageParts";
import { sheetXml, printTitlesFormula } from "./sheetXml";
import { cloneXfWithFill, emptyStylesheet, mergeStyles } from "./styles";
import { editWorkbookXml, scanWorkbookXml } from "./workbookXml";
import type { NewSheetEntry } from "./workbookXml";
import { setAttribute } from "./xmlText";
import { writeZipSteps } from "./zipWriter";
import type { Deflater, OutputPart } from "./zipWriter";

export interface SheetToWrite {
  readonly model: SheetModel;
  /** Other names of the same sheet (e.g. Annex 2 in the other languages): such a sheet is replaced, in its place. */
  readonly replaces?: readonly string[];
  /** Where a sheet that replaces none goes: right after this sheet (default: at the end). */
  readonly after?: string;
  readonly state?: "visible" | "hidden" | "veryHidden";
}

export interface PatchOptions {
  readonly sheets: readonly SheetToWrite[];
  /** The name of a written sheet to open the workbook on (it becomes the active, selected tab). */
  readonly activate?: string;
  /** Changes to existing sheets' XML asked for by the user (marks, drop-downs on Table 1), by sheet name. */
  readonly sheetEdits?: ReadonlyMap<string, (xml: string, styles: StyleAdder) => string>;
}

/** Appends to the stylesheet being written a copy of cell format `xf` with a solid fill (`RRGGBB`); returns its `cellXfs` index. */
export type StyleAdder = (xf: number, rgb: string) => number;

export interface PatchIo extends PackageIo {
  readonly deflate: Deflater;
}

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const ENCODER = new TextEncoder();

/** The relationship type URI of `kind` in the package's own flavour (transitional or strict). */
function relTypeUri(rels: readonly Relationship[], kind: string): string {
  const sample = rels.find((r) => /\/(worksheet|styles|sharedStrings|theme)$/.test(r.type));
  const base =
    sample !== undefined
      ? sample.type.slice(0, sample.type.lastIndexOf("/"))
      : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return `${base}/${kind}`;
}

/** A target for `part` relative to the folder of the part whose relationship names it. */
function relativeTarget(fromFolder: string, part: string): string {
  return fromFolder !== "" && part.toLowerCase().startsWith(fromFolder.toLowerCase() + "/")
    ? part.slice(fromFolder.length + 1)
    : "/" + part;
}

/** The copy's bytes in one go (the browser; tests). Throws (ZipError, XmlError, Error) when the package cannot be edited safely. */
export function patchPackage(bytes: Uint8Array, options: PatchOptions, io: PatchIo): Uint8Array {
  const steps = patchPackageSteps(bytes, options, io);
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

/**
 * The copy's bytes, step by step: it yields after each large piece of work (a new sheet's XML, each part
 * deflated), so a Node caller can give the event loop a turn and Ctrl+C ends a long write at once.
 */
export function* patchPackageSteps(
  bytes: Uint8Array,
  options: PatchOptions,
  io: PatchIo
): Generator<void, Uint8Array> {
  const pkg = new Package(bytes, io);
  const main = mainPart(pkg);
  if (main === null) throw new Error("no workbook part");
  const entryName = (part: string): string => pkg.entry(part)?.name ?? part;
  const wbText = pkg.text(main)!;
  // The reader's view (it checks the part) and the positions to edit.
  const book = readWorkbookInfo(pkg, main);
  const wb = scanWorkbookXml(wbText);
  if (wb.sheets.length !== book.sheets.length) throw new Error("workbook: unexpected sheet list");
  const wbRels = pkg.relationships(main);
  // New parts are named in the letter case the package already uses for the workbook's folder.
  const folder = partFolder(entryName(main).replace(/^\/+/, ""));

  // --- New order of the sheets: old indexes and new entries.
  type Slot = { readonly old: number } | { readonly add: number };
  let order: Slot[] = wb.sheets.map((_, i) => ({ old: i }));
  const removed = new Set<number>();
  // docProps/app.xml: a replaced sheet's title is renamed; a sheet that replaces none gets a new title.
  const replacedTitles = new Map<string, string>();
  const titleInserts: number[] = [];
  const sheetName = (slot: Slot): string =>
    "old" in slot ? wb.sheets[slot.old].name : options.sheets[slot.add].model.name;
  options.sheets.forEach((w, k) => {
    const doomed = new Set([w.model.name, ...(w.replaces ?? [])].map((n) => n.toLowerCase()));
    let at = -1;
    let renamed = false;
    const next: Slot[] = [];
    for (const slot of order) {
      if (doomed.has(sheetName(slot).toLowerCase())) {
        if (at < 0) at = next.length;
        if ("old" in slot) {
          removed.add(slot.old);
          if (!renamed) replacedTitles.set(wb.sheets[slot.old].name.toLowerCase(), w.model.name);
          renamed = true;
        }
        continue;
      }
      next.push(slot);
    }
    if (at < 0) {
      const after =
        w.after === undefined
          ? -1
          : next.findIndex((s) => sheetName(s).toLowerCase() === w.after!.toLowerCase());
      at = after >= 0 ? after + 1 : next.length;
    }
    if (!renamed) titleInserts.push(k);
    next.splice(at, 0, { add: k });
    order = next;
  });

  // --- Parts removed: the replaced sheets, their relationships parts, parts only they used, calcChain.
  const removedParts = new Set<string>();
  const removedRelIds = new Set<string>();
  for (const i of removed) {
    const rid = wb.sheets[i].rid;
    const rel = wbRels.find((r) => r.id === rid);
    if (rid !== undefined) removedRelIds.add(rid);
    if (rel !== undefined && !rel.external) removedParts.add(rel.target);
  }
  const allRelsParts = pkg.names().filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n));
  const sourceOf = (relsPart: string): string => {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart)!;
    return (m[1] + m[2]).replace(/\/$/, "");
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const part of [...removedParts]) {
      const relsPart = relsPartOf(part);
      if (pkg.has(relsPart) && !removedParts.has(relsPart)) {
        removedParts.add(relsPart);
        changed = true;
      }
    }
    const referenced = new Set<string>();
    for (const rp of allRelsParts) {
      if (removedParts.has(rp)) continue;
      for (const r of pkg.relationships(sourceOf(rp)))
        if (!r.external && !(sourceOf(rp) === main && removedRelIds.has(r.id)))
          referenced.add(r.target);
    }
    for (const rp of allRelsParts) {
      if (!removedParts.has(rp)) continue;
      for (const r of pkg.relationships(sourceOf(rp))) {
        if (
          !r.external &&
          !referenced.has(r.target) &&
          !removedParts.has(r.target) &&
          pkg.has(r.target) &&
          r.target !== main
        ) {
          removedParts.add(r.target);
          changed = true;
        }
      }
    }
  }
  if (removed.size > 0) {
    const calc = wbRels.find((r) => relType(r, "calcChain"));
    if (calc !== undefined) {
      removedRelIds.add(calc.id);
      removedParts.add(calc.target);
    }
  }

  // --- Ids and names for the new sheets.
  let nextSheetId = 1;
  for (const s of wb.sheets) if (s.sheetId >= nextSheetId) nextSheetId = s.sheetId + 1;
  const ids = new Set(wbRels.map((r) => r.id));
  let ridN = 1;
  const newRid = (): string => {
    while (ids.has(`rId${ridN}`)) ridN++;
    ids.add(`rId${ridN}`);
    return `rId${ridN}`;
  };
  const taken = new Set(pkg.names());
  const isTaken = (p: string): boolean => taken.has(p.toLowerCase());
  const sheetFolder = `${folder === "" ? "" : folder + "/"}worksheets`;
  let partN = 1;
  const newPart = (): string => {
    while (isTaken(`${sheetFolder}/sheet${partN}.xml`)) partN++;
    const p = `${sheetFolder}/sheet${partN}.xml`;
    taken.add(p.toLowerCase());
    return p;
  };

  // --- Styles.
  const replacedParts = new Map<string, Uint8Array>();
  const newParts: { part: string; data: Uint8Array }[] = [];
  const addRels: { id: string; type: string; target: string }[] = [];
  const addTypes: { part: string; type: string }[] = [];
  let stylesPart = relatedPart(pkg, book, "styles");
  let stylesXml: string;
  if (stylesPart === null) {
    stylesPart = `${folder === "" ? "" : folder + "/"}styles.xml`;
    stylesXml = emptyStylesheet(wb.mainNs);
    addRels.push({
      id: newRid(),
      type: relTypeUri(wbRels, "styles"),
      target: relativeTarget(folder, stylesPart),
    });
    addTypes.push({ part: stylesPart, type: STYLES_TYPE });
  } else stylesXml = pkg.text(stylesPart)!;
  const xfIdsOf: number[][] = [];
  for (const w of options.sheets) {
    const merged = mergeStyles(stylesXml, w.model.styles);
    stylesXml = merged.xml;
    xfIdsOf.push([...merged.xfIds]);
  }
  const filled = new Map<string, number>();
  const addStyle: StyleAdder = (xf, rgb) => {
    const key = `${xf}:${rgb}`;
    let id = filled.get(key);
    if (id === undefined) {
      const c = cloneXfWithFill(stylesXml, xf, rgb);
      stylesXml = c.xml;
      id = c.xfId;
      filled.set(key, id);
    }
    return id;
  };

  // --- Edits to existing sheets asked for by the user, and the selected tab moved to the new sheet.
  const activating =
    options.activate !== undefined && options.sheets.some((w) => w.model.name === options.activate);
  for (let i = 0; i < wb.sheets.length; i++) {
    if (removed.has(i)) continue;
    const ref = book.sheets[i];
    const rel = wbRels.find((r) => r.id === wb.sheets[i].rid);
    const part =
      ref.part ?? (rel !== undefined && !rel.external && pkg.has(rel.target) ? rel.target : null);
    if (part === null) continue;
    const edit = options.sheetEdits?.get(ref.name);
    if (!activating && edit === undefined) continue;
    const raw = pkg.bytesOf(part)!;
    let text = xmlTextOf(raw);
    const before = text;
    if (edit !== undefined) text = edit(text, addStyle);
    if (activating) text = unselectSheet(text);
    if (text !== before) replacedParts.set(part, ENCODER.encode(text));
  }

  // --- The new sheets.
  yield;
  const added: { at: number; entry: NewSheetEntry }[] = [];
  const names: { name: string; localSheetId?: number; formula: string }[] = [];
  for (const [at, slot] of order.entries()) {
    if ("old" in slot) continue;
    const w = options.sheets[slot.add];
    const part = newPart();
    const rid = newRid();
    // A workbook kept in the 1904 date system stores the model's dates 1462 days lower (core modelIn1904System).
    const xml = sheetXml(book.date1904 ? modelIn1904System(w.model) : w.model, {
      xfIds: xfIdsOf[slot.add],
      mainNs: wb.mainNs,
      selected: activating && w.model.name === options.activate,
    });
    newParts.push({ part, data: ENCODER.encode(xml) });
    addRels.push({
      id: rid,
      type: relTypeUri(wbRels, "worksheet"),
      target: relativeTarget(folder, part),
    });
    addTypes.push({ part, type: WORKSHEET_TYPE });
    added.push({
      at,
      entry: { name: w.model.name, sheetId: nextSheetId++, rid, state: w.state ?? "visible" },
    });
    for (const n of w.model.names ?? [])
      names.push({ name: n.name, formula: sheetReference(w.model.name, n.row, n.col) });
    const titles = printTitlesFormula(quoteSheetName(w.model.name), w.model);
    if (titles !== null)
      names.push({ name: "_xlnm.Print_Titles", localSheetId: at, formula: titles });
    yield;
  }
  const activeTab = activating
    ? order.findIndex((s) => "add" in s && options.sheets[s.add].model.name === options.activate)
    : undefined;

  replacedParts.set(
    main,
    ENCODER.encode(editWorkbookXml(wbText, wb, { removed, added, names, activeTab }))
  );
  replacedParts.set(
    relsPartOf(main),
    ENCODER.encode(editRelationships(pkg.text(relsPartOf(main)), removedRelIds, addRels))
  );
  if (pkg.has(stylesPart)) replacedParts.set(stylesPart, ENCODER.encode(stylesXml));
  else newParts.push({ part: stylesPart, data: ENCODER.encode(stylesXml) });
  const ct = pkg.text("[Content_Types].xml");
  if (ct === null) throw new Error("no [Content_Types].xml");
  replacedParts.set(
    "[content_types].xml",
    ENCODER.encode(editContentTypes(ct, removedParts, addTypes))
  );
  const appRel = pkg
    .relationships("")
    .find((r) => relType(r, "extended-properties") && pkg.has(r.target));
  if (appRel !== undefined) {
    const ins = titleInserts.map((k) => ({
      name: options.sheets[k].model.name,
      at: worksheetIndex(
        order,
        k,
        book.sheets.map((s) => s.part !== null)
      ),
    }));
    const app = editAppTitles(pkg.text(appRel.target)!, replacedTitles, ins);
    if (app !== null) replacedParts.set(appRel.target, ENCODER.encode(app));
  }

  // --- The ZIP: every part in its stored order, copied unless it changed; new parts at the end.
  const parts: OutputPart[] = [];
  for (const e of pkg.entries) {
    const name = e.name.replace(/^\/+/, "").toLowerCase();
    if (removedParts.has(name)) continue;
    const changed = pkg.entry(name) === e ? replacedParts.get(name) : undefined;
    parts.push(
      changed !== undefined
        ? { kind: "new", name: e.name, data: changed }
        : { kind: "copy", entry: e }
    );
  }
  if (!pkg.has(relsPartOf(main)))
    parts.push({
      kind: "new",
      name: relsPartOf(entryName(main).replace(/^\/+/, "")),
      data: replacedParts.get(relsPartOf(main))!,
    });
  for (const p of newParts) parts.push({ kind: "new", name: p.part, data: p.data });
  return yield* writeZipSteps(parts, bytes, io);
}

/** Index of a new sheet among the worksheets (chart sheets not counted), for the titles in app.xml. */
function worksheetIndex(
  order: readonly ({ readonly old: number } | { readonly add: number })[],
  model: number,
  isWorksheet: readonly boolean[]
): number {
  let n = 0;
  for (const slot of order) {
    if ("add" in slot) {
      if (slot.add === model) return n;
      n++;
    } else if (isWorksheet[slot.old]) n++;
  }
  return n;
}

/** A sheet part with `tabSelected` removed from its sheet views (the head of the part only). */
export function unselectSheet(xml: string): string {
  const data = xml.search(/<(\w+:)?sheetData[\s>/]/);
  const head = data < 0 ? xml : xml.slice(0, data);
  if (!/tabSelected\s*=\s*["'](1|true)["']/.test(head)) return xml;
  const edited = head.replace(/<(\w+:)?sheetView\b[^>]*>/g, (tag) =>
    setAttribute(tag, "tabSelected", null)
  );
  return edited + xml.slice(head.length);
}
