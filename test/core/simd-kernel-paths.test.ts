/**
 * The parts of src/core/simd-kernel.ts around the kernels (issue 12, surviving mutants):
 * - a runtime without WebAssembly, and one whose WebAssembly refuses the module (no SIMD): the
 *   kernels are unavailable, "wasm" cannot be forced (the whole message), "js" and "auto" can, and
 *   calls pack their data into plain arrays (oracle: the docstrings of simdKernelAvailable,
 *   setKernelPath and kernelModule; the module is loaded afresh, since the compiled module is cached);
 * - the base64 decoder of the embedded module against Node's own (Buffer.from(text, "base64"));
 * - OBSTACLE's rows per kernel call against its docstring and the memory layout of the module doc.
 */
import fc from "fast-check";
import { WEIGHTED_BLOCK, decodeBase64, obstacleBlockRows } from "../../src/core/simd-kernel";

type KernelModule = typeof import("../../src/core/simd-kernel");
type BufferModule = typeof import("../../src/core/input-buffer");

/** simd-kernel.ts and input-buffer.ts loaded afresh with `WebAssembly` replaced by `wasm` (absent when undefined). */
function freshModulesWith(wasm: unknown): { kernel: KernelModule; buffer: BufferModule } {
  const g = globalThis as { WebAssembly?: unknown };
  const saved = g.WebAssembly;
  let kernel: KernelModule | undefined;
  let buffer: BufferModule | undefined;
  jest.isolateModules(() => {
    kernel = jest.requireActual<KernelModule>("../../src/core/simd-kernel");
    buffer = jest.requireActual<BufferModule>("../../src/core/input-buffer");
  });
  if (wasm === undefined) delete g.WebAssembly;
  else g.WebAssembly = wasm;
  try {
    // The module is compiled on first use: make that use now, while `WebAssembly` is replaced.
    kernel!.simdKernelAvailable();
  } finally {
    g.WebAssembly = saved;
  }
  return { kernel: kernel!, buffer: buffer! };
}

/** A WebAssembly without SIMD: it refuses the module as an engine without SIMD does (CompileError). */
function wasmWithoutSimd(): unknown {
  const real = WebAssembly;
  return {
    ...real,
    CompileError: real.CompileError,
    Memory: real.Memory,
    Instance: real.Instance,
    validate: () => false,
    Module: function Module() {
      throw new real.CompileError("WebAssembly.Module(): invalid value type 0x7b (SIMD unsupported)");
    },
  };
}

describe.each([
  ["no WebAssembly at all", () => freshModulesWith(undefined)],
  ["a WebAssembly without SIMD", () => freshModulesWith(wasmWithoutSimd())],
])("in a runtime with %s", (_, load) => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.advanceTimersByTime(20000);
    jest.useRealTimers();
  });

  it("the kernels are unavailable and the SIMD path is off", () => {
    const { kernel } = load();
    expect(kernel.simdKernelAvailable()).toBe(false);
    expect(kernel.simdPathOn()).toBe(false);
    expect(kernel.newKernelMemory(65536)).toBeUndefined();
    expect(kernel.kernelLog(Float64Array.of(1, 2))).toBeUndefined();
  });

  it('forcing "wasm" throws the whole message; "js" and "auto" are accepted', () => {
    const { kernel } = load();
    expect(() => kernel.setKernelPath("wasm")).toThrow(new Error("WebAssembly SIMD kernels are not available in this runtime"));
    expect(kernel.kernelPath()).toBe("auto");
    expect(() => kernel.setKernelPath("js")).not.toThrow();
    expect(kernel.kernelPath()).toBe("js");
    expect(() => kernel.setKernelPath("auto")).not.toThrow();
    expect(kernel.kernelPath()).toBe("auto");
  });

  it("a call's large matrix gets a plain array (not kernel memory)", () => {
    const { buffer } = load();
    buffer.beginInputCall();
    const v = buffer.inputBuffer(40000, 40);
    buffer.endInputCall();
    expect(v.length).toBe(40000);
    expect(v.byteOffset).toBe(0);
    expect(v.buffer.byteLength).toBe(40000 * 8);
  });
});

describe("decodeBase64 (oracle: Node's base64 decoder, Buffer.from(text, 'base64'))", () => {
  const node = (text: string) => Array.from(Buffer.from(text, "base64"));

  it("every length of 0 to 3 bytes mod 3, with and without padding", () => {
    for (const bytes of [[], [0], [255], [0, 1], [251, 255], [0, 0, 1], [1, 2, 3], [255, 254, 253, 252]]) {
      const text = Buffer.from(bytes).toString("base64");
      expect(Array.from(decodeBase64(text))).toEqual(bytes);
      expect(Array.from(decodeBase64(text.replace(/=+$/, "")))).toEqual(bytes);
    }
    // By hand (RFC 4648 §10): "Zm9vYmFy" is "foobar", "Zm9vYg==" is "foob".
    expect(Array.from(decodeBase64("Zm9vYmFy"))).toEqual(Array.from("foobar", (c) => c.charCodeAt(0)));
    expect(Array.from(decodeBase64("Zm9vYg=="))).toEqual(Array.from("foob", (c) => c.charCodeAt(0)));
  });

  it("any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = Buffer.from(bytes).toString("base64");
        expect(Array.from(decodeBase64(text))).toEqual(node(text));
      }),
    );
  });
});

describe("obstacleBlockRows (oracle: its docstring and the memory layout in simd-kernel.ts's module doc)", () => {
  // The output block holds max(2 × (WEIGHTED_BLOCK + 2), 4 × (m + (m & 1))) doubles.
  const outBlock = (m: number) => Math.max(2 * (WEIGHTED_BLOCK + 2), 4 * (m + (m & 1)));

  it("is the largest even row count ≥ 2 whose rows plus one spare row fit in the output block", () => {
    for (const m of [1, 2, 3, 7, 8, 50, 511, 512, 513, 1000, 1025, 4097, 9000]) {
      const rows = obstacleBlockRows(m);
      let want = 2;
      while ((want + 2 + 1) * m <= outBlock(m)) want += 2;
      expect(`${m}: ${rows}`).toBe(`${m}: ${want}`);
    }
    // By hand: one column, 2052 doubles: 2050 rows + 1 spare row fit (2052 would leave no spare row).
    expect(obstacleBlockRows(1)).toBe(2050);
  });
});
