// ESLint flat config: @eslint/js recommended + typescript-eslint recommended on src/, test/ and scripts/.
// Correctness rules only (no formatting rules), so linting does not churn code.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
};

// Cell text and indicator names come from users' workbooks: never parse them as HTML.
const noHtmlInjection = [
  {
    selector: "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(innerHTML|outerHTML)$/]",
    message: "Do not assign innerHTML/outerHTML; build DOM nodes and set textContent instead.",
  },
  {
    selector: "AssignmentExpression[left.type='MemberExpression'][left.property.value=/^(innerHTML|outerHTML)$/]",
    message: "Do not assign innerHTML/outerHTML; build DOM nodes and set textContent instead.",
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "Do not insert HTML strings with insertAdjacentHTML; build DOM nodes instead.",
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: "Do not use document.write; build DOM nodes instead.",
  },
];

// Layers (.team-rules.md): src/i18n ← src/core ← src/functions, src/plan ← src/taskpane, src/runner.
// Nothing imports upward or sideways; relative specifiers are matched, so `../x` and `../../x` both
// count. src/i18n (languages, glossary, message catalog) is the bottom layer: every layer may import
// it and it imports nothing of ours.
const upward = (dirs, why) => ({
  regex: `^(\\.\\./)+(${dirs.join("|")})(/|$)`,
  message: why,
});
const layerImports = [
  {
    // The glossary and the message catalog: plain data and string functions, usable from every layer.
    files: ["src/i18n/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ regex: "^(?!\\./)", message: "src/i18n is the bottom layer: it imports only src/i18n (no other layer, no npm packages)." }],
      }],
    },
  },
  {
    // The method itself: pure TypeScript, so it runs unchanged in Excel, the task pane, Node and tests.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ regex: "^(?!\\./|\\.\\./i18n(/|$))", message: "src/core imports only src/core and src/i18n (no other layer, no node: or npm packages): it must stay pure and portable." }],
      }],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [upward(["plan", "taskpane", "runner", "commands"], "src/functions may import only src/core.")],
      }],
    },
  },
  {
    files: ["src/plan/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [upward(["taskpane", "runner", "commands"], "src/plan may import only src/core and src/functions.")],
      }],
    },
  },
  {
    files: ["src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [upward(["runner", "commands"], "src/taskpane must not import the headless runner.")],
      }],
    },
  },
  {
    files: ["src/runner/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [upward(["taskpane", "commands"], "src/runner is headless Node: it must not import the task pane.")],
      }],
    },
  },
];

// Office.js globals stay behind one gateway so everything else runs (and is tested) without Office.
const officeGlobals = [
  { name: "Excel", message: "Excel.* is called only in src/taskpane/excel-gateway.ts (and src/commands)." },
  { name: "Office", message: "Office.* is called only in src/taskpane/excel-gateway.ts (and src/commands)." },
];
// CustomFunctions.* belongs to the Excel side of src/functions only (the declarations and the one
// error mapping); the pure part (params, coerce, shape, recc) is what src/plan evaluates headless.
const customFunctionsGlobal = [
  { name: "CustomFunctions", message: "CustomFunctions.* is used only by the custom-function adapters in src/functions." },
];
const officeGateway = ["src/taskpane/excel-gateway.ts", "src/commands/**/*.ts"];
// The functions' one read of Office: the display language, for messages in the user's language.
const officeLocaleReader = ["src/functions/excel-locale.ts"];
const customFunctionsFiles = ["src/functions/functions.ts", "src/functions/excel-errors.ts"];
// Type positions (Excel.Range, CustomFunctions.Error) are not global references: the pure layers
// and the runner must not name Office types either.
const noOfficeTypes = {
  selector: "TSQualifiedName[left.type='Identifier'][left.name=/^(Excel|Office|OfficeExtension|CustomFunctions)$/]",
  message: "No Office.js / custom-functions types outside src/taskpane and src/functions: this layer must run without Office.",
};
const globalRules = [
  {
    files: ["src/i18n/**/*.ts", "src/core/**/*.ts", "src/plan/**/*.ts", "src/runner/**/*.ts", "src/functions/**/*.ts"],
    ignores: customFunctionsFiles,
    rules: { "no-restricted-syntax": ["error", ...noHtmlInjection, noOfficeTypes] },
  },
  {
    files: ["src/**/*.ts"],
    ignores: [...officeGateway, ...customFunctionsFiles, ...officeLocaleReader],
    rules: { "no-restricted-globals": ["error", ...officeGlobals, ...customFunctionsGlobal] },
  },
  {
    files: officeLocaleReader,
    rules: { "no-restricted-globals": ["error", ...officeGlobals.filter((g) => g.name !== "Office"), ...customFunctionsGlobal] },
  },
  {
    files: officeGateway,
    rules: { "no-restricted-globals": ["error", ...customFunctionsGlobal] },
  },
  {
    files: customFunctionsFiles,
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
];

export default tseslint.config(
  {
    ignores: ["dist/**", "build/**", "out/**", "node_modules/**", "coverage/**", "test-artifacts/**", ".stryker-tmp/**", "reports/**"],
  },
  {
    files: ["src/**/*.ts", "test/**/*.ts", "scripts/**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Excel hands custom functions any[][] ranges; `any` is the honest type at that boundary.
    files: ["src/functions/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // Custom functions are top-level functions that nothing in the source calls: the
    // custom-functions-metadata plugin appends CustomFunctions.associate("ID", fn) at build time.
    files: ["src/functions/functions.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": "off",
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...noHtmlInjection],
    },
  },
  ...layerImports,
  ...globalRules,
  {
    // Build and tool configuration (CommonJS / ESM run by Node).
    files: ["*.js", "*.cjs", "*.mjs", ".ci/**/*.js", "scripts/**/*.{js,mjs,cjs}"],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: nodeGlobals,
    },
  },
  {
    files: ["*.js", "*.cjs", "scripts/**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
  },
);
