/**
 * An internal exception inside one expert's block of AHPGROUP's stacked matrices is never passed off
 * as a layout message (issue 12: an internal exception can never pass as a user error), even when
 * the range holds a blank separator row, which turns the block-level *user* errors (MethodError:
 * both halves blank, not reciprocal) into "row r is blank; remove the blank rows". A crash is
 * injected into completePairwiseMatrix (the core step each block goes through) for one block; the
 * oracle is the contract of src/functions/excel-errors.ts, as in test/functions/internal-error.test.ts:
 * the crash itself propagates from the coercion and reaches Excel as "RECC internal error …".
 */
import { pairwiseStack } from "../../src/functions/coerce";
import { isInternalError } from "./support/fuzz";
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";

const CRASH = "injected crash: cannot read properties of undefined";

jest.mock("../../src/core/pairwise-matrix", () => {
  const actual = jest.requireActual("../../src/core/pairwise-matrix");
  return {
    ...actual,
    // Only a block whose first judgement is 7 crashes; every other block is completed as usual.
    completePairwiseMatrix: (judgements: ReadonlyArray<ReadonlyArray<number | null>>) => {
      if (judgements[0][1] === 7) throw new TypeError(CRASH);
      return actual.completePairwiseMatrix(judgements);
    },
  };
});

// Expert 1 (rows 1–2) crashes; row 3 is a blank separator (not the last row of its 2-row block);
// rows 4–5 are a valid expert, row 6 the blank last row of its block. 6 rows: a multiple of n = 2.
const CRASHING_WITH_SEPARATOR = [[1, 7], [null, 1], [null, null], [1, 3], [null, 1], [null, null]];

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});

describe("pairwiseStack: a crash in a block with a blank separator row in the range", () => {
  it("the crash propagates from the coercion unchanged (not 'matrices row 3 is blank …')", () => {
    let thrown: unknown;
    try {
      pairwiseStack("matrices").coerce(CRASHING_WITH_SEPARATOR);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toBe(CRASH);
  });

  it("AHPGROUP turns it into #VALUE! 'RECC internal error (a bug, please report it): …'", () => {
    let thrown: unknown;
    try {
      src.byId.get("AHPGROUP")!(CRASHING_WITH_SEPARATOR, null);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(src.fake.Error);
    expect({ code: (thrown as { code: string }).code, message: (thrown as Error).message }).toEqual({
      code: "#VALUE!",
      message: `RECC internal error (a bug, please report it): ${CRASH}`,
    });
    expect(isInternalError(thrown)).toBe(true);
  });

  it("the mock injects only the crash: without the 7, the same layout is the user error 'row 3 is blank'", () => {
    const withoutCrash = CRASHING_WITH_SEPARATOR.map((r) => r.map((v) => (v === 7 ? 5 : v)));
    let thrown: unknown;
    try {
      pairwiseStack("matrices").coerce(withoutCrash);
    } catch (e) {
      thrown = e;
    }
    expect((thrown as Error).message).toBe(
      "matrices row 3 is blank; remove the blank rows between the experts' matrices (k·n rows × n columns, one directly under another)",
    );
  });
});
