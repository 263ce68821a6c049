import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

/** Pure: rows to CSV text with a byte-order mark so spreadsheet programs read Chinese correctly. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...header], data: rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))) }, { newline: '\r\n' })}`;
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
