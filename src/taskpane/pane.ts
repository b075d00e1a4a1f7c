/**
 * The pane's controller: wires the DOM of taskpane.html to the pure builders and the workbook
 * gateway. Text from the workbook only ever reaches the page through textContent, Option() and
 * value (never HTML).
 */
import { translator, type Locale, type PaneKey, type Translate } from "../i18n";
import { sheetPrefix } from "../plan/a1";
import { validateAnalysisConfig, subsystemsOf } from "../plan/analysis-config";
import { buildAnalysisPlan, PlanError } from "../plan/analysis-plan";
import { ForeignSheetError, RequirementError, type WorkbookGateway } from "./excel-gateway";
import { buildCouplingChart, CouplingInputError } from "./coupling-chart";
import { ahpGridBlocks, expertWeightsBlock, planToWrite } from "./plan-adapter";
import { applySelection, outputChoice, type RangeField } from "./range-fields";
import { namePieces } from "./name-breaks";
import { availability, missing, missingMessage, REQUIREMENTS, type Action } from "./requirements";
import { parseIndicatorTable, sourceTable, TableError, type IndicatorDraft, type ParsedTable } from "./table-parse";
import { liveRowsAddress, tableGrowth, type TableGrowth } from "./table-growth";
import { buildTrendCharts, TrendInputError } from "./trend-chart";
import { choicesToConfig, derivedSheetName, MAX_EXPERTS, sheetExpertWeights, shareWrite, withSheetJudgements, type WizardChoices, type WizardRecord } from "./wizard";
import type { SavedState, WorkbookWrite } from "./write-model";

type El<T extends HTMLElement = HTMLElement> = T;

/**
 * Sets taskpane.html's static text from the catalog in the pane's language: `data-i18n` (text),
 * `data-i18n-placeholder` (with `data-i18n-example`), `data-i18n-aria-label`, `data-i18n-title`,
 * and `<html lang>`. Only textContent and attributes, never HTML.
 */
export function localizePage(doc: Document, locale: Locale): void {
  const tr = translator(locale);
  doc.documentElement.lang = locale === "zh-CN" ? "zh-CN" : "en";
  for (const el of doc.querySelectorAll<HTMLElement>("[data-i18n]")) el.textContent = tr(el.dataset.i18n as PaneKey);
  for (const el of doc.querySelectorAll<HTMLElement>("[data-i18n-placeholder]")) {
    el.setAttribute("placeholder", tr(el.dataset.i18nPlaceholder as PaneKey, { example: el.dataset.i18nExample ?? "" }));
  }
  for (const el of doc.querySelectorAll<HTMLElement>("[data-i18n-aria-label]")) el.setAttribute("aria-label", tr(el.dataset.i18nAriaLabel as PaneKey));
  for (const el of doc.querySelectorAll<HTMLElement>("[data-i18n-title]")) el.title = tr(el.dataset.i18nTitle as PaneKey);
  for (const el of doc.querySelectorAll<HTMLInputElement>("input[data-i18n-value]")) el.value = tr(el.dataset.i18nValue as PaneKey);
}

