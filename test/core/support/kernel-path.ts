import { setKernelPath, type KernelPath } from "../../../src/core";

/** Runs f with the kernel path forced to p ("js" or "wasm"), then back to "auto". */
export function onPath<T>(p: KernelPath, f: () => T): T {
  setKernelPath(p);
  try {
    return f();
  } finally {
    setKernelPath("auto");
  }
}
