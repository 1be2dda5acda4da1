/**
 * Excel's refusals as sentences a user can act on. Every code of `OfficeExtension.ErrorCodes`, of
 * `Excel.ErrorCodes` (both read from @types/office-js by the test) and of Microsoft's table in
 * "Error handling with the application-specific JavaScript APIs" has a kind; each kind is one
 * catalogue sentence in ky/ru/en saying what to do. The raw message (localised by Office, "not
 * intended for consumption by end users", same page) and `debugInfo` go to the console only.
 */
import type { Lang } from "../../core";
import { hostErrorCatalog } from "./i18n";
import type { HostErrorKind } from "./i18n";
import { officeErrorCode } from "./host";
import { SheetTooLargeError } from "./read";

export const HOST_ERROR_KINDS: Readonly<Record<string, HostErrorKind>> = {
  // The user is typing in a cell (also what delayForCellEdit waits for).
  InvalidOperationInCellEditMode: "cellEdit",
  // Protection, permissions (a protected sheet refuses with AccessDenied or InvalidOperation).
  AccessDenied: "protected",
  InvalidOperation: "protected",
  BadPassword: "protected",
  // The workbook changed under us.
  ItemNotFound: "changed",
  ItemAlreadyExists: "changed",
  Conflict: "changed",
  InsertDeleteConflict: "changed",
  InvalidReference: "changed",
  InvalidBinding: "changed",
  InvalidSelection: "changed",
  DirtySupportingFormula: "changed",
  // Something on the sheet blocks the operation.
  MergedRangeConflict: "inTheWay",
  FilteredRangeConflict: "inTheWay",
  PivotTableRangeConflict: "inTheWay",
  NonBlankCellOffSheet: "inTheWay",
  UnsupportedSheet: "inTheWay",
  UnsupportedFeature: "inTheWay",
  UnsupportedFillType: "inTheWay",
  // Size limits.
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RangeExceedsLimit: "tooLarge",
  OperationCellsExceedLimit: "tooLarge",
  FormulaLengthExceedsLimit: "tooLarge",
  RangeImageExceedsLimit: "tooLarge",
  MemoryLimitReached: "tooLarge",
  ActivityLimitReached: "tooLarge",
  SheetTooLarge: "tooLarge",
  // Excel itself failed, or the connection did.
  GeneralException: "busy",
  RequestAborted: "busy",
  ServiceNotAvailable: "busy",
  ConnectionFailure: "busy",
  InvalidRequest: "busy",
  ContentLengthRequired: "busy",
  HostRestartNeeded: "busy",
  InactiveWorkbook: "otherWorkbook",
  // An older Excel.
  ApiNotFound: "oldExcel",
  ApiNotAvailable: "oldExcel",
  NotImplemented: "oldExcel",
  UnsupportedOperation: "oldExcel",
  // Our request was wrong: a bug to report.
  InvalidArgument: "rejected",
  InvalidRibbonDefinition: "rejected",
  // The pane's own mistakes with the API.
  PropertyNotLoaded: "internal",
  ValueNotLoaded: "internal",
  InvalidRequestContext: "internal",
  InvalidObjectPath: "internal",
  RunMustReturnPromise: "internal",
  CannotRegisterEvent: "internal",
  // Excel waits for the user's permission.
  OpenWorkbookLinksBlocked: "links",
  RefreshWorkbookLinksBlocked: "links",
  PowerQueryRefreshResourceChallenge: "links",
  Unauthenticated: "signIn",
  EmptyChartSeries: "chart",
};

/** An error Excel returned, as the user reads it: `message` is the catalogue sentence. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    readonly kind: HostErrorKind,
    message: string
  ) {
    super(message);
    this.name = "HostError";
  }
}

/** The user's sentence for an Office error; anything else (the pane's own errors) is returned as it is. */
export function describeHostError(e: unknown, lang: Lang): unknown {
  if (e instanceof HostError) return e;
  const t = hostErrorCatalog(lang);
  if (e instanceof SheetTooLargeError) {
    console.error("Atkaruu:", e.message);
    return new HostError(e.code, "tooLarge", t.sheetTooLarge(e.sheet));
  }
  const code = officeErrorCode(e);
  if (code === null) return e;
  const debugInfo = (e as { debugInfo?: unknown }).debugInfo;
  console.error(
    "Atkaruu: Excel refused a request:",
    code,
    e instanceof Error ? e.message : "",
    debugInfo ?? ""
  );
  const kind = HOST_ERROR_KINDS[code] ?? "unknown";
  return new HostError(code, kind, t.kinds[kind](code));
}
