/**
 * A minimal stand-in for the Office custom-functions runtime in Node: a global `CustomFunctions`
 * with `Error`, `ErrorCode` (the values Office uses) and `associate`, behaving like Office's for what
 * the functions use. Production code finds it through `globalThis`, as it finds the real one.
 */
export const ShimErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

type Code = (typeof ShimErrorCode)[keyof typeof ShimErrorCode];
const CODES = new Set<string>(Object.values(ShimErrorCode));
const WITH_MESSAGE = new Set<string>([ShimErrorCode.invalidValue, ShimErrorCode.notAvailable]);
/** Office: #NAME? and #REF! are input errors only; a function cannot return them. */
const OUTPUT_CODES = new Set<string>(
  [...CODES].filter((c) => c !== ShimErrorCode.invalidName && c !== ShimErrorCode.invalidReference)
);

export class ShimError {
  readonly code: Code;
  readonly message?: string;
  constructor(code: Code, message?: string) {
    if (!CODES.has(code)) throw new TypeError(`unknown error code ${String(code)}`);
    if (!OUTPUT_CODES.has(code))
      throw new TypeError(`${code} cannot be returned by a custom function`);
    // Office keeps custom messages for #VALUE! and #N/A only; giving one elsewhere is a mistake we want to see.
    if (message !== undefined && !WITH_MESSAGE.has(code))
      throw new TypeError(`${code} takes no message`);
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

export interface Shim {
  readonly Error: typeof ShimError;
  readonly ErrorCode: typeof ShimErrorCode;
  readonly associations: Map<string, unknown>;
  associate(id: string, fn: unknown): void;
}

type Host = { CustomFunctions?: Shim };

/** Install the shim as `globalThis.CustomFunctions`; returns it (with what was associated). */
export function installCustomFunctionsShim(): Shim {
  const associations = new Map<string, unknown>();
  const shim: Shim = {
    Error: ShimError,
    ErrorCode: ShimErrorCode,
    associations,
    associate(id: string, fn: unknown): void {
      if (typeof fn !== "function") throw new TypeError(`associate(${id}): not a function`);
      if (associations.has(id)) throw new Error(`associate(${id}): already associated`);
      associations.set(id, fn);
    },
  };
  (globalThis as Host).CustomFunctions = shim;
  return shim;
}

export function removeCustomFunctionsShim(): void {
  delete (globalThis as Host).CustomFunctions;
}
