/**
 * Surviving mutants of src/functions/coerce.ts lines 423–718 (pairwiseStack's layout messages,
 * lastFilledColumn, readsWithout; reports/mutation/functions-coerce-after2-verdicts-coerceQ.md).
 * Oracles: pairwiseStack's and pairwiseMatrix's contracts (their docstrings and comments; method.md
 * §3: a blank diagonal counts as 1, a blank triangle is completed with reciprocals), headerLabel's
 * tie rule, readsWithout's docstring ("only the user's own errors (MethodError) say it does not,
 * anything else is a bug and propagates"), AHPGROUP's declaration in src/functions/functions.ts,
 * and the message catalog (src/i18n/messages.ts), English and Chinese, written out here by hand.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderMessage } from "../../src/i18n/messages";
import { CellError, pairwiseMatrix, pairwiseStack } from "../../src/functions/coerce";
import { thrownBy } from "../support/custom-functions-fake";
import { thrownTexts } from "./support/thrown-texts";

const CRASH = "injected crash: cannot read properties of undefined";
// Set only by the crash tests below: then a grid whose first judgement a_12 is 7 crashes in the core.
let mockCrashing = false;

jest.mock("../../src/core/pairwise-matrix", () => {
  const actual = jest.requireActual("../../src/core/pairwise-matrix");
  return {
    ...actual,
    completePairwiseMatrix: (judgements: ReadonlyArray<ReadonlyArray<number | null>>) => {
      if (mockCrashing && judgements[0][1] === 7) throw new TypeError(CRASH);
      return actual.completePairwiseMatrix(judgements);
    },
  };
});

afterEach(() => {
  mockCrashing = false;
});

const N = null;
const stack = pairwiseStack("matrices");
const matrix = pairwiseMatrix("matrix");

/** English and Chinese text of the MethodError a coercion throws. */
const both = thrownTexts;

describe("pairwiseStack: blank columns right of the experts' matrices (whole rows)", () => {
  it("a valid stack of lower triangles whose last column is blank (blank diagonal) is read, not called 'blank from column 2'", () => {
    // Two 2×2 experts, each a lower triangle with a blank a_22: 4 rows, a multiple of n = 2, so the
    // layout checks for a row count that breaks the stack do not apply. By hand (method.md §3):
    // diagonal 1, a_12 = 1/a_21.
    const out = stack.coerce([[1, N], [3, N], [1, N], [5, N]]);
    expect(out.map((m) => ({ rows: m.rows, cols: m.cols, values: Array.from(m.values) }))).toEqual([
      { rows: 2, cols: 2, values: [1, 1 / 3, 3, 1] },
      { rows: 2, cols: 2, values: [1, 1 / 5, 5, 1] },
    ]);
  });

  it("one 2×2 expert selected with a whole row (2×3, column 3 blank): select columns 1 to 2", () => {
    // The used columns (2) equal the rows: one square matrix with blank columns right of it.
    expect(both(() => stack.coerce([[1, 3, N], [N, 1, N]]))).toEqual([
      "matrices is blank from column 3 on, right of the experts' matrices: select only columns 1 to 2 (k·n rows × n columns), not whole rows",
      "matrices 自第 3 列起为空白，位于各专家判断矩阵右侧：请只选择第 1 至 2 列（k·n 行 × n 列），不要选择整行",
    ]);
  });

  it("three 1×1 experts selected with whole rows (3×2, only column 1 filled): select columns 1 to 1", () => {
    // lastFilledColumn must look at column 1 too: the used columns are 1, not 0.
    expect(both(() => stack.coerce([[1, N], [1, N], [1, N]]))).toEqual([
      "matrices is blank from column 2 on, right of the experts' matrices: select only columns 1 to 1 (k·n rows × n columns), not whole rows",
      "matrices 自第 2 列起为空白，位于各专家判断矩阵右侧：请只选择第 1 至 1 列（k·n 行 × n 列），不要选择整行",
    ]);
  });
});

