/**
 * The proof that the taskpane's live sheet and the headless run produce the same tables: every
 * RECC.* block of the plan is computed by calling the registered custom function from the built
 * bundle (dist/functions.js, loaded as Excel's runtime would) with the values its argument ranges
 * hold, and compared with evaluatePlan's values. Oracle: the custom functions themselves (which
 * have their own published-vector and numpy tests in test/functions).
 */
import { loadFunctionsBundle, type LoadedFunctionsBundle } from "../support/load-functions-bundle";
import { buildAnalysisPlan, type AnalysisConfig, type CellValue } from "../../src/plan";
import { evaluatePlan } from "../../src/plan/evaluate-plan";
import { BASE_CONFIG, COMBINED_CONFIG, resolved, smallPanel, MIXED_HEADERS } from "./fixtures";
import * as fs from "fs";
import * as path from "path";

const metadata = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8")) as {
  functions: { id: string; parameters: { name: string; dimensionality?: string }[] }[];
};

let fns: LoadedFunctionsBundle;
beforeAll(() => {
  fns = loadFunctionsBundle();
});

/** Excel passes a blank cell inside a range as null and an omitted-but-referenced scalar as its value. */
function excelArg(values: CellValue[][], dimensionality: string | undefined): unknown {
  if (dimensionality === "matrix") return values.map((r) => r.map((v) => (v === "" ? null : v)));
  const v = values[0][0];
  return v === "" ? null : v;
}

const INDICATOR_AHP: AnalysisConfig = {
  ...BASE_CONFIG,
  weighting: {
    method: "ahp",
    ahp: {
      level: "indicator",
      method: "geometric",
      ri: "alonso",
      matrices: {
        support: [
          [1, 3, 5],
          [null, 1, 2],
          [null, null, 1],
        ],
        pressure: [
          [1, "1/3", 2],
          [null, 1, 4],
          [null, null, 1],
        ],
      },
    },
  },
};

const CASES: [string, AnalysisConfig][] = [
  ["entropy weights", BASE_CONFIG],
  ["combined weights, AHP on subsystems", COMBINED_CONFIG],
  ["AHP weights on indicators", INDICATOR_AHP],
];

describe.each(CASES)("evaluatePlan agrees with the registered custom functions: %s", (_name, config) => {
  const table = smallPanel();
  const areas = table.slice(1).map((r) => String(r[MIXED_HEADERS.indexOf("country")]));
  const years = table.slice(1).map((r) => Number(r[0]));
  const plan = buildAnalysisPlan(resolved(config), {
    sheet: "World Bank's WDI",
    headerCell: "C4",
    headers: table[0] as string[],
    rowCount: table.length - 1,
    areas,
    years,
  });
  const evaluation = evaluatePlan(plan, table);

  test("no block fails", () => {
    expect(evaluation.errors).toEqual([]);
  });

  const spills = plan.blocks.filter((b) => b.body.kind === "spill");
  test.each(spills.map((b) => [b.id, b] as const))("%s", (_id, block) => {
    if (block.body.kind !== "spill") throw new Error("not a spill");
    const body = block.body;
    const meta = metadata.functions.find((f) => f.id === body.fn);
    expect(meta).toBeDefined();
    const args = body.args.map((a, i) => {
      const dim = meta!.parameters[i]?.dimensionality;
      if ("literal" in a) return a.literal;
      return excelArg(evaluation.model.read(a.ref.sheet, a.ref.rect), dim);
    });
    const fromExcel = fns.get(body.fn)!(...args) as unknown[][];
    const ours = evaluation.values[block.id];
    // The spill has exactly the block's shape.
    expect(fromExcel.length).toBe(block.rect.rows);
    expect(fromExcel[0].length).toBe(block.rect.cols);
    ours.forEach((row, i) =>
      row.forEach((v, j) => {
        const x = fromExcel[i][j];
        if (typeof v === "number") expect(x as number).toBeCloseTo(v, 12);
        else expect(x).toBe(v);
      }),
    );
  });
});
