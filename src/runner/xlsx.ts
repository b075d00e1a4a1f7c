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

function writer(): WriteFn {
  // The package's CommonJS build (ESM-first package; keeps tsx and jest alike).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("write-excel-file/node").default as WriteFn;
}

/** Excel limits a sheet name to 31 characters and forbids : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
}

/** Writes the sheets to `file`. Blank and undefined cells stay empty; numbers stay numbers. */
export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const write = writer();
  const data = sheets.map((s) => ({
    sheet: safeSheetName(s.name),
    columns: s.widths?.map((w) => ({ width: w })),
    data: s.rows.map((row, i) =>
      row.map((v) => {
        if (v === null || v === undefined || v === "") return null;
        if (s.headerRow && i === 0) return { value: String(v), fontWeight: "bold" as const };
        return s.wrap ? { value: v, wrap: true, alignVertical: "top" as const } : { value: v };
      }),
    ),
  }));
  await write(data as Parameters<WriteFn>[0] & unknown[]).toFile(file);
}
