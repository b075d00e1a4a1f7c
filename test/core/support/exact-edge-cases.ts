/**
 * The cases of issue 9 §1, shared by test/core/exact-edges.test.ts (pure functions) and
 * test/functions/exact-edges-bundle.test.ts (the built bundle, kept apart so that mutation testing,
 * which has no dist/, can run the pure half).
 *
 * Issue 9 §1: exact at the edges of every scale (../shared/method.md §1 items 1, 8, 9 and §3's AHP
 * input). Every input the issue lists, run through the pure RECC functions (src/functions/recc, the
 * path the plan, wizard and demo evaluate) and through the built bundle (dist/functions.js, what
 * Excel loads). The oracle is the arithmetic of method.md stated next to each case: a column's best
 * value is exactly 1, a row at its best everywhere has obstacle degrees exactly 0, values within
 * 1e-12 of a cut point or curve lie on it, ties within 1e-12 keep column order, judgements lie on
 * Saaty's 1/9…9.
 */

export type Call = (id: string, args: unknown[]) => unknown;

export interface EdgeCase {
  name: string;
  id: string;
  args: unknown[];
  /** The expected cells, or the expected #VALUE! message. */
  expected: unknown[][] | string | { error: RegExp };
}

/** 0.1·0.1 in floating point (0.010000000000000002), the S² of REGION(0.1, 0.01). */
const ULP_BELOW_THIRD = 1 / 3 - 2 ** -54;
const ULP_BELOW_TWO_THIRDS = 2 / 3 - 2 ** -53;

