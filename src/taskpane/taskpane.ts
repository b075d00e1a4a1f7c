/*
 * Task pane entry: waits for Office.js, then starts the pane over the real workbook gateway.
 * All Office.js calls live in excel-gateway.ts; the UI logic lives in pane.ts.
 */
import { officeGateway, onOfficeReady } from "./excel-gateway";
import { startPane } from "./pane";

onOfficeReady((inExcel) => {
  const status = document.getElementById("status");
  if (!inExcel) {
    if (status) status.textContent = "Open this add-in in Excel.";
    return;
  }
  void startPane(officeGateway());
});
