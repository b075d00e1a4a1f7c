/**
 * Error messages in Excel's display language, end to end: the built dist/functions.js in a bare
 * context (test/support/load-functions-bundle.ts) with a stand-in `Office.context.displayLanguage`,
 * as the shared runtime provides it. Chinese for zh-CN (and zh-Hans), English for en-US, zh-TW and
 * when Office is absent; Excel shows the message with #VALUE! and #N/A.
 */
import { CustomFunctionsError, loadFunctionsBundle } from "../support/load-functions-bundle";

const fns = loadFunctionsBundle();

function setDisplayLanguage(tag: string | undefined): void {
  if (tag === undefined) delete (fns.context as { Office?: unknown }).Office;
  else (fns.context as { Office?: unknown }).Office = { context: { displayLanguage: tag } };
}

function errorOf(id: string, ...args: unknown[]): { code: string; message: string } {
  try {
    fns.get(id)!(...args);
  } catch (e) {
    if (e instanceof CustomFunctionsError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error(`${id} did not throw`);
}

afterEach(() => setDisplayLanguage(undefined));

it("a blank data cell: the place in Chinese (第 2 行第 1 列), English otherwise", () => {
  const data = [[1, 2], [null, 4], [5, 6]];
  setDisplayLanguage("zh-CN");
  expect(errorOf("ENTROPYWEIGHTS", data, null, null)).toEqual({ code: "#VALUE!", message: "data 第 2 行第 1 列为空白；请填写（空白表示缺失，不是 0）" });
  setDisplayLanguage("en-US");
  expect(errorOf("ENTROPYWEIGHTS", data, null, null)).toEqual({ code: "#VALUE!", message: "data row 2, column 1 is blank; fill it in (a blank is missing, not zero)" });
});

it("an AHP matrix that is not reciprocal, and an unknown method word", () => {
  setDisplayLanguage("zh-Hans-CN");
  expect(errorOf("AHP", [[1, 3], [3, 1]], null).message).toBe("判断矩阵不满足互反性：第 1 行第 2 列为 3，而第 2 行第 1 列为 3（应为 1/3）");
  expect(errorOf("AHP", [[1, 3], ["", 1]], "mean").message).toBe('method 为文本 \'mean\'；请使用 "eigen", "geometric" 或 "arithmetic"');
});

it("#N/A with its message: the Saaty random index table does not cover n = 16", () => {
  const n = 16;
  const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : "")));
  for (let j = 1; j < n; j++) m[0][j] = 1;
  for (let i = 1; i < n; i++) for (let j = i + 1; j < n; j++) m[i][j] = 1;
  setDisplayLanguage("zh-CN");
  expect(errorOf("AHPCR", m, null)).toEqual({
    code: "#N/A",
    message: 'saaty 随机一致性指标表只覆盖 n = 1..15，不含 n = 16；请使用 "alonso"（任意 n）或直接给出 RI 数值',
  });
});

it("English for Traditional Chinese, other languages, and without Office", () => {
  const expected = "weights has 3 entries; the data have 2 columns";
  for (const tag of ["zh-TW", "de-DE", undefined]) {
    setDisplayLanguage(tag);
    expect({ tag, message: errorOf("SUPPORT", [[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.3, 0.2]], null).message }).toEqual({ tag, message: expected });
  }
});
