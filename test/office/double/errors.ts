/**
 * Errors shaped like the ones Office.js rejects `context.sync()` with (`OfficeExtension.Error`, whose
 * `name` is "RichApi.Error"): a `code` from `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes`, a
 * message, and `debugInfo` with the same code, message and the failing member.
 */
export type OfficeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidRequestContext"
  | "InvalidObjectPath"
  | "RunMustReturnPromise"
  | "ApiNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "MergedRangeConflict"
  | "GeneralException"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export class OfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation?: string;
  };
  readonly traceMessages: string[] = [];

  constructor(code: OfficeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/**
 * A mistake no Office host would accept from JavaScript at all: reading or calling a member that does
 * not exist on the object (or that the double does not model), assigning a read-only property.
 * Thrown immediately, where the code runs, so a test that relies on a made-up API fails.
 */
export class DoubleUsageError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = "ExcelDoubleUsageError";
  }
}

export function propertyNotLoaded(prop: string, location: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location
  );
}

export function invalidArgument(message: string, location?: string): OfficeError {
  return new OfficeError("InvalidArgument", message, location);
}

export function itemNotFound(location?: string): OfficeError {
  return new OfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}
