/**
 * Settings step: the sheet's title, the editable settings (entropy shift, grade cuts, k, AHP and
 * combination options), the subsystem names per system (editable: a rename follows everywhere) and
 * the indicators block (label, system, direction, subsystem linked to its name).
 */
import { qualified, rectAddress } from "../a1";
import type { IndicatorConfig, IndicatorRole } from "../analysis-config";
import { ROLES_IN_LAYOUT, type AnalysisStep, type PlanBuilder } from "../plan-builder";
import type { CellSpec, CellValue, PlanBlock } from "../plan-model";

/** [key, label, value] of each setting row, in sheet order. */
function settingRows(b: PlanBuilder): [string, string, CellValue][] {
  const { config } = b;
  const w = config.weighting;
  const rows: [string, string, CellValue][] = [
    ["shift", b.t("set.shift"), w.entropyShift],
    ["low", b.t("set.low"), config.grades.low],
    ["high", b.t("set.high"), config.grades.high],
    ["k", b.t("set.k"), config.topK],
  ];
  if (b.usesAhp) rows.push(["ahpMethod", b.t("set.ahpMethod"), w.ahp.method], ["ri", b.t("set.ri"), w.ahp.ri]);
  if (w.method === "combined") rows.push(["combine", b.t("set.combine"), w.combine.method], ["alpha", b.t("set.alpha"), w.combine.alpha]);
  if (config.ccd) rows.push(["ccdVariant", b.t("set.ccdVariant"), config.ccd.variant]);
  if (config.topsis) rows.push(["topsisNormalization", b.t("set.topsisNormalization"), config.topsis.normalization]);
  return rows;
}

export function settingsStep(): AnalysisStep {
  let titleRow = 0;
  let settingsRow = 0;
  let subsystemsRow = 0;
  let indicatorsRow = 0;
  return {
    layout(b) {
      titleRow = b.reserveRows(3);
      settingsRow = b.reserveRows(settingRows(b).length + 2);
      subsystemsRow = b.reserveRows(4);
      indicatorsRow = b.reserveRows(6);
    },
    build(b) {
      const { sheet, source, header, n, labels, ordered, m } = b;
      b.addBlock({
        id: "title",
        sheet,
        title: b.t("title.analysis"),
        rect: b.at(titleRow, 0, 2, 1),
        body: {
          kind: "values",
          values: [
            [b.t("intro.of", { source: qualified(source.sheet, { row: header.row, col: header.col, rows: n + 1, cols: labels.length }) })],
            [b.t("intro.yellow")],
          ],
        },
      });
      const rows = settingRows(b);
      const row = settingsRow;
      const settings = b.addBlock({
        id: "settings",
        sheet,
        title: b.t("title.settings"),
        titleCell: rectAddress(b.at(row, 0, 1, 1)),
        rect: b.at(row + 1, 0, rows.length, 2),
        body: { kind: "values", values: rows.map(([, label, v]) => [label, v]) },
        editable: rows.map((_, i) => rectAddress(b.at(row + 1 + i, 1, 1, 1))),
      });
      b.handles.setting = (key) => {
        const i = rows.findIndex((s) => s[0] === key);
        if (i < 0) throw new Error(`the plan has no setting '${key}'`);
        return b.r(b.at(settings.rect.row + i, 1, 1, 1));
      };
      // The subsystem names, one editable cell each: the indicators' subsystem cells, the AHP grid
      // labels and every subsystem header link to these, so a rename here follows everywhere.
      const lists = {} as Record<IndicatorRole, PlanBlock>;
      b.addBlock({
        id: "subsystems.title",
        sheet,
        title: b.t("title.subsystems"),
        rect: b.at(subsystemsRow, 0, 1, 1),
        body: { kind: "values", values: [[b.t("subsystems.note")]] },
      });
      ROLES_IN_LAYOUT.forEach((role, i) => {
        const names = b.subsystems[role];
        const row = subsystemsRow + 1 + i;
        lists[role] = b.addBlock({
          id: `subsystems.${role}`,
          sheet,
          title: b.t("sys.subsystems", { system: b.t(role === "support" ? "sys.support" : "sys.pressure") }),
          titleCell: rectAddress(b.at(row, 0, 1, 1)),
          rect: b.at(row, 1, 1, names.length),
          body: { kind: "values", values: [names] },
          editable: [rectAddress(b.at(row, 1, 1, names.length))],
        });
      });
      const subsystemCell = (role: IndicatorRole, k: number) => b.r(b.at(lists[role].rect.row, lists[role].rect.col + k, 1, 1));
      b.handles.subsystemCell = subsystemCell;
      const groupOf = (x: IndicatorConfig) => b.subsystems[x.role].findIndex((g) => g.trim().toLowerCase() === x.subsystem.trim().toLowerCase());
      const ir = indicatorsRow;
      const text = (v: CellValue): CellSpec => ({ v });
      b.handles.indicators = b.addBlock({
        id: "indicators",
        sheet,
        title: b.t("title.indicators"),
        titleCell: rectAddress(b.at(ir, 0, 1, 1)),
        rect: b.at(ir + 1, 0, 4, m + 1),
        body: {
          kind: "cells",
          cells: [
            [b.t("row.indicator"), ...ordered.map((x) => x.name)].map(text),
            [b.t("row.system"), ...ordered.map((x) => (b.locale === "en" ? x.role : b.t(x.role === "support" ? "sys.support" : "sys.pressure")))].map(text),
            [b.t("row.direction"), ...ordered.map((x) => x.direction)].map(text),
            [text(b.t("row.subsystem")), ...ordered.map((x) => ({ ref: subsystemCell(x.role, groupOf(x)) }))],
          ],
        },
        editable: [rectAddress(b.at(ir + 3, 1, 2, m))],
      });
    },
  };
}
