/*
 * PLACEHOLDER custom-functions entry (replaced by the RECC functions).
 *
 * Build contract: every custom function is a top-level `function` declaration in this file with a
 * JSDoc `@customfunction` tag. custom-functions-metadata-plugin generates dist/functions.json from
 * it and appends `CustomFunctions.associate("ID", fn)` for each one at build time. The bundle must
 * not touch `document`, `Office` or `Excel` when it loads.
 */

/**
 * Returns "RECC ready" to show that the add-in's functions are loaded.
 * @customfunction PING
 * @returns The text "RECC ready".
 */
function ping(): string {
  return "RECC ready";
}
