/**
 * The numpy oracles of the core tests (test/core/oracles/*.py) run inside the suite: each prints its
 * numbers as JSON (`--json`) and the core is compared with them here, so no oracle number is only a
 * pasted copy. ahp_oracle.py: LAPACK eigen-decomposition (not power iteration) and the priority
 * definitions; entropy_oracle.py: the two-pass entropy of method.md §1.2 on vector 5 and the real
 * Jingjinji data (../shared); obstacle_oracle.py: obstacle shares, weighted index, combined weights.
 */
import * as fs from "fs";
import * as path from "path";
import {
  ahpConsistency,
  ahpWeights,
  combineWeights,
  entropy,
  entropyWeights,
  fromRows,
  minMaxNormalize,
  minMaxScaling,
  obstacleDegrees,
  randomIndex,
  toRows,
  weightedIndex,
  weightsFromEntropy,
} from "../../src/core";
import { runPythonOracle } from "../support/python-oracle";
import { sharedDir } from "../support/shared-data";
import { BPMSG_3, CONSISTENT_3, DRINKS, ENTROPY_5, ENTROPY_5_DIRECTIONS, MATHMODELS_5, OBSTACLE_U } from "../support/published-vectors";

const oracle = <T>(name: string) => runPythonOracle<T>(path.join(__dirname, "oracles", name));

function expectClose(actual: ArrayLike<number>, expected: readonly number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, k) => {
    if (!(Math.abs(actual[k] - e) <= tol)) throw new Error(`entry ${k + 1}: ${actual[k]}, numpy ${e} (±${tol})`);
  });
}
const flat = (m: number[][]) => m.flat();

interface AhpCase {
  lambdaMax: number;
  ci: number;
  crSaaty: number;
  crAlonso: number;
  eigen: number[];
  geometric: number[];
  arithmetic: number[];
}

describe("ahp_oracle.py (numpy.linalg.eig)", () => {
  let numpy: Record<string, AhpCase> & { alonsoRI: Record<string, number> };
  beforeAll(() => {
    numpy = oracle("ahp_oracle.py");
  });
  const matrices: [string, number[][]][] = [
    ["drinks", DRINKS],
    ["mathmodels", MATHMODELS_5],
    ["consistent", CONSISTENT_3],
    ["bpmsg", BPMSG_3],
    ["cyclic", [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]],
  ];

  it.each(matrices)("%s: λmax, CI, CR (saaty and alonso) and the three priority methods", (name, m) => {
    const a = fromRows(m);
    const n = numpy[name];
    const saaty = ahpConsistency(a, "saaty");
    expect(Math.abs(saaty.lambdaMax - n.lambdaMax)).toBeLessThanOrEqual(1e-10);
    expect(Math.abs(saaty.ci - Math.max(0, n.ci))).toBeLessThanOrEqual(1e-10);
    expect(Math.abs(saaty.cr - Math.max(0, n.crSaaty))).toBeLessThanOrEqual(1e-10);
    expect(Math.abs(ahpConsistency(a, "alonso").cr - Math.max(0, n.crAlonso))).toBeLessThanOrEqual(1e-10);
    expectClose(ahpWeights(a, "eigen"), n.eigen, 1e-10);
    expectClose(ahpWeights(a, "geometric"), n.geometric, 1e-14);
    expectClose(ahpWeights(a, "arithmetic"), n.arithmetic, 1e-14);
  });

  it("Alonso & Lamata's RI beyond the table (n = 16, 20)", () => {
    for (const n of [16, 20]) expect(Math.abs(randomIndex(n, "alonso") - numpy.alonsoRI[String(n)])).toBeLessThanOrEqual(1e-15);
  });
});

describe("entropy_oracle.py (two-pass entropy of method.md §1.2)", () => {
  type EW = { e: number[]; w: number[] };
  let numpy: { v5: { normalized: number[][]; into01_09: number[][]; byShift: Record<string, EW> }; jingjinji: Record<string, EW>; shiftOne: { data: number[][]; w: number[] } };
  beforeAll(() => {
    // The oracle reads Jingjinji from the shared folder the tests use.
    process.env.RECC_SHARED_DIR ??= sharedDir();
    numpy = oracle("entropy_oracle.py");
  });

  it("the largest shift accepted, 1: weights within 1e-15 of a 60-digit decimal computation, stored and scaled paths", () => {
    const { data, w } = numpy.shiftOne;
    const raw = fromRows(data);
    expectClose(entropyWeights(raw, 1, minMaxScaling(raw)), w, 1e-15);
    expectClose(entropyWeights(minMaxNormalize(raw), 1), w, 1e-15);
  });

  it("vector 5 (directions +, +, −): normalized, onto [0.1, 0.9], and e, w for shifts 0, 0.0001, 0.01", () => {
    const x = fromRows(ENTROPY_5);
    const z = minMaxNormalize(x, ENTROPY_5_DIRECTIONS);
    expectClose(z.values, flat(numpy.v5.normalized), 1e-15);
    expectClose(minMaxNormalize(x, ENTROPY_5_DIRECTIONS, 0.1, 0.9).values, flat(numpy.v5.into01_09), 1e-15);
    for (const [shift, ew] of Object.entries(numpy.v5.byShift)) {
      const e = entropy(z, Number(shift));
      expectClose(e, ew.e, 1e-14);
      expectClose(weightsFromEntropy(e), ew.w, 1e-13);
    }
  });

  it("the real Jingjinji workbooks (benefit, and Ecological as cost): e and w", () => {
    const data = JSON.parse(
      fs.readFileSync(path.join(sharedDir(), "data/real/jingjinji_13cities_transport_2013_2017/rows_by_observation.json"), "utf8"),
    ) as Record<string, number[][]>;
    for (const [book, ew] of Object.entries(numpy.jingjinji)) {
      const cost = book === "EcologicalCost";
      const e = entropy(minMaxNormalize(fromRows(data[cost ? "Ecological" : book]), cost ? [-1, -1, -1, -1] : [1, 1, 1, 1]));
      expectClose(e, ew.e, 1e-12);
      expectClose(weightsFromEntropy(e), ew.w, 1e-11);
    }
  });
});

describe("obstacle_oracle.py (vector 7 and vector 6)", () => {
  let numpy: {
    shares: number[][];
    index: number[];
    index211: number[];
    shares211: number[][];
    combined: Record<"a" | "e" | "linear06" | "linear05" | "multiplicative" | "geometric", number[]>;
  };
  beforeAll(() => {
    numpy = oracle("obstacle_oracle.py");
  });

  it("obstacle shares and weighted index, equal weights and weights 2, 1, 1", () => {
    const u = fromRows(OBSTACLE_U);
    expectClose(flat(toRows(obstacleDegrees(u, [1, 1, 1]))), flat(numpy.shares), 1e-15);
    expectClose(obstacleDegrees(u, [2, 1, 1]).values, flat(numpy.shares211), 1e-15);
    expectClose(weightedIndex(u, [1, 1, 1]), numpy.index, 1e-15);
    expectClose(weightedIndex(u, [2, 1, 1]), numpy.index211, 1e-15);
  });

  it("combined weights: multiplicative, linear α = 0.6 and 0.5, geometric", () => {
    const { a, e } = numpy.combined;
    expectClose(combineWeights(a, e), numpy.combined.multiplicative, 1e-15);
    expectClose(combineWeights(a, e, "linear", 0.6), numpy.combined.linear06, 1e-15);
    expectClose(combineWeights(a, e, "linear"), numpy.combined.linear05, 1e-15);
    expectClose(combineWeights(a, e, "geometric"), numpy.combined.geometric, 1e-15);
  });
});
