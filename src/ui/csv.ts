import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

/**
 * Spreadsheet programs run a cell that starts with =, +, -, @, a tab or a carriage return as a formula,
 * so a text cell starting so (a source title, a quote, a translated label) gets a leading apostrophe, as
 * OWASP advises for CSV injection. Numbers stay numbers: a cell given as a number is never touched
 * (Papa Parse skips them), and neither is text that is only a number ("-3.2", "+5%", "-1,234.5"), which no
 * spreadsheet reads as a formula. Text that merely begins with one ("-3.2亿元") is escaped like any text.
 */
const FORMULA_START = /^(?![-+]?\d[\d.,]*(?:[eE][-+]?\d+)?%?$)[=+\-@\t\r]/;

/** Pure: rows to CSV text with a byte-order mark so spreadsheet programs read Chinese correctly. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c)));
  return `\uFEFF${Papa.unparse({ fields: [...header], data }, { newline: '\r\n', escapeFormulae: FORMULA_START })}`;
}

/** Saves CSV text as a file through a temporary object URL; nothing leaves the page. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename.endsWith('.csv') ? filename : `${filename}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
