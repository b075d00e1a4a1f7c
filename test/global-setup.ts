/**
 * jest globalSetup: runs the production webpack build ONCE per jest run, so tests of dist/
 * (bundle contract, built manifest) check fresh output.
 *
 * RECC_SKIP_BUILD=1 skips the build when dist/ already holds a build (functions.js and
 * manifest.xml), e.g. when iterating on tests that don't touch the sources.
 *
 * Concurrent builds take turns through the lock in ./support/build-dist.
 */
import * as fs from "fs";
import * as path from "path";
import { buildDist, ROOT } from "./support/build-dist";

const dist = path.join(ROOT, "dist");

export default function globalSetup(): void {
  if (
    process.env.RECC_SKIP_BUILD === "1" &&
    fs.existsSync(path.join(dist, "functions.js")) &&
    fs.existsSync(path.join(dist, "manifest.xml"))
  ) {
    process.stdout.write("\n[global-setup] RECC_SKIP_BUILD=1: using the existing dist/\n");
    return;
  }

  let build: { seconds: number; output: string };
  try {
    build = buildDist();
  } catch (e) {
    throw new Error(`[global-setup] ${(e as Error).message}`);
  }
  const output = build.output;
  for (const f of ["functions.js", "functions.json", "taskpane.html", "manifest.xml"]) {
    if (!fs.existsSync(path.join(dist, f))) {
      throw new Error(`[global-setup] the build did not write dist/${f}:\n${output}`);
    }
  }
  process.stdout.write(`\n[global-setup] production build into dist/ in ${build.seconds.toFixed(1)} s\n`);
}
