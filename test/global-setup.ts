/**
 * jest globalSetup: runs the production webpack build ONCE per jest run, so tests of dist/
 * (bundle contract, built manifest) check fresh output.
 *
 * RECC_SKIP_BUILD=1 skips the build when dist/ already holds a build (functions.js and
 * manifest.xml), e.g. when iterating on tests that don't touch the sources.
 *
 * Concurrent jest runs in one work tree take turns through an flock(1) lock (when available), since
 * webpack cleans dist/ before writing it.
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

function hasFlock(): boolean {
  if (process.platform === "win32") return false;
  const probe = spawnSync("flock", ["--version"], { stdio: "ignore" });
  return probe.status === 0;
}

export default function globalSetup(): void {
  if (
    process.env.RECC_SKIP_BUILD === "1" &&
    fs.existsSync(path.join(dist, "functions.js")) &&
    fs.existsSync(path.join(dist, "manifest.xml"))
  ) {
    process.stdout.write("\n[global-setup] RECC_SKIP_BUILD=1: using the existing dist/\n");
    return;
  }

  const webpackCli = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  if (!fs.existsSync(webpackCli)) {
    throw new Error(`[global-setup] webpack is not installed (${webpackCli} missing): run npm ci`);
  }
  const build = [process.execPath, webpackCli, "--mode", "production", "--no-color"];
  const lockName = `recc-build-${crypto.createHash("sha1").update(root).digest("hex").slice(0, 12)}.lock`;
  const [cmd, ...args] = hasFlock() ? ["flock", path.join(os.tmpdir(), lockName), ...build] : build;

  const started = Date.now();
  const result = spawnSync(cmd, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 10 * 60 * 1000,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.error || result.status !== 0) {
    throw new Error(
      `[global-setup] production build failed (${result.error ? result.error.message : `exit ${result.status}`}):\n${output}`,
    );
  }
  for (const f of ["functions.js", "functions.json", "taskpane.html", "manifest.xml"]) {
    if (!fs.existsSync(path.join(dist, f))) {
      throw new Error(`[global-setup] the build did not write dist/${f}:\n${output}`);
    }
  }
  process.stdout.write(`\n[global-setup] production build into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
