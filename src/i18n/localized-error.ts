/**
 * Errors that carry a keyed message (./messages), so that the demo can print them in --lang while
 * `message` stays English, the language of thrown errors elsewhere.
 */
import type { Locale } from "./locale";
import { english, msg, renderMessage, type Message, type MessageArg } from "./messages";

/**
 * An error whose message is a keyed message: `message` is English (as thrown errors have always
 * been), {@link LocalizedError.text} gives it in a language. The demo prints `text(--lang)`.
 */
export class LocalizedError extends Error {
  constructor(readonly detail: Message) {
    super(english(detail));
    this.name = "LocalizedError";
  }

  /** The message in `locale`. */
  text(locale: Locale): string {
    return renderMessage(this.detail, locale);
  }
}

/** An error's message in `locale`: a {@link LocalizedError}'s text, else the error's own (English) message. */
export function errorText(e: unknown, locale: Locale): string {
  if (e instanceof LocalizedError) return e.text(locale);
  return e instanceof Error ? e.message : String(e);
}

/** Messages and plain texts as one message, joined by ", " (English) or "、" (Chinese), or with `semicolon` by "; " / "；". */
export function joinList(items: readonly MessageArg[], semicolon = false): MessageArg {
  if (items.length === 0) return "";
  return items.reduce((a, b) => msg(semicolon ? "join.semicolon" : "join.comma", { a, b }));
}
