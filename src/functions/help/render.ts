/**
 * Renders the function help pages (plain static HTML, one shared stylesheet, no scripts) from the
 * generated custom-functions metadata (description, parameters, help URL from the JSDoc of
 * functions.ts) and the help catalog (example, errors, source). Pure: returns file name → content.
 */
import { COMMON_RULES, HELP, LAYOUT } from "./catalog";
import type { FunctionId } from "../params";
import { localizeMetadata, type MetadataDocument } from "./zh-CN";

/** The parts of a functions.json entry the pages use. */
export interface FunctionMetadata {
  readonly id: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters: ReadonlyArray<{ name: string; description?: string; optional?: boolean; dimensionality?: string }>;
  readonly result?: { dimensionality?: string };
}

export const STYLESHEET_NAME = "help.css";

export const STYLESHEET = `body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #201f1e; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #edebe9; }
code, pre { font-family: Consolas, "Courier New", monospace; background: #f3f2f1; }
pre { padding: 0.6rem 0.8rem; overflow-x: auto; }
dt { font-weight: 600; margin-top: 0.6rem; }
dd { margin-left: 1.2rem; }
.optional { font-weight: normal; color: #605e5c; }
nav { font-size: 0.9rem; margin-bottom: 1rem; }
`;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Page file name of a function: the last path segment of its help URL. */
export function helpPageName(f: FunctionMetadata): string {
  const url = f.helpUrl ?? "";
  const name = url.slice(url.lastIndexOf("/") + 1);
  if (!/^[a-z-]+\.html$/.test(name)) throw new Error(`${f.id}: help URL ${url} does not end in a page name`);
  return name;
}

function page(title: string, body: string, lang = "en", stylesheet = STYLESHEET_NAME): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
${body}
</body>
</html>
`;
}

/** The syntax line: RECC.ID(a, b, [c]). */
export function syntax(f: FunctionMetadata): string {
  const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `RECC.${f.id}(${args.join(", ")})`;
}

function functionPage(f: FunctionMetadata): string {
  const help = HELP[f.id as FunctionId];
  if (!help) throw new Error(`no help catalog entry for ${f.id}`);
  const params = f.parameters
    .map(
      (p) =>
        `<dt><code>${escapeHtml(p.name)}</code>${p.optional ? ' <span class="optional">(optional)</span>' : ""}</dt>\n<dd>${escapeHtml(p.description ?? "")}</dd>`,
    )
    .join("\n");
  const list = (items: readonly string[]) => items.map((e) => `<li>${escapeHtml(e)}</li>`).join("\n");
  return page(
    `RECC.${f.id}: RECC for Excel help`,
    `<nav><a href="index.html">All RECC functions</a></nav>
<h1>RECC.${escapeHtml(f.id)}</h1>
<p>${escapeHtml(f.description ?? "")}</p>
<h2>Syntax</h2>
<pre>${escapeHtml(syntax(f))}</pre>
<h2>Arguments</h2>
<dl>
${params}
</dl>
<h2>Example</h2>
<pre>${escapeHtml(help.example)}</pre>
<p>Returns ${escapeHtml(help.exampleNote)}</p>
<p>${escapeHtml(LAYOUT)}</p>
<h2>Errors</h2>
<ul>
${list(help.errors)}
</ul>
<p>And the rules every RECC function applies:</p>
<ul>
${list(COMMON_RULES)}
</ul>
<h2>Source of the formula</h2>
<p>${escapeHtml(help.source)}</p>`,
  );
}

function indexPage(functions: readonly FunctionMetadata[]): string {
  const rows = functions
    .map(
      (f) =>
        `<li><a href="${escapeHtml(helpPageName(f))}"><code>${escapeHtml(syntax(f))}</code></a>: ${escapeHtml(f.description ?? "")}</li>`,
    )
    .join("\n");
  return page(
    "RECC for Excel: function help",
    `<h1>RECC for Excel: functions</h1>
