/**
 * Loads the built custom-functions bundle (dist/functions.js) the way Excel's JavaScript-only
 * custom-functions runtime would: in a bare V8 context (Node `vm`) whose only globals besides the
 * JavaScript built-ins are `CustomFunctions` (associate, Error, ErrorCode) and `self`/`window`
 * pointing at the global object. No `document`, `Office`, `Excel`, timers or `require` (V8's own
 * `console` object exists in every context, as it does in Excel's runtime).
 *
 * Usage (the bundle must have been built: jest's globalSetup runs the production build):
 *   const fns = loadFunctionsBundle();
 *   const ping = fns.get("PING")!;
 *   expect(() => fns.get("AHP")!([["x"]])).toThrow(CustomFunctionsError);
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/** Excel error values, as CustomFunctions.ErrorCode names them. */
export const ErrorCode = Object.freeze({
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const);

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Stand-in for CustomFunctions.Error: `new CustomFunctions.Error(code, message?)`. */
export class CustomFunctionsError extends Error {
  readonly code: ErrorCodeValue;
  constructor(code: ErrorCodeValue, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

/** A custom function as registered; Excel passes cell values, so arguments are unknown. */
export type CustomFunction = (...args: unknown[]) => unknown;

/** The functions registered by the bundle, by id, plus the fakes it was given. */
export interface LoadedFunctionsBundle extends Map<string, CustomFunction> {
  /** The CustomFunctions.Error class the bundle saw (same as the exported CustomFunctionsError). */
  readonly Error: typeof CustomFunctionsError;
  readonly ErrorCode: typeof ErrorCode;
  /** The global object of the context the bundle ran in. */
  readonly context: vm.Context;
}

export const DEFAULT_BUNDLE_PATH = path.resolve(__dirname, "..", "..", "dist", "functions.js");

export function loadFunctionsBundle(bundlePath: string = DEFAULT_BUNDLE_PATH): LoadedFunctionsBundle {
  if (!fs.existsSync(bundlePath)) {
    throw new Error(`${bundlePath} not found: run the production build (npm run build) first`);
  }
  const code = fs.readFileSync(bundlePath, "utf8");
  const registered = new Map<string, CustomFunction>();

  const register = (id: unknown, fn: unknown): void => {
    if (typeof id !== "string" || id === "") {
      throw new TypeError(`CustomFunctions.associate: id must be a non-empty string, got ${String(id)}`);
    }
    if (typeof fn !== "function") {
      throw new TypeError(`CustomFunctions.associate("${id}"): not a function`);
    }
    if (registered.has(id)) {
      throw new Error(`CustomFunctions.associate: "${id}" registered twice`);
    }
    registered.set(id, fn as CustomFunction);
  };

  const CustomFunctions = Object.freeze({
    // associate(id, fn) or associate({ ID: fn, ... }), as the real runtime accepts.
    associate(idOrMappings: unknown, fn?: unknown): void {
      if (typeof idOrMappings === "object" && idOrMappings !== null && fn === undefined) {
        for (const [id, f] of Object.entries(idOrMappings)) register(id, f);
      } else {
        register(idOrMappings, fn);
      }
    },
    Error: CustomFunctionsError,
    ErrorCode,
  });

  const context = vm.createContext({ CustomFunctions });
  vm.runInContext("globalThis.self = globalThis; globalThis.window = globalThis;", context);
  vm.runInContext(code, context, { filename: bundlePath });

  return Object.assign(registered, { Error: CustomFunctionsError, ErrorCode, context });
}
