/*
 * Ribbon command handlers. In the shared runtime these run in the task pane's page (the manifest's
 * FunctionFile is Taskpane.Url), so this module is bundled into taskpane.html. The ribbon button
 * currently only opens the task pane (a ShowTaskpane action, no code needed); ExecuteFunction
 * handlers go here and are registered with Office.actions.associate.
 */

Office.onReady(() => {
  // No ExecuteFunction commands yet.
});
