/**
 * Writes .xlsx workbooks of plain values with write-excel-file (maintained, MIT, one dependency:
 * fflate). Used for the results workbook and the bundled sample workbook.
 */
import type { CellValue } from "../plan/analysis-plan";

export interface SheetSpec {
  name: string;
  rows: (CellValue | null | undefined)[][];
  /** Column widths in characters. */
  widths?: number[];
  /** Bold first row. */
  headerRow?: boolean;
  /** Wrap text and align to the top (for long texts such as a JSON in one cell). */
  wrap?: boolean;
}

type WriteFn = typeof import("write-excel-file/node").default;
type Feature = import("write-excel-file/node").Feature<unknown>;

/** The error values a cell of type "e" may hold in SpreadsheetML (ECMA-376 Part 1, §18.18.11 ST_CellType). */
const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/**
 * Error cells. write-excel-file writes numbers, text, booleans, dates and formulas, not error values,
 * so an error is written as a formula cell holding the error's text (`<c r="E5"><f>#DIV/0!</f></c>`)
 * and this feature rewrites each such cell into what Excel itself stores for an error value:
 * `<c r="E5" t="e"><v>#DIV/0!</v></c>`. Excel's functions then see an error (ISERROR is TRUE,
 * SUM gives the error), not the text "#DIV/0!".
 */
const ERROR_CELLS: Feature = {
  files: {
    transform: {
      "xl/worksheets/sheet{id}.xml": {
        transform: (xml: string) =>
          xml.replace(/<c ([^>]*?)><f>(#[A-Z0-9/!?]+)<\/f><\/c>/g, (whole, attrs: string, code: string) =>
            ERROR_VALUES.has(code) && !/\st="/.test(` ${attrs}`) ? `<c ${attrs} t="e"><v>${code}</v></c>` : whole,
          ),
      },
    },
  },
};

function writer(): WriteFn {
  // The package's CommonJS build (ESM-first package; keeps tsx and jest alike).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("write-excel-file/node").default as WriteFn;
}

/** Excel limits a sheet name to 31 characters and forbids : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
}

/**
 * Writes the sheets to `file`. Blank and undefined cells stay empty; numbers stay numbers; a cell
 * holding exactly an Excel error value ("#DIV/0!", "#N/A", "#NUM!", …) becomes an error cell.
 */
export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const write = writer();
  const data = sheets.map((s) => ({
    sheet: safeSheetName(s.name),
    columns: s.widths?.map((w) => ({ width: w })),
    data: s.rows.map((row, i) =>
      row.map((v) => {
        if (v === null || v === undefined || v === "") return null;
        if (s.headerRow && i === 0) return { value: String(v), fontWeight: "bold" as const };
        if (typeof v === "string" && ERROR_VALUES.has(v)) return { type: "Formula" as const, value: v };
        return s.wrap ? { value: v, wrap: true, alignVertical: "top" as const } : { value: v };
      }),
    ),
  }));
  await write(data as Parameters<WriteFn>[0] & unknown[], { features: [ERROR_CELLS] } as never).toFile(file);
}
