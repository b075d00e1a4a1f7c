/*
 * Task pane entry: waits for Office.js, then starts the pane over the real workbook gateway.
 * All Office.js calls live in excel-gateway.ts; the UI logic lives in pane.ts.
 */
import { translator } from "../i18n";
import { officeGateway, officeLocale, onOfficeReady } from "./excel-gateway";
import { startPane } from "./pane";

onOfficeReady((inExcel) => {
  const status = document.getElementById("status");
  if (!inExcel) {
    if (status) status.textContent = translator(officeLocale())("status.openInExcel");
    return;
  }
  void startPane(officeGateway(), document, officeLocale());
});
