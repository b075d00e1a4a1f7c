/**
 * `npm run samples [-- --shared DIR] [--out DIR]`: rebuilds assets/samples/ from the real data sets
 * in ../shared with src/runner/build-samples.ts (test/runner/build-samples.test.ts checks the
 * committed files equal what it makes). Dev-only: ../shared is not shipped.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { buildSamples } from "../src/runner/build-samples";

const { values } = parseArgs({ options: { shared: { type: "string" }, out: { type: "string" } } });
const root = path.resolve(__dirname, "..");
const shared = path.resolve(values.shared ?? process.env.RECC_SHARED_DIR ?? path.join(root, "../shared"));
const out = path.resolve(values.out ?? path.join(root, "assets/samples"));
buildSamples(shared, out).then(
  (files) => files.forEach((f) => process.stdout.write(`wrote ${path.relative(process.cwd(), f)}\n`)),
  (e) => {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
