import { buildAnalysisPlan } from "../../src/plan/analysis-plan";
import { evaluatePlan } from "../../src/plan/evaluate-plan";
import { BASE_CONFIG, COMBINED_CONFIG, MIXED_HEADERS, resolved, smallPanel } from "../plan/fixtures";
import { computeWorkbook, planWorkbook, plannedSizes } from "./excel-engine";

test("smoke", () => {
  const table = smallPanel();
  for (const cfg of [BASE_CONFIG, COMBINED_CONFIG]) {
  const plan = buildAnalysisPlan(resolved(cfg), { sheet: "Data", headerCell: "B3", headers: MIXED_HEADERS, rowCount: table.length - 1, areas: table.slice(1).map((r) => String(r[3])), years: table.slice(1).map((r) => Number(r[0])) });
  const ev = evaluatePlan(plan, table);
  const eng = computeWorkbook(planWorkbook(plan, table), { predicted: plannedSizes(plan) });
  let worst = 0;
  for (const b of plan.blocks) {
    const a = ev.values[b.id];
    const e = eng.read(b.sheet, b.rect);
    a.forEach((row, i) => row.forEach((v, j) => {
      const w = e[i][j];
      if (typeof v === "number" && typeof w === "number") worst = Math.max(worst, Math.abs(v - w));
      else if (v !== w && i === 0 && j === 0) console.log(b.id, i, j, JSON.stringify(v), JSON.stringify(w), eng.message(b.sheet, b.address.split(":")[0]));
    }));
  }
  console.log("worst", worst);
  }
});
