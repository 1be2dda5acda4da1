/**
 * The one workbook reader (SPEC "Reading every workbook"): a file's bytes → the grids of its sheets
 * and the body the tool stored in it, for every path — `annex2`, `validate`, `consolidate`, the
 * standalone page and the pane's consolidation. Pure: no Node APIs, no ExcelJS; the caller hands in
 * the inflater (Node: `src/xlsx/files.ts` with zlib; browser: `src/xlsx/browser.ts` with fflate).
 *
 * The package's directory gives random access to its parts, so the workbook, its relationships,
 * shared strings and styles are read first whatever order they are stored in; each sheet is then
 * inflated and scanned once. Only the parts needed are inflated (never pictures, charts, docProps),
 * each bounded by its declared size. Damage in a needed part — bad compressed data, a wrong CRC, XML
 * cut off or not well-formed — makes the file unreadable ("damaged"), never a shorter table.
 * `.ods` files are read from their `content.xml` (read/ods.ts). docs/cli.md, "Reading workbooks".
 */
import {
  ANNEX2_BODY_CELL,
  ANNEX2_NAMES,
  ANNEX2_SHEET_NAMES,
  cellDate,
  cellText,
  findTableInSheet,
  HEADER_SEARCH_ROWS,
  isAnnex2Sheet,
  isGeneratedSheetName,
  isSnapshotSheet,
  PLAN_NAMES,
  readSnapshot,
  sameSheetName,
  storedPlan,
} from "../../core";
import type { CellValue, FatalError, IsoDate, Lang, Plan, SheetGrid, Snapshot } from "../../core";
import { sniffWorkbook } from "../sniff";
import {
  NotAWorkbook,
  mainPart,
  readDateStyles,
  readSharedStrings,
  readWorkbookInfo,
  relatedPart,
} from "./book";
import type { WorkbookInfo } from "./book";
import { unreadable } from "./fatal";
import { readOdsContent } from "./ods";
import { Package } from "./package";
import type { PackageIo } from "./package";
import { GridTooLarge, parseRef, scanSheet } from "./sheet";
import type { ScanPlan, SheetContext } from "./sheet";
import { settingsBody } from "./settings";

export type { Inflater, PackageIo } from "./package";

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
}

export interface ReadBook {
  /** The sheets read: with `keep: "table1"` only those that may hold Table 1; with `all`, every worksheet. */
  readonly sheets: SheetGrid[];
  /** The body stored by the tool (cell named `ATKARUU_BODY`, else the Annex 2 body cell, else the task pane's settings), or null. */
  readonly storedBody: string | null;
  /** The as-of date stored by the tool (the cell named `ATKARUU_AS_OF`), or null. */
  readonly storedAsOf: IsoDate | null;
  /** The snapshot of the last Annex 2 made (the very hidden `ATKARUU_SNAPSHOT` sheet), or null when there is none or it was damaged. */
  readonly snapshot: Snapshot | null;
  /** Every sheet of the workbook in order (chart sheets too), with its hidden state. */
  readonly sheetList: SheetEntry[];
  /** `ooxml` (.xlsx, .xlsm) or `ods`. */
  readonly format: "ooxml" | "ods";
  /** The plan stored by the tool (cells named `ATKARUU_PLAN_*`, core plan/stored.ts), or null (444-р then). */
  readonly storedPlan: Plan | null;
}

export type ReadResult =
  | { readonly ok: true; readonly book: ReadBook }
  | { readonly ok: false; readonly fatal: FatalError };

export interface ReadOptions {
  readonly lang: Lang;
  /** Shown in error messages. */
  readonly fileName?: string;
  readonly maxBytes?: number;
  /** Which sheets to keep (default `all`). */
  readonly keep?: "table1" | "all";
}

const BODY_KEY = `${ANNEX2_BODY_CELL.row}:${ANNEX2_BODY_CELL.col}`;

/** `'Annex 2'!$A$3` → sheet and cell. */
function definedCell(formula: string): { sheet: string; row: number; col: number } | null {
  const bang = formula.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = formula.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseRef(formula.slice(bang + 1).split(":")[0]);
  return cell === null ? null : { sheet, ...cell };
}

/** The stored as-of date: a date cell, or the `dd.mm.yyyy` text Annex 2 writes there. */
function storedDate(value: CellValue): IsoDate | null {
  const d = cellDate(value);
  return typeof d === "string" ? d : null;
}

const PLAN_FIELDS = ["title", "act", "years", "items"] as const;

