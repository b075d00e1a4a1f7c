/**
 * `npm run demo` — the whole RECC method without Excel.
 *
 *   npm run demo                                   bundled World Bank sample (2000–2015)
 *   npm run demo -- --sample seed                  coupling chart of the seed study's printed S and P
 *   npm run demo -- --data FILE.csv|FILE.xlsx --config FILE.json [--out DIR]
 *
 * Writes into the output folder only (default ./out): recc-results.xlsx, coupling-chart.svg,
 * trend-chart.svg. Exit code 0 on success, 1 on bad input (the message names file, row and column),
 * 2 on a bad command line.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { runDemo, type DemoOptions } from "./demo-run";

const USAGE = `usage: npm run demo -- [--sample worldbank|seed] [--data FILE.csv|FILE.xlsx --config FILE.json] [--out DIR] [--quiet]`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        data: { type: "string" },
        config: { type: "string" },
        out: { type: "string" },
        sample: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const o = args.values;
  if (o.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (o.sample && o.data) {
    process.stderr.write(`give either --sample or --data, not both\n${USAGE}\n`);
    return 2;
  }
  if (o.data && !o.config) {
    process.stderr.write(`--data needs --config FILE.json (columns, roles, directions, subsystems; see README)\n${USAGE}\n`);
    return 2;
  }
  if (o.sample && !["worldbank", "seed"].includes(o.sample)) {
    process.stderr.write(`--sample is '${o.sample}'; use worldbank or seed\n`);
    return 2;
  }
  const options: DemoOptions = {
    data: o.data,
    config: o.config,
    sample: (o.sample as DemoOptions["sample"]) ?? (o.data ? undefined : "worldbank"),
    out: path.resolve(o.out ?? "out"),
    log: o.quiet ? () => undefined : (line: string) => process.stdout.write(`${line}\n`),
    samplesDir: path.resolve(__dirname, "../../assets/samples"),
  };
  try {
    await runDemo(options);
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

export { main };
