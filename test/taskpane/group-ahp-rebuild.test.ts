/**
 * Group AHP on a rebuild (issue 10): the pane reads every expert's grid and the expert weights back
 * from the analysis sheet (the typed fake of Excel, through the gateway, as src/taskpane/pane.ts does)
 * and the rebuilt sheet holds exactly what the user typed. Oracle: the values the test typed into
 * the fake sheet, found again in the configuration and in the rebuilt plan's cells.
 */
import { validateAnalysisConfig, type AnalysisConfig, type Judgement } from "../../src/plan/analysis-config";
import { blockById, buildAnalysisPlan } from "../../src/plan/analysis-plan";
import { localAddress } from "../../src/plan/a1";
import { createGateway } from "../../src/taskpane/excel-gateway";
import { ahpGridBlocks, expertWeightsBlock, planToWrite } from "../../src/taskpane/plan-adapter";
import { parseIndicatorTable, sourceTable } from "../../src/taskpane/table-parse";
import { choicesToConfig, sheetExpertWeights, withSheetJudgements } from "../../src/taskpane/wizard";
import { fakeRun, FakeWorkbookModel, type FakeValue } from "./fake-excel";

const ROWS: FakeValue[][] = [
  ["area", "year", "x1", "x2", "x3", "y1", "y2"],
  ["A", 2020, 1, 5, 3, 2, 7],
  ["A", 2021, 2, 4, 4, 3, 6],
  ["B", 2020, 3, 2, 1, 4, 5],
  ["B", 2021, 4, 1, 2, 5, 4],
];
const ADDRESS = "Data!A1:G5";

async function setup(experts: number, weights?: number[]) {
  const model = new FakeWorkbookModel(["Data"]);
  model.setValues("Data", "A1", ROWS);
  const gw = createGateway(fakeRun(model), () => true);
  const [r] = await gw.readRanges([ADDRESS]);
  const t = parseIndicatorTable(r.address, r.values);
  const choices = (k: number, w?: number[]) =>
    choicesToConfig({
      areaColumn: t.areaColumn,
      yearColumn: t.yearColumn,
      indicators: t.indicators.map((d) => (d.name.startsWith("y") ? { ...d, role: "pressure", subsystem: d.name } : { ...d, subsystem: d.name })),
      weighting: "ahp",
      ahpLevel: "subsystem",
      combine: "multiplicative",
      seriesBy: "area",
      experts: k,
      expertWeights: w,
    });
  const planOf = (config: AnalysisConfig) => {
    const check = validateAnalysisConfig(config);
    if (!check.ok) throw new Error(check.errors.join("; "));
    return buildAnalysisPlan(check.config, sourceTable(t, config.areaColumn, config.yearColumn).source);
  };
  const config = choices(experts, weights);
  const plan = planOf(config);
  await gw.apply(planToWrite(plan, { version: 1, table: ADDRESS, sheet: plan.sheet, helperSheet: plan.helperSheet, config }));
  /** The pane's rebuild read-back (src/taskpane/pane.ts, "wz-build") for the choices now in the pane. */
  const rebuild = async (k: number, w?: number[]) => {
    const grids = ahpGridBlocks(plan);
    const weightsAt = expertWeightsBlock(plan);
    const read = await gw.readRanges([...grids.map((g) => g.address), ...(weightsAt ? [weightsAt.address] : [])]);
    const now = choices(k, w);
    const size = (role: "support" | "pressure") => (role === "support" ? 3 : 2);
    const folded = withSheetJudgements(now, grids.map((g, i) => ({ role: g.role, values: read[i].values, experts: g.experts })), size);
    let next = folded.config;
    const ex = next.weighting.ahp?.experts;
    if (ex && weightsAt) {
      const fromSheet = sheetExpertWeights(ex.map((x) => x.weight ?? 1), config.weighting.ahp?.experts?.map((x) => x.weight ?? 1), read[grids.length].values[0]);
      if (fromSheet) next = { ...next, weighting: { ...next.weighting, ahp: { ...next.weighting.ahp!, experts: ex.map((x, e) => ({ ...x, weight: fromSheet[e] })) } } };
    }
    return { config: next, notes: folded.notes, plan: planOf(next) };
  };
  /** Types a value into the cell of a block (row, column inside it), as the user does on the sheet. */
  const type = (id: string, row: number, col: number, v: FakeValue) => {
    const b = blockById(plan, id);
    model.setValues(plan.sheet, localAddress({ row: b.rect.row + row, col: b.rect.col + col, rows: 1, cols: 1 }, false), [[v]]);
  };
  return { model, plan, config, rebuild, type };
}

/** The judgement values a plan writes in a block's body (upper triangle of each g×g grid). */
function upper(plan: ReturnType<typeof buildAnalysisPlan>, id: string): (string | number | boolean)[][] {
  const b = blockById(plan, id);
  const g = b.rect.cols;
  return b.writes.at(-1)!.formulas.map((r, i) => r.filter((_, j) => j > i % g));
}

