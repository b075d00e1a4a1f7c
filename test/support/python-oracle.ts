/**
 * Runs an independent numpy oracle inside the suite (python3 with numpy, as CI provides; .ci/run
 * checks it up front): the script gets its input as JSON on stdin with `--json` and prints JSON.
 */
import { execFileSync } from "child_process";

/** Runs `python3 script --json` with `input` as JSON on stdin and parses its JSON output. */
export function runPythonOracle<T>(script: string, input?: unknown): T {
  const out = execFileSync("python3", [script, "--json"], {
    input: input === undefined ? "" : JSON.stringify(input),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}
