/**
 * `npm run demo` — the whole RECC method without Excel.
 *
 *   npm run demo                                   bundled World Bank sample (2000–2015)
 *   npm run demo -- --sample seed                  coupling chart of the seed study's printed S and P
 *   npm run demo -- --data FILE.csv|FILE.xlsx --config FILE.json [--out DIR]
 *   npm run demo -- --lang zh-CN                   the same outputs in Simplified Chinese
 *
 * Each run writes into its own folder (--out DIR overrides it) and nowhere else:
 *   World Bank sample   out/recc-results.xlsx, out/coupling-chart.svg, out/trend-chart.svg
 *   --sample seed       out/seed/seed-study-results.xlsx, out/seed/coupling-chart.svg
 *   --data FILE         out/<FILE's name>_<extension>/recc-results.xlsx, coupling-chart.svg, trend-chart.svg
 *                       (the trend chart with a year column and at least two years)
 * Relative paths are resolved against the folder npm was run in (INIT_CWD), else the current folder.
 * and ends by listing the files it wrote (also with --quiet). Exit code 0 on success, 1 on bad input
 * (the message names file, row and column), 2 on a bad command line.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { errorText, msg, renderMessage, resolveLocale, type Locale, type MessageId } from "../i18n";
import { reportText } from "../i18n/report-text";
import { encodingName, ENCODINGS } from "./encoding";
import { defaultOutFolder, runDemo, type DemoOptions } from "./demo-run";

/** The usage text in a language (English by default: --help before --lang is read, or --lang unknown). */
const usage = (lang: Locale = "en") => renderMessage(msg("cli.usage"), lang);
const USAGE = usage();

/**
 * --lang: en or zh-CN, as language tags (case and "_" for "-" ignored, so zh_CN and en_US work):
 * any English tag is en, and a Simplified Chinese one (zh, zh-Hans, zh-SG…) zh-CN by the rule the
 * add-in applies to Office's language (resolveLocale); anything else (fr, zh-TW…) is refused.
 */
export function langOption(given: string): Locale | undefined {
  const tag = given.trim().replace(/_/g, "-").toLowerCase();
  if (tag === "en" || tag.startsWith("en-")) return "en";
  return /^zh(-|$)/.test(tag) && resolveLocale(tag) === "zh-CN" ? "zh-CN" : undefined;
}

/** The folder relative paths are resolved against: where the user ran npm (INIT_CWD), else the current folder. */
export function userDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD && path.isAbsolute(env.INIT_CWD) ? env.INIT_CWD : process.cwd();
}

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
        highlight: { type: "string" },
        quiet: { type: "boolean" },
        lang: { type: "string" },
        encoding: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const o = args.values;
  const lang = o.lang === undefined ? "en" : langOption(o.lang);
  if (o.help) {
    process.stdout.write(`${usage(lang)}\n`);
    return 0;
  }
  // The command line's own problems in --lang when it is a known one (the usage text stays English).
  const say = (id: MessageId, args: Record<string, string> = {}) => renderMessage(msg(id, args), lang ?? "en");
  if (o.sample && o.data) {
    process.stderr.write(`${say("cli.sampleAndData")}\n${usage(lang)}\n`);
    return 2;
  }
  if (o.data && !o.config) {
    process.stderr.write(`${say("cli.dataNeedsConfig")}\n${usage(lang)}\n`);
    return 2;
  }
  if (o.config && !o.data) {
    process.stderr.write(`${say("cli.configNeedsData")}\n${usage(lang)}\n`);
    return 2;
  }
  if (o.sample && !["worldbank", "seed"].includes(o.sample)) {
    process.stderr.write(`${say("cli.sample", { value: o.sample })}\n`);
    return 2;
  }
  if (!lang) {
    process.stderr.write(`${say("cli.lang", { value: o.lang ?? "" })}\n${usage()}\n`);
    return 2;
  }
  if (o.encoding !== undefined && !encodingName(o.encoding)) {
    process.stderr.write(`${say("cli.encoding", { value: o.encoding, list: ENCODINGS.join(", ") })}\n`);
    return 2;
  }
  if (o.out !== undefined && o.out.trim() === "") {
    process.stderr.write(`${say("cli.outEmpty")}\n${usage(lang)}\n`);
    return 2;
  }
  const sample = (o.sample as DemoOptions["sample"]) ?? (o.data ? undefined : "worldbank");
  const base = userDir();
  const highlight = o.highlight?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const options: DemoOptions = {
    data: o.data && path.resolve(base, o.data),
    config: o.config && path.resolve(base, o.config),
    sample,
    highlight,
    lang,
    encoding: o.encoding,
    out: path.resolve(base, o.out ?? defaultOutFolder("out", { sample, data: o.data })),
    log: o.quiet ? () => undefined : (line: string) => process.stdout.write(`${line}\n`),
    samplesDir: path.resolve(__dirname, "../../assets/samples"),
  };
  try {
    const { files } = await runDemo(options);
    const rel = (f: string) => {
      const r = path.relative(base, f);
      return r && !r.startsWith("..") && !path.isAbsolute(r) ? r : f;
    };
    process.stdout.write(`${reportText("sum.filesWritten", lang, { n: files.length, dir: `${rel(options.out).replace(/[\\/]*$/, "")}${path.sep}` })}\n${files.map((f) => `  ${rel(f)}\n`).join("")}`);
    return 0;
  } catch (e) {
    process.stderr.write(`${renderMessage(msg("run.error", { text: errorText(e, lang) }), lang)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

export { main };
