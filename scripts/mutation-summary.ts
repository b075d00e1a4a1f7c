/**
 * Summarizes a StrykerJS JSON report (reports/mutation/<name>.json) as Markdown: the score per file
 * and every surviving or uncovered mutant with its place and replacement, so survivors can be
 * reviewed in a diff and explained (reports/mutation/equivalent-mutants.md).
 *
 *   npx tsx scripts/mutation-summary.ts reports/mutation/core.json > reports/mutation/core-summary.md
 *
 * Several reports (runs over disjoint sets of files, e.g. one layer in chunks) are summed into one
 * table: `npx tsx scripts/mutation-summary.ts reports/mutation/core-a.json reports/mutation/core-b.json`.
 */
import * as fs from "fs";

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

/** Stryker's mutation score: detected / (detected + undetected); errors and ignored ones excluded. */
function score(mutants: Mutant[]): { detected: number; valid: number; percent: number } {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const valid = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
  return { detected, valid, percent: valid === 0 ? 100 : (100 * detected) / valid };
}

function main(files: string[]): void {
  const merged: Report["files"] = {};
  for (const file of files) {
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as Report;
    for (const [name, f] of Object.entries(report.files)) {
      if (merged[name]) throw new Error(`${name} is in more than one report; give reports over disjoint files`);
      merged[name] = f;
    }
  }
  const file = files.join(" + ");
  const entries = Object.entries(merged).sort(([a], [b]) => a.localeCompare(b));
  const all = entries.flatMap(([, f]) => f.mutants);
  const total = score(all);
  const out: string[] = [`# Mutation summary: ${file}`, ""];
  out.push(`Score ${total.percent.toFixed(2)} % (${total.detected} of ${total.valid} detected; ${all.length} mutants in all).`, "");
  out.push("| file | score | detected / valid | survived | no coverage | ignored / errors |", "|---|---|---|---|---|---|");
  for (const [name, f] of entries) {
    const s = score(f.mutants);
    const count = (st: string[]) => f.mutants.filter((m) => st.includes(m.status)).length;
    out.push(
      `| ${name} | ${s.percent.toFixed(1)} % | ${s.detected} / ${s.valid} | ${count(["Survived"])} | ${count(["NoCoverage"])} | ${count(["Ignored", "CompileError", "RuntimeError"])} |`,
    );
  }
  out.push("", "## Surviving and uncovered mutants", "");
  for (const [name, f] of entries) {
    for (const m of f.mutants.filter((x) => UNDETECTED.has(x.status))) {
      const replacement = (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 100);
      out.push(`- ${name}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → \`${replacement}\``);
    }
  }
  process.stdout.write(out.join("\n") + "\n");
}

main(process.argv.length > 2 ? process.argv.slice(2) : ["reports/mutation/all.json"]);
