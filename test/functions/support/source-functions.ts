/**
 * The custom functions of src/functions/functions.ts by id, imported from the sources (not the
 * bundle), with the CustomFunctions fake installed. The id → function map comes from the metadata
 * generator's own `associate` list, the same list the webpack plugin appends to the bundle.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { installCustomFunctionsFake, type CustomFunctionsFake } from "../../support/custom-functions-fake";

export const FUNCTIONS_SOURCE = path.resolve(__dirname, "..", "..", "..", "src", "functions", "functions.ts");

export type Fn = (...args: unknown[]) => unknown;

export interface SourceFunctions {
  readonly fake: CustomFunctionsFake;
  readonly byId: Map<string, Fn>;
}

export async function loadSourceFunctions(): Promise<SourceFunctions> {
  const fake = installCustomFunctionsFake();
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (generated.errors.length > 0) throw new Error(`metadata errors: ${generated.errors.join("; ")}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(FUNCTIONS_SOURCE) as Record<string, unknown>;
  const byId = new Map<string, Fn>();
  for (const { id, functionName } of generated.associate) {
    const fn = mod[functionName];
    if (typeof fn !== "function") throw new Error(`${id}: ${functionName} is not exported from functions.ts`);
    byId.set(id, fn as Fn);
  }
  return { fake, byId };
}
