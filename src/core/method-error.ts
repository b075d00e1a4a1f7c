/**
 * The one error type the method core throws for input it cannot evaluate.
 *
 * `kind` says which Excel error the adapters map it to (../shared/method.md §4):
 * "value" → #VALUE!, "notAvailable" → #N/A, "divisionByZero" → #DIV/0!, "number" → #NUM!.
 * Messages are short, name the place with 1-based positions, and are shown to users as-is.
 */
export type MethodErrorKind = "value" | "notAvailable" | "divisionByZero" | "number";

export class MethodError extends Error {
  readonly kind: MethodErrorKind;

  constructor(kind: MethodErrorKind, message: string) {
    super(message);
    this.name = "MethodError";
    this.kind = kind;
  }
}

/** Shorthand for the most common case: input that is not valid for the method (#VALUE!). */
export function invalidInput(message: string): MethodError {
  return new MethodError("value", message);
}
