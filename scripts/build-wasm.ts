/**
 * `npm run wasm`: assembles src/core/wasm/kernel.wat (the SIMD kernels of the method core, issue 9
 * §2) with wabt (a dev dependency: wabt's C++ tools compiled to JavaScript/WebAssembly, no install
 * scripts) and writes the bytes, base64, to src/core/wasm/kernel-bytes.ts, which the bundle embeds
 * (no separate file, nothing fetched at run time). Deterministic: the same .wat gives the same bytes
 * (no debug names); test/core/wasm-kernel.test.ts re-assembles the .wat and compares.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { assembleKernel, kernelBytesModule } from "./wasm-assemble";

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const bytes = await assembleKernel(fs.readFileSync(path.join(root, "src/core/wasm/kernel.wat"), "utf8"));
  const out = path.join(root, "src/core/wasm/kernel-bytes.ts");
  fs.writeFileSync(out, kernelBytesModule(bytes));
  console.log(`${path.relative(root, out)}: ${bytes.length} bytes`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