test("2 experts: the pane's choices reach the configuration, and the sheet gets both grids and the weights", async () => {
  const { config, plan } = await setup(2, [0.7, 0.3]);
  expect(config.weighting.ahp).toEqual({ level: "subsystem", experts: [{ weight: 0.7 }, { weight: 0.3 }] });
  expect(blockById(plan, "ahp.experts.support").rect.rows).toBe(6);
  expect(blockById(plan, "ahp.experts.weights.support").body).toEqual({ kind: "values", values: [[0.7, 0.3]] });
  // One expert: the single grid, as before.
  const one = await setup(1);
  expect(one.config.weighting.ahp).toEqual({ level: "subsystem" });
  expect(one.plan.blocks.some((b) => b.id === "ahp.grid.support")).toBe(true);
});

test("rebuild round trip: every expert's judgements and the weights typed on the sheet come back", async () => {
  const { rebuild, type } = await setup(2, [1, 1]);
  type("ahp.experts.support", 0, 1, 3); // expert 1, x1 vs x2
  type("ahp.experts.support", 1, 2, "1/5"); // expert 1, x2 vs x3 (a text fraction)
  type("ahp.experts.support", 3, 2, 7); // expert 2, x1 vs x3
  type("ahp.experts.pressure", 2, 1, 4); // expert 2, y1 vs y2
  type("ahp.experts.weights.support", 0, 1, 2.5); // expert 2's weight
  const { config, plan, notes } = await rebuild(2, [1, 1]);
  expect(notes).toEqual([]);
  const ex = config.weighting.ahp!.experts!;
  expect(ex.map((x) => x.weight)).toEqual([1, 2.5]);
  expect(ex[0].matrices!.support).toEqual([
    [1, 3, 1],
    [null, 1, "1/5"],
    [null, null, 1],
  ] as Judgement[][]);
  expect(ex[1].matrices!.support![0]).toEqual([1, 1, 7]);
  expect(ex[1].matrices!.pressure).toEqual([
    [1, 4],
    [null, 1],
  ]);
  // The rebuilt sheet writes them again where they were.
  expect(upper(plan, "ahp.experts.support")).toEqual([[3, 1], [1 / 5], [], [1, 7], [1], []]);
  expect(blockById(plan, "ahp.experts.weights.support").body).toEqual({ kind: "values", values: [[1, 2.5]] });
});

test("weights changed in the pane since the last build win over the sheet's", async () => {
  const { rebuild, type } = await setup(2, [1, 1]);
  type("ahp.experts.weights.support", 0, 0, 4);
  const { config } = await rebuild(2, [0.5, 0.5]);
  expect(config.weighting.ahp!.experts!.map((x) => x.weight)).toEqual([0.5, 0.5]);
});

test("more experts: the new one starts at equal importance; fewer: the dropped experts are reported; one: expert 1's grid becomes the single grid", async () => {
  const { rebuild, type } = await setup(2);
  type("ahp.experts.support", 0, 1, 5);
  type("ahp.experts.support", 3, 1, 2);
  const three = await rebuild(3);
  expect(three.notes).toEqual([]);
  const ex = three.config.weighting.ahp!.experts!;
  expect(ex).toHaveLength(3);
  expect(ex[1].matrices!.support![0]).toEqual([1, 2, 1]);
  expect(ex[2].matrices).toEqual({});
  const one = await rebuild(1);
  expect(one.config.weighting.ahp!.experts).toBeUndefined();
  expect(one.config.weighting.ahp!.matrices!.support![0]).toEqual([1, 5, 1]);
  expect(one.notes).toEqual([
    "The Support judgements of expert 2 were left out: the analysis now has 1 expert(s).",
    "The Pressure judgements of expert 2 were left out: the analysis now has 1 expert(s).",
  ]);
  expect(blockById(one.plan, "ahp.grid.support").writes.at(-1)!.formulas[0]).toEqual([1, 5, 1]);
});

test("from one grid to two experts: expert 1 keeps the single grid's judgements", async () => {
  const { rebuild, type } = await setup(1);
  type("ahp.grid.support", 0, 2, "1/3");
  const { config } = await rebuild(2);
  const ex = config.weighting.ahp!.experts!;
  expect(ex[0].matrices!.support![0]).toEqual([1, 1, "1/3"]);
  expect(ex[1].matrices).toEqual({});
});

test("sheetExpertWeights: the sheet's weights only when the pane's are the saved ones and the sheet's are valid", () => {
  expect(sheetExpertWeights([1, 1], [1, 1], [2, 1])).toEqual([2, 1]);
  expect(sheetExpertWeights([1, 2], [1, 1], [2, 1])).toBeUndefined(); // changed in the pane
  expect(sheetExpertWeights([1, 1], [1, 1], [1, 1])).toBeUndefined(); // nothing changed
  expect(sheetExpertWeights([1, 1], [1, 1], [-1, 1])).toBeUndefined();
  expect(sheetExpertWeights([1, 1], [1, 1], [0, 0])).toBeUndefined();
  expect(sheetExpertWeights([1, 1], [1, 1], ["x", 1])).toBeUndefined();
  expect(sheetExpertWeights([1, 1, 1], [1, 1], [2, 1])).toBeUndefined(); // a different number of experts
  expect(sheetExpertWeights([1, 1], undefined, [2, 1])).toBeUndefined();
});
