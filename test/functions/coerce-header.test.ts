/**
 * A header row or column selected with an AHP comparison matrix (headerLabel in
 * src/functions/coerce.ts): which line is the header and which cell is named. Surviving mutants of
 * lines 734–745 (reports/mutation/functions-coerce-after2-verdicts-coerceR.md).
 *
 * Oracle, by hand from pairwiseMatrix's contract (the comments at its header check and headerLabel's
 * docstring): a label is text with a letter that parseRatio does not read as a number; a line is a
 * header with at least 2 labels (1 where one more row (column) than square is just that line); of a
 * header row and column, the one with more labels wins, and on a tie the row when there are more
 * rows than columns, else the column; the cell named is that line's first label. Messages are the
 * catalog's "detail.is" + "hint.header*" / "arg.notSquare" (src/i18n/messages.ts), English and Chinese.
 */
import fc from "fast-check";
import { MethodError } from "../../src/core";
import { CellError, pairwiseMatrix } from "../../src/functions/coerce";
import { thrownTexts } from "./support/thrown-texts";

const N = null;
const matrix = pairwiseMatrix("matrix");

/** The English and Chinese message of what coercing `rows` throws (a MethodError). */
const messages = (rows: unknown[][]) => thrownTexts(() => matrix.coerce(rows));

describe("pairwiseMatrix: a header line selected with the judgements (coerceR)", () => {
  it("text that parseRatio reads as a number ('3E0') is no label: a 3×2 range with it is just not square", () => {
    // 3 rows × 2 columns: one label in row 1 would make it a header row; "3E0" is the number 3.
    expect(messages([[1, "3E0"], [N, 1], [1, 1]])).toEqual(["matrix must be square; it is 3×2", "matrix 必须是方阵；现为 3×2"]);
  });

  it("more columns than rows, header row and column with as many labels: the column (its first label) is named", () => {
    // 3×4: row 1 holds A, B; column 1 holds P, Q (2 each); a tie goes to the column when columns > rows.
    expect(messages([[N, "A", "B", N], ["P", 1, 3, N], ["Q", N, 1, N]])).toEqual([
      "matrix row 2, column 1 is text 'P'; it looks like a label: select only the 2×2 judgements, without the header row and column (matrix is 3×4 and must be square)",
      "matrix 第 2 行第 1 列为文本 'P'；这看起来是标签：请只选择 2×2 的判断值，不含标题行和标题列（matrix 现为 3×4，必须是方阵）",
    ]);
  });

  it("more columns than rows, a header row with more labels than the header column: the row is named", () => {
    // 3×4: row 1 holds A, B, C (3); column 1 holds P (1, a header where one more column than square).
    expect(messages([[N, "A", "B", "C"], ["P", 1, 3, 5], [N, N, 1, 2]])).toEqual([
      "matrix row 1, column 2 is text 'A'; it looks like a label: select only the 2×2 judgements, without the header row and column (matrix is 3×4 and must be square)",
      "matrix 第 1 行第 2 列为文本 'A'；这看起来是标签：请只选择 2×2 的判断值，不含标题行和标题列（matrix 现为 3×4，必须是方阵）",
    ]);
  });

  it("more rows than columns, header row and column with as many labels: the row (its first label) is named", () => {
    // 4×3: row 1 holds A, B; column 1 holds P, Q (2 each); a tie goes to the row when rows > columns.
    expect(messages([[N, "A", "B"], ["P", 1, 3], ["Q", N, 1], [N, N, N]])).toEqual([
      "matrix row 1, column 2 is text 'A'; it looks like a label: select only the 2×2 judgements, without the header row and column (matrix is 4×3 and must be square)",
      "matrix 第 1 行第 2 列为文本 'A'；这看起来是标签：请只选择 2×2 的判断值，不含标题行和标题列（matrix 现为 4×3，必须是方阵）",
    ]);
  });

  it("a header row whose first label stands beyond the row count is named, not a blank cell before it", () => {
    // 2×4: row 1 is blank, blank, A, B (a header row); its first label is column 3 (> 2 rows).
    // Judgements beside a header row: the rows but that line, 1×1.
    expect(messages([[N, N, "A", "B"], [1, 2, 3, 4]])).toEqual([
      "matrix row 1, column 3 is text 'A'; it looks like a label: select only the 1×1 judgements, without the header row (matrix is 2×4 and must be square)",
      "matrix 第 1 行第 3 列为文本 'A'；这看起来是标签：请只选择 1×1 的判断值，不含标题行（matrix 现为 2×4，必须是方阵）",
    ]);
  });

  it("a header column whose first label stands below the column count is named, not a blank cell above it", () => {
    // 4×2: column 1 is blank, blank, A, B (a header column); its first label is row 3 (> 2 columns).
    expect(messages([[N, 1], [N, 2], ["A", 3], ["B", 4]])).toEqual([
      "matrix row 3, column 1 is text 'A'; it looks like a label: select only the 1×1 judgements, without the header column (matrix is 4×2 and must be square)",
      "matrix 第 3 行第 1 列为文本 'A'；这看起来是标签：请只选择 1×1 的判断值，不含标题列（matrix 现为 4×2，必须是方阵）",
    ]);
  });
});