/** The pane over a gateway, in `locale`; returns when the initial workbook description is loaded. */
export async function startPane(gw: WorkbookGateway, doc: Document = document, locale: Locale = "en"): Promise<void> {
  localizePage(doc, locale);
  const tr: Translate = translator(locale);
  const $ = <T extends HTMLElement = HTMLElement>(id: string): El<T> => {
    const e = doc.getElementById(id);
    if (!e) throw new Error(`taskpane.html has no #${id}`);
    return e as T;
  };
  const input = (id: string) => $<HTMLInputElement>(id);
  const select = (id: string) => $<HTMLSelectElement>(id);
  const button = (id: string) => $<HTMLButtonElement>(id);

  /* ---------------- status, errors, progress ---------------- */
  const status = $("status");
  const errorBox = $("error");
  const progress = $<HTMLProgressElement>("progress");
  const say = (text: string) => {
    status.textContent = text;
  };
  const fail = (text: string) => {
    errorBox.textContent = text;
    errorBox.hidden = false;
  };
  const clearError = () => {
    errorBox.textContent = "";
    errorBox.hidden = true;
  };
  const step = (fraction: number, text: string) => {
    progress.hidden = false;
    progress.value = Math.round(fraction * 100);
    say(text);
  };
  const plainError = (e: unknown): string => {
    if (
      e instanceof ForeignSheetError ||
      e instanceof RequirementError ||
      e instanceof CouplingInputError ||
      e instanceof TrendInputError ||
      e instanceof TableError
    ) {
      return e.message;
    }
    if (e instanceof PlanError) return tr("err.plan", { problems: e.problems.join("; ") });
    if (e instanceof RangeError) return e.message;
    const msg = e instanceof Error ? e.message : String(e);
    return tr("err.excel", { problem: msg });
  };
  /**
   * Set when an action reaches the workbook write: the gateway refuses foreign sheets and missing
   * requirement sets before writing, but any other error during a write may leave part of it behind.
   */
  let writing = false;
  const write = (w: WorkbookWrite) => {
    writing = true;
    return gw.apply(w);
  };
  /** Whether each button should be enabled once the pane is idle. */
  const wants = new Map<HTMLButtonElement, boolean>();
  let busyNow = false;
  const enable = (b: HTMLButtonElement, on: boolean) => {
    wants.set(b, on);
    if (!busyNow) b.disabled = !on;
  };
  /** Runs an action with the buttons disabled, progress shown, and errors in plain words. */
  const busy = async (action: () => Promise<void>) => {
    clearError();
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>("button.btn")];
    for (const b of buttons) if (!wants.has(b)) wants.set(b, !b.disabled);
    buttons.forEach((b) => (b.disabled = true));
    busyNow = true;
    doc.body.setAttribute("aria-busy", "true");
    writing = false;
    try {
      await action();
    } catch (e) {
      fail(plainError(e));
      const untouched = !writing || e instanceof ForeignSheetError || e instanceof RequirementError;
      say(untouched ? tr("status.unchanged") : tr("status.partial"));
    } finally {
      busyNow = false;
      buttons.forEach((b) => (b.disabled = !wants.get(b)));
      doc.body.removeAttribute("aria-busy");
      progress.hidden = true;
    }
  };

  /* ---------------- tabs (roving tabindex, arrow keys) ---------------- */
  const tabs = [...doc.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const selectTab = (tab: HTMLButtonElement, focus: boolean) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")!).hidden = !on;
    }
    if (focus) tab.focus();
  };
  tabs.forEach((t, i) => {
    t.addEventListener("click", () => selectTab(t, false));
    t.addEventListener("keydown", (ev) => {
      const next =
        ev.key === "ArrowRight" ? tabs[(i + 1) % tabs.length] : ev.key === "ArrowLeft" ? tabs[(i - 1 + tabs.length) % tabs.length] : ev.key === "Home" ? tabs[0] : ev.key === "End" ? tabs[tabs.length - 1] : null;
      if (next) {
        ev.preventDefault();
        selectTab(next, true);
      }
    });
  });

  /* ---------------- requirement sets ---------------- */
  const lacking = missing(Object.values(REQUIREMENTS), (v) => gw.supports(v));
  if (lacking.length > 0) {
    const bar = $("requirements");
    bar.textContent = lacking.map((r) => missingMessage(r, locale)).join("\n");
    bar.hidden = false;
  }
  // Each writing button is enabled exactly when its requirement sets are met; otherwise the line
  // under it (its aria-describedby) says which one is missing, in the words of the bar above.
  const avail = availability((v) => gw.supports(v), locale);
  const gate = (action: Action, id: string) => {
    const why = $(`${id}-why`);
    why.textContent = avail[action].reason;
    why.hidden = avail[action].enabled;
    return avail[action].enabled;
  };
  const couplingOk = gate("couplingChart", "cp-insert");
  const trendOk = gate("trendChart", "tr-insert");
  const buildOk = gate("buildAnalysis", "wz-build");

  /* ---------------- ToolPak range fields ---------------- */
  let lastFocused: string | null = null;
  for (const el of doc.querySelectorAll<HTMLInputElement>("input.range-input")) {
    el.addEventListener("focus", () => (lastFocused = el.id));
  }
  const fieldsOf = (ids: [string, string, boolean][]): RangeField[] =>
    ids.map(([id, label, required]) => ({ id, label, required, value: input(id).value }));
  const useSelection = async (ids: [string, string, boolean][]) => {
    await busy(async () => {
      const sel = await gw.readSelection();
      const focused = ids.some(([id]) => id === lastFocused) ? lastFocused : null;
      const { fields, filled } = applySelection(fieldsOf(ids), sel.address, focused);
      for (const f of fields) input(f.id).value = f.value;
      if (filled) {
        input(filled).focus();
        say(tr("status.filled", { address: sel.address, label: fields.find((f) => f.id === filled)!.label }));
      } else say(tr("status.allFilled"));
      lastFocused = null;
    });
  };
  const outputOf = (name: string, placeId: string) => {
    const kind = (doc.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? "newSheet") as string;
    const o = outputChoice(kind, input(placeId).value, locale);
    if (typeof o === "string") throw new RangeError(o);
    return o;
  };

  let state: SavedState | null = null;
  const refreshState = async () => {
    state = (await gw.describe()).state;
    return state;
  };

  /* ---------------- coupling chart ---------------- */
  const cpFields: [string, string, boolean][] = [
    ["cp-s", tr("cp.s"), true],
    ["cp-p", tr("cp.p"), true],
    ["cp-areas", tr("cp.areas.short"), false],
    ["cp-years", tr("cp.years.short"), false],
  ];
  button("cp-use").addEventListener("click", () => void useSelection(cpFields));
  enable(button("cp-insert"), couplingOk);
  button("cp-insert").addEventListener("click", () =>
    void busy(async () => {
      const f = fieldsOf(cpFields);
      const needed = f.filter((x) => x.required && !x.value.trim());
      if (needed.length) throw new RangeError(needed.map((x) => tr("err.fillIn", { label: x.label })).join(" "));
      const output = outputOf("cp-out", "cp-place");
      step(0.2, tr("status.readingRanges"));
      const addresses = f.filter((x) => x.value.trim()).map((x) => x.value.trim());
      const read = await gw.readRanges(addresses);
      const byId = new Map(f.filter((x) => x.value.trim()).map((x, i) => [x.id, read[i]]));
      const st = await refreshState();
      step(0.5, tr("status.writingChart"));
      const number = 1 + st.helperBlocks.filter((b) => b.chart.startsWith("RECC coupling ")).length;
      const res = buildCouplingChart(
        {
          support: byId.get("cp-s")!,
          pressure: byId.get("cp-p")!,
          areas: byId.get("cp-areas"),
          years: byId.get("cp-years"),
          labelsInFirstRow: input("cp-labels").checked,
          seriesBy: select("cp-by").value === "year" ? "year" : "area",
          output,
          locale,
        },
        st.helperBlocks,
        number,
      );
      const report = await write(res.write);
      state = report.state;
      const skippedRows = res.skipped.length
        ? tr("status.skippedRows", { n: res.skipped.length })
        : "";
      const skippedFeatures = report.skipped.length ? tr("status.leftOut", { list: report.skipped.join(tr("list.sep")) }) : "";
      say(`${tr("status.insertedCoupling", { chart: res.chartName, points: res.points.length, series: res.groups.length })}${skippedRows}${skippedFeatures}`);
    }),
  );

  /* ---------------- trend charts ---------------- */
  const trFields: [string, string, boolean][] = [
    ["tr-areas", tr("tr.areas"), true],
    ["tr-years", tr("tr.years"), true],
    ["tr-values", tr("tr.values"), true],
  ];
  button("tr-use").addEventListener("click", () => void useSelection(trFields));
  enable(button("tr-insert"), trendOk);
  button("tr-insert").addEventListener("click", () =>
    void busy(async () => {
      const f = fieldsOf(trFields);
      const needed = f.filter((x) => !x.value.trim());
      if (needed.length) throw new RangeError(needed.map((x) => tr("err.fillIn", { label: x.label })).join(" "));
      const output = outputOf("tr-out", "tr-place");
      step(0.2, tr("status.readingPanel"));
      const [areas, years, values] = await gw.readRanges(f.map((x) => x.value.trim()));
      const st = await refreshState();
      step(0.5, tr("status.writingTrend"));
      const first = 1 + st.helperBlocks.filter((b) => b.chart.startsWith("RECC trend ")).length;
      const res = buildTrendCharts({ areas, years, values, labelsInFirstRow: input("tr-labels").checked, output, locale }, st.helperBlocks, first);
      const report = await write(res.write);
      state = report.state;
      say(tr("status.insertedTrend", { n: res.charts.length, list: res.charts.join(tr("list.sep")) }));
    }),
  );

  /* ---------------- the wizard ---------------- */
  let table: ParsedTable | null = null;
  let drafts: IndicatorDraft[] = [];
  let lastPlanSheet: string | null = null;
  button("wz-use").addEventListener("click", () => void useSelection([["wz-table", tr("wz.table.short"), true]]));

  const option = (value: string, text: string, selected = false) => {
    const o = new Option(text, value, selected, selected);
    return o;
  };
  const fillColumnSelects = (t: ParsedTable) => {
    const area = select("wz-area");
    const year = select("wz-year");
    area.replaceChildren(...t.headers.map((h, i) => option(String(i), h, h === t.areaColumn)));
    year.replaceChildren(option("", tr("none"), !t.yearColumn), ...t.headers.map((h, i) => option(String(i), h, h === t.yearColumn)));
  };
  /**
   * Two rows per indicator so the name gets the grid's whole width (a 320 px pane has no room for
   * it beside three controls): the tick and the name, then role, direction and subsystem. Long
   * names wrap at their words (<wbr> between the pieces of namePieces) and carry a title.
   */
  const renderGrid = () => {
    const body = $("wz-grid").querySelector("tbody")!;
    const rows = drafts.flatMap((d, i) => {
      const use = doc.createElement("input");
      use.type = "checkbox";
      use.id = `wz-use-${i}`;
      use.checked = d.include;
      use.addEventListener("change", () => (d.include = use.checked));
      const useLabel = doc.createElement("label");
      useLabel.htmlFor = use.id;
      useLabel.className = "visually-hidden";
      useLabel.textContent = tr("grid.use", { name: d.name });
      const name = doc.createElement("td");
      name.className = "name";
      name.colSpan = 3;
      name.title = d.name;
      namePieces(d.name).forEach((piece, k) => {
        if (k > 0) name.append(doc.createElement("wbr"));
        name.append(doc.createTextNode(piece));
      });
      const role = doc.createElement("select");
      role.id = `wz-role-${i}`;
      role.append(option("support", tr("role.support"), d.role === "support"), option("pressure", tr("role.pressure"), d.role === "pressure"));
      role.addEventListener("change", () => (d.role = role.value === "pressure" ? "pressure" : "support"));
      const dir = doc.createElement("select");
      dir.id = `wz-dir-${i}`;
      dir.append(option("1", "+", d.direction === 1), option("-1", "−", d.direction === -1));
      dir.addEventListener("change", () => (d.direction = dir.value === "-1" ? -1 : 1));
      const sub = doc.createElement("input");
      sub.type = "text";
      sub.id = `wz-sub-${i}`;
      sub.value = d.subsystem;
      sub.addEventListener("input", () => (d.subsystem = sub.value));
      const labelled = (el: HTMLElement, text: string) => {
        const l = doc.createElement("label");
        l.htmlFor = el.id;
        l.className = "visually-hidden";
        l.textContent = text;
        const td = doc.createElement("td");
        td.append(l, el);
        return td;
      };
      const tdUse = doc.createElement("td");
      tdUse.rowSpan = 2;
      tdUse.className = "use";
      tdUse.append(useLabel, use);
      const top = doc.createElement("tr");
      top.className = "ind-name";
      top.append(tdUse, name);
      const controls = doc.createElement("tr");
      controls.className = "ind-controls";
      controls.append(labelled(role, tr("grid.role", { name: d.name })), labelled(dir, tr("grid.dir", { name: d.name })), labelled(sub, tr("grid.sub", { name: d.name })));
      return [top, controls];
    });
    body.replaceChildren(...rows);
  };
  /* ---------------- group AHP: number of experts and their weights ---------------- */
  /** The experts field as a whole number 1…MAX_EXPERTS, or undefined when it is not one. */
  const expertCount = (): number | undefined => {
    const v = Number(input("wz-experts").value);
    return Number.isInteger(v) && v >= 1 && v <= MAX_EXPERTS ? v : undefined;
  };
  /**
   * One labelled weight field per expert (shown from 2 experts); the weights typed so far are kept,
   * a new expert's weight is 1. `values` replaces them (a saved configuration, a rebuild).
   */
  const renderExpertWeights = (values?: number[]) => {
    const list = $("wz-expert-weight-list");
    const old = [...list.querySelectorAll<HTMLInputElement>("input")].map((x) => x.value);
    const k = expertCount() ?? 1;
    const fields = Array.from({ length: k }, (_, e) => {
      const span = doc.createElement("span");
      const label = doc.createElement("label");
      const field = doc.createElement("input");
      field.type = "number";
      field.min = "0";
      field.step = "any";
      field.id = `wz-expert-w-${e + 1}`;
      field.value = values?.[e] !== undefined ? String(values[e]) : (old[e] ?? "1");
      label.htmlFor = field.id;
      label.textContent = tr("wz.expertWeight", { e: e + 1 });
      span.append(label, field);
      return span;
    });
    list.replaceChildren(...fields);
    $("wz-expert-weights").hidden = k < 2;
  };
  input("wz-experts").addEventListener("input", () => renderExpertWeights());
  /** The experts and their weights as typed. @throws RangeError naming the field that is wrong. */
  const expertChoices = (): { experts: number; expertWeights: number[] } => {
    const k = expertCount();
    if (k === undefined) throw new RangeError(tr("err.experts", { value: input("wz-experts").value, max: MAX_EXPERTS }));
    if (k < 2) return { experts: 1, expertWeights: [] };
    const weights = Array.from({ length: k }, (_, e) => {
      const raw = input(`wz-expert-w-${e + 1}`).value.trim();
      const w = raw === "" ? NaN : Number(raw);
      if (!Number.isFinite(w) || w < 0) throw new RangeError(tr("err.expertWeight", { e: e + 1, value: raw }));
      return w;
    });
    if (!weights.some((w) => w > 0)) throw new RangeError(tr("err.expertWeightsZero"));
    return { experts: k, expertWeights: weights };
  };

  const showTable = (t: ParsedTable, keep?: WizardRecord) => {
    table = t;
    drafts = t.indicators.map((d) => ({ ...d }));
    if (keep) {
      // A saved configuration wins over the defaults: roles, directions, subsystems, ticks.
      for (const d of drafts) {
        const saved = keep.config.indicators.find((x) => x.name === d.name);
        d.include = Boolean(saved);
        if (saved) Object.assign(d, { role: saved.role, direction: saved.direction, subsystem: saved.subsystem });
      }
      t = { ...t, areaColumn: keep.config.areaColumn, yearColumn: keep.config.yearColumn };
      select("wz-weighting").value = keep.config.weighting.method;
      select("wz-ahp-level").value = keep.config.weighting.ahp?.level ?? "subsystem";
      const savedExperts = keep.config.weighting.ahp?.experts;
      input("wz-experts").value = String(savedExperts && savedExperts.length >= 2 ? savedExperts.length : 1);
      renderExpertWeights(savedExperts?.map((x) => x.weight ?? 1));
      select("wz-combine").value = keep.config.weighting.combine?.method ?? "multiplicative";
      select("wz-objective").value = keep.config.weighting.objective ?? "entropy";
      input("wz-ccd").checked = keep.config.ccd !== undefined;
      input("wz-topsis").checked = keep.config.topsis !== undefined;
      select("wz-by").value = keep.config.charts?.couplingSeriesBy ?? "area";
      input("wz-sheet").value = keep.sheet;
    }
    fillColumnSelects(t);
    renderGrid();
    ($("wz-columns") as HTMLFieldSetElement).disabled = false;
    ($("wz-options") as HTMLFieldSetElement).disabled = false;
    enable(button("wz-build"), buildOk);
  };
  const readTable = async (address: string) => {
    const [r] = await gw.readRanges([address]);
    return parseIndicatorTable(r.address, r.values, locale);
  };
  button("wz-read").addEventListener("click", () =>
    void busy(async () => {
      const address = input("wz-table").value.trim();
      if (!address) throw new RangeError(tr("err.fillInTable"));
      step(0.3, tr("status.readingTable"));
      const t = await readTable(address);
      showTable(t);
      const inc = t.indicators.filter((d) => d.include).length;
      const blanks = t.blankRows.length
        ? tr("status.blankRows", { n: t.blankRows.length, rows: t.blankRows.join(", ") })
        : "";
      say(`${tr("status.readTable", { rows: t.rowCount, cols: t.indicators.length, ticked: inc })}${blanks} ${t.notes.join(" ")}`.trim());
    }),
  );

  const currentRecord = (): WizardRecord => {
    if (!table) throw new RangeError(tr("err.readFirst"));
    const headers = table.headers;
    const areaColumn = headers[Number(select("wz-area").value)];
    const yv = select("wz-year").value;
    const yearColumn = yv === "" ? undefined : headers[Number(yv)];
    const config = choicesToConfig({
      areaColumn,
      yearColumn,
      indicators: drafts.filter((d) => d.name !== areaColumn && d.name !== yearColumn),
      weighting: select("wz-weighting").value as "entropy" | "ahp" | "combined",
      ahpLevel: select("wz-ahp-level").value === "indicator" ? "indicator" : "subsystem",
      combine: select("wz-combine").value as WizardChoices["combine"],
      seriesBy: select("wz-by").value === "year" ? "year" : "area",
      objective: select("wz-objective").value === "critic" ? "critic" : "entropy",
      ccd: input("wz-ccd").checked,
      topsis: input("wz-topsis").checked,
      // The experts matter only when AHP is used (a stray value in the field stops nothing else).
      ...(select("wz-weighting").value === "entropy" ? {} : expertChoices()),
    });
    const sheet = input("wz-sheet").value.trim() || tr("wz.sheetDefault");
    return { version: 1, table: input("wz-table").value.trim(), sheet, helperSheet: derivedSheetName(sheet, tr("wz.helperSuffix"), locale), config };
  };
  /** The plan's source for the area and year columns the user picked. */
  const sourceOf = (t: ParsedTable, rec: WizardRecord) => sourceTable(t, rec.config.areaColumn, rec.config.yearColumn, locale);

  /** "Rebuild analysis" when Build would update the sheet it (or a saved configuration) made, else "Build analysis". */
  const labelBuild = () => {
    const name = input("wz-sheet").value.trim() || tr("wz.sheetDefault");
    const again = lastPlanSheet !== null && name.toLocaleLowerCase() === lastPlanSheet.toLocaleLowerCase();
    button("wz-build").textContent = again ? tr("btn.rebuild") : tr("btn.build");
  };
  input("wz-sheet").addEventListener("input", labelBuild);
  button("wz-build").addEventListener("click", () =>
    void busy(async () => {
      if (!buildOk) throw new RequirementError(avail.buildAnalysis.reason);
      let rec = currentRecord();
      const check0 = validateAnalysisConfig(rec.config, "sheet", locale);
      if (!check0.ok) throw new RangeError(tr("err.checkGrid", { problems: check0.errors.join("; ") }));
      step(0.15, tr("status.readingTable"));
      const t = await readTable(rec.table);
      table = t;
      // Rebuild: the user's AHP judgements on the existing sheet are read back first.
      const previous = state?.wizard as WizardRecord | null | undefined;
      let grids: ReturnType<typeof ahpGridBlocks> = [];
      let weightsAt: ReturnType<typeof expertWeightsBlock>;
      if (previous && previous.version === 1 && previous.config.weighting.method !== "entropy" && previous.sheet === rec.sheet) {
        const prevCheck = validateAnalysisConfig(previous.config);
        if (prevCheck.ok) {
          try {
            const prevPlan = buildAnalysisPlan(prevCheck.config, sourceOf(t, previous).source, { sheet: previous.sheet, helperSheet: previous.helperSheet, locale });
            grids = ahpGridBlocks(prevPlan);
            weightsAt = expertWeightsBlock(prevPlan);
          } catch {
            grids = [];
          }
        }
      }
      step(0.3, grids.length ? tr("status.readingJudgements") : tr("status.checking"));
      const read = await gw.readRanges([...grids.map((g) => g.address), ...(weightsAt ? [weightsAt.address] : [])]);
      const notes: string[] = [];
      if (rec.config.weighting.method !== "entropy") {
        const level = rec.config.weighting.ahp?.level ?? "subsystem";
        const size = (role: "support" | "pressure") =>
          level === "subsystem" ? subsystemsOf(rec.config.indicators, role).length : rec.config.indicators.filter((x) => x.role === role).length;
        const folded = withSheetJudgements(
          rec.config,
          grids.map((g, i) => ({ role: g.role, values: read[i].values, experts: g.experts })),
          size,
          locale,
        );
        rec = { ...rec, config: folded.config };
        notes.push(...folded.notes);
        // Group AHP: expert weights edited on the sheet (and not in the pane since) are kept.
        const experts = rec.config.weighting.ahp?.experts;
        if (experts && weightsAt) {
          const pane = experts.map((x) => x.weight ?? 1);
          const saved = previous?.config.weighting.ahp?.experts?.map((x) => x.weight ?? 1);
          const fromSheet = sheetExpertWeights(pane, saved, read[grids.length].values[0]);
          if (fromSheet) {
            rec = { ...rec, config: { ...rec.config, weighting: { ...rec.config.weighting, ahp: { ...rec.config.weighting.ahp!, experts: experts.map((x, e) => ({ ...x, weight: fromSheet[e] })) } } } };
            renderExpertWeights(fromSheet);
            notes.push(tr("note.expertWeightsFromSheet", { weights: fromSheet.join(tr("list.sep")) }));
          }
        }
      }
      const check = validateAnalysisConfig(rec.config, "sheet", locale);
      if (!check.ok) throw new RangeError(tr("err.config", { problems: check.errors.join("; ") }));
      step(0.45, tr("status.planning"));
      const src = sourceOf(t, rec);
      notes.push(...src.notes);
      const plan = buildAnalysisPlan(check.config, src.source, { sheet: rec.sheet, helperSheet: rec.helperSheet, locale });
      step(0.6, tr("status.writingBlocks", { blocks: plan.blocks.length, charts: plan.charts.length }));
      const report = await write(planToWrite(plan, rec));
      state = report.state;
      built = { rec, t };
      lastPlanSheet = plan.sheet;
      labelBuild();
      enable(button("wz-share"), true);
      step(1, tr("status.done"));
      const verb = report.sheetsCreated.includes(plan.sheet) ? "status.built" : "status.rebuilt";
      say(
        tr(verb, { sheet: plan.sheet, blocks: plan.blocks.length, charts: report.charts.length, helper: plan.helperSheet }) +
          (notes.length || plan.notes.length ? `\n${[...notes, ...plan.notes].join("\n")}` : "") +
          (report.skipped.length ? `\n${tr("status.leftOutLine", { list: report.skipped.join(tr("list.sep")) })}` : ""),
      );
      const ahpCard = $("wz-ahp");
      ahpCard.hidden = check.config.weighting.method === "entropy";
      const at = (id: string) => {
        const b = plan.blocks.find((x) => x.id === id);
        return b ? `${sheetPrefix(b.sheet)}${b.address}` : undefined;
      };
      ahpBlocks = plan.blocks
        .filter((b) => b.id.startsWith("ahp.consistency."))
        .map((b) => {
          const role = b.id.split(".")[2];
          const experts = check.config.weighting.ahp.experts?.matrices.length ?? 0;
          const expertCr = Array.from({ length: experts }, (_, e) => at(`ahp.experts.cr${e + 1}.${role}`)!);
          return { role, address: `${sheetPrefix(b.sheet)}${b.address}`, suggest: at(`ahp.suggest.${role}`), expertCr };
        });
      renderAhp([]);
    }),
  );

  /* ---------------- the table changed size (issue 8 item 4; src/taskpane/table-growth.ts) ---------------- */
  // The analysis sheet follows the table by itself; the charts cannot (a chart series takes a fixed
  // range), so when the live row count differs from the build's, the pane offers to redraw them.
  let growth: TableGrowth | null = null;
  /** The saved build the notice compares with: its record and the table as it was read for it. */
  let built: { rec: WizardRecord; t: ParsedTable } | null = null;
  const showGrowth = (g: TableGrowth | null) => {
    growth = g;
    $("wz-grown").hidden = g === null;
    $("wz-grown-text").textContent = g ? tr("grown.text", { count: g.count, first: g.first, last: g.last, sheet: g.sheet, built: g.built, table: g.address }) : "";
  };
  /** Reads the analysis sheet's live row cells of a saved build (one readRanges) and shows the notice when the table changed. */
  const checkGrowth = async (rec: WizardRecord, t: ParsedTable) => {
    const check = validateAnalysisConfig(rec.config);
    if (!check.ok) return;
    const plan = buildAnalysisPlan(check.config, sourceOf(t, rec).source, { sheet: rec.sheet, helperSheet: rec.helperSheet, locale });
    const at = liveRowsAddress(plan);
    if (!at) return;
    const [live] = await gw.readRanges([at]);
    showGrowth(tableGrowth(rec.table, t.rowCount, live.values));
  };
  // Checked again whenever the user comes back to the pane (after typing next year's rows, say).
  doc.defaultView?.addEventListener("focus", () => {
    if (!built || busyNow) return;
    checkGrowth(built.rec, built.t).catch(() => showGrowth(null));
  });
  button("wz-update").addEventListener("click", () => {
    if (!growth) return;
    // The build reads the table from this field, so the rebuilt analysis and the saved configuration cover the rows now.
    input("wz-table").value = growth.address;
    showGrowth(null);
    button("wz-build").click();
  });

  /* ---------------- AHP readout ---------------- */
  /** Each system's RECC.AHPCONSISTENCY block and, for grids of 3+ items, its RECC.AHPSUGGEST block. */
  let ahpBlocks: { role: string; address: string; suggest?: string; expertCr: string[] }[] = [];
  /** RECC.AHPCONSISTENCY's rows (src/functions/recc.ts) and how the readout names them. */
  const AHP_MEASURES: [key: string, label: string][] = [
    ["lambda_max", "λmax"],
    ["CI", "CI"],
    ["RI", "RI"],
    ["CR", "CR"],
    ["consistent", tr("ahp.consistent")],
  ];
  const cellText = (v: unknown): string =>
    typeof v === "number" ? v.toFixed(4) : typeof v === "boolean" ? (v ? tr("yes") : tr("no")) : v === undefined || v === "" ? "–" : String(v);
  /** A small table: one row per measure, one column per system (narrow enough for a 320 px pane). */
  const renderAhp = (values: { role: string; values: unknown[][]; suggest?: unknown[][]; expertCr?: unknown[] }[]) => {
    const table = $("wz-ahp-table");
    const caption = doc.createElement("caption");
    caption.className = "visually-hidden";
    caption.textContent = tr("ahp.caption");
    const th = (text: string, scope: "col" | "row") => {
      const e = doc.createElement("th");
      e.scope = scope;
      e.textContent = text;
      return e;
    };
    const head = doc.createElement("thead");
    const hr = doc.createElement("tr");
    const system = (role: string) => (role === "support" ? tr("ahp.support") : role === "pressure" ? tr("ahp.pressure") : role);
    hr.append(th(tr("ahp.measure"), "col"), ...ahpBlocks.map((b) => th(system(b.role), "col")));
    head.append(hr);
    const body = doc.createElement("tbody");
    AHP_MEASURES.forEach(([key, label], i) => {
      const tr = doc.createElement("tr");
      tr.append(th(label, "row"));
      for (const b of ahpBlocks) {
        const rows = values.find((x) => x.role === b.role)?.values ?? [];
        const row = rows.find((r) => r[0] === key) ?? rows[i];
        const td = doc.createElement("td");
        td.className = "num";
        td.textContent = cellText(row?.[1]);
        tr.append(td);
      }
      body.append(tr);
    });
    // Group AHP: each expert's CR (RECC.AHPCR beside the expert weights) under the group matrix's measures.
    const k = Math.max(0, ...ahpBlocks.map((b) => b.expertCr.length));
    for (let e = 0; e < k; e++) {
      const row = doc.createElement("tr");
      row.append(th(tr("ahp.expertCr", { e: e + 1 }), "row"));
      for (const b of ahpBlocks) {
        const td = doc.createElement("td");
        td.className = "num";
        td.textContent = cellText(values.find((x) => x.role === b.role)?.expertCr?.[e]);
        row.append(td);
      }
      body.append(row);
    }
    $("wz-ahp-group").hidden = k === 0;
    table.replaceChildren(caption, head, body);
    renderSuggestions(values);
    $("wz-ahp-where").textContent = values.length
      ? tr("ahp.read")
      : tr("ahp.live", { places: ahpBlocks.map((b) => tr("ahp.place", { address: b.address, role: locale === "en" ? b.role : system(b.role) })).join(tr("list.sep")) });
  };
  /**
   * Under the readout, for each system whose CR ≥ 0.1: the judgements RECC.AHPSUGGEST lists beside its
   * grid (row i, column j, the judgement now, the suggestion, the CR it would give). Text only.
   */
  const renderSuggestions = (values: { role: string; values: unknown[][]; suggest?: unknown[][]; expertCr?: unknown[] }[]) => {
    const items: string[] = [];
    for (const v of values) {
      const cr = v.values.find((r) => r[0] === "CR")?.[1];
      if (typeof cr !== "number" || cr < 0.1) continue;
      for (const [i, j, now, suggested, after] of v.suggest ?? []) {
        if (typeof i !== "number" || typeof j !== "number") continue;
        const ratio = (x: unknown) => (typeof x === "number" ? (x >= 1 ? String(Math.round(x * 100) / 100) : `1/${Math.round(1 / x)}`) : cellText(x));
        const system = v.role === "support" ? tr("ahp.support") : v.role === "pressure" ? tr("ahp.pressure") : v.role;
        const group = (ahpBlocks.find((b) => b.role === v.role)?.expertCr.length ?? 0) > 0;
        items.push(tr(group ? "ahp.suggestItemGroup" : "ahp.suggestItem", { system, i, j, now: ratio(now), suggested: ratio(suggested), after: cellText(after) }));
      }
    }
    const list = $("wz-ahp-suggest-list");
    list.replaceChildren(
      ...items.map((t) => {
        const li = doc.createElement("li");
        li.textContent = t;
        return li;
      }),
    );
    $("wz-ahp-suggest").hidden = items.length === 0;
  };
  button("wz-ahp-refresh").addEventListener("click", () =>
    void busy(async () => {
      const withSuggest = ahpBlocks.filter((b) => b.suggest);
      const crs = ahpBlocks.flatMap((b) => b.expertCr);
      const read = await gw.readRanges([...ahpBlocks.map((b) => b.address), ...withSuggest.map((b) => b.suggest!), ...crs]);
      const suggestOf = (role: string) => {
        const k = withSuggest.findIndex((b) => b.role === role);
        return k >= 0 ? read[ahpBlocks.length + k].values : undefined;
      };
      let next = ahpBlocks.length + withSuggest.length;
      const crOf = (b: (typeof ahpBlocks)[number]) => b.expertCr.map(() => read[next++].values[0]?.[0]);
      renderAhp(ahpBlocks.map((b, i) => ({ role: b.role, values: read[i].values, suggest: suggestOf(b.role), expertCr: crOf(b) })));
      say(tr("ahp.refreshed"));
    }),
  );

  /* ---------------- share without the add-in ---------------- */
  button("wz-share").addEventListener("click", () =>
    void busy(async () => {
      const sheet = lastPlanSheet ?? (state?.wizard as WizardRecord | null)?.sheet;
      if (!sheet) throw new RangeError(tr("err.buildFirst"));
      step(0.3, tr("status.readingValues"));
      const used = await gw.readUsedRange(sheet);
      if (!used) throw new RangeError(tr("err.emptySheet", { sheet }));
      const { target, write: copy } = shareWrite(sheet, used, locale);
      step(0.6, tr("status.writingCopy"));
      await write(copy);
      say(tr("status.shared", { target, sheet }));
    }),
  );

  /* ---------------- start: saved configuration ---------------- */
  try {
    const st = await refreshState();
    const rec = st.wizard as WizardRecord | null;
    if (rec && rec.version === 1 && typeof rec.table === "string") {
      input("wz-table").value = rec.table;
      try {
        const saved = await readTable(rec.table);
        showTable(saved, rec);
        lastPlanSheet = rec.sheet;
        built = { rec, t: saved };
        try {
          await checkGrowth(rec, saved);
        } catch {
          // No analysis sheet (deleted or renamed) or a plan the saved configuration no longer gives: nothing to offer.
        }
        enable(button("wz-share"), true);
        labelBuild();
        say(tr("status.saved", { sheet: rec.sheet, table: rec.table }));
      } catch (e) {
        say(tr("status.savedUnreadable", { table: rec.table, problem: plainError(e) }));
      }
    } else {
      say(tr("status.ready"));
    }
  } catch (e) {
    say(tr("status.readyShort"));
    fail(plainError(e));
  }
}
