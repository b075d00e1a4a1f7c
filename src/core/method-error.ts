/**
 * The one error type the method core throws for input it cannot evaluate.
 *
 * `kind` says which Excel error the adapters map it to (../shared/method.md §4):
 * "value" → #VALUE!, "notAvailable" → #N/A, "divisionByZero" → #DIV/0!, "number" → #NUM!.
 * Messages are short, name the place with 1-based positions, and are shown to users as-is. A keyed
 * message (../i18n/messages) is kept as `text` so an adapter can show it in the user's language;
 * `message` is always its English rendering.
 */
import { english, type Message } from "../i18n/messages";

export type MethodErrorKind = "value" | "notAvailable" | "divisionByZero" | "number";

export class MethodError extends Error {
  readonly kind: MethodErrorKind;
  /** The message, keyed (or the English text when it has no key). */
  readonly text: Message | string;

  constructor(kind: MethodErrorKind, message: Message | string) {
    super(english(message));
    this.name = "MethodError";
    this.kind = kind;
    this.text = message;
  }
}

/** Shorthand for the most common case: input that is not valid for the method (#VALUE!). */
export function invalidInput(message: Message | string): MethodError {
  return new MethodError("value", message);
}
