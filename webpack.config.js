/*
 * webpack 5 build of RECC for Excel (shared-runtime Excel add-in).
 *
 *   npm run build      production build into dist/ (manifest URLs rewritten to urlProd)
 *   npm run build:dev  development build into dist/ (manifest keeps https://localhost:3000/)
 *   npm run dev-server https://localhost:3000/ with Office dev certificates when available
 *
 * Output (dist/): functions.js, functions.json, functions.zh-CN.json, taskpane.html (+ taskpane.js,
 * commands.js, taskpane.css), manifest.xml, assets/icon-*.png, help/*.html, help/zh-CN/*.html.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");
// The zh-CN metadata is made from the English one by TypeScript code shared with the help pages
// and the tests (src/functions/help/zh-CN.ts), loaded through tsx (a dev dependency already).
const tsx = require("tsx/cjs/api");

/** Dev server origin; every URL in manifest.xml starts with it. */
const urlDev = "https://localhost:3000/";

/**
 * Production origin. CHANGE BEFORE PUBLISHING: the https address where the contents of dist/ are
 * hosted (with a trailing slash). It can also be given at build time:
 *   RECC_PROD_URL=https://example.com/recc/ npm run build
 */
const urlProdDefault = "https://recc-excel.example.org/";

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

const functionsEntry = "./src/functions/functions.ts";

