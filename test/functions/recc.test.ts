/**
 * src/functions' pure part (params, coerce, shape, recc): loads and runs with no CustomFunctions
 * global, computes the same oracle cases as the Excel adapters (test/functions/support/excel-cases.ts
 * names the oracle of every number) with error cells as plain `{ error }` markers, and throws
 * MethodError on bad input.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { EXCEL_CASES } from "./support/excel-cases";
import { subsystemsOf } from "../../src/plan/analysis-config";

const PURE = ["params.ts", "coerce.ts", "shape.ts", "recc.ts"];
const SRC = path.resolve(__dirname, "..", "..", "src", "functions");

type ReccModule = typeof import("../../src/functions/recc");
type ShapeModule = typeof import("../../src/functions/shape");
type CoreModule = typeof import("../../src/core");

let recc: ReccModule;
let shape: ShapeModule;
// The MethodError class of the isolated module registry the pure modules were loaded in.
let MethodError: CoreModule["MethodError"];
beforeAll(() => {
  const g = globalThis as { CustomFunctions?: unknown };
  const saved = g.CustomFunctions;
  delete g.CustomFunctions;
  try {
    jest.isolateModules(() => {
      recc = jest.requireActual("../../src/functions/recc");
      shape = jest.requireActual("../../src/functions/shape");
      MethodError = (jest.requireActual("../../src/core") as CoreModule).MethodError;
    });
  } finally {
    if (saved !== undefined) g.CustomFunctions = saved;
  }
  expect("CustomFunctions" in globalThis).toBe(saved !== undefined);
});

describe("no CustomFunctions in the pure modules", () => {
  it.each(PURE)("%s names no CustomFunctions and imports no Excel adapter", (file) => {
    const text = fs.readFileSync(path.join(SRC, file), "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n.text === "CustomFunctions") found.push(`line ${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier) && /\/(functions|excel-errors)$/.test(n.moduleSpecifier.text)) {
        found.push(`import ${n.moduleSpecifier.text}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    expect(found).toEqual([]);
  });
});

describe("runs without a CustomFunctions global", () => {
  const isError = (v: unknown, code: string) => shape.isErrorCell(v) && v.error === code;

  describe.each(EXCEL_CASES.map((c) => [c.id, c.name, c] as const))("%s: %s", (id, _name, c) => {
    it("matches its oracle", () => {
      c.check(recc.RECC_FUNCTIONS[id as keyof ReccModule["RECC_FUNCTIONS"]](...c.args), { isError });
    });
  });

  it("INDEX: S = 0 gives a plain #DIV/0! marker in that cell only", () => {
    // C = P/S (method.md §1.6): 0.3/0.6 = 0.5; S = 0 → #DIV/0! (method.md §4).
    expect(recc.callRecc("INDEX", [[[0.3, 0.3]], [[0.6, 0]]])).toEqual([[0.5, { error: "#DIV/0!" }]]);
  });

  it("bad input throws MethodError (never a CustomFunctions.Error or a ReferenceError)", () => {
    let e: unknown;
    try {
      recc.callRecc("SUPPORT", [[[0.1, 0.2]], [[1, null]], null]);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(MethodError);
    expect(e).toMatchObject({ kind: "value", message: "weights item 2 is blank; fill it in (a blank is missing, not zero)" });
  });

  it("a non-finite scalar result is a MethodError of kind number (#NUM!); a non-finite cell a #NUM! marker", () => {
    let e: unknown;
    try {
      shape.scalar(NaN);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(MethodError);
    expect((e as { kind: string }).kind).toBe("number");
    expect(shape.column([1, Infinity])).toEqual([[1], [{ error: "#NUM!" }]]);
  });

  it("GROUPSUM groups labels as the plan's subsystemsOf does (case-insensitive, one rule for the add-in)", () => {
    // Oracle: src/plan/analysis-config.ts subsystemsOf, whose contract is "labels that differ only in
    // case are one subsystem (as RECC.GROUPSUM ... treat them)": both must form the same groups, or
    // the subsystem headers the plan writes would not match GROUPSUM's columns. The labels include
    // letters whose upper-case forms meet although their lower-case forms differ (ß/ss → SS,
    // ſ/s → S, ς/σ → Σ) and plain case variants (Energy/ENERGY/energy).
    const labels = ["ß", "ss", "ſ", "s", "ς", "σ", "Energy", "ENERGY", "energy"];
    const groups = subsystemsOf(labels.map((subsystem, j) => ({ name: `x${j}`, role: "support", direction: 1, subsystem })), "support");
    expect(groups).toEqual(["ß", "ss", "ſ", "s", "ς", "σ", "Energy"]);
    // Powers of two: each column's share of every sum is visible (exact in binary).
    const values = [[1, 2, 4, 8, 16, 32, 64, 128, 256]];
    expect(recc.callRecc("GROUPSUM", [values, [labels]])).toEqual([[1, 2, 4, 8, 16, 32, 64 + 128 + 256]]);
  });
});
