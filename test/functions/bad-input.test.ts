/**
 * Bad input, every kind of issue 2's list, per function where it applies: each gets the Excel error
 * and the message ../shared/method.md §4 prescribes, with the place named (argument, row, column or
 * item, 1-based within the range given). Then a fast-check fuzz: random Excel-shaped arguments of
 * mixed types never make a function throw anything but a CustomFunctions.Error with a user message
 * (never the internal-error message of a bug), nor return NaN,
 * ±Infinity, null, undefined or a ragged array.
 */
import fc from "fast-check";
import { PARAMS, type FunctionId } from "../../src/functions/params";
import { thrownBy } from "../support/custom-functions-fake";
import { cleanResultProperty } from "./support/fuzz";
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});

const call = (id: FunctionId, ...args: unknown[]) => src.byId.get(id)!(...args);

// A small valid panel (4 objects × 3 indicators), raw values.
const RAW = [
  [1, 10, 5],
  [2, 30, 4],
  [4, 20, 3],
  [3, 40, 1],
];
// Already-normalized values in [0, 1].
const UNIT = [
  [0.1, 0.5, 0.9],
  [0.4, 0.2, 0.6],
];
const W3 = [[1, 1, 1]];
const AHP3 = [
  [1, 3, 5],
  [null, 1, 2],
  [null, null, 1],
];

/** RAW with one cell replaced (row i, column j, 0-based). */
function withCell<T>(m: T[][], i: number, j: number, v: unknown): unknown[][] {
  return m.map((r, a) => r.map((x, b) => (a === i && b === j ? v : x)));
}

type Row = [kind: string, id: FunctionId, args: unknown[], code: string, message: RegExp];

const V = "#VALUE!";

// Every function with a numeric range argument, how to call it with `m` in that place, and the name
// it uses for that argument.
const NUMERIC_RANGE_CALLS: [FunctionId, string, (m: unknown[][]) => unknown[], unknown[][]][] = [
  ["NORMALIZE", "data", (m) => [m, null, null, null], RAW],
  ["ENTROPY", "data", (m) => [m, null, null], RAW],
  ["ENTROPYWEIGHTS", "data", (m) => [m, null, null], RAW],
  ["SUPPORT", "data", (m) => [m, W3, [[1, 1, 1]]], RAW],
  ["PRESSURE", "data", (m) => [m, W3, null], UNIT],
  ["OBSTACLE", "data", (m) => [m, W3, null], UNIT],
  ["INDEX", "pressure", (m) => [m, UNIT], UNIT],
  ["INDEX", "support", (m) => [UNIT, m], UNIT],
  ["GRADE", "support", (m) => [m, UNIT, null, null], UNIT],
  ["GRADE", "pressure", (m) => [UNIT, m, null, null], UNIT],
  ["REGION", "support", (m) => [m, UNIT, null], UNIT],
  ["REGION", "pressure", (m) => [UNIT, m, null], UNIT],
  ["TOPOBSTACLES", "obstacles", (m) => [m, [["a", "b", "c"]], null], UNIT],
  ["GROUPSUM", "values", (m) => [m, [["g", "h", "g"]]], UNIT],
  ["CRITICWEIGHTS", "data", (m) => [m, null], RAW],
  ["TOPSIS", "data", (m) => [m, W3, null, null], RAW],
  ["CCD", "systems", (m) => [m, null, null], UNIT],
  ["CCDLEVEL", "d", (m) => [m, null], UNIT],
];

