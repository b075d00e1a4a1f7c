/**
 * `npm run docs:help`: writes docs/functions/*.html and help.css from the JSDoc of
 * src/functions/functions.ts (through the metadata generator's JS API) and src/functions/help/catalog.ts,
 * and the Simplified Chinese pages docs/functions/zh-CN/*.html from the translation table
 * src/functions/help/zh-CN.ts.
 * webpack copies docs/functions/ to dist/help/; test/functions/help-pages.test.ts fails when the
 * committed pages are out of date. `--readme` prints the README's function reference instead.
 * Dev-only tool (custom-functions-metadata is a dev dependency): nothing in the add-in imports it.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ZH_DIR, readmeReference, renderHelpPages, renderHelpPagesZh, type FunctionMetadata } from "../src/functions/help/render";

const ROOT = path.resolve(__dirname, "..");
export const FUNCTIONS_FILE = path.join(ROOT, "src", "functions", "functions.ts");
export const HELP_DIR = path.join(ROOT, "docs", "functions");

/** The functions' metadata as the build generates it. @throws when the generator reports errors. */
export async function functionMetadata(): Promise<FunctionMetadata[]> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  if (generated.errors.length > 0) throw new Error(`custom-functions-metadata: ${generated.errors.join("; ")}`);
  return JSON.parse(generated.metadataJson).functions as FunctionMetadata[];
}

async function main(): Promise<void> {
  const functions = await functionMetadata();
  if (process.argv.includes("--readme")) {
    process.stdout.write(`${readmeReference(functions)}\n`);
    return;
  }
  fs.mkdirSync(path.join(HELP_DIR, ZH_DIR), { recursive: true });
  for (const [name, content] of renderHelpPages(functions)) fs.writeFileSync(path.join(HELP_DIR, name), content);
  for (const [name, content] of renderHelpPagesZh(functions)) fs.writeFileSync(path.join(HELP_DIR, ZH_DIR, name), content);
  process.stdout.write(`wrote ${functions.length + 2} files to ${path.relative(ROOT, HELP_DIR)}/ and ${functions.length + 1} to ${ZH_DIR}/\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