describe("pairwiseStack: a header row and a header column with as many labels (tie)", () => {
  // headerLabel: of two header lines, the one with more labels; on a tie, the line along the
  // range's longer side (the caller's `rows > n ? "row" : "column"`, as pairwiseMatrix's
  // `n > m ? "row" : "column"`): a taller range's first label in row 1, a wider one's in column 1.
  const hint = "it looks like a label: select only the experts' judgements (k·n rows × n columns), without the header row and column";
  const hintZh = "这看起来是标签：请只选择各专家的判断值（k·n 行 × n 列），不含标题行和标题列";

  it("4×3 (taller): the header row's first label is named, row 1, column 2", () => {
    expect(both(() => stack.coerce([[N, "A", "B"], ["A", 1, 3], ["B", N, 1], [N, N, N]]))).toEqual([
      `matrices row 1, column 2 is text 'A'; ${hint}`,
      `matrices 第 1 行第 2 列为文本 'A'；${hintZh}`,
    ]);
  });

  it("3×4 (wider): the header column's first label is named, row 2, column 1", () => {
    expect(both(() => stack.coerce([[N, "A", "B", N], ["A", 1, 3, N], ["B", N, 1, N]]))).toEqual([
      `matrices row 2, column 1 is text 'A'; ${hint}`,
      `matrices 第 2 行第 1 列为文本 'A'；${hintZh}`,
    ]);
  });
});

describe("pairwiseStack: a bad off-diagonal cell above a blank separator row", () => {
  it("is named as the cell it is (a shift of the blocks never makes a judgement negative), not as the blank row", () => {
    // Rows 1–2 expert 1 with a_12 = -3, row 3 a blank separator, rows 4–5 a valid expert, row 6 the
    // blank last row of its block: 6 rows, a multiple of n = 2. Only a block-level failure or a
    // diagonal ≠ 1 (a sign of shifted blocks) is turned into "row 3 is blank".
    const e = thrownBy(() => stack.coerce([[1, -3], [N, 1], [N, N], [1, 3], [N, 1], [N, N]]));
    expect(e).toBeInstanceOf(CellError);
    expect((e as CellError).location).toMatchObject({ what: "matrices", row: 0, col: 1 });
    expect((e as CellError).message).toBe("matrices row 1, column 2 is -3; judgements must be positive numbers");
    expect(renderMessage((e as CellError).text, "zh-CN")).toBe("matrices 第 1 行第 2 列为 -3；判断值必须为正数");
  });
});

describe("pairwiseMatrix: a crash while trying the grid without a blank row propagates (readsWithout)", () => {
  // 4×3 with a blank row 2: without it the grid is a 3×3 comparison matrix, so the user is told to
  // drop row 2. A crash (not a MethodError) in the core while reading that grid is a bug: it must
  // propagate, not read as "the grid is no comparison matrix" ("matrix must be square; it is 4×3").
  const rows = [[1, 7, 5], [N, N, N], [N, 1, 2], [N, N, 1]];

  it("without the crash: row 2 is named (the path reaches readsWithout)", () => {
    expect(both(() => matrix.coerce(rows))).toEqual([
      "matrix row 2 is blank; select the judgements without it, or delete the blank row (matrix must be square; it is 4×3)",
      "matrix 第 2 行为空白；请重新选择不含该行的判断值，或删除该空行（matrix 必须是方阵；现为 4×3）",
    ]);
  });

  it("with the crash: the TypeError itself", () => {
    mockCrashing = true;
    const e = thrownBy(() => matrix.coerce(rows));
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message).toBe(CRASH);
  });
});

describe("pairwiseStack is a required parameter", () => {
  it("as AHPGROUP declares its matrices (src/functions/functions.ts: `@param matrices`, `matrices: any[][]`)", () => {
    // The JSDoc from which the Excel metadata is generated: an optional parameter is `@param [name]`
    // and `name?:` in the signature.
    const source = fs.readFileSync(path.join(__dirname, "../../src/functions/functions.ts"), "utf8");
    const block = source.slice(source.indexOf("@customfunction AHPGROUP"));
    const declared = block.slice(0, block.indexOf("{"));
    expect(declared).toMatch(/@param matrices /);
    expect(declared).toMatch(/\(matrices: any\[\]\[\],/);
    // Built inside the test (Stryker attributes a mutant of the object to the tests running while it is built).
    expect(pairwiseStack("matrices").optional).toBe(false);
  });
});
