// ESLint flat config: @eslint/js recommended + typescript-eslint recommended on src/ and test/.
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

export default tseslint.config(
  {
    ignores: ["dist/**", "build/**", "out/**", "node_modules/**", "coverage/**", "test-artifacts/**"],
  },
  {
    files: ["src/**/*.ts", "test/**/*.ts"],
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
