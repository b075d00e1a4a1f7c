/**
 * `npm run demo` — the whole RECC method without Excel.
 *
 *   npm run demo                                   bundled World Bank sample (2000–2015)
 *   npm run demo -- --sample seed                  coupling chart of the seed study's printed S and P
 *   npm run demo -- --data FILE.csv|FILE.xlsx --config FILE.json [--out DIR]
 *
 * Each run writes into its own folder (--out DIR overrides it) and nowhere else:
 *   World Bank sample   out/recc-results.xlsx, out/coupling-chart.svg, out/trend-chart.svg
 *   --sample seed       out/seed/seed-study-results.xlsx, out/seed/coupling-chart.svg
 *   --data FILE         out/<FILE's stem>/recc-results.xlsx, coupling-chart.svg, trend-chart.svg (with a year column)
 * and ends by listing the files it wrote (also with --quiet). Exit code 0 on success, 1 on bad input
 * (the message names file, row and column), 2 on a bad command line.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { defaultOutFolder, runDemo, type DemoOptions } from "./demo-run";

const USAGE = `usage: npm run demo -- [--sample worldbank|seed] [--data FILE.csv|FILE.xlsx --config FILE.json] [--out DIR] [--quiet]

  (no options)        the bundled World Bank sample → out/recc-results.xlsx, out/coupling-chart.svg, out/trend-chart.svg
  --sample seed       the seed study's printed S and P → out/seed/seed-study-results.xlsx, out/seed/coupling-chart.svg
  --data FILE --config FILE.json
                      your table (.csv or .xlsx) → out/<FILE's name without extension>/
  --out DIR           write into DIR instead
  --quiet             print only errors and the list of files written
  -h, --help          this text`;

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
  const sample = (o.sample as DemoOptions["sample"]) ?? (o.data ? undefined : "worldbank");
  const options: DemoOptions = {
    data: o.data,
    config: o.config,
    sample,
    out: path.resolve(o.out ?? defaultOutFolder("out", { sample, data: o.data })),
    log: o.quiet ? () => undefined : (line: string) => process.stdout.write(`${line}\n`),
    samplesDir: path.resolve(__dirname, "../../assets/samples"),
  };
  try {
    const { files } = await runDemo(options);
    const rel = (f: string) => {
      const r = path.relative(process.cwd(), f);
      return r && !r.startsWith("..") && !path.isAbsolute(r) ? r : f;
    };
    process.stdout.write(`${files.length} files written to ${rel(options.out)}${path.sep}:\n${files.map((f) => `  ${rel(f)}\n`).join("")}`);
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