describe("pairwiseMatrix of a square grid: what a block of AHPGROUP can fail on (coerceR)", () => {
  // Oracle: pairwiseMatrix's docstring and judgement(): every cell is checked (blank, positive, finite,
  // a number or fraction, a diagonal of 1, on Saaty's scale unless the typed reciprocal of its
  // partner) with the place named, as a CellError; what the core's completePairwiseMatrix adds for a
  // square grid is only the pair rules (method.md §1.3): a pair blank on both sides, or not
  // reciprocal. So pairwiseStack's inExpertBlock only ever re-words those two (or a cell error).
  it("a square grid fails only on a cell, or on a pair blank on both sides or not reciprocal", () => {
    // A comparison matrix typed as users do (upper judgements on Saaty's scale; below each a blank,
    // its reciprocal, a rounded reciprocal or another judgement; a blank or 1 on the diagonal), then
    // a few cells overwritten with anything, so that grids reach the core and also fail on cells.
    const scale = [1, 2, 3, 5, 7, 9, 1 / 2, 1 / 3, 1 / 5, 1 / 9];
    const any = fc.constantFrom<unknown>(
      null, "", " ", 0, "0", 1, "1", 3, "3", 1 / 3, 0.333, "1/3", "'1/3", "１/３", 9, 0.111, "1/9", 10, 0.1, 20, 1.5, 1.0001, -1, NaN,
      Infinity, "1/0", "abc", "A", "3E0", true, 45000, 1e-300, { type: "Double", basicValue: 3 },
    );
    const grid = fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc
        .tuple(
          fc.array(fc.tuple(fc.constantFrom(...scale), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...scale)), { minLength: n * n, maxLength: n * n }),
          fc.array(fc.tuple(fc.nat(n * n - 1), any), { maxLength: 2 }),
        )
        .map(([pairs, overwrite]) => {
          const rows: unknown[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? [null, 1][pairs[i * n + j][1] % 2] : null)));
          for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++) {
              const [a, how, other] = pairs[i * n + j];
              rows[i][j] = how === 4 ? null : a;
              rows[j][i] = [null, 1 / a, Math.round(1000 / a) / 1000, other, other][how];
            }
          }
          for (const [k, v] of overwrite) rows[Math.floor(k / n)][k % n] = v;
          return rows;
        }),
    );
    fc.assert(
      fc.property(grid, (rows) => {
        let err: unknown;
        try {
          matrix.coerce(rows);
          return;
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(MethodError);
        if (err instanceof CellError) return;
        const text = (err as MethodError).text;
        expect(typeof text === "string" ? text : text.id).toMatch(/^ahp\.(bothBlank|notReciprocal)$/);
      }),
      { numRuns: 2000 },
    );
  });
});
