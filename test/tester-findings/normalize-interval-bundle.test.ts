/**
 * Tester (break4): the adversarial target intervals of test/functions/normalize-interval-break.test.ts
 * through the built bundle dist/functions.js, as Excel calls RECC.NORMALIZE, without timers (every
 * call on fresh arrays, plain JavaScript) and with timers given to the bundle's global (the kept input
 * buffer, in WebAssembly kernel memory where SIMD compiles: the path Excel takes for ≥ 16384 cells).
 * Oracle: ../shared/method.md §1 item 1 (each x' in [lower, upper], best exactly `upper`, worst
 * exactly `lower`), each column's best and worst found in the test.
 */
import * as vm from "vm";
import { simdKernelAvailable } from "../../src/core";
import { loadFunctionsBundle } from "../support/load-functions-bundle";
import { mulberry32 } from "../bench/data";
import { adversarialColumns, adversarialIntervals, intervalFaults } from "../functions/support/interval-break-cases";

const intervals = adversarialIntervals(mulberry32(20261206));

describe.each([false, true])("the built bundle, timers given: %s", (timers) => {
  const fns = loadFunctionsBundle();
  const context = fns.context as { setTimeout?: unknown; clearTimeout?: unknown };
  const pending: ReturnType<typeof setTimeout>[] = [];
  beforeAll(() => {
    if (!timers) return;
    // Unreferenced real timers: the bundle's 2 s buffer release must not keep jest alive.
    context.setTimeout = (f: () => void, ms: number) => {
      const t = setTimeout(f, ms);
      t.unref();
      pending.push(t);
      return t;
    };
    context.clearTimeout = (t: ReturnType<typeof setTimeout>) => clearTimeout(t);
    // Count the kernel memories the bundle makes, to know the WebAssembly path was taken.
    vm.runInContext("globalThis.kernelMemories = 0; const M = WebAssembly.Memory; WebAssembly.Memory = function (d) { globalThis.kernelMemories++; return new M(d); };", fns.context);
  });
  afterAll(() => pending.forEach((t) => clearTimeout(t)));

  it.each([6, 2100])("NORMALIZE of %i rows onto every interval: inside, best = upper, worst = lower", (n) => {
    const { rows, directions } = adversarialColumns(n);
    const faults: string[] = [];
    for (const [lower, upper] of intervals) {
      const out = fns.get("NORMALIZE")!(rows, [directions], lower, upper) as unknown[][];
      faults.push(...intervalFaults(rows, directions, lower, upper, out));
    }
    expect(faults).toEqual([]);
    if (timers && n === 2100 && simdKernelAvailable()) expect(vm.runInContext("globalThis.kernelMemories", fns.context)).toBeGreaterThan(0);
  });
});
