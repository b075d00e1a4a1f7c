/**
 * The Simplified Chinese help pages (docs/functions/zh-CN/, shipped as dist/help/zh-CN/, the
 * helpUrl of every function in functions.zh-CN.json). Fails when the committed pages are stale:
 * run `npm run docs:help`.
 */
import * as fs from "fs";
import * as path from "path";
import { ZH_DIR, renderHelpPagesZh, syntax, type FunctionMetadata } from "../../src/functions/help/render";
import { FUNCTIONS_ZH } from "../../src/functions/help/zh-CN";
import { HELP_DIR, functionMetadata } from "../../scripts/write-help-pages";

const root = path.resolve(__dirname, "..", "..");
let functions: FunctionMetadata[];
let pages: Map<string, string>;
beforeAll(async () => {
  functions = await functionMetadata();
  pages = renderHelpPagesZh(functions);
});

it("the committed docs/functions/zh-CN/ files equal the generated ones (else run npm run docs:help)", () => {
  const dir = path.join(HELP_DIR, ZH_DIR);
  expect(fs.readdirSync(dir).sort()).toEqual([...pages.keys()].sort());
  for (const [name, content] of pages) expect({ name, content: fs.readFileSync(path.join(dir, name), "utf8") }).toEqual({ name, content });
});

it("has a Chinese page per function: description, syntax, every argument in Chinese, the example, a link to the English page", () => {
  for (const f of functions) {
    const name = path.basename(f.helpUrl!);
    const html = pages.get(name)!;
    const zh = FUNCTIONS_ZH[f.id as keyof typeof FUNCTIONS_ZH];
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(`<h1>RECC.${f.id}</h1>`);
    expect(html).toContain(`<pre>${syntax(f)}</pre>`);
    expect(html).toContain(`<p>${zh.description.replace(/&/g, "&#38;").replace(/</g, "&#60;").replace(/>/g, "&#62;").replace(/"/g, "&#34;").replace(/'/g, "&#39;")}</p>`);
    for (const p of f.parameters) expect(html).toContain(`<dt><code>${p.name}</code>`);
    expect(html).toContain(`href="../${name}"`);
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
  }
  const index = pages.get("index.html")!;
  for (const f of functions) expect(index).toContain(`href="${path.basename(f.helpUrl!)}"`);
});

it("the build ships them where functions.zh-CN.json's help links point", () => {
  const zh = JSON.parse(fs.readFileSync(path.join(root, "dist", "functions.zh-CN.json"), "utf8")) as { functions: { helpUrl: string }[] };
  for (const f of zh.functions) {
    const rel = f.helpUrl.replace(/^https:\/\/[^/]+\/(.*\/)?help\//, "help/");
    expect({ rel, exists: fs.existsSync(path.join(root, "dist", rel)) }).toEqual({ rel, exists: true });
    expect(rel).toMatch(/^help\/zh-CN\/[a-z-]+\.html$/);
  }
});
