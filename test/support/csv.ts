/** Reading CSV files in tests the way the importer does: a header row, `#` comment lines, no blank rows. */
import * as fs from "fs";
import Papa from "papaparse";

/** The rows of a CSV file as header → cell text records. */
export function readCsvRecords(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), { header: true, comments: "#", skipEmptyLines: true }).data;
}
