/**
 * pairwiseMatrix on a range that is not square (src/functions/coerce.ts, issue 12, helper coerceP):
 * which header line is named, at which cell, and the judgements' size the hint asks for; and the
 * parameter's required flag.
 *
 * Oracle: pairwiseMatrix's rules as its comments and headerLabel's docstring state them
 * (a line counts as a header with one label when it is the one line more than square, else with two;
 * with a header row and column holding equally many labels, the line along the longer side — the
 * extra line — is named; the size is the columns beside a header row when there are more rows than
 * that, else the rows but the header line; likewise for a header column), worded by the message
 * catalog (src/i18n/messages.ts: place.cell, detail.is, value.text, hint.headerRow / Column / Both).
 * Every message is written out by hand, English and Simplified Chinese.
 */
import { CellError, pairwiseMatrix } from "../../src/functions/coerce";
import { thrownTexts } from "./support/thrown-texts";

const matrix = pairwiseMatrix("matrix");
const N = null;

/** [English, Chinese] message of the CellError the coercion throws. */
const messages = (rows: unknown[][]) => thrownTexts(() => matrix.coerce(rows), CellError);

describe("pairwiseMatrix: header lines of a range that is not square (coerceP)", () => {
  it("one label in row 1 of a range one row taller than square is a header row", () => {
    expect(messages([[N, "Cost"], [1, 3], [N, 1]])).toEqual([
      "matrix row 1, column 2 is text 'Cost'; it looks like a label: select only the 2×2 judgements, without the header row (matrix is 3×2 and must be square)",
      "matrix 第 1 行第 2 列为文本 'Cost'；这看起来是标签：请只选择 2×2 的判断值，不含标题行（matrix 现为 3×2，必须是方阵）",
    ]);
  });

  it("one label in column 1 of a range one column wider than square is a header column", () => {
    expect(messages([[N, 1, 3], ["Cost", N, 1]])).toEqual([
      "matrix row 2, column 1 is text 'Cost'; it looks like a label: select only the 2×2 judgements, without the header column (matrix is 2×3 and must be square)",
      "matrix 第 2 行第 1 列为文本 'Cost'；这看起来是标签：请只选择 2×2 的判断值，不含标题列（matrix 现为 2×3，必须是方阵）",
    ]);
  });

  it("header row and column with equally many labels, more rows than columns: the header row's first label is named", () => {
    expect(messages([[N, "Cost", "Time"], ["Cost", 1, 3], ["Time", N, 1], [N, N, N]])).toEqual([
      "matrix row 1, column 2 is text 'Cost'; it looks like a label: select only the 2×2 judgements, without the header row and column (matrix is 4×3 and must be square)",
      "matrix 第 1 行第 2 列为文本 'Cost'；这看起来是标签：请只选择 2×2 的判断值，不含标题行和标题列（matrix 现为 4×3，必须是方阵）",
    ]);
  });

  it("header row and column with equally many labels, more columns than rows: the header column's first label is named", () => {
    expect(messages([[N, "Cost", "Time", N], ["Cost", 1, 3, N], ["Time", N, 1, N]])).toEqual([
      "matrix row 2, column 1 is text 'Cost'; it looks like a label: select only the 2×2 judgements, without the header row and column (matrix is 3×4 and must be square)",
      "matrix 第 2 行第 1 列为文本 'Cost'；这看起来是标签：请只选择 2×2 的判断值，不含标题行和标题列（matrix 现为 3×4，必须是方阵）",
    ]);
  });

  it("a header row above more rows than columns: the judgements are the columns beside it (2×2 of a 4×2 range, not 3×3)", () => {
    expect(messages([["Cost", "Time"], [1, 3], [N, 1], [N, N]])).toEqual([
      "matrix row 1, column 1 is text 'Cost'; it looks like a label: select only the 2×2 judgements, without the header row (matrix is 4×2 and must be square)",
      "matrix 第 1 行第 1 列为文本 'Cost'；这看起来是标签：请只选择 2×2 的判断值，不含标题行（matrix 现为 4×2，必须是方阵）",
    ]);
  });

  it("a header column beside more columns than rows: the judgements are the rows beside it (2×2 of a 2×4 range, not 3×3)", () => {
    expect(messages([["Cost", 1, 3, N], ["Time", N, 1, N]])).toEqual([
      "matrix row 1, column 1 is text 'Cost'; it looks like a label: select only the 2×2 judgements, without the header column (matrix is 2×4 and must be square)",
      "matrix 第 1 行第 1 列为文本 'Cost'；这看起来是标签：请只选择 2×2 的判断值，不含标题列（matrix 现为 2×4，必须是方阵）",
    ]);
  });
});

describe("pairwiseMatrix: the declaration (coerceP)", () => {
  it("is a required matrix parameter (AHP's `matrix` has no [brackets] in Excel's metadata; test/functions/metadata.test.ts compares with functions.json)", () => {
    // Made inside the test: Stryker attributes a mutant of the returned object to the tests that run
    // while it is built, so one built at load time would leave the `optional` mutant uncovered.
    const declared = pairwiseMatrix("matrix");
    expect([declared.optional, declared.dimensionality]).toEqual([false, "matrix"]);
  });
});
