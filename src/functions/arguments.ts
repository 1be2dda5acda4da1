/**
 * Single-value arguments: read, pass Excel errors on, and turn unusable values into `#VALUE!` with a
 * message in the user's language. Range arguments are read cell by cell in functions.ts.
 */
import { cellDate, cellText, coreCatalog, parseDeadline, todayIso } from "../core";
import type { CellValue, Deadline, IsoDate } from "../core";
import { asMatrix, inputErrorText, toCellValue } from "./cells";
import { ErrorCode, functionError } from "./errors";
import type { ErrorCodeValue } from "./errors";
import { displayLang, functionsCatalog } from "./i18n";

const PASSABLE: ReadonlySet<string> = new Set<string>([
  ErrorCode.invalidValue,
  ErrorCode.notAvailable,
  ErrorCode.divisionByZero,
  ErrorCode.invalidNumber,
  ErrorCode.nullReference,
]);

/**
 * The error to return for an argument holding Excel error `error`: the same error, as built-in
 * functions do; errors a custom function may not return (`#REF!`, `#NAME?`, `#SPILL!`…) become
 * `#VALUE!` saying which error the argument holds.
 */
export function passOn(error: string): unknown {
  if (PASSABLE.has(error)) return functionError(error as ErrorCodeValue);
  return functionError(
    ErrorCode.invalidValue,
    functionsCatalog(displayLang()).argumentError(error)
  );
}

/**
 * A single-value argument as a core cell value (null when blank or omitted). A one-cell range is
 * its cell. An Excel error in it is thrown on ({@link passOn}).
 */
export function scalarArg(value: unknown): CellValue {
  const v = Array.isArray(value) ? asMatrix(value)[0]?.[0] : value;
  const cell = toCellValue(v);
  const error = inputErrorText(cell);
  if (error !== null) throw passOn(error);
  return cell;
}

/** `#VALUE!` with the core's message for an unparsed deadline. */
function unparsedDeadline(cell: CellValue): unknown {
  return functionError(
    ErrorCode.invalidValue,
    coreCatalog(displayLang()).issue["unparsed-deadline"]({ text: cellText(cell) })
  );
}

/**
 * A deadline argument (SPEC "Deadline"): null when blank; `#VALUE!` with the core's
 * `unparsed-deadline` message when the wording is not understood.
 */
export function deadlineArg(value: unknown): Deadline | null {
  const cell = scalarArg(value);
  if (cell === null) return null;
  const deadline = parseDeadline(cell);
  if (deadline.type === null) throw unparsedDeadline(cell);
  return deadline;
}

/** A completion date: null when blank; `#VALUE!` (core's `unparsed-completion-date` message) when not a date. */
export function completionDateArg(value: unknown): IsoDate | null {
  const cell = scalarArg(value);
  const date = cellDate(cell);
  if (date === undefined) return null;
  if (date === null) {
    throw functionError(
      ErrorCode.invalidValue,
      coreCatalog(displayLang()).issue["unparsed-completion-date"]({ text: cellText(cell) })
    );
  }
  return date;
}

/** The as-of date: today when blank or omitted; `#VALUE!` when not a date. */
export function asOfArg(value: unknown, today: () => IsoDate = todayIso): IsoDate {
  const cell = scalarArg(value);
  const date = cellDate(cell);
  if (date === undefined) return today();
  if (date === null)
    throw functionError(
      ErrorCode.invalidValue,
      functionsCatalog(displayLang()).badAsOf(cellText(cell))
    );
  return date;
}
