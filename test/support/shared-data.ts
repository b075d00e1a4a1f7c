/**
 * Where tests read the real data sets (World Bank raw download, China 30-city panel, Jingjinji,
 * the seed paper's text): the `shared/` folder beside the clone, or $RECC_SHARED_DIR.
 */
import * as fs from "fs";
import * as path from "path";

const REPO_ROOT = path.resolve(__dirname, "../..");

/** The shared folder: $RECC_SHARED_DIR when set, else `../shared` relative to the repository root. */
export function sharedDir(): string {
  return path.resolve(process.env.RECC_SHARED_DIR ?? path.join(REPO_ROOT, "../shared"));
}

/**
 * A file or folder inside the shared folder, e.g. sharedDataPath("data/real/x/y.csv").
 * @throws Error with one message saying where the data sets are expected and how to point there,
 *   instead of a raw ENOENT from whichever read comes first.
 */
export function sharedDataPath(...parts: string[]): string {
  const base = sharedDir();
  const full = path.join(base, ...parts);
  if (!fs.existsSync(full)) {
    const what = fs.existsSync(base) ? `${full} is missing there` : `${base} does not exist`;
    throw new Error(
      `the real data sets are read from ${base}: CI provides shared/ beside the clone; set RECC_SHARED_DIR ` +
        `to the folder holding data/real/ and seed/ to run these tests elsewhere (${what}).`,
    );
  }
  return full;
}
