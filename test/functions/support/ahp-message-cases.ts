/**
 * Badly selected or badly typed comparison matrices and the #VALUE! messages (English and zh-CN)
 * a user must see for them (method.md §4, README input rules): shared by the source-level test
 * (test/functions/ahp-cell-messages.test.ts) and the built bundle's (test/tester-findings/
 * ahp-cell-messages-bundle.test.ts).
 */
const N = null;
const E1 = [
  [1, 3, 5],
  [N, 1, 2],
  [N, N, 1],
];
const blankRows = (k: number, n = 3) => Array.from({ length: k }, () => Array<null>(n).fill(null));

export type Case = [label: string, id: string, args: unknown[], en: string, zh: string];
const CASES: Case[] = [
  [
    "diagonal 20",
    "AHP",
    [[[20, 3], [N, 1]], N],
    "matrix row 1, column 1 is 20; the diagonal must be 1",
    "matrix 第 1 行第 1 列为 20；判断矩阵的对角线必须为 1",
  ],
  [
    "1/1 typed on the diagonal (date serial 46023)",
    "AHP",
    [[[1, 3], [N, 46023]], N],
    "matrix row 2, column 2 is 46023; the diagonal must be 1",
    "matrix 第 2 行第 2 列为 46023；判断矩阵的对角线必须为 1",
  ],
  [
    "negative judgement in expert 2",
    "AHPGROUP",
    [[...E1, [1, -2, 4], [N, 1, 3], [N, N, 1]], N],
    "matrices row 4, column 2 is -2; judgements must be positive numbers",
    "matrices 第 4 行第 2 列为 -2；判断值必须为正数",
  ],
  [
    "diagonal 3 in expert 2",
    "AHPGROUP",
    [[...E1, [1, 2, 4], [N, 3, 3], [N, N, 1]], N],
    "matrices row 5, column 2 is 3; the diagonal must be 1",
    "matrices 第 5 行第 2 列为 3；判断矩阵的对角线必须为 1",
  ],
  [
    "header row and column pasted with the judgements",
    "AHP",
    [[[N, "Water", "Land", "Air"], ["Water", 1, 3, 5], ["Land", N, 1, 2], ["Air", N, N, 1]], N],
    "matrix row 1, column 2 is text 'Water'; type a number or a fraction such as '1/3; if it is a label, select only the n×n judgements, without the header row and column",
    "matrix 第 1 行第 2 列为文本 'Water'；请输入数字或分数，如 '1/3；若这是标签，请只选择 n×n 的判断值，不含标题行和标题列",
  ],
  [
    "whole columns (empty rows below the 3×3 judgements)",
    "AHP",
    [[...E1, ...blankRows(40)], N],
    "matrix must be square; it is 43×3, blank from row 4 down: select only the 3×3 judgements (rows 1 to 3), not whole columns",
    "matrix 必须是方阵；现为 43×3，自第 4 行起为空白：请只选择 3×3 的判断值（第 1 至 3 行），不要选择整列",
  ],
  [
    "whole columns below two experts' matrices",
    "AHPGROUP",
    [[...E1, ...E1, ...blankRows(40)], N],
    "matrices is blank from row 7 down, below the experts' matrices: select only rows 1 to 6 (k·n rows × n columns), not whole columns",
    "matrices 自第 7 行起为空白，位于各专家判断矩阵下方：请只选择第 1 至 6 行（k·n 行 × n 列），不要选择整列",
  ],
  [
    "blank rows filling whole blocks below the experts (a multiple of n)",
    "AHPGROUP",
    [[...E1, ...E1, ...blankRows(3)], N],
    "matrices is blank from row 7 down, below the experts' matrices: select only rows 1 to 6 (k·n rows × n columns), not whole columns",
    "matrices 自第 7 行起为空白，位于各专家判断矩阵下方：请只选择第 1 至 6 行（k·n 行 × n 列），不要选择整列",
  ],
  [
    "one blank row below a 2×2 matrix",
    "AHP",
    [[[1, 3], [N, 1], [N, N]], N],
    "matrix must be square; it is 3×2, blank from row 3 down: select only the 2×2 judgements (rows 1 to 2), not whole columns",
    "matrix 必须是方阵；现为 3×2，自第 3 行起为空白：请只选择 2×2 的判断值（第 1 至 2 行），不要选择整列",
  ],
  [
    "RI typed as text",
    "AHPCR",
    [E1, "0.9"],
    "ri is text '0.9', a number stored as text; convert it to a number",
    "ri 为文本 '0.9'，即以文本形式存储的数字；请将其转换为数字",
  ],
  // Tester (break4): a pair of expert 2 not reciprocal, or blank on both sides, was named inside its
  // block with another argument's name ("matrices rows 4–6 (expert 2): matrix row 1, column 2 is
  // blank, and so is row 2, column 1"), so row 1 pointed at expert 1; now by rows of the whole range.
  [
    "a pair of expert 2 blank on both sides",
    "AHPGROUP",
    [[...E1, [1, N, 5], [N, 1, 2], [N, N, 1]], N],
    "matrices row 4, column 2 is blank, and so is row 5, column 1 (expert 2, rows 4–6)",
    "matrices 第 4 行第 2 列为空白，第 5 行第 1 列也为空白（专家 2，第 4–6 行）",
  ],
  [
    "a pair of expert 2 not reciprocal",
    "AHPGROUP",
    [[...E1, [1, 3, 5], [3, 1, 2], [N, N, 1]], N],
    "matrices rows 4–6 (expert 2) are not reciprocal: row 4, column 2 is 3 but row 5, column 1 is 3 (expected 1/3)",
    "matrices 第 4–6 行（专家 2）不满足互反性：第 4 行第 2 列为 3，而第 5 行第 1 列为 3（应为 1/3）",
  ],
  // Tester (break4): an RI typed as text with full-width digits (a Chinese input method) was
  // "ri is text '０.５８'; use "saaty" or "alonso" or a number", not called a number stored as text.
  [
    "RI typed as text with full-width digits",
    "AHPCR",
    [E1, "０.５８"],
    "ri is text '０.５８', a number stored as text; convert it to a number",
    "ri 为文本 '０.５８'，即以文本形式存储的数字；请将其转换为数字",
  ],
  // Tester (break4): the header row alone, the header column alone and whole rows (blank columns
  // right of the judgements) were "matrix must be square; it is 4×3" (AHPGROUP: "the rows must be a
  // multiple of the 3 columns"), naming no cell and not saying what to do.
  [
    "header row pasted with the judgements (no header column)",
    "AHP",
    [[["Water", "Land", "Air"], ...E1], N],
    "matrix row 1, column 1 is text 'Water'; it looks like a label: select only the 3×3 judgements, without the header row (matrix is 4×3 and must be square)",
    "matrix 第 1 行第 1 列为文本 'Water'；这看起来是标签：请只选择 3×3 的判断值，不含标题行（matrix 现为 4×3，必须是方阵）",
  ],
  [
    "header column pasted with the judgements (no header row)",
    "AHP",
    [E1.map((r, i) => [["Water", "Land", "Air"][i], ...r]), N],
    "matrix row 1, column 1 is text 'Water'; it looks like a label: select only the 3×3 judgements, without the header column (matrix is 3×4 and must be square)",
    "matrix 第 1 行第 1 列为文本 'Water'；这看起来是标签：请只选择 3×3 的判断值，不含标题列（matrix 现为 3×4，必须是方阵）",
  ],
  [
    "whole rows (blank columns right of the 3×3 judgements)",
    "AHP",
    [E1.map((r) => [...r, ...Array<null>(40).fill(N)]), N],
    "matrix must be square; it is 3×43, blank from column 4 on: select only the 3×3 judgements (columns 1 to 3), not whole rows",
    "matrix 必须是方阵；现为 3×43，自第 4 列起为空白：请只选择 3×3 的判断值（第 1 至 3 列），不要选择整行",
  ],
  [
    "header column and whole columns (blank rows below)",
    "AHP",
    [[...E1.map((r, i) => [["Water", "Land", "Air"][i], ...r]), ...blankRows(40, 4)], N],
    "matrix row 1, column 1 is text 'Water'; it looks like a label: select only the 3×3 judgements, without the header column (matrix is 43×4 and must be square)",
    "matrix 第 1 行第 1 列为文本 'Water'；这看起来是标签：请只选择 3×3 的判断值，不含标题列（matrix 现为 43×4，必须是方阵）",
  ],
  [
    "header row and whole rows (blank columns right)",
    "AHP",
    [[["Water", "Land", "Air"], ...E1].map((r) => [...r, ...Array<null>(40).fill(N)]), N],
    "matrix row 1, column 1 is text 'Water'; it looks like a label: select only the 3×3 judgements, without the header row (matrix is 4×43 and must be square)",
    "matrix 第 1 行第 1 列为文本 'Water'；这看起来是标签：请只选择 3×3 的判断值，不含标题行（matrix 现为 4×43，必须是方阵）",
  ],
  [
    "a blank row between the judgements",
    "AHP",
    [[E1[0], ...blankRows(1), E1[1], E1[2]], N],
    "matrix row 2 is blank; select the judgements without it, or delete the blank row (matrix must be square; it is 4×3)",
    "matrix 第 2 行为空白；请重新选择不含该行的判断值，或删除该空行（matrix 必须是方阵；现为 4×3）",
  ],
  [
    "a blank column between the judgements",
    "AHP",
    [E1.map((r) => [r[0], N, r[1], r[2]]), N],
    "matrix column 2 is blank; select the judgements without it, or delete the blank column (matrix must be square; it is 3×4)",
    "matrix 第 2 列为空白；请重新选择不含该列的判断值，或删除该空列（matrix 必须是方阵；现为 3×4）",
  ],
  [
    "header row above two experts' matrices",
    "AHPGROUP",
    [[[N, "Land", "Air"], ...E1, ...E1], N],
    "matrices row 1, column 2 is text 'Land'; it looks like a label: select only the experts' judgements (k·n rows × n columns), without the header row",
    "matrices 第 1 行第 2 列为文本 'Land'；这看起来是标签：请只选择各专家的判断值（k·n 行 × n 列），不含标题行",
  ],
  [
    "header column beside two experts' matrices",
    "AHPGROUP",
    [[...E1, ...E1].map((r, i) => [["Water", "Land", "Air"][i % 3], ...r]), N],
    "matrices row 1, column 1 is text 'Water'; it looks like a label: select only the experts' judgements (k·n rows × n columns), without the header column",
    "matrices 第 1 行第 1 列为文本 'Water'；这看起来是标签：请只选择各专家的判断值（k·n 行 × n 列），不含标题列",
  ],
  [
    "whole rows right of two experts' matrices",
    "AHPGROUP",
    [[...E1, ...E1].map((r) => [...r, ...Array<null>(40).fill(N)]), N],
    "matrices is blank from column 4 on, right of the experts' matrices: select only columns 1 to 3 (k·n rows × n columns), not whole rows",
    "matrices 自第 4 列起为空白，位于各专家判断矩阵右侧：请只选择第 1 至 3 列（k·n 行 × n 列），不要选择整行",
  ],
];

export const AHP_MESSAGE_CASES = { N, E1, blankRows, CASES };
