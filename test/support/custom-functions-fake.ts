/**
 * A typed fake of the `CustomFunctions` global (associate, Error, ErrorCode) for unit tests that
 * import src/functions/*.ts directly. Install it before importing those modules:
 *
 *   import { installCustomFunctionsFake } from "../support/custom-functions-fake";
 *   const fake = installCustomFunctionsFake();
 *   import * as fns from "../../src/functions/functions"; // after the install (see note below)
 *
 * ES imports are hoisted, so test files call installCustomFunctionsFake() at the top and load the
 * modules under test with require() or rely on src/functions reading the global only at call time
 * (it does: no CustomFunctions access at import time).
 *
 * The Error class and ErrorCode values are those of test/support/load-functions-bundle.ts, so unit
 * tests and bundle tests check errors the same way.
 */
import { CustomFunctionsError, ErrorCode } from "./load-functions-bundle";

export { CustomFunctionsError, ErrorCode };

export interface CustomFunctionsFake {
  readonly Error: typeof CustomFunctionsError;
  readonly ErrorCode: typeof ErrorCode;
  /** Functions passed to associate(), by id. */
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
  associate(idOrMappings: unknown, fn?: unknown): void;
}

/** Sets globalThis.CustomFunctions to a fresh fake and returns it. */
export function installCustomFunctionsFake(): CustomFunctionsFake {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const fake: CustomFunctionsFake = {
    Error: CustomFunctionsError,
    ErrorCode,
    associated,
    associate(idOrMappings: unknown, fn?: unknown): void {
      if (typeof idOrMappings === "object" && idOrMappings !== null && fn === undefined) {
        for (const [id, f] of Object.entries(idOrMappings)) associated.set(id, f as (...args: unknown[]) => unknown);
      } else {
        associated.set(String(idOrMappings), fn as (...args: unknown[]) => unknown);
      }
    },
  };
  (globalThis as unknown as { CustomFunctions: CustomFunctionsFake }).CustomFunctions = fake;
  return fake;
}

/** Calls fn and returns what it threw (undefined when it returned normally). */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}
