/**
 * A strict, in-memory double of the part of the Excel JavaScript API Atkaruu uses, installed as the
 * globals `Excel` and `Office` for tests of the Office adapter.
 *
 * Why not `office-addin-mock`: it answers an unloaded property with a placeholder string instead of
 * throwing, cannot mock collections, and lets a test mock a method that Office.js does not have
 * (Microsoft's React template mocks `format.autoFitColumns`; the real method is `autofitColumns`).
 *
 * What this double enforces, like Office.js and Excel do:
 * - API objects are proxies: writes, calls and `load`s are queued and run only at `context.sync()`;
 *   reading a property before `load` + `sync` throws `PropertyNotLoaded`; `ClientResult.value` before
 *   sync throws `ValueNotLoaded`; objects cannot be used after their `Excel.run` ended.
 * - A member that the class does not have throws at once (a typo or an invented API fails the test);
 *   the members the double models are checked against @types/office-js when it starts.
 * - Members newer than the simulated host's requirement set (`apiVersion`) fail with `ApiNotFound`;
 *   `Office.context.requirements.isSetSupported` answers accordingly.
 * - `getItem` of a missing item fails at sync with `ItemNotFound`; `…OrNullObject` gives
 *   `isNullObject`; `values`/`formulas`/`numberFormat` arrays must match the range's shape
 *   (`InvalidArgument`); enumerations, colours, sheet/defined/table names, list sources, merges and
 *   tables follow Excel's rules (see double/classes.ts).
 * - Every sync is counted and its request serialised and measured; above `requestLimitBytes`
 *   (default 5 MB, Excel on the web's limit) it fails with `RequestPayloadSizeLimitExceeded`, and a
 *   response above `responseLimitBytes` with `ResponsePayloadSizeLimitExceeded`.
 * - Text assigned through `values` is parsed as Excel parses typed input (`=…` is a formula, `1.2` a
 *   number, `30.06.2025` a date); a leading apostrophe keeps it text.
 *
 * Deliberately stricter than Office.js (documented, so nobody relies on the difference): a property
 * that was assigned but not loaded still throws when read; a scalar assigned to a multi-cell
 * `values` is rejected; overlapping merges are rejected instead of being extended; loading with the
 * options-object form and a few rarely used members are not modelled and say so.
 */
import { ACTION_ENVELOPE_BYTES, Runtime, strictObject } from "./double/runtime";
import type { RunOptions, RuntimeOptions, SyncRecord } from "./double/runtime";
import { excelClasses } from "./double/classes";
import { WorkbookState } from "./double/model";

export { OfficeError, DoubleUsageError } from "./double/errors";
export {
  WorkbookState,
  SheetState,
  chartSnapshot,
  parseAddress,
  formatAddress,
  DEFAULT_FORMAT,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
} from "./double/model";
export type {
  Cell,
  CellFormat,
  Rect,
  Scalar,
  Border,
  ConditionalFormatState,
  ChartState,
} from "./double/model";
export type { SyncRecord } from "./double/runtime";
export { ACTION_ENVELOPE_BYTES };

/** Excel on the web's request and response payload limit (5 MB). */
export const FIVE_MB = 5 * 1024 * 1024;

export interface ExcelDoubleOptions {
  /** Highest ExcelApi requirement set the simulated host supports; default `1.20` (current Excel). */
  readonly apiVersion?: string;
  /** Other requirement sets (`ExcelApiOnline`, `ExcelApiDesktop`) → version; default none. */
  readonly otherSets?: Readonly<Record<string, string>>;
  readonly requestLimitBytes?: number;
  readonly responseLimitBytes?: number;
  readonly maxMergedAreas?: number;
  /** Accessor calls on null objects: give null objects (default) or fail with ItemNotFound. */
  readonly nullObjectCalls?: "propagate" | "fail";
  /** Requests above this size fail with GeneralException (Excel on the web on large batches: office-js #1314, #1012); default never. */
  readonly generalExceptionAboveBytes?: number;
  /** Gets of more cells answer `values` with null (office-js-docs-pr #5821); default five million. */
  readonly maxGetCells?: number;
  /** The user opened the Page Layout tab, so fit-to-pages zooms are applied (office-js #1860); default false. */
  readonly pageLayoutTabOpen?: boolean;
  /** Freezing panes and page layout on hidden sheets: fail (default, office-js #1463, #2196, #3148) or allow. */
  readonly hiddenSheetLayout?: "fail" | "allow";
}

type Globals = { Excel?: unknown; Office?: unknown };