/** The stored plan from the values of its named cells (`valueOf` gives a field's cell value). */
function planFromNames(valueOf: (field: (typeof PLAN_FIELDS)[number]) => CellValue): Plan | null {
  const items = valueOf("items");
  return storedPlan({
    title: cellText(valueOf("title")),
    act: cellText(valueOf("act")),
    years: cellText(valueOf("years")),
    items: typeof items === "number" ? items : cellText(items),
  });
}

/** A sheet may hold Table 1 (its header found, or a required column missing) — decided on its first rows. */
function mayHoldTable1(name: string): (rows: readonly (readonly CellValue[])[]) => boolean {
  return (rows) => {
    const found = findTableInSheet({ name, rows: [...rows] });
    return found.ok || found.code === "missing-column";
  };
}

/** Read a workbook's bytes step by step (a generator: see sheet.ts); never throws. */
export function* readWorkbookSteps(
  bytes: Uint8Array,
  opts: ReadOptions,
  io: PackageIo
): Generator<void, ReadResult> {
  const fileName = opts.fileName ?? "";
  const sniff = sniffWorkbook(bytes, { maxFileBytes: opts.maxBytes, fileName });
  if (!sniff.ok)
    return { ok: false, fatal: unreadable(sniff.reason, opts.lang, fileName, sniff.size) };
  try {
    const book =
      sniff.kind === "ods" ? yield* readOds(bytes, opts, io) : yield* readOoxml(bytes, opts, io);
    if (book.sheetList.length === 0)
      return { ok: false, fatal: unreadable("empty", opts.lang, fileName) };
    return { ok: true, book };
  } catch (err) {
    if (err instanceof GridTooLarge)
      return { ok: false, fatal: unreadable("too-large", opts.lang, fileName) };
    if (err instanceof NotAWorkbook)
      return { ok: false, fatal: unreadable("not-xlsx", opts.lang, fileName) };
    // ZipError, XmlError, and anything else a damaged file may provoke (a RangeError of a bad length …).
    return { ok: false, fatal: unreadable("corrupt", opts.lang, fileName) };
  }
}

