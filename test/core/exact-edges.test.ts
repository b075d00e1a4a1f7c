/**
 * Issue 9 §1: exact at the edges of every scale, through the pure RECC functions (src/functions/recc,
 * the path the plan, wizard and demo evaluate). The cases and their oracle (method.md's arithmetic)
 * are in ./support/exact-edge-cases.ts; test/functions/exact-edges-bundle.test.ts runs the same cases
 * through the built bundle (dist/functions.js, what Excel loads).
 */
import { callRecc } from "../../src/functions/recc";
import { MethodError } from "../../src/core";
import { CASES, check } from "./support/exact-edge-cases";

describe("issue 9 inputs through the pure RECC functions (plan, wizard and demo path)", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    check(c, (id, args) => callRecc(id as never, args), (e) => e instanceof MethodError && e.kind === "value");
  });

  it("OBSTACLE({0.4,0.7}, {0.25,0.5}) feeds TOPOBSTACLES the tie in column order", () => {
    const a = callRecc("OBSTACLE", [[[0.4, 0.7]], [[0.25, 0.5]], null]);
    expect(callRecc("TOPOBSTACLES", [a, [["first", "second"]], 2])).toEqual([["first", "second"]]);
  });
});

