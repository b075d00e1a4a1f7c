/**
 * The reused input buffer (src/core/input-buffer.ts, issue 9 §2): lent to the first large matrix of a
 * call only, reused across calls, dropped RELEASE_MS after the last use, never kept without timers;
 * and the RECC functions give the same results with it as without (two large matrices in one call
 * never share memory).
 */
import { RELEASE_MS, beginInputCall, endInputCall, grade, inputBuffer, keptInputBuffer } from "../../src/core";
import { callRecc } from "../../src/functions/recc";

const BIG = 20000;

// Fake timers for every test, run out after each, so no test leaves a kept buffer or a pending timer.
beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.advanceTimersByTime(10 * RELEASE_MS);
  jest.useRealTimers();
});

describe("inputBuffer", () => {
  it("outside a call, and for small matrices, gives fresh arrays", () => {
    // A module loaded afresh in this test, so its state is the one input-buffer.ts starts with (not
    // whatever an earlier test or test file left), and its initialisers run inside this test.
    let fresh: typeof import("../../src/core/input-buffer") | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import("../../src/core/input-buffer")>("../../src/core/input-buffer");
    });
    const a = fresh!.inputBuffer(BIG);
    const b = fresh!.inputBuffer(BIG);
    expect(a.buffer).not.toBe(b.buffer);
    expect(fresh!.keptInputBuffer()).toBe(false); // nothing was lent before the first call
    beginInputCall();
    const c = inputBuffer(100);
    const d = inputBuffer(100);
    endInputCall();
    expect(c.buffer).not.toBe(d.buffer);
  });

  it("lends one buffer to the first large matrix of each call, reuses it across calls, never twice in one call", () => {
    beginInputCall();
    const first = inputBuffer(BIG);
    const second = inputBuffer(BIG);
    endInputCall();
    expect(first.buffer).not.toBe(second.buffer);
    beginInputCall();
    const again = inputBuffer(BIG - 10);
    endInputCall();
    expect(again.buffer).toBe(first.buffer);
    expect(again.length).toBe(BIG - 10);
  });

  it(`drops the kept buffer ${RELEASE_MS} ms after the last call that used it`, () => {
    beginInputCall();
    inputBuffer(BIG);
    endInputCall();
    expect(keptInputBuffer()).toBe(true);
    jest.advanceTimersByTime(RELEASE_MS / 2);
    beginInputCall();
    inputBuffer(BIG); // a later use postpones the release
    endInputCall();
    jest.advanceTimersByTime(RELEASE_MS - 1);
    expect(keptInputBuffer()).toBe(true);
    jest.advanceTimersByTime(RELEASE_MS);
    expect(keptInputBuffer()).toBe(false);
  });

  it("never keeps a buffer where the runtime has no setTimeout", () => {
    const saved = globalThis.setTimeout;
    try {
      (globalThis as { setTimeout?: unknown }).setTimeout = undefined;
      beginInputCall();
      const a = inputBuffer(BIG);
      endInputCall();
      beginInputCall();
      const b = inputBuffer(BIG);
      endInputCall();
      expect(a.buffer).not.toBe(b.buffer);
      expect(keptInputBuffer()).toBe(false);
    } finally {
      globalThis.setTimeout = saved;
    }
  });
});

describe("RECC functions with the reused buffer", () => {
  it("GRADE of two large columns (both matrices coerced in one call) equals the cell-by-cell grade (core oracle)", () => {
    const n = BIG;
    const s = Array.from({ length: n }, (_, i) => [(i * 7919) % n / n]);
    const p = Array.from({ length: n }, (_, i) => [(i * 104729) % n / n]);
    const out = callRecc("GRADE", [s, p, null, null]) as string[][];
    for (let i = 0; i < n; i += 97) expect(out[i][0]).toBe(grade(s[i][0], p[i][0]));
    // A second call reusing the buffer for other data gives that data's result.
    const out2 = callRecc("GRADE", [p, s, null, null]) as string[][];
    for (let i = 0; i < n; i += 97) expect(out2[i][0]).toBe(grade(p[i][0], s[i][0]));
  });

  it("SUPPORT on a large panel twice in a row gives identical results, and a third call with other data its own", () => {
    const n = 5000;
    const m = 5;
    const rows = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => ((i * 31 + j * 17) % 101) + j));
    const w = [[1, 2, 3, 4, 5]];
    const a = callRecc("SUPPORT", [rows, w, [[1, -1, 1, -1, 1]]]);
    const b = callRecc("SUPPORT", [rows, w, [[1, -1, 1, -1, 1]]]);
    expect(b).toEqual(a);
    const c = callRecc("SUPPORT", [rows.map((r) => r.map((x) => -x)), w, [[-1, 1, -1, 1, -1]]]);
    expect(c).toEqual(a); // negating the data and flipping every direction is the same normalization
  });
});