/** Read a workbook's bytes in one go (the browser; tests). Never throws. */
export function readWorkbookBytes(bytes: Uint8Array, opts: ReadOptions, io: PackageIo): ReadResult {
  const steps = readWorkbookSteps(bytes, opts, io);
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

function* readOoxml(
  bytes: Uint8Array,
  opts: ReadOptions,
  io: PackageIo
): Generator<void, ReadBook> {
  const pkg = new Package(bytes, io);
  const main = mainPart(pkg);
  if (main === null) throw new NotAWorkbook();
  const info: WorkbookInfo = readWorkbookInfo(pkg, main);
  const sst = relatedPart(pkg, info, "sharedStrings");
  const styles = relatedPart(pkg, info, "styles");
  const ctx: SheetContext = {
    strings: readSharedStrings(sst === null ? null : pkg.text(sst)),
    dates: readDateStyles(styles === null ? null : pkg.text(styles)),
    date1904: info.date1904,
    budget: { cells: 0 },
  };
  const namedCell = (name: string): { sheet: string; row: number; col: number } | null => {
    const n = info.definedNames.find((d) => d.name === name && d.localSheetId === undefined);
    return n !== undefined ? definedCell(n.formula) : null;
  };
  const named = namedCell(ANNEX2_NAMES.body);
  const namedAsOf = namedCell(ANNEX2_NAMES.asOf);
  const planCells = new Map<string, { sheet: string; row: number; col: number }>();
  for (const field of PLAN_FIELDS) {
    const cell = namedCell(PLAN_NAMES[field]);
    if (cell !== null) planCells.set(field, cell);
  }
  const keepAll = (opts.keep ?? "all") === "all";
  let snapshot: Snapshot | null = null;

  const sheets: SheetGrid[] = [];
  const picked = new Map<string, Map<string, CellValue>>();
  for (const ref of info.sheets) {
    if (ref.part === null) continue; // a chart sheet or a dangling reference
    const xml = pkg.text(ref.part);
    if (xml === null) continue;
    const wanted = new Set<string>();
    if (named !== null && named.sheet === ref.name) wanted.add(`${named.row}:${named.col}`);
    if (namedAsOf !== null && namedAsOf.sheet === ref.name)
      wanted.add(`${namedAsOf.row}:${namedAsOf.col}`);
    if (isAnnex2Sheet(ref.name)) wanted.add(BODY_KEY);
    for (const c of planCells.values()) if (c.sheet === ref.name) wanted.add(`${c.row}:${c.col}`);
    const generated = isGeneratedSheetName(ref.name);
    const isSnapshot = isSnapshotSheet(ref.name);
    const plan: ScanPlan = {
      keep: keepAll || isSnapshot ? true : generated ? false : mayHoldTable1(ref.name),
      decideAfter: HEADER_SEARCH_ROWS,
      wanted,
    };
    const result = yield* scanSheet(xml, ctx, plan);
    if (isSnapshot && result.rows !== null)
      snapshot ??= readSnapshot({ name: ref.name, rows: result.rows });
    if (result.rows !== null && (keepAll || !isSnapshot)) {
      const hidden = ref.state !== "visible";
      sheets.push({
        name: ref.name,
        rows: result.rows,
        ...(result.merges.length > 0 ? { merges: result.merges } : {}),
        ...(hidden ? { hidden: true } : {}),
      });
    }
    picked.set(ref.name, result.picked);
  }

  // As Excel users expect: the named cell first, else the body cell of an Annex 2 sheet in any language, else the pane's settings.
  let storedBody: string | null = null;
  if (named !== null)
    storedBody =
      cellText(picked.get(named.sheet)?.get(`${named.row}:${named.col}`) ?? null) || null;
  for (const annex of ANNEX2_SHEET_NAMES) {
    if (storedBody !== null) break;
    const ref = info.sheets.find((s) => sameSheetName(s.name, annex));
    if (ref !== undefined)
      storedBody = cellText(picked.get(ref.name)?.get(BODY_KEY) ?? null) || null;
  }
  storedBody ??= settingsBody(pkg);
  const asOfValue =
    namedAsOf === null
      ? null
      : (picked.get(namedAsOf.sheet)?.get(`${namedAsOf.row}:${namedAsOf.col}`) ?? null);
  const plan =
    planCells.size === 0
      ? null
      : planFromNames((field) => {
          const c = planCells.get(field);
          return c === undefined ? null : (picked.get(c.sheet)?.get(`${c.row}:${c.col}`) ?? null);
        });
  return {
    sheets,
    storedBody,
    storedAsOf: storedDate(asOfValue),
    snapshot,
    sheetList: info.sheets.map((s) => ({ name: s.name, hidden: s.state !== "visible" })),
    format: "ooxml",
    storedPlan: plan,
  };
}

function* readOds(bytes: Uint8Array, opts: ReadOptions, io: PackageIo): Generator<void, ReadBook> {
  const pkg = new Package(bytes, io);
  const xml = pkg.text("content.xml");
  if (xml === null) throw new NotAWorkbook();
  const ods = yield* readOdsContent(xml, { cells: 0 });
  const keepAll = (opts.keep ?? "all") === "all";
  const sheets: SheetGrid[] = [];
  let snapshot: Snapshot | null = null;
  for (const s of ods.sheets) {
    if (isSnapshotSheet(s.name)) snapshot ??= readSnapshot({ name: s.name, rows: s.rows });
    if (
      !keepAll &&
      (isGeneratedSheetName(s.name) || !mayHoldTable1(s.name)(s.rows.slice(0, HEADER_SEARCH_ROWS)))
    )
      continue;
    sheets.push({
      name: s.name,
      rows: s.rows,
      ...(s.merges.length > 0 ? { merges: s.merges } : {}),
      ...(s.hidden ? { hidden: true } : {}),
    });
  }
  const valueAt = (sheet: string, row: number, col: number): string =>
    cellText(ods.sheets.find((s) => s.name === sheet)?.rows[row]?.[col] ?? null);
  let storedBody: string | null = null;
  const named = ods.names.get(ANNEX2_NAMES.body);
  if (named !== undefined) storedBody = valueAt(named.sheet, named.row, named.col) || null;
  for (const annex of ANNEX2_SHEET_NAMES) {
    if (storedBody !== null) break;
    const s = ods.sheets.find((x) => sameSheetName(x.name, annex));
    if (s !== undefined)
      storedBody = valueAt(s.name, ANNEX2_BODY_CELL.row, ANNEX2_BODY_CELL.col) || null;
  }
  const namedAsOf = ods.names.get(ANNEX2_NAMES.asOf);
  const asOfValue =
    namedAsOf === undefined
      ? null
      : (ods.sheets.find((x) => x.name === namedAsOf.sheet)?.rows[namedAsOf.row]?.[namedAsOf.col] ??
        null);
  const plan = planFromNames((field) => {
    const n = ods.names.get(PLAN_NAMES[field]);
    return n === undefined
      ? null
      : (ods.sheets.find((x) => x.name === n.sheet)?.rows[n.row]?.[n.col] ?? null);
  });
  return {
    sheets,
    storedBody,
    storedAsOf: storedDate(asOfValue),
    snapshot,
    sheetList: ods.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
    format: "ods",
    storedPlan: plan,
  };
}
