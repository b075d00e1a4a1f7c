/**
 * The help pages shipped with the add-in (docs/functions/, copied to dist/help/ by webpack): one
 * per function plus index.html and help.css, generated from the JSDoc of functions.ts and
 * src/functions/help/catalog.ts. Fails when the committed pages are stale: run `npm run docs:help`.
 */
import * as fs from "fs";
import * as path from "path";
import { HELP } from "../../src/functions/help/catalog";
import { renderHelpPages, syntax, type FunctionMetadata } from "../../src/functions/help/render";
import { HELP_DIR, functionMetadata } from "../../scripts/write-help-pages";

let functions: FunctionMetadata[];
let pages: Map<string, string>;
beforeAll(async () => {
  functions = await functionMetadata();
  pages = renderHelpPages(functions);
});

it("the committed docs/functions/ files equal the generated ones (else run npm run docs:help)", () => {
  const committed = fs.readdirSync(HELP_DIR).filter((f) => /\.(html|css)$/.test(f)).sort();
  expect(committed).toEqual([...pages.keys()].sort());
  for (const [name, content] of pages) expect({ name, content: fs.readFileSync(path.join(HELP_DIR, name), "utf8") }).toEqual({ name, content });
});

it("has a page per function with syntax, every argument, an example formula, errors and a source", () => {
  expect(Object.keys(HELP)).toEqual(functions.map((f) => f.id));
  for (const f of functions) {
    const html = pages.get(path.basename(f.helpUrl!))!;
    expect(html).toContain(`<h1>RECC.${f.id}</h1>`);
    expect(html).toContain(`<pre>${syntax(f)}</pre>`);
    for (const p of f.parameters) expect(html).toContain(`<dt><code>${p.name}</code>`);
    expect(html).toMatch(new RegExp(`<pre>=RECC\\.${f.id}\\(`));
    expect(html).toMatch(/<h2>Errors<\/h2>\n<ul>\n<li>#(VALUE!|N\/A|DIV\/0!)/);
    expect(html).toMatch(/<h2>Source of the formula<\/h2>\n<p>\S/);
  }
});

it("is plain static HTML: no scripts, no inline handlers, only relative links", () => {
  for (const [name, html] of pages) {
    if (!name.endsWith(".html")) continue;
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    for (const [, href] of html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(href).toMatch(/^[a-z-]+\.(html|css)$/);
  }
});

it("index.html links every function page", () => {
  const index = pages.get("index.html")!;
  for (const f of functions) expect(index).toContain(`href="${path.basename(f.helpUrl!)}"`);
});
