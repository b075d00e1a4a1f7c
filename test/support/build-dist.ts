/**
 * The production build of dist/, shared by the jest globalSetup and the bench.
 *
 * Concurrent builds in one work tree take turns through an flock(1) lock (when available), since
 * webpack cleans dist/ before writing it.
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");

function hasFlock(): boolean {
  if (process.platform === "win32") return false;
  return spawnSync("flock", ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Runs `webpack --mode production` in the repository under the shared lock.
 * @throws Error with webpack's output when webpack is missing or the build fails.
 */
export function buildDist(): { seconds: number; output: string } {
  const webpackCli = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  if (!fs.existsSync(webpackCli)) throw new Error(`webpack is not installed (${webpackCli} missing): run npm ci`);
  const build = [process.execPath, webpackCli, "--mode", "production", "--no-color"];
  const lockName = `recc-build-${crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`;
  const [cmd, ...args] = hasFlock() ? ["flock", path.join(os.tmpdir(), lockName), ...build] : build;
  const started = Date.now();
  const result = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 10 * 60 * 1000,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.error || result.status !== 0) {
    throw new Error(`production build failed (${result.error ? result.error.message : `exit ${result.status}`}):\n${output}`);
  }
  return { seconds: (Date.now() - started) / 1000, output };
}
