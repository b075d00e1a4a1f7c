/**
 * Tester (break3), from source (under the mutation run's roots; the built bundle is checked with the
 * same cases in test/tester-findings/ahp-cell-messages-bundle.test.ts): what a hurried researcher sees for a badly selected or badly typed comparison
 * matrix, in English and in Simplified Chinese (Excel's display language zh-CN). Oracle: method.md
 * §4 and the README's input rules: a #VALUE! whose message names the cell (AHPGROUP: by its row in
 * the whole stacked range) and says what to do.
 *
 * Faults found (before): a diagonal cell of 20 said "outside Saaty's scale … e.g. 3 or '1/3", and a
 * typed 1/1 on the diagonal (the date serial 46023) said "type '1/3"; a negative judgement or a bad
 * diagonal in expert 2 of AHPGROUP was named "matrices rows 4–6 (expert 2): matrix row 1, column 2"
 * (another argument name, block-relative) while a text cell was named "matrices row 4, column 2";
 * a header row and column pasted with the judgements got "type a number or a fraction" for the
 * label; a whole-column reference was "matrix must be square; it is 1048576×3" (AHP) or "matrices
 * row 7 is blank; remove the blank rows between the experts' matrices" (AHPGROUP), which are not
 * there; an RI typed as text ('0.9) was "ri is text '0.9'; use "saaty" or "alonso" or a number".
 */
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";
import { AHP_MESSAGE_CASES } from "./support/ahp-message-cases";

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function errorOf(lang: "en-US" | "zh-CN", id: string, ...args: unknown[]): { code: string; message: string } {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: lang } };
  try {
    src.byId.get(id)!(...args);
  } catch (e) {
    expect(e).toBeInstanceOf(src.fake.Error);
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  throw new Error(`${id} did not throw`);
}

const { N, E1, blankRows, CASES } = AHP_MESSAGE_CASES;

describe.each(CASES)("%s", (_label, id, args, en, zh) => {
  it("#VALUE! naming the cell and what to do, in English", () => {
    expect(errorOf("en-US", id, ...args)).toEqual({ code: "#VALUE!", message: en });
  });
  it("and in Chinese (zh-CN)", () => {
    expect(errorOf("zh-CN", id, ...args)).toEqual({ code: "#VALUE!", message: zh });
  });
});

describe("messages that held and still hold", () => {
  it("a blank separator row between two experts is still called one", () => {
    expect(errorOf("en-US", "AHPGROUP", [...E1, ...blankRows(1), ...E1], N).message).toBe(
      "matrices row 4 is blank; remove the blank rows between the experts' matrices (k·n rows × n columns, one directly under another)",
    );
  });
  it("an upper-triangle grid whose last row (blank diagonal) is blank is no blank row below", () => {
    const upper = [
      [N, 3, 5],
      [N, N, 2],
      [N, N, N],
    ];
    expect(src.byId.get("AHPGROUP")!([...upper, ...upper], N)).toEqual(src.byId.get("AHPGROUP")!([...E1, ...E1], N));
  });
  it("1×1 grids: a blank one is an expert (diagonal 1), not a blank row below", () => {
    expect(src.byId.get("AHPGROUP")!([[1], [null]], N)).toEqual([[1]]);
  });
  it("one note typed below the judgements (whole columns) or beside an expert's block is no header line", () => {
    const note = [...E1, blankRows(1)[0], ["Source: survey", N, N], ...blankRows(5)];
    expect(errorOf("en-US", "AHP", note, N).message).toBe("matrix must be square; it is 10×3");
    const beside = [...E1, ...E1].map((r, i) => [...r, i === 0 ? "note" : N]);
    expect(errorOf("en-US", "AHPGROUP", beside, N).message).not.toMatch(/label|header/);
  });
  it("text that is no label, inside the matrix, gets the plain hint", () => {
    expect(errorOf("en-US", "AHP", [[1, 3, 5], [N, 1, "x"], [N, N, 1]], N).message).toBe("matrix row 2, column 3 is text 'x'; type a number or a fraction such as '1/3");
  });
});
