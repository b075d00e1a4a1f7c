/**
 * Ranges built with INDEX, as the analysis sheet writes them so that it follows the user's table
 * (issue 8 item 4; src/plan/plan-model.ts growingRef):
 *   `INDEX('Data'!$G:$G,'RECC analysis'!$B$23):INDEX('Data'!$G:$G,'RECC analysis'!$D$23)` and
 *   `'RECC analysis'!$D$110:INDEX('RECC analysis'!$G:$G,'RECC analysis'!$H$23)`.
 * Excel reads INDEX's result as a reference ("INDEX function", reference form, Microsoft support:
 * the return value of INDEX may be used as a reference) and `:` makes the range between two
 * references, so the first is 'Data'!$G$m:$G$n with m, n the values of the two cells, the second
 * 'RECC analysis'!$D$110:$G$n. HyperFormula 3.5 cannot parse either, so the harness resolves them
 * in two passes, as Excel's recalculation does:
 *  1. each such range is encoded as HARNESS.GROW1(start, column, cell) / HARNESS.GROW2(column,
 *     cell, cell), which HyperFormula parses (and whose references it moves on a structural edit,
 *     e.g. a row inserted in the data: Excel adjusts references the same way, "Excel adjusts cell
 *     references when you insert rows"), and the workbook is computed with the RECC functions
 *     switched off (only the helper cells matter here: they read the data, not the RECC results);
 *  2. the structural edit, if any, is applied, each encoded range is replaced by the fixed range its
 *     cells give, and the result is the workbook computeWorkbook then evaluates in full.
 */
import { HyperFormula } from "hyperformula";
import { columnIndex, parseCell, unquoteSheet } from "../../src/plan/a1";
import { setDryRun, toEngineFormula, type SheetContents } from "./excel-engine";

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)`;
const CELL = String.raw`${SHEET}!\$?[A-Z]+\$?\d+`;
const COLUMN = String.raw`${SHEET}!\$?[A-Z]+:\$?[A-Z]+`;
const GROW2 = new RegExp(String.raw`INDEX\((${COLUMN}),(${CELL})\):INDEX\((${COLUMN}),(${CELL})\)`, "g");
const GROW1 = new RegExp(String.raw`(${CELL}):INDEX\((${COLUMN}),(${CELL})\)`, "g");
const ENCODED = new RegExp(String.raw`HARNESS\.GROW([12])\((${SHEET}!\$?[A-Z]+(?:\$?\d+|:\$?[A-Z]+)),(${SHEET}!\$?[A-Z]+(?:\$?\d+|:\$?[A-Z]+)),(${CELL})\)`, "g");

/** True when a formula of the workbook builds a range with INDEX. */
export function hasGrowingRanges(sheets: SheetContents): boolean {
  for (const cells of sheets.values()) for (const v of cells.values()) if (typeof v === "string" && v.startsWith("=") && /:INDEX\(/.test(v)) return true;
  return false;
}

function encode(f: string): string {
  return f.replace(GROW2, (_w, c1: string, a: string, _c2: string, b: string) => `HARNESS.GROW2(${c1},${a},${b})`).replace(GROW1, (_w, start: string, col: string, b: string) => `HARNESS.GROW1(${start},${col},${b})`);
}

function split(ref: string): { sheet: string; local: string } {
  const bang = ref.lastIndexOf("!");
  return { sheet: unquoteSheet(ref.slice(0, bang)), local: ref.slice(bang + 1) };
}

/**
 * The workbook with every INDEX-built range replaced by the fixed range Excel resolves it to,
 * after the structural edit `mutate` (if given) is applied to the data.
 */
export function resolveGrowingRanges(sheets: SheetContents, mutate?: (hf: HyperFormula) => void): SheetContents {
  const names = [...sheets.keys()];
  const data: Record<string, (string | number | boolean | null)[][]> = {};
  for (const name of names) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const [pos, v] of sheets.get(name)!) {
      const [r, c] = pos.split(":").map(Number);
      while (grid.length <= r) grid.push([]);
      grid[r][c] = typeof v === "string" && v.startsWith("=") ? (toEngineFormula(encode(v)) as string) : v;
    }
    data[name] = grid.map((row) => Array.from({ length: row.length }, (_, j) => row[j] ?? null));
  }
  setDryRun(true);
  let hf: HyperFormula;
  try {
    hf = HyperFormula.buildFromSheets(data, { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false, maxRows: 1048576 });
    mutate?.(hf);
  } finally {
    setDryRun(false);
  }
  const valueAt = (ref: string): number => {
    const { sheet, local } = split(ref);
    const a = parseCell(local);
    const v = hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: a.row, col: a.col });
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw new Error(`growing range: ${ref} holds ${JSON.stringify(v)}, not a row number`);
    return v;
  };
  const resolve = (f: string) =>
    f.replace(ENCODED, (_w, kind: string, a: string, b: string, c: string) => {
      if (kind === "1") {
        // start cell : INDEX(column, last) → start:$Col$last
        const col = split(b).local.split(":")[1].replace(/\$/g, "");
        columnIndex(col);
        return `${a}:$${col}$${valueAt(c)}`;
      }
      // INDEX(column, first):INDEX(column, last) → Sheet!$Col$first:$Col$last
      const prefix = a.slice(0, a.lastIndexOf("!") + 1);
      const col = split(a).local.split(":")[0].replace(/\$/g, "");
      return `${prefix}$${col}$${valueAt(b)}:$${col}$${valueAt(c)}`;
    });
  const out: SheetContents = new Map();
  names.forEach((name) => {
    const cells = new Map<string, string | number | boolean | null>();
    const id = hf.getSheetId(name)!;
    if (mutate) {
      // The sheet as it is after the edit (HyperFormula moved cells and references).
      hf.getSheetSerialized(id).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === "") return;
          cells.set(`${r}:${c}`, typeof v === "string" && v.startsWith("=") ? resolve(v) : (v as string | number | boolean));
        }),
      );
    } else {
      for (const [pos, v] of sheets.get(name)!) cells.set(pos, typeof v === "string" && v.startsWith("=") ? resolve(toEngineFormula(encode(v)) as string) : v);
    }
    out.set(name, cells);
  });
  hf.destroy();
  return out;
}