function productionUrl() {
  const url = process.env.RECC_PROD_URL || urlProdDefault;
  if (!/^https:\/\/[^\s"'<>]+\/$/.test(url) || url.includes("localhost")) {
    throw new Error(`RECC_PROD_URL must be an https URL ending in "/" and not localhost, got: ${url}`);
  }
  return url;
}

/**
 * Rewrites every dev URL of the manifest. A string first argument to String.prototype.replace
 * changes only the first match, so replaceAll is used, and the result is checked.
 */
function manifestForProduction(xml, urlProd) {
  const out = xml.replaceAll(urlDev, urlProd);
  if (/localhost/i.test(out)) {
    throw new Error("dist/manifest.xml still mentions localhost after rewriting the dev URLs");
  }
  return out;
}

/**
 * HTTPS options for the dev server: Office dev certificates (created and trusted on first use by
 * office-addin-dev-certs), else webpack's self-signed ones. RECC_DEV_CERTS=0 skips the Office
 * certificates (headless use, machines where the trust store must not change).
 */
async function httpsServer() {
  if (process.env.RECC_DEV_CERTS === "0") return { type: "https" };
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (err) {
    console.warn(
      `office-addin-dev-certs unavailable (${err && err.message}); using a self-signed certificate ` +
        "that Office will not trust until you install the dev certificates (npx office-addin-dev-certs install).",
    );
    return { type: "https" };
  }
}

/**
 * Emits dist/help/index.html listing the help pages when docs/functions/ has no index.html of its
 * own, so that the manifest's SupportUrl always resolves.
 */
class HelpIndexPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpIndexPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HelpIndexPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          if (assets["help/index.html"]) return;
          const pages = Object.keys(assets)
            .filter((name) => /^help\/[^/]+\.html$/.test(name))
            .map((name) => name.slice("help/".length))
            .sort();
          const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
          const items = pages
            .map((p) => `<li><a href="${escape(p)}">${escape(p.replace(/\.html$/, "").toUpperCase())}</a></li>`)
            .join("\n      ");
          const html = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>RECC for Excel: help</title></head>
  <body>
    <h1>RECC for Excel: function help</h1>
    <ul>
      ${items || "<li>No help pages were built.</li>"}
    </ul>
  </body>
</html>
`;
          compilation.emitAsset("help/index.html", new sources.RawSource(html));
        },
      );
    });
  }
}

/** The localized metadata files, by locale (the manifest's bt:Override for Functions.Metadata.Url). */
const LOCALIZED_METADATA = { "zh-CN": "functions.zh-CN.json" };

/**
 * Emits dist/functions.zh-CN.json from the generated English functions.json and the translation
 * table keyed by function id and parameter name, so the two cannot drift: a function or parameter
 * without Chinese text fails the build.
 */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          const en = assets["functions.json"];
          if (!en) return;
          const { localizeMetadata } = tsx.require("./src/functions/help/zh-CN.ts", __filename);
          const zh = localizeMetadata(JSON.parse(en.source().toString()));
          compilation.emitAsset(LOCALIZED_METADATA["zh-CN"], new sources.RawSource(`${JSON.stringify(zh, null, 2)}\n`));
        },
      );
    });
  }
}

/**
 * Production: rewrites the dev origin in functions.json too (the @helpurl of each function is
 * written against https://localhost:3000/help/ in the JSDoc), so no built file points at localhost.
 */
class ProductionUrlsPlugin {
  constructor(urlProd) {
    this.urlProd = urlProd;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of ["functions.json", ...Object.values(LOCALIZED_METADATA)]) {
            if (!assets[name]) continue;
            const text = assets[name].source().toString().replaceAll(urlDev, this.urlProd);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const watching = serving || Boolean(env && env.WEBPACK_WATCH) || Boolean(argv.watch);
  const urlProd = dev ? null : productionUrl();

  return {
    mode: dev ? "development" : "production",
    // Plain source maps (no eval): dist/functions.js must evaluate in a bare context.
    devtool: "source-map",
    target: ["web", "es2020"],
    entry: {
      functions: functionsEntry,
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Relative URLs in taskpane.html, so dist/ can be hosted under any path.
      publicPath: "",
      // The custom-functions runtime has `self` but no `document`/`window` guarantees.
      globalObject: "self",
      clean: true,
      devtoolModuleFilenameTemplate: "webpack:///[resource-path]?[loaders]",
    },
    // One self-contained file per entry: no runtime chunk, no split vendor chunks, no chunk
    // loading (which would need `document` to add <script> tags) in functions.js.
    optimization: {
      runtimeChunk: false,
      splitChunks: false,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              // Watch/serve: transpile only. ts-loader's incremental type check mis-reports the
              // CustomFunctions.associate lines the metadata plugin appends to functions.ts as
              // errors in every file on rebuilds. Types are checked by the one-shot builds and by
              // `npm run lint` (tsc --noEmit).
              transpileOnly: watching,
              // ES modules for webpack (tree shaking); tsconfig.json keeps commonjs for jest/tsx.
              compilerOptions: { module: "es2020", noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      // Generates dist/functions.json from the JSDoc tags of the functions file and appends a
      // CustomFunctions.associate("ID", fn) call for each function to that file at build time.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: functionsEntry,
      }),
      // Shared runtime: Excel opens taskpane.html (manifest Runtime/Page/FunctionFile =
      // Taskpane.Url) as the one runtime for the pane, the ribbon and the custom functions, so
      // that page must load the functions and commands code itself. This follows Microsoft's
      // "Configure your Office Add-in to use a shared runtime" (chunks: taskpane, commands,
      // functions; no separate functions.html / commands.html). No polyfill chunk: we target
      // ES2020 runtimes (Edge WebView2 / Safari / current browsers).
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "commands", "functions"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/*.css", to: "[name][ext]", noErrorOnMissing: true },
          // Function help pages (the @helpurl targets) and their static files.
          { from: "docs/functions/*.{html,css,png,svg}", to: "help/[name][ext]", noErrorOnMissing: true },
          { from: "docs/functions/zh-CN/*.html", to: "help/zh-CN/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : manifestForProduction(content.toString(), urlProd);
            },
          },
        ],
      }),
      new LocalizedMetadataPlugin(),
      new HelpIndexPlugin(),
      ...(dev ? [] : [new ProductionUrlsPlugin(urlProd)]),
    ],
    devServer: {
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await httpsServer() : "https",
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
