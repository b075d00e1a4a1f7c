/**
 * Tester: English left in what a Chinese user sees (`--lang zh-CN`, issue 11), on inputs the
 * existing zh tests do not use: an analysis that stops while computing (constant indicators; CRITIC
 * with one pressure indicator), a cross-section (no year column), and an inconsistent group AHP whose
 * warning points at "the AHP sheet". Oracle: no ASCII word of 4+ letters other than the user's names,
 * configuration keys and values, and the method's symbols (as test/runner/demo-lang-all.test.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { runDemo } from "../../src/runner/demo-run";
import { errorText } from "../../src/i18n";
import { readWorkbook, SAMPLES, tempDir } from "../runner/helpers";

jest.setTimeout(120000);

const ALLOWED = new Set(["RECC", "TOPSIS", "CRITIC", "Saaty", "AHPGROUP", "weighting", "experts", "matrices", "support", "pressure", "objective", "entropy", "alpha", "beta", "gamma", "delta", "north", "south", "east", "west", "city", "year", "pollution", "economy", "green", "waste", "output", "AHP", "csv", "json", "area", "cross", "const", "critic", "group", "VIII",
  // Option names and values as the user types them (--lang, topK, ccd's "standard") and the file format JSON.
  "lang", "topK", "standard", "JSON"]);
const english = (texts: string[]) => [...new Set(texts.flatMap((t) => t.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !ALLOWED.has(w)))];

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}
const base = {
  version: 1,
  areaColumn: "city",
  indicators: [
    { name: "output", role: "support", direction: 1, subsystem: "economy" },
    { name: "green", role: "support", direction: 1, subsystem: "economy" },
    { name: "waste", role: "pressure", direction: 1, subsystem: "pollution" },
  ],
};
const cities = ["alpha", "beta", "gamma", "delta", "north", "south"];

async function zh(dataText: string, config: object, tag: string): Promise<{ lines: string[]; error?: string }> {
  const lines: string[] = [];
  let error: string | undefined;
  try {
    await runDemo({ data: write(`${tag}.csv`, dataText), config: write(`${tag}.json`, JSON.stringify(config)), out: path.join(dir, tag), lang: "zh-CN", log: (l) => lines.push(l), samplesDir: SAMPLES });
  } catch (e) {
    error = errorText(e, "zh-CN"); // what the demo prints under --lang zh-CN ("错误：" + this)
  }
  return { lines, error };
}

test("an analysis that stops (no indicator varies) says why in Chinese", async () => {
  const csv = ["city,year,output,green,waste", ...cities.flatMap((c, i) => [2019, 2020].map((y) => `${c},${y},5,7,${i + y - 2018}`))].join("\n");
  const r = await zh(csv, { ...base, yearColumn: "year" }, "const");
  expect(r.error).toBeDefined();
  expect(english([r.error ?? ""])).toEqual([]);
});

test("CRITIC with one pressure indicator stops with a Chinese message", async () => {
  const csv = ["city,year,output,green,waste", ...cities.flatMap((c, i) => [2019, 2020].map((y) => `${c},${y},${i * 3 + y - 2000},${(i * 7) % 5},${i + y - 2018}`))].join("\n");
  const r = await zh(csv, { ...base, yearColumn: "year", weighting: { method: "entropy", objective: "critic" } }, "critic");
  expect(r.error).toBeDefined();
  expect(english([r.error ?? ""])).toEqual([]);
});

test("a cross-section: the terminal and the About sheet say in Chinese why there is no trend chart", async () => {
  const csv = ["city,output,green,waste", ...cities.map((c, i) => `${c},${i * 3 + 1},${(i * 7) % 5},${i + 2}`)].join("\n");
  const r = await zh(csv, { ...base, ccd: {} }, "cross");
  expect(r.error).toBeUndefined();
  const about = (await readWorkbook(path.join(dir, "cross", "recc-results.xlsx")))[0].data.flat().filter((x): x is string => typeof x === "string" && !x.startsWith("{"));
  expect(english(r.lines)).toEqual([]);
  expect(english(about.filter((t) => !/^(RECC for Excel|version|areaColumn|indicators|weighting|grades|topK|charts|ccd|topsis)/.test(t)))).toEqual([]);
});

test("the inconsistent group AHP warning names the AHP sheet by the name it has in the Chinese workbook", async () => {
  const csv = ["city,output,green,jobs,waste", ...cities.map((c, i) => `${c},${i * 3 + 1},${(i * 7) % 5},${(i * 5) % 7},${i + 2}`)].join("\n");
  const config = {
    version: 1,
    areaColumn: "city",
    indicators: [
      { name: "output", role: "support", direction: 1, subsystem: "a" },
      { name: "green", role: "support", direction: 1, subsystem: "b" },
      { name: "jobs", role: "support", direction: 1, subsystem: "c" },
      { name: "waste", role: "pressure", direction: 1, subsystem: "pollution" },
    ],
    weighting: { method: "ahp", ahp: { level: "subsystem", experts: [{ matrices: { support: [[1, 9, "1/9"], [null, 1, 9], [null, null, 1]] } }, { matrices: { support: [[1, 3, 5], [null, 1, 3], [null, null, 1]] } }] } },
  };
  const r = await zh(csv, config, "group");
  expect(r.error).toBeUndefined();
  const sheets = (await readWorkbook(path.join(dir, "group", "recc-results.xlsx"))).map((s) => s.sheet);
  const warning = r.lines.find((l) => l.includes("AHPGROUP"))!;
  expect(warning).toBeDefined();
  const named = /“([^”]+)”\s*工作表/.exec(warning)?.[1];
  expect(sheets).toContain(named);
});