export class ExcelDouble {
  readonly workbook = new WorkbookState();
  private readonly runtime: Runtime;
  private readonly options: { -readonly [K in keyof RuntimeOptions]: RuntimeOptions[K] };
  private saved: Globals | null = null;

  constructor(options: ExcelDoubleOptions = {}) {
    this.options = {
      apiVersion: options.apiVersion ?? "1.20",
      otherSets: options.otherSets ?? {},
      requestLimitBytes: options.requestLimitBytes ?? FIVE_MB,
      responseLimitBytes: options.responseLimitBytes ?? FIVE_MB,
      maxMergedAreas: options.maxMergedAreas ?? 512,
      nullObjectCalls: options.nullObjectCalls ?? "propagate",
      generalExceptionAboveBytes: options.generalExceptionAboveBytes ?? Infinity,
      maxGetCells: options.maxGetCells ?? 5_000_000,
      pageLayoutTabOpen: options.pageLayoutTabOpen ?? false,
      hiddenSheetLayout: options.hiddenSheetLayout ?? "fail",
    };
    this.runtime = new Runtime(this.workbook, this.options, excelClasses());
  }

  /** Every `context.sync()` so far (implicit final syncs of `Excel.run` included), with its sizes. */
  get syncs(): readonly SyncRecord[] {
    return this.runtime.syncs;
  }

  get syncCount(): number {
    return this.runtime.syncs.length;
  }

  /** Forget the counted syncs (e.g. after seeding through the API). */
  resetSyncs(): void {
    this.runtime.syncs.length = 0;
  }

  /** Run `fn` and return the syncs it made. */
  async countSyncs<T>(fn: () => Promise<T>): Promise<{ value: T; syncs: SyncRecord[] }> {
    const start = this.runtime.syncs.length;
    const value = await fn();
    return { value, syncs: this.runtime.syncs.slice(start) };
  }

  set requestLimitBytes(bytes: number) {
    this.options.requestLimitBytes = bytes;
  }

  set responseLimitBytes(bytes: number) {
    this.options.responseLimitBytes = bytes;
  }

  /** The user starts typing in a cell: batches fail with InvalidOperationInCellEditMode, or wait (delayForCellEdit). */
  startCellEdit(): void {
    this.runtime.startCellEdit();
  }

  /** The user leaves the cell: waiting batches run. */
  endCellEdit(): void {
    this.runtime.endCellEdit();
  }

  /** The `Excel` namespace the double provides: only `run(batch)` and `run(options, batch)`. */
  readonly Excel = strictObject("Excel", {
    run: <T>(...args: unknown[]): Promise<T> => {
      const batch = args[args.length - 1];
      if (args.length < 1 || args.length > 2 || typeof batch !== "function") {
        throw new TypeError(
          "Excel double: only Excel.run(batch) and Excel.run(options, batch) are modelled."
        );
      }
      let options: RunOptions = {};
      if (args.length === 2) {
        const o = args[0];
        // Excel.run(object, batch) and Excel.run(context, batch) take API objects, not modelled.
        if (
          typeof o !== "object" ||
          o === null ||
          Array.isArray(o) ||
          Object.keys(o).some((k) => k !== "delayForCellEdit")
        ) {
          throw new TypeError(
            "Excel double: Excel.run(options, batch) is modelled with RunOptions { delayForCellEdit } only."
          );
        }
        const delay = (o as { delayForCellEdit?: unknown }).delayForCellEdit;
        if (delay !== undefined && typeof delay !== "boolean")
          throw new TypeError("Excel double: RunOptions.delayForCellEdit is a boolean.");
        options = delay === undefined ? {} : { delayForCellEdit: delay };
      }
      return this.runtime.run(batch as (context: object) => Promise<T>, options);
    },
  });

  /** The `Office` namespace the double provides: requirement-set checks. */
  readonly Office = strictObject("Office", {
    context: strictObject("Office.context", {
      requirements: strictObject("Office.context.requirements", {
        isSetSupported: (name: string, version?: string): boolean =>
          this.runtime.isSetSupported(name, version),
      }),
    }),
  });

  /** Install as the globals `Excel` and `Office`; `uninstall` puts back what was there. */
  install(): this {
    const g = globalThis as unknown as Globals;
    this.saved = { Excel: g.Excel, Office: g.Office };
    g.Excel = this.Excel;
    g.Office = this.Office;
    return this;
  }

  uninstall(): void {
    if (this.saved === null) return;
    const g = globalThis as unknown as Globals;
    g.Excel = this.saved.Excel;
    g.Office = this.saved.Office;
    this.saved = null;
  }
}