export const CASES: EdgeCase[] = [
  {
    name: "NORMALIZE sends each column's maximum to exactly 1 ({2,2;5,5;4,4}: 0, 1, 2/3 as one division)",
    id: "NORMALIZE",
    args: [[[2, 2], [5, 5], [4, 4]], [[1, 1]], null, null],
    expected: [[0, 0], [1, 1], [2 / 3, 2 / 3]],
  },
  {
    name: "NORMALIZE of 80 in 60…120 is the double nearest 1/3 (one correctly rounded division 20/60)",
    id: "NORMALIZE",
    args: [[[60], [80], [120]], null, null, null],
    expected: [[0], [1 / 3], [1]],
  },
  {
    name: "NORMALIZE with a cost direction sends the minimum to exactly 1 and the maximum to 0",
    id: "NORMALIZE",
    args: [[[0.1], [0.7], [0.3]], [[-1]], null, null],
    expected: [[1], [0], [(0.7 - 0.3) / (0.7 - 0.1)]],
  },
  {
    name: "NORMALIZE onto [0.1, 0.7]: the best value is exactly upper and the worst exactly lower",
    id: "NORMALIZE",
    args: [[[2], [5]], null, 0.1, 0.7],
    expected: [[0.1], [0.7]],
  },
  {
    name: "OBSTACLE({2,2;5,5;4,4}, {0.5,0.5}, {1,1}): row 2 holds both maxima, so its degrees are exactly 0, 0",
    id: "OBSTACLE",
    args: [[[2, 2], [5, 5], [4, 4]], [[0.5, 0.5]], [[1, 1]]],
    expected: [[0.5, 0.5], [0, 0], [0.5, 0.5]],
  },
  {
    name: "TOPOBSTACLES lists nothing for a row whose obstacle degrees are 0 (row 2 of the case above)",
    id: "TOPOBSTACLES",
    args: [[[0.5, 0.5], [0, 0], [0.5, 0.5]], [["a", "b"]], 2],
    expected: [["a", "b"], ["", ""], ["a", "b"]],
  },
  {
    name: "TOPOBSTACLES keeps column order for degrees within 1e-12 (OBSTACLE({0.4,0.7},{0.25,0.5}) gives 0.49999999999999994, 0.5)",
    id: "TOPOBSTACLES",
    args: [[[0.49999999999999994, 0.5]], [["first", "second"]], 2],
    expected: [["first", "second"]],
  },
  {
    name: "REGION(0.1, 0.01): P = S² is low-value surplus although 0.1·0.1 = 0.010000000000000002",
    id: "REGION",
    args: [[[0.1]], [[0.01]], null],
    expected: [["low-value surplus"]],
  },
  {
    name: "REGION on y = x and y = √x within 1e-12: P = S + 1e-13 is low-value surplus, P = √S + 1e-13 low-value load",
    id: "REGION",
    args: [[[0.3, 0.25]], [[0.3 + 1e-13, 0.5 + 1e-13]], null],
    expected: [["low-value surplus", "low-value load"]],
  },
  {
    name: "GRADE: S an ulp below 1/3 is medium, an ulp below 2/3 is high (P 0 → II and III)",
    id: "GRADE",
    args: [[[ULP_BELOW_THIRD, ULP_BELOW_TWO_THIRDS]], [[0, 0]], null, null],
    expected: [["II", "III"]],
  },
  {
    name: "GRADE: P an ulp below 2/3 with S 1 is IX",
    id: "GRADE",
    args: [[[1]], [[ULP_BELOW_TWO_THIRDS]], null, null],
    expected: [["IX"]],
  },
  {
    name: "GRADE: 1e-11 below the cut point is still below it",
    id: "GRADE",
    args: [[[1 / 3 - 1e-11]], [[0]], null, null],
    expected: [["I"]],
  },
  {
    name: "AHP({1,46025;\"\",1}): 46025 is a typed 1/3 that Excel made a date",
    id: "AHP",
    args: [[[1, 46025], ["", 1]], null],
    expected: { error: /^matrix row 1, column 2 is 46025, which looks like a date \(3 January 2026\).*'1\/3/ },
  },
  {
    name: "AHP: a date serial of a typed 1/7 on a 3×3 matrix names its cell and suggests '1/7",
    id: "AHP",
    args: [[[1, 3, 5], ["", 1, 46029], ["", "", 1]], null],
    expected: { error: /^matrix row 2, column 3 is 46029, which looks like a date \(7 January 2026\).*'1\/7/ },
  },
  {
    name: "AHP: a judgement above 9 is outside Saaty's scale",
    id: "AHP",
    args: [[[1, 12], ["", 1]], null],
    expected: { error: /^matrix row 1, column 2 is 12, outside Saaty's scale 1\/9 to 9/ },
  },
  {
    name: "AHP: a judgement below 1/9 is outside Saaty's scale",
    id: "AHP",
    args: [[[1, 0.1], ["", 1]], null],
    expected: { error: /^matrix row 1, column 2 is 0\.1, outside Saaty's scale 1\/9 to 9/ },
  },
  {
    name: "AHP: a text judgement outside the scale ('1/12) is refused too",
    id: "AHP",
    args: [[[1, "1/12"], ["", 1]], null],
    expected: { error: /^matrix row 1, column 2 is text '1\/12', outside Saaty's scale 1\/9 to 9/ },
  },
  {
    name: "AHP: the ends of the scale, 9, 1/9 and '1/9, are judgements",
    id: "AHP",
    args: [[[1, 9, "1/9"], ["", 1, 1 / 9], ["", "", 1]], "geometric"],
    expected: "accepted",
  },
];

export function check(c: EdgeCase, call: Call, isValueError: (e: unknown) => boolean): void {
  if (c.expected === "accepted") {
    const w = call(c.id, c.args) as number[][];
    expect(w.length).toBe(3);
    return;
  }
  if (Array.isArray(c.expected)) {
    expect(call(c.id, c.args)).toEqual(c.expected);
    return;
  }
  const pattern = (c.expected as { error: RegExp }).error;
  let caught: unknown;
  try {
    call(c.id, c.args);
  } catch (e) {
    caught = e;
  }
  expect(isValueError(caught)).toBe(true);
  expect((caught as Error).message).toMatch(pattern);
}

