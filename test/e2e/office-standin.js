/*
 * Stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the end-to-end test.
 * The test serves this file for that URL, preceded by the typed fake workbook of the unit tests
 * (test/taskpane/fake-excel.ts, transpiled; exposed as window.__FakeExcel). It implements what the
 * pane and the bundles call: Office.onReady, Office.context.requirements.isSetSupported,
 * Office.actions.associate, Excel.run, CustomFunctions.associate/Error/ErrorCode.
 *
 * The test seeds the workbook through window.__RECC_SEED (page.addInitScript):
 *   { sheets: [{ name, topLeft, rows }], selection: { sheet, address }, excelApiMax: 17, parts: [xml],
 *     displayLanguage: "zh-CN" }
 * and reads it back through window.__reccModel.
 */
(function () {
  "use strict";
  var seed = window.__RECC_SEED || {};
  var F = window.__FakeExcel;
  var names = (seed.sheets || [{ name: "Sheet1" }]).map(function (s) {
    return s.name;
  });
  var model = new F.FakeWorkbookModel(names);
  (seed.sheets || []).forEach(function (s) {
    if (s.rows) model.setValues(s.name, s.topLeft || "A1", s.rows);
  });
  (seed.parts || []).forEach(function (xml) {
    model.parts.push({ id: model.newId("part"), xml: xml, deleted: false });
  });
  if (seed.selection) model.selection = seed.selection;
  window.__reccModel = model;

  // ExcelApi 1.x is supported up to this minor version (17 ≈ current Excel for the web).
  var maxMinor = typeof seed.excelApiMax === "number" ? seed.excelApiMax : 17;

  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      // Office's display language (Office.context.displayLanguage); en-US when the seed gives none.
      displayLanguage: typeof seed.displayLanguage === "string" ? seed.displayLanguage : "en-US",
      requirements: {
        isSetSupported: function (name, version) {
          if (name !== "ExcelApi") return name === "SharedRuntime" || name === "CustomFunctionsRuntime";
          var minor = Number(String(version || "1.1").split(".")[1] || 0);
          return minor <= maxMinor;
        },
      },
    },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
    actions: { associate: function () {} },
  };

  window.Excel = {
    run: function (batch) {
      return F.fakeRun(model)(batch);
    },
  };

  function CFError(code, message) {
    this.code = code;
    this.message = message;
  }
  window.CustomFunctions = {
    associate: function () {},
    Error: CFError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
})();