<p>Resource and environmental carrying capacity (RECC) evaluation as Excel functions: normalization, entropy and AHP weights, support and pressure indices, the RECC index C = P/S, grades, coupling regions and obstacle degrees. Type them with the RECC. prefix, for example <code>=RECC.ENTROPYWEIGHTS(B3:Q50, B2:Q2)</code>.</p>
<ul>
${rows}
</ul>
<h2>Input rules</h2>
<ul>
${COMMON_RULES.map((r) => `<li>${escapeHtml(r)}</li>`).join("\n")}
</ul>
<h2>The example sheet</h2>
<p>${escapeHtml(LAYOUT)}</p>`,
  );
}

/** Every help file: one page per function, index.html and the stylesheet. */
export function renderHelpPages(functions: readonly FunctionMetadata[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of functions) files.set(helpPageName(f), functionPage(f));
  if (files.has("index.html")) throw new Error("a function's help page would overwrite index.html");
  files.set("index.html", indexPage(functions));
  files.set(STYLESHEET_NAME, STYLESHEET);
  return files;
}

/** Subfolder of docs/functions/ (and dist/help/) holding the Simplified Chinese pages. */
export const ZH_DIR = "zh-CN";

function zhPage(title: string, body: string): string {
  return page(title, body, "zh-CN", `../${STYLESHEET_NAME}`);
}

function zhParams(f: FunctionMetadata): string {
  return f.parameters
    .map((p) => `<dt><code>${escapeHtml(p.name)}</code>${p.optional ? ' <span class="optional">（可选）</span>' : ""}</dt>\n<dd>${escapeHtml(p.description ?? "")}</dd>`)
    .join("\n");
}

/**
 * The Simplified Chinese help pages (docs/functions/zh-CN/, the helpUrl of functions.zh-CN.json):
 * description and arguments from the zh-CN metadata (src/functions/help/zh-CN.ts), syntax and the
 * example formula as on the English page (function and argument names are the same in every
 * language), and a link to the English page for the error list and the sources of the formulas.
 */
export function renderHelpPagesZh(functions: readonly FunctionMetadata[]): Map<string, string> {
  const zh = localizeMetadata({ functions: functions as MetadataDocument["functions"] }).functions as unknown as FunctionMetadata[];
  const files = new Map<string, string>();
  for (const f of zh) {
    const name = helpPageName(f);
    files.set(
      name,
      zhPage(
        `RECC.${f.id}：RECC for Excel 帮助`,
        `<nav><a href="index.html">全部 RECC 函数</a> · <a href="../${escapeHtml(name)}">English</a></nav>
<h1>RECC.${escapeHtml(f.id)}</h1>
<p>${escapeHtml(f.description ?? "")}</p>
<h2>语法</h2>
<pre>${escapeHtml(syntax(f))}</pre>
<h2>参数</h2>
<dl>
${zhParams(f)}
</dl>
<h2>示例</h2>
<pre>${escapeHtml(HELP[f.id as FunctionId].example)}</pre>
<p>函数名与参数名在各语言中相同，公式可在中英文 Excel 之间通用。错误值（#VALUE!、#N/A 等）的完整列表及公式来源见<a href="../${escapeHtml(name)}">英文帮助页</a>；错误信息在中文 Excel 中以中文显示，并指明出错的单元格（如“data 第 3 行第 2 列为空白”）。</p>`,
      ),
    );
  }
  const rows = zh
    .map((f) => `<li><a href="${escapeHtml(helpPageName(f))}"><code>${escapeHtml(syntax(f))}</code></a>：${escapeHtml(f.description ?? "")}</li>`)
    .join("\n");
  files.set(
    "index.html",
    zhPage(
      "RECC for Excel：函数帮助",
      `<nav><a href="../index.html">English</a></nav>
<h1>RECC for Excel：函数</h1>
<p>以 Excel 函数进行资源环境承载力评价：极差标准化、熵权与层次分析法权重、支撑指数与压力指数、承载力指数 C = P/S、等级、耦合区域与障碍度。输入时加 RECC. 前缀，例如 <code>=RECC.ENTROPYWEIGHTS(B3:Q50, B2:Q2)</code>。</p>
<ul>
${rows}
</ul>`,
    ),
  );
  return files;
}

/** One README line per function: syntax, what it returns, an example formula. */
export function readmeReference(functions: readonly FunctionMetadata[]): string {
  return functions
    .map((f) => `- \`${syntax(f)}\`: ${f.description ?? ""} Example: \`${HELP[f.id as FunctionId].example}\``)
    .join("\n");
}
