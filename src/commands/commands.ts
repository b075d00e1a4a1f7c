/*
 * Ribbon command handlers (ExecuteFunction actions), none yet: the ribbon button only opens the
 * task pane (ShowTaskpane). The chunk stays because the manifest's FunctionFile is taskpane.html
 * (shared runtime) and webpack.config.js bundles this module into that page; Office.js is initialized
 * there once, by taskpane.ts through the gateway (onOfficeReady). Handlers added here register with
 * Office.actions.associate through the gateway too.
 */
export {};
