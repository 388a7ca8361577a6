// Every CSV the app writes goes through here. A cell a spreadsheet could run as a formula (it starts with
// =, +, -, @, tab or CR) is prefixed with a quote mark, also when the value runs over several lines: Papa's
// own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, whose `.*$` cannot cross a line break, so
// "=HYPERLINK(…)\nx" slipped through (issue 13).
import Papa from "papaparse";

const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(input: Papa.UnparseObject<unknown> | readonly object[]): string {
  return Papa.unparse(input as Papa.UnparseObject<unknown>, { escapeFormulae: FORMULA_START, newline: "\r\n" });
}
