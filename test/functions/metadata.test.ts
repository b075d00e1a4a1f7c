/**
 * Metadata contract of the custom functions: generated from src/functions/functions.ts through the
 * generator's JS API (the CLI exits 0 even on errors), compared with the readable golden fixture
 * test/functions/fixtures/functions-expected.json (id → parameters), and checked against the built
 * dist/functions.json (made by jest's globalSetup production build) and the declared parameter
 * table src/functions/params.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { PARAMS } from "../../src/functions/params";
import { FUNCTIONS_SOURCE } from "./support/source-functions";

interface ParamMeta {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Expected {
  result: string;
  parameters: { name: string; type: string; dimensionality: string; optional: boolean }[];
}

const ROOT = path.resolve(__dirname, "..", "..");
const expected = JSON.parse(
  fs.readFileSync(path.join(__dirname, "fixtures", "functions-expected.json"), "utf8"),
) as Record<string, Expected>;

let errors: string[];
let functions: FunctionMeta[];
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  errors = generated.errors;
  functions = generated.metadataJson ? (JSON.parse(generated.metadataJson).functions as FunctionMeta[]) : [];
});

const summary = (f: FunctionMeta): Expected => ({
  result: f.result.dimensionality ?? "scalar",
  parameters: f.parameters.map((p) => ({
    name: p.name,
    type: p.type ?? "any",
    dimensionality: p.dimensionality ?? "scalar",
    optional: p.optional === true,
  })),
});

it("generates without errors", () => {
  expect(errors).toEqual([]);
});

it("has exactly the 21 ids of method.md §3 and issue 10, with the parameters of the golden fixture", () => {
  expect(functions.map((f) => f.id)).toEqual(Object.keys(expected));
  for (const f of functions) expect({ id: f.id, ...summary(f) }).toEqual({ id: f.id, ...expected[f.id] });
});

it("names each function by its id and gives every function and parameter a description", () => {
  for (const f of functions) {
    expect(f.name).toBe(f.id);
    expect(f.description?.length ?? 0).toBeGreaterThan(20);
    expect(f.description).not.toMatch(/\n/);
    for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S.{10,}/);
  }
});

it("declares every function synchronous and non-volatile (no options)", () => {
  for (const f of functions) expect({ id: f.id, options: f.options }).toEqual({ id: f.id, options: undefined });
});

it("links each function to its help page, shipped from docs/functions/", () => {
  for (const f of functions) {
    // <id lowercase>.html, except INDEX, whose name would collide with the help index page.
    const page = f.id === "INDEX" ? "index-function.html" : `${f.id.toLowerCase()}.html`;
    expect(f.helpUrl).toBe(`https://localhost:3000/help/${page}`);
    expect(fs.existsSync(path.join(ROOT, "docs", "functions", page))).toBe(true);
  }
});

it("agrees with the declared parameter table (src/functions/params.ts): names, optional flags, dimensionality", () => {
  expect(Object.keys(PARAMS)).toEqual(functions.map((f) => f.id));
  for (const f of functions) {
    const declared = PARAMS[f.id as keyof typeof PARAMS].map((p) => ({ name: p.name, optional: p.optional, dimensionality: p.dimensionality }));
    expect({ id: f.id, params: declared }).toEqual({
      id: f.id,
      params: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true, dimensionality: p.dimensionality ?? "scalar" })),
    });
  }
});

describe("dist/functions.json (production build)", () => {
  let built: { functions: FunctionMeta[] };
  beforeAll(() => {
    built = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8"));
  });

  it("holds the same functions and parameters as the sources", () => {
    expect(built.functions.map((f) => f.id)).toEqual(Object.keys(expected));
    for (const f of built.functions) expect({ id: f.id, ...summary(f) }).toEqual({ id: f.id, ...expected[f.id] });
  });

  it("has an https help URL for every function", () => {
    for (const f of built.functions) expect(f.helpUrl).toMatch(/^https:\/\/[^\s]+\/help\/[a-z-]+\.html$/);
  });
});
