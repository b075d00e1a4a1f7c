/**
 * The demo's command line as a new user meets it (issue 13 items 4, 6, 7, 9, 10): usage errors,
 * relative paths from the folder npm was run in, one folder per data file, an --out that cannot be a
 * folder, and the wording of counts.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main, userDir } from "../../src/runner/demo";
import { defaultOutFolder } from "../../src/runner/demo-run";
import { plural } from "../../src/runner/text";
import { captureStream, ROOT, tempDir, twoIndicatorConfig } from "./helpers";

jest.setTimeout(120000);

const CFG = twoIndicatorConfig();
const CSV = "city,year,a,b\nX,2000,1,2\nX,2001,2,3\nY,2000,3,1\nY,2001,4,4\n";

const capture = captureStream;

describe("usage errors", () => {
  test("--config without --data exits 2 and says --data is missing (it never runs the sample with that configuration)", async () => {
    const err = capture(process.stderr);
    const out = capture(process.stdout);
    try {
      expect(await main(["--config", "mine.json"])).toBe(2);
    } finally {
      err.restore();
      out.restore();
    }
    expect(err.text()).toMatch(/^--config needs --data FILE\.csv\|FILE\.xlsx .*; --data is missing\n/);
    expect(err.text()).toContain("usage: npm run demo");
    expect(out.text()).toBe("");
  });

  test("--help says how relative paths are resolved", async () => {
    const out = capture(process.stdout);
    try {
      expect(await main(["--help"])).toBe(0);
    } finally {
      out.restore();
    }
    expect(out.text()).toContain("Relative paths (FILE, DIR and the default out/) are taken from the folder you ran npm in\n(npm passes it as INIT_CWD), else from the current folder.");
  });
});

describe("relative paths and output folders", () => {
  let dir: string;
  const saved = process.env.INIT_CWD;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.INIT_CWD;
    else process.env.INIT_CWD = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("relative --data, --config and the default out/ resolve against INIT_CWD (where npm was run), not the repository", async () => {
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "sub", "d.csv"), CSV);
    fs.writeFileSync(path.join(dir, "sub", "c.json"), JSON.stringify(CFG));
    process.env.INIT_CWD = dir;
    expect(userDir()).toBe(dir);
    const out = capture(process.stdout);
    let code: number;
    try {
      code = await main(["--data", "sub/d.csv", "--config", path.join("sub", "c.json"), "--quiet"]);
    } finally {
      out.restore();
    }
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "out", "d_csv")).sort()).toEqual(["coupling-chart.svg", "recc-results.xlsx", "trend-chart.svg"]);
    expect(fs.existsSync(path.join(ROOT, "out", "d_csv"))).toBe(false);
    // The list of files is relative to the same folder.
    expect(out.text()).toContain(`3 files written to ${path.join("out", "d_csv")}${path.sep}:`);
  });

  test("without INIT_CWD (run outside npm) the current folder is used", () => {
    delete process.env.INIT_CWD;
    expect(userDir()).toBe(process.cwd());
    expect(userDir({ INIT_CWD: "relative/not/allowed" })).toBe(process.cwd());
  });

  test("x.csv and x.xlsx get their own folders (out/x_csv/, out/x_xlsx/), so neither run replaces the other", () => {
    expect(defaultOutFolder("out", { data: "/data/x.csv" })).toBe(path.join("out", "x_csv"));
    expect(defaultOutFolder("out", { data: "x.xlsx" })).toBe(path.join("out", "x_xlsx"));
    expect(defaultOutFolder("out", { data: "/x/My data.v2.XLSX" })).toBe(path.join("out", "My_data.v2_xlsx"));
    expect(defaultOutFolder("out", { data: "noext" })).toBe(path.join("out", "noext"));
  });
});

describe("--out on a path that cannot be a folder", () => {
  test("under /proc: exit 1 with a sentence, promptly (a kill timer fails the test instead of hanging)", async () => {
    expect(fs.existsSync("/proc/self")).toBe(true); // Linux, as in CI
    const target = "/proc/recc-no-such-folder/out";
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "src/runner/demo.ts"), "--sample", "seed", "--out", target, "--quiet"], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let killed = false;
    // Node's recursive mkdir used to spin here at 100 % CPU forever; 60 s is far beyond a normal run (~2 s).
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, 60000);
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    clearTimeout(timer);
    expect(killed).toBe(false);
    expect(code).toBe(1);
    // As root /proc passes the permission check and the file system refuses the folder; as a user the check refuses it first.
    expect([
      `error: --out ${target}: cannot create a folder there (the file system refuses it); give another folder\n`,
      `error: --out ${target} cannot be created: no permission to write in /proc; give a folder you can write to\n`,
    ]).toContain(stderr);
  });
});

describe("counts are worded in the right number", () => {
  test("plural", () => {
    expect(plural(1, "area")).toBe("1 area");
    expect(plural(2, "area")).toBe("2 areas");
    expect(plural(0, "row")).toBe("0 rows");
    expect(plural(1, "complete row")).toBe("1 complete row");
  });
});
