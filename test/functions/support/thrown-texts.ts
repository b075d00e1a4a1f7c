/**
 * The English and Simplified Chinese text of the MethodError (or the given subclass, e.g. CellError)
 * that `fn` throws: what a user reads in each display language. Fails the test when `fn` throws
 * something else or nothing.
 */
import { renderMessage } from "../../../src/i18n/messages";
import { MethodError } from "../../../src/core";
import { thrownBy } from "../../support/custom-functions-fake";

export function thrownTexts(fn: () => unknown, kind: abstract new (...args: never[]) => MethodError = MethodError): [string, string] {
  const e = thrownBy(fn);
  expect(e).toBeInstanceOf(kind);
  return [(e as MethodError).message, renderMessage((e as MethodError).text, "zh-CN")];
}
