/**
 * Issue 9 §1 through the built bundle (dist/functions.js, what Excel loads): the cases of
 * test/core/support/exact-edge-cases.ts, whose oracle is method.md's arithmetic stated next to each.
 */
import { loadFunctionsBundle, type LoadedFunctionsBundle } from "../support/load-functions-bundle";
import { CASES, check } from "../core/support/exact-edge-cases";

describe("issue 9 inputs through the built bundle (dist/functions.js)", () => {
  let bundle: LoadedFunctionsBundle;
  beforeAll(() => {
    bundle = loadFunctionsBundle();
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    check(
      c,
      (id, args) => bundle.get(id)!(...args),
      (e) => e instanceof bundle.Error && (e as { code: string }).code === "#VALUE!",
    );
  });

  it("OBSTACLE then TOPOBSTACLES on row 2 of {2,2;5,5;4,4} lists nothing", () => {
    const a = bundle.get("OBSTACLE")!([[2, 2], [5, 5], [4, 4]], [[0.5, 0.5]], [[1, 1]]);
    expect(bundle.get("TOPOBSTACLES")!(a, [["a", "b"]], 2)).toEqual([["a", "b"], ["", ""], ["a", "b"]]);
  });
});