// Bad cells in numeric ranges: blanks (null, ""), text, a number stored as text, booleans, Excel
// error values (CustomFunctions.Error-like and data-types ErrorCellValue), NaN and ±Infinity.
const BAD_CELLS: [string, unknown, RegExp][] = [
  ["blank as null", null, /is blank/],
  ["blank as \"\"", "", /is blank/],
  ["text", "n/a", /is text 'n\/a'; a number is needed/],
  ["number stored as text", "12.5", /is text '12\.5', a number stored as text/],
  ["boolean TRUE", true, /is TRUE; a number is needed/],
  ["boolean FALSE", false, /is FALSE/],
  ["error value #N/A", { code: "#N/A", message: "" }, /is the error #N\/A/],
  ["data-types error value", { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }, /is the error #DIV\/0!/],
  ["NaN", NaN, /is NaN; a finite number is needed/],
  ["Infinity", Infinity, /is Infinity/],
];

const rows: Row[] = [];

for (const [id, name, place, base] of NUMERIC_RANGE_CALLS) {
  for (const [kind, cell, message] of BAD_CELLS) {
    // Row 2, column 3 of the range (0-based 1, 2): the message names it in the user's terms.
    rows.push([kind, id, place(withCell(base, 1, 2, cell)), V, new RegExp(`^${name} row 2, column 3 ${message.source}`)]);
  }
  rows.push(["empty range [[]]", id, place([[]]), V, new RegExp(`^${name} is empty`)]);
  rows.push(["empty range []", id, place([]), V, new RegExp(`^${name} is empty`)]);
  rows.push(["ragged range", id, place([[0.1, 0.2, 0.3], [0.4]]), V, new RegExp(`^${name} is ragged: row 2 has 1 cell, row 1 has 3`)]);
}

// Vectors (weights, directions, labels, groups): blank items, text and booleans where numbers are
// needed, wrong length, a 2-D block where a vector is expected, empty.
const VECTOR_CALLS: [FunctionId, string, (v: unknown[][]) => unknown[], "number" | "direction" | "label"][] = [
  ["SUPPORT", "weights", (v) => [UNIT, v, null], "number"],
  ["PRESSURE", "weights", (v) => [UNIT, v, null], "number"],
  ["OBSTACLE", "weights", (v) => [UNIT, v, null], "number"],
  ["COMBINEWEIGHTS", "subjective", (v) => [v, [[1, 2, 3]], null, null], "number"],
  ["COMBINEWEIGHTS", "objective", (v) => [[[1, 2, 3]], v, null, null], "number"],
  ["NORMALIZE", "directions", (v) => [RAW, v, null, null], "direction"],
  ["ENTROPY", "directions", (v) => [RAW, v, null], "direction"],
  ["ENTROPYWEIGHTS", "directions", (v) => [RAW, v, null], "direction"],
  ["SUPPORT", "directions", (v) => [RAW, W3, v], "direction"],
  ["PRESSURE", "directions", (v) => [RAW, W3, v], "direction"],
  ["OBSTACLE", "directions", (v) => [RAW, W3, v], "direction"],
  ["TOPOBSTACLES", "labels", (v) => [UNIT, v, null], "label"],
  ["GROUPSUM", "groups", (v) => [UNIT, v], "label"],
  ["TOPSIS", "weights", (v) => [RAW, v, null, null], "number"],
  ["TOPSIS", "directions", (v) => [RAW, W3, v, null], "direction"],
  ["CRITICWEIGHTS", "directions", (v) => [RAW, v], "direction"],
  ["CCD", "weights", (v) => [UNIT, v, null], "number"],
  ["AHPGROUP", "weights", (v) => [[...AHP3, ...AHP3, ...AHP3], v], "number"],
];
const GOOD_ITEM = { number: 1, direction: "benefit", label: "x" } as const;

for (const [id, name, place, of] of VECTOR_CALLS) {
  const good = GOOD_ITEM[of];
  rows.push(["blank item (null)", id, place([[good, null, good]]), V, new RegExp(`^${name} item 2 is blank`)]);
  rows.push(["blank item (\"\")", id, place([[good], [good], [""]]), V, new RegExp(`^${name} item 3 is blank`)]);
  rows.push(["boolean item", id, place([[good, true, good]]), V, new RegExp(`^${name} item 2 is TRUE`)]);
  if (of !== "label") rows.push(["text item", id, place([[good, "heavy", good]]), V, new RegExp(`^${name} item 2 is .*'heavy'`)]);
  rows.push(["2-D block", id, place([[good, good], [good, good]]), V, new RegExp(`^${name} must be one row or one column; it is a 2×2 block`)]);
  rows.push(["empty", id, place([[]]), V, new RegExp(`^${name} is empty`)]);
  // Wrong length: 2 entries where there are 3 columns (or 3 subjective weights).
  rows.push(["wrong length", id, place([[good, good]]), V, new RegExp(`${name} has 2( entries| weights| labels|;)`)]);
}

rows.push(
  // One row where a panel is needed.
  ["one row", "NORMALIZE", [[[1, 2, 3]], null, null, null], V, /^data has 1 row; it needs at least 2 rows/],
  ["one row", "ENTROPY", [[[1, 2, 3]], null, null], V, /^data has 1 row; it needs at least 2 rows/],
  ["one row", "ENTROPYWEIGHTS", [[[1, 2, 3]], null, null], V, /^data has 1 row; it needs at least 2 rows/],
  ["one row with directions", "SUPPORT", [[[1, 2, 3]], W3, [[1, 1, 1]]], V, /panel of at least 2 rows/],
  ["one row with directions", "OBSTACLE", [[[1, 2, 3]], W3, [[1, 1, 1]]], V, /panel of at least 2 rows/],
  // Constant / all-zero columns: weights undefined when nothing varies.
  ["all columns constant", "ENTROPYWEIGHTS", [[[1, 0, 5], [1, 0, 5]], null, null], V, /no indicator varies/],
  ["all-zero columns", "ENTROPYWEIGHTS", [[[0, 0], [0, 0], [0, 0]], null, null], V, /no indicator varies/],
  // Negative and zero-sum weights.
  ["negative weight", "SUPPORT", [UNIT, [[1, -1, 2]], null], V, /^weights item 2 is -1; weights must be numbers ≥ 0/],
  ["negative weight", "OBSTACLE", [UNIT, [[1], [-1], [2]], null], V, /^weights item 2 is -1/],
  ["zero-sum weights", "PRESSURE", [UNIT, [[0, 0, 0]], null], V, /^weights sum to 0/],
  ["negative weight", "COMBINEWEIGHTS", [[[0.5, -0.5]], [[1, 1]], null, null], V, /^subjective item 2 is -0\.5/],
  ["zero-sum weights", "COMBINEWEIGHTS", [[[1, 1]], [[0, 0]], null, null], V, /^objective sum to 0/],
  ["no common weight", "COMBINEWEIGHTS", [[[1, 0]], [[0, 1]], null, null], V, /no indicator has weight on both sides/],
  ["lengths differ", "COMBINEWEIGHTS", [[[1, 2, 3]], [[1, 2]], null, null], V, /subjective has 3 weights and objective has 2/],
  // Comparison matrices.
  ["non-square", "AHP", [[[1, 2, 3], [0.5, 1, 1]], null], V, /^matrix must be square; it is 2×3/],
  ["non-square", "AHPCR", [[[1, 2]], null], V, /^matrix must be square; it is 1×2/],
  ["ragged matrix", "AHP", [[[1, 2], [0.5]], null], V, /^matrix is ragged/],
  ["empty matrix", "AHPCONSISTENCY", [[[]], null], V, /^matrix is empty/],
  ["non-positive judgement", "AHP", [[[1, -2], [null, 1]], null], V, /^matrix row 1, column 2 is -2; judgements must be positive/],
  ["non-reciprocal", "AHPCR", [[[1, 3], [3, 1]], null], V, /^matrix is not reciprocal: row 1, column 2 is 3 but row 2, column 1 is 3/],
  ["diagonal not 1", "AHP", [[[2, 3], [null, 1]], null], V, /^matrix row 1, column 1 is 2; the diagonal must be 1/],
  ["both halves blank", "AHP", [[[1, null], [null, 1]], null], V, /^matrix row 1, column 2 is blank, and so is row 2, column 1/],
  ["text that is no fraction", "AHP", [[[1, "three"], [null, 1]], null], V, /^matrix row 1, column 2 is text 'three'; type a number or a fraction/],
  ["boolean judgement", "AHPCONSISTENCY", [[[1, true], [null, 1]], null], V, /^matrix row 1, column 2 is TRUE/],
  ["error value judgement", "AHP", [[[1, { code: "#N/A" }], [null, 1]], null], V, /^matrix row 1, column 2 is the error #N\/A/],
  // Larger than the RI table: #N/A naming the table that covers it.
  ["n = 16 with saaty", "AHPCR", [Array.from({ length: 16 }, () => Array(16).fill(1)), null], "#N/A", /saaty random index table covers n = 1\.\.15, not n = 16; use "alonso"/],
  ["n = 16 with saaty", "AHPCONSISTENCY", [Array.from({ length: 16 }, () => Array(16).fill(1)), "saaty"], "#N/A", /use "alonso"/],
  // Unknown option strings and wrong option types.
  ["unknown method", "AHP", [AHP3, "power"], V, /^method is text 'power'; use "eigen", "geometric" or "arithmetic"/],
  ["numeric method", "AHP", [AHP3, 2], V, /^method is 2; use "eigen"/],
  ["unknown ri", "AHPCR", [AHP3, "saaty1990"], V, /^ri is text 'saaty1990'; use "saaty" or "alonso" or a number/],
  ["negative ri", "AHPCR", [AHP3, -1], V, /^ri is -1; a random index given as a number must lie in \[0\.1, 2\]/],
  ["boolean ri", "AHPCONSISTENCY", [AHP3, true], V, /^ri is TRUE/],
  ["unknown method", "COMBINEWEIGHTS", [[[1, 1]], [[1, 1]], "additive", null], V, /^method is text 'additive'; use "multiplicative", "linear", "geometric" or "game"/],
  ["unknown direction word", "NORMALIZE", [RAW, [["benefit", "up", "cost"]], null, null], V, /^directions item 2 is 'up'; use 1\/-1/],
  ["direction 2", "ENTROPY", [RAW, [[1, 2, -1]], null], V, /^directions item 2 is 2; use 1 or -1/],
  // Scalars.
  ["lower ≥ upper", "NORMALIZE", [RAW, null, 1, 1], V, /target interval \[1, 1\] is empty/],
  ["text lower", "NORMALIZE", [RAW, null, "zero", null], V, /^lower is text 'zero'; a number is needed/],
  ["negative shift", "ENTROPY", [RAW, null, -0.1], V, /^shift is -0\.1; use a shift between 0 and 1 \(the literature uses 0\.0001 to 0\.01\)$/],
  // Above 1 the 1 − e_j cancel in doubles (shift 1e7 gave weights 0, 1, 0): test/core/entropy.test.ts.
  ["shift above 1", "ENTROPYWEIGHTS", [RAW, null, 1e7], V, /^shift is 10000000; use a shift between 0 and 1 \(the literature uses 0\.0001 to 0\.01\)$/],
  ["shift just above 1", "ENTROPY", [RAW, null, 1.0000000000000002], V, /^shift is 1\.0000000000000002; use a shift between 0 and 1 /],
  ["alpha above 1", "COMBINEWEIGHTS", [[[1, 1]], [[1, 1]], "linear", 2], V, /^alpha is 2; it must be at most 1/],
  ["k = 0", "TOPOBSTACLES", [UNIT, [["a", "b", "c"]], 0], V, /^k is 0; it must be at least 1/],
  ["k = 2.5", "TOPOBSTACLES", [UNIT, [["a", "b", "c"]], 2.5], V, /^k is 2\.5; a whole number is needed/],
  ["k as a range", "TOPOBSTACLES", [UNIT, [["a", "b", "c"]], [[1, 2]]], V, /^k must be a single value, not a range/],
  ["cuts out of order", "GRADE", [UNIT, UNIT, 0.7, 0.3], V, /cut points low = 0\.7, high = 0\.3 must satisfy 0 < low < high < 1/],
  ["cut at 1", "GRADE", [UNIT, UNIT, 0.3, 1], V, /must satisfy 0 < low < high < 1/],
  // Index values outside [0, 1].
  ["S above 1", "GRADE", [[[0.5, 1.2]], [[0.5, 0.5]], null, null], V, /^support row 1, column 2 is 1\.2, outside \[0, 1\]/],
  ["P below 0", "REGION", [[[0.5]], [[-0.1]], null], V, /^pressure row 1, column 1 is -0\.1, outside \[0, 1\]/],
  ["data outside [0, 1] without directions", "SUPPORT", [[[0.5, 7, 0.1]], W3, null], V, /^data row 1, column 2 is 7, outside \[0, 1\]; give directions/],
  ["data outside [0, 1] without directions", "OBSTACLE", [[[0.5, 0.2], [0.1, -3]], [[1, 1]], null], V, /^data row 2, column 2 is -3, outside \[0, 1\]/],
  // Directions left out altogether (undefined, not Excel's null for an omitted optional argument): the same rule.
  ["data outside [0, 1], directions left out", "SUPPORT", [[[0.5, 7, 0.1]], W3], V, /^data row 1, column 2 is 7, outside \[0, 1\]; give directions/],
  ["data outside [0, 1], directions left out", "OBSTACLE", [[[0.5, 0.2], [0.1, -3]], [[1, 1]]], V, /^data row 2, column 2 is -3, outside \[0, 1\]/],
  // Shapes that must agree.
  ["P and S shapes differ", "INDEX", [[[0.1], [0.2]], [[0.1, 0.2]]], V, /^pressure is 2×1 and support is 1×2; they must have the same shape/],
  ["P and S differ in columns only", "INDEX", [[[0.1, 0.2]], [[0.1, 0.2, 0.3]]], V, /^pressure is 1×2 and support is 1×3; they must have the same shape$/],
  ["S and P shapes differ", "GRADE", [[[0.1], [0.2]], [[0.1]], null, null], V, /^support is 2×1 and pressure is 1×1/],
  ["S and P shapes differ", "REGION", [[[0.1, 0.2]], [[0.1], [0.2]], null], V, /^support is 1×2 and pressure is 2×1/],
  ["3 labels instead of 4", "REGION", [[[0.1]], [[0.1]], [["a", "b", "c"]]], V, /^labels has 3 entries; it needs exactly 4/],
  ["labels ≠ columns", "TOPOBSTACLES", [UNIT, [["a", "b"]], null], V, /^labels has 2 entries; obstacles have 3 columns/],
  ["groups ≠ columns", "GROUPSUM", [UNIT, [["a", "b"]]], V, /^groups has 2 labels; values have 3 columns/],
  // Issue 10's functions.
  ["rows not a multiple of n", "AHPGROUP", [[...AHP3, [1, 2, 3]], null], V, /^matrices is 4 rows × 3 columns; the experts' n×n comparison matrices must be stacked vertically, one under another \(k·n rows × n columns\)/],
  ["bad cell in expert 2, named in the whole range", "AHPGROUP", [[...AHP3, ...withCell(AHP3, 1, 2, "three")], null], V, /^matrices row 5, column 3 is text 'three'; type a number or a fraction/],
  ["expert 2 not reciprocal", "AHPGROUP", [[...AHP3, [1, 3, 5], [3, 1, 2], [null, null, 1]], null], V, /^matrices rows 4–6 \(expert 2\) are not reciprocal: row 4, column 2 is 3 but row 5, column 1 is 3/],
  ["expert 1 non-square block", "AHPGROUP", [[[1, 2, 3], [null, 1, 2]], null], V, /^matrices is 2 rows × 3 columns; the experts' n×n comparison matrices must be stacked vertically/],
  // A bad cell is named by its row in the whole stacked range (README; tester-findings/ahp-cell-messages).
  ["1×1 grids, expert 2's diagonal not 1", "AHPGROUP", [[[1], [5]], null], V, /^matrices row 2, column 1 is 5; the diagonal must be 1$/],
  ["ragged stack", "AHPGROUP", [[...AHP3, [1, 2]], null], V, /^matrices is ragged: row 4 has 2 cells, row 1 has 3/],
  ["non-square", "AHPSUGGEST", [[[1, 2, 3], [0.5, 1, 1]], null, null], V, /^matrix must be square; it is 2×3/],
  ["k = 0", "AHPSUGGEST", [AHP3, 0, null], V, /^k is 0; it must be at least 1/],
  ["k = 1.5", "AHPSUGGEST", [AHP3, 1.5, null], V, /^k is 1\.5; a whole number is needed/],
  ["unknown ri", "AHPSUGGEST", [AHP3, null, "saaty90"], V, /^ri is text 'saaty90'; use "saaty" or "alonso" or a number/],
  ["n = 16 with saaty", "AHPSUGGEST", [Array.from({ length: 16 }, () => Array(16).fill(1)), null, null], "#N/A", /saaty random index table covers n = 1\.\.15, not n = 16; use "alonso"/],
  ["one row", "CRITICWEIGHTS", [[[1, 2, 3]], null], V, /^data has 1 row; CRITIC needs at least 3 rows \(objects\) for correlations/],
  ["all columns constant", "CRITICWEIGHTS", [[[1, 0, 5], [1, 0, 5], [1, 0, 5]], null], V, /no indicator varies/],
  ["varying columns perfectly correlated", "CRITICWEIGHTS", [[[1, 10], [2, 20], [4, 40]], null], V, /perfectly correlated/],
  ["one row", "TOPSIS", [[[1, 2, 3]], W3, null, null], V, /^data has 1 row; it needs at least 2 rows/],
  ["rows that do not differ", "TOPSIS", [[[1, 2, 3], [1, 2, 3]], W3, null, null], V, /no indicator with a positive weight varies/],
  ["zero-sum weights", "TOPSIS", [RAW, [[0, 0, 0]], null, null], V, /^weights sum to 0/],
  ["unknown normalization", "TOPSIS", [RAW, W3, null, "linear"], V, /^normalization is text 'linear'; use "vector" or "minmax"/],
  ["one system", "CCD", [[[0.5], [0.2]], null, null], V, /^systems has 1 column; the coupling degree needs at least 2 systems/],
  ["index above 1", "CCD", [[[0.5, 1.2]], null, null], V, /^systems row 1, column 2 is 1\.2, outside \[0, 1\]/],
  ["unknown variant", "CCD", [UNIT, null, "corrected"], V, /^variant is text 'corrected'; use "standard" or "adjusted"/],
  ["D above 1", "CCDLEVEL", [[[0.5, 1.5]], null], V, /^d row 1, column 2 is 1\.5, outside \[0, 1\]/],
  ["9 labels instead of 10", "CCDLEVEL", [[[0.5]], [["a", "b", "c", "d", "e", "f", "g", "h", "i"]]], V, /^labels has 9 entries; it needs exactly 10/],
  ["unknown method", "COMBINEWEIGHTS", [[[1, 1]], [[1, 1]], "games", null], V, /^method is text 'games'; use "multiplicative", "linear", "geometric" or "game"/],
);

describe.each(rows)("%s → %s", (_kind, id, args, code, message) => {
  it(`is ${code} naming the place`, () => {
    const e = thrownBy(() => call(id, ...args));
    expect(e).toBeInstanceOf(src.fake.Error);
    expect({ code: (e as { code: string }).code, message: (e as Error).message }).toEqual({
      code,
      message: expect.stringMatching(message),
    });
  });
});

describe("blanks arriving as 0 and other values that are valid", () => {
  it("a 0 in a data range is a real zero (Excel builds that pass blanks as 0 cannot be told apart)", () => {
    const withZero = withCell(RAW, 0, 0, 0);
    // Column 1 becomes 0, 2, 4, 3: min 0, max 4 → 0, 0.5, 1, 0.75 (hand computation, method.md §1.1).
    const r = call("NORMALIZE", withZero, null, null, null) as number[][];
    expect(r.map((x) => x[0])).toEqual([0, 0.5, 1, 0.75]);
  });

  it("a 0 in an AHP matrix is read as blank (0 is never a judgement): same as the blank lower triangle", () => {
    const zeros = [
      [1, 3, 5],
      [0, 1, 2],
      [0, 0, 1],
    ];
    expect(call("AHP", zeros, null)).toEqual(call("AHP", AHP3, null));
    expect(call("AHPCR", [[0, 2], [0, 0]], null)).toBe(0); // n ≤ 2: CR = 0 (method.md §1.3)
  });

  it("a weight of 0 is a real zero weight", () => {
    // S = x_1 with weights (1, 0, 0): the first column of UNIT (method.md §1.5).
    expect(call("SUPPORT", UNIT, [[1, 0, 0]], null)).toEqual([[0.1], [0.4]]);
  });

  it("a constant column normalizes to 1 and gets entropy weight 0; an all-zero column has e = 1", () => {
    const data = [
      [5, 0, 1],
      [5, 0, 3],
      [5, 0, 2],
    ];
    expect((call("NORMALIZE", data, null, null, null) as number[][]).map((r) => r[0])).toEqual([1, 1, 1]);
    const w = (call("ENTROPYWEIGHTS", data, null, null) as number[][])[0];
    expect(w.slice(0, 2)).toEqual([0, 0]);
    expect(w[2]).toBeCloseTo(1, 12); // the only varying column takes all the weight (method.md §1.2)
    expect((call("ENTROPY", data, null, null) as number[][])[0].slice(0, 2)).toEqual([1, 1]);
  });

  it("omitted optionals arrive as null and take their defaults; blank option cells too", () => {
    expect(call("AHP", AHP3, null)).toEqual(call("AHP", AHP3, "eigen"));
    expect(call("AHP", AHP3, "")).toEqual(call("AHP", AHP3, "eigen"));
    expect(call("TOPOBSTACLES", UNIT, [["a", "b", "c"]], null)).toEqual(call("TOPOBSTACLES", UNIT, [["a", "b", "c"]], 5));
    expect(call("GRADE", UNIT, UNIT, null, null)).toEqual(call("GRADE", UNIT, UNIT, 1 / 3, 2 / 3));
  });

  it("a data-types number value (formatted number) is read as its number", () => {
    const r = call("NORMALIZE", withCell(RAW, 0, 0, { type: "FormattedNumber", basicValue: 1, numberFormat: "0.0" }), null, null, null);
    expect(r).toEqual(call("NORMALIZE", RAW, null, null, null));
  });

  it("S = 0 makes that INDEX cell #DIV/0! and an overflow #NUM!; the other cells keep their values", () => {
    const r = call("INDEX", [[0.5, 0.3], [1e308, 0.2]], [[0, 0.6], [1e-10, 0.4]]) as unknown[][];
    const code = (v: unknown) => (v instanceof src.fake.Error ? v.code : v);
    expect(r.map((row) => row.map(code))).toEqual([
      ["#DIV/0!", 0.5], // 0.3/0.6 (hand computation)
      ["#NUM!", 0.5], // 1e308/1e-10 overflows; 0.2/0.4
    ]);
  });

  it("GROUPSUM overflowing a sum gives #NUM! in that cell only", () => {
    const r = call("GROUPSUM", [[1e308, 1e308, 1]], [["a", "a", "b"]]) as unknown[][];
    expect(r[0][0]).toBeInstanceOf(src.fake.Error);
    expect((r[0][0] as { code: string }).code).toBe("#NUM!");
    expect(r[0][1]).toBe(1);
  });
});

describe("fuzz: random Excel-shaped arguments (fast-check)", () => {
  it.each(Object.keys(PARAMS) as FunctionId[])("%s returns a clean rectangular result or throws CustomFunctions.Error (never an internal error)", (id) => {
    fc.assert(cleanResultProperty(src, id), { numRuns: 300 });
  });
});
