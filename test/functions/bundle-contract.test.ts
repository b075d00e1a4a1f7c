/**
 * Contract of the built bundle (issue 2): dist/functions.js, evaluated in a context whose only
 * globals are CustomFunctions {associate, Error, ErrorCode} and self/window, registers all 21
 * functions, which then compute the published vectors from Excel-shaped input and report bad input
 * as the fake CustomFunctions.Error with the right code. dist/ is built by jest's globalSetup.
 */
import { loadFunctionsBundle, type LoadedFunctionsBundle } from "../support/load-functions-bundle";
import { EXCEL_CASES } from "./support/excel-cases";

const IDS = [
  "NORMALIZE",
  "ENTROPY",
  "ENTROPYWEIGHTS",
  "AHP",
  "AHPCR",
  "AHPCONSISTENCY",
  "COMBINEWEIGHTS",
  "SUPPORT",
  "PRESSURE",
  "INDEX",
  "GRADE",
  "REGION",
  "OBSTACLE",
  "TOPOBSTACLES",
  "GROUPSUM",
  "AHPGROUP",
  "AHPSUGGEST",
  "CRITICWEIGHTS",
  "TOPSIS",
  "CCD",
  "CCDLEVEL",
];

let bundle: LoadedFunctionsBundle;
beforeAll(() => {
  bundle = loadFunctionsBundle();
});

const isError = (v: unknown, code: string) => v instanceof bundle.Error && (v as { code: string }).code === code;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

it("registers exactly the 21 ids (method.md §3 and issue 10) through CustomFunctions.associate", () => {
  expect([...bundle.keys()].sort()).toEqual([...IDS].sort());
});

it("loads without document, Office or Excel in the context", () => {
  for (const name of ["document", "Office", "Excel"]) expect(name in bundle.context).toBe(false);
});

describe.each(EXCEL_CASES.map((c) => [c.id, c.name, c] as const))("bundle %s: %s", (id, _name, c) => {
  it("matches its oracle", () => {
    c.check(bundle.get(id)!(...c.args), { isError });
  });
});

describe("errors reach Excel as the runtime's CustomFunctions.Error", () => {
  const cases: [string, unknown[], string, RegExp | undefined][] = [
    ["NORMALIZE", [[[1, 2], [3, "n/a"]], null, null, null], "#VALUE!", /data row 2, column 2 is text 'n\/a'/],
    ["SUPPORT", [[[0.1, 0.2]], [[1, null]], null], "#VALUE!", /weights item 2 is blank/],
    ["AHPCR", [Array.from({ length: 16 }, () => Array(16).fill(1)), null], "#N/A", /alonso/],
    ["AHP", [[[1, 2, 3], [1, 1, 1]], null], "#VALUE!", /square/],
    ["ENTROPYWEIGHTS", [[[1, 1], [1, 1]], null, null], "#VALUE!", /no indicator varies/],
    ["GRADE", [[[1.2]], [[0.5]], null, null], "#VALUE!", /support row 1, column 1 is 1\.2/],
    ["AHPSUGGEST", [Array.from({ length: 16 }, () => Array(16).fill(1)), null, null], "#N/A", /alonso/],
    ["AHPGROUP", [[[1, 2], [null, 1], [1, "x"], [null, 1]], null], "#VALUE!", /matrices row 3, column 2 is text 'x'/],
    ["CCD", [[[0.5, 1.2]], null, null], "#VALUE!", /systems row 1, column 2 is 1\.2/],
    ["CRITICWEIGHTS", [[[1, 1], [1, 1], [1, 1]], null], "#VALUE!", /no indicator varies/],
  ];
  it.each(cases)("%s → %s", (id, args, code, message) => {
    const e = thrown(() => bundle.get(id)!(...args));
    expect(e).toBeInstanceOf(bundle.Error);
    expect((e as { code: string }).code).toBe(code);
    if (message) expect((e as Error).message).toMatch(message);
  });
});
