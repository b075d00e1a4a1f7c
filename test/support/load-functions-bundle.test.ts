/**
 * The bundle loader (test/support/load-functions-bundle.ts) and the built dist/functions.js:
 * every function in dist/functions.json is registered by evaluating dist/functions.js in a bare
 * context that has only CustomFunctions and self/window.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CustomFunctionsError, ErrorCode, loadFunctionsBundle } from "./load-functions-bundle";

const dist = path.resolve(__dirname, "..", "..", "dist");

describe("loadFunctionsBundle on a synthetic bundle", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "recc-bundle-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, code: string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, code);
    return f;
  };

  it("offers only CustomFunctions and self/window: no DOM, Office, Excel, timers or require", () => {
    const f = write(
      "globals.js",
      `CustomFunctions.associate("GLOBALS", function () {
         return [typeof document, typeof Office, typeof Excel, typeof setTimeout,
                 typeof require, self === globalThis, window === globalThis].join(",");
       });`,
    );
    const fns = loadFunctionsBundle(f);
    expect(fns.get("GLOBALS")!()).toBe("undefined,undefined,undefined,undefined,undefined,true,true");
  });

  it("hands the bundle a CustomFunctions.Error that tests can check with instanceof", () => {
    const f = write(
      "error.js",
      `CustomFunctions.associate({
         FAIL: function () { throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "bad input"); },
         OK: function (x) { return x; },
       });`,
    );
    const fns = loadFunctionsBundle(f);
    expect(fns.Error).toBe(CustomFunctionsError);
    expect(fns.ErrorCode.notAvailable).toBe("#N/A");
    let thrown: unknown;
    try {
      fns.get("FAIL")!();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CustomFunctionsError);
    expect((thrown as CustomFunctionsError).code).toBe(ErrorCode.invalidValue);
    expect((thrown as CustomFunctionsError).message).toBe("bad input");
    expect(fns.get("OK")!(42)).toBe(42);
  });

  it("rejects a bundle that registers an id twice or touches the DOM", () => {
    expect(() =>
      loadFunctionsBundle(write("twice.js", `CustomFunctions.associate("A", function () {}); CustomFunctions.associate("A", function () {});`)),
    ).toThrow(/twice/);
    expect(() => loadFunctionsBundle(write("dom.js", `document.title = "x";`))).toThrow(/document is not defined/);
  });
});

describe("dist/functions.js (production build)", () => {
  it("registers exactly the functions listed in dist/functions.json", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as {
      functions: Array<{ id: string }>;
    };
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    const fns = loadFunctionsBundle();
    expect([...fns.keys()].sort()).toEqual(ids);
  });
});
