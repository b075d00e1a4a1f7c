/**
 * The one place the pure RECC functions (./recc) meet Excel's error type: MethodError and per-cell
 * error markers become CustomFunctions.Error (../shared/method.md §4). Used only by ./functions.
 * Messages are shown in Excel's display language (./excel-locale: Simplified Chinese or English).
 */
import { MethodError } from "../core";
import { msg, renderMessage } from "../i18n/messages";
import { excelLocale } from "./excel-locale";
import type { FunctionId } from "./params";
import { reccFunctions } from "./recc";
import type { ErrorCellCode } from "./shape";

/** Excel error for a MethodError kind. */
const ERROR_CODE: Record<MethodError["kind"], () => CustomFunctions.ErrorCode> = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  notAvailable: () => CustomFunctions.ErrorCode.notAvailable,
  divisionByZero: () => CustomFunctions.ErrorCode.divisionByZero,
  number: () => CustomFunctions.ErrorCode.invalidNumber,
};

/** Excel shows custom messages only with #VALUE! and #N/A. */
function withMessage(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  return code === CustomFunctions.ErrorCode.invalidValue || code === CustomFunctions.ErrorCode.notAvailable
    ? new CustomFunctions.Error(code, message)
    : new CustomFunctions.Error(code);
}

/**
 * How the message of an Excel error made from a bug (anything but MethodError) starts, so the user
 * can tell a bug from bad input and tests can tell it from every message of ../shared/method.md §4.
 */
export const INTERNAL_ERROR_PREFIX = "RECC internal error (a bug, please report it)";

/**
 * Exceptions to Excel errors: MethodError by kind, its message in Excel's display language; a
 * CustomFunctions.Error as is; anything else (a bug) as #VALUE! "RECC internal error (…): <its
 * message>" (with the Chinese gloss when Excel speaks Chinese), so nothing else ever reaches Excel.
 */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (e instanceof MethodError) return withMessage(ERROR_CODE[e.kind](), renderMessage(e.text, excelLocale()));
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, renderMessage(msg("unexpected", { detail }), excelLocale()));
}

/** An error cell of a result: #DIV/0! (S = 0 in C = P/S) or #NUM! (a number that overflows). */
export function excelErrorCell(code: ErrorCellCode): CustomFunctions.Error {
  return new CustomFunctions.Error(code === "#DIV/0!" ? CustomFunctions.ErrorCode.divisionByZero : CustomFunctions.ErrorCode.invalidNumber);
}

const EXCEL_FUNCTIONS = reccFunctions(excelErrorCell);

/**
 * Runs RECC.<id> for Excel: the pure function with CustomFunctions.Error cells, and any exception
 * thrown as a CustomFunctions.Error (the documented way a synchronous custom function reports one).
 */
export function runExcelFunction(id: FunctionId, args: readonly unknown[]): any {
  try {
    return EXCEL_FUNCTIONS[id](...args);
  } catch (e) {
    throw toExcelError(e);
  }
}
