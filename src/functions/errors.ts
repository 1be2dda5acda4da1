/**
 * Errors returned to Excel. In Excel the runtime provides `CustomFunctions.Error`; a function throws
 * one and the cell shows `#VALUE!` or `#N/A` with our message in its error indicator (only those
 * two codes carry a message). Outside Excel (Node, the CLI, tests without the runtime) the same
 * shape is thrown as a {@link FunctionError}, so the functions stay usable and testable.
 */

/** The error codes a custom function may return (Office's `CustomFunctions.ErrorCode` values). */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What `CustomFunctions.Error` looks like; also the fallback's shape. */
export interface ExcelFunctionError {
  readonly code: string;
  readonly message?: string;
}

/** Thrown where the Office runtime is absent. */
export class FunctionError extends Error implements ExcelFunctionError {
  readonly code: ErrorCodeValue;
  constructor(code: ErrorCodeValue, message?: string) {
    super(message ?? code);
    this.name = "FunctionError";
    this.code = code;
  }
}

interface CustomFunctionsRuntime {
  readonly Error: new (code: ErrorCodeValue, message?: string) => ExcelFunctionError;
}

function runtime(): CustomFunctionsRuntime | undefined {
  const cf = (globalThis as unknown as { CustomFunctions?: Partial<CustomFunctionsRuntime> })
    .CustomFunctions;
  return cf !== undefined && typeof cf.Error === "function"
    ? (cf as CustomFunctionsRuntime)
    : undefined;
}

/** The error to throw for `code`, with a message (Excel keeps messages for #VALUE! and #N/A only). */
export function functionError(code: ErrorCodeValue, message?: string): ExcelFunctionError {
  const cf = runtime();
  const withMessage =
    code === ErrorCode.invalidValue || code === ErrorCode.notAvailable ? message : undefined;
  if (cf !== undefined)
    return withMessage === undefined ? new cf.Error(code) : new cf.Error(code, withMessage);
  return new FunctionError(code, withMessage);
}
