/** Assertion helper: `fn` throws a MethodError of `kind` whose message matches `message`. */
import { MethodError, type MethodErrorKind } from "../../../src/core";

export function expectMethodError(fn: () => unknown, kind: MethodErrorKind, message?: RegExp | string): MethodError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(MethodError);
  const err = caught as MethodError;
  expect(err.kind).toBe(kind);
  if (message !== undefined) expect(err.message).toMatch(message);
  return err;
}
