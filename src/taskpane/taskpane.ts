/* PLACEHOLDER task pane script (replaced by the wizard). */

function setStatus(text: string): void {
  const el = document.getElementById("status");
  if (el) el.textContent = text;
}

Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    setStatus("Ready. Type =RECC. in a cell to see the functions.");
  } else {
    setStatus("Open this add-in in Excel.");
  }
});
