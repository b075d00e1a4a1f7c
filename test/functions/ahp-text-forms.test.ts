/**
 * Tester (break3): a judgement typed as text in forms a hurried researcher produces: full-width
 * digits and slash from a Chinese input method ("１/３", "1／3"), a vulgar fraction ("⅓"), the
 * fraction slash ("1⁄3", what Unicode NFKC makes of "⅓") or the division slash ("1∕3"), and a
 * leading apostrophe kept in the text ("'1/3", pasted or imported: Excel's text prefix).
 *
 * Fault found: all were #VALUE! "text '１/３'; type a number or a fraction such as '1/3" — a message
 * that, in a CJK font, asks for what the user typed.
 *
 * Oracle: the ASCII text "1/3" (method.md §3: text fractions such as "1/3" are judgements); the
 * forms above are the same characters under Unicode compatibility normalization (NFKC), so they give
 * exactly the result of "1/3". Text that is still no fraction ("1:3", "1/3,") stays #VALUE!.
 */
import { parseRatio } from "../../src/core";
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});
const call = (id: string, ...args: unknown[]) => src.byId.get(id)!(...args);
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("did not throw");
};

const M = (t: unknown) => [
  [1, t, 5],
  [null, 1, "2"],
  [null, null, 1],
];

describe("text forms of a judgement read as their ASCII text reads", () => {
  it.each([
    ["１/３", "1/3"],
    ["1／3", "1/3"],
    ["１／３", "1/3"],
    ["⅓", "1/3"],
    ["1⁄3", "1/3"],
    ["1∕3", "1/3"],
    ["'1/3", "1/3"],
    ["’1/3", "1/3"],
    [" ' 1/3 ", "1/3"],
    ["０.５", "0.5"],
    ["３", "3"],
  ])("%j as %j", (typed, ascii) => {
    expect(parseRatio(typed)).toBe(parseRatio(ascii));
    for (const id of ["AHP", "AHPCONSISTENCY", "AHPSUGGEST", "AHPGROUP"]) expect(call(id, M(typed), null, null)).toEqual(call(id, M(ascii), null, null));
  });

  it("still refused, naming the cell: text that is no fraction", () => {
    for (const t of ["1:3", "1/3,", "'", "⅓⅓", "1/3/5"]) {
      const e = thrown(() => call("AHP", M(t), null));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/^matrix row 1, column 2 is text '/);
    }
  });
});
