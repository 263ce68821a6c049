import Papa from 'papaparse';
import { saveBlob } from './saveFile';

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

/** What a downloaded table says about itself in its first line, so it can be cited once apart from the page. */
export interface CsvMetadata {
  version: string;
  /** YYYY-MM-DD of the dataset version. */
  date: string;
  /** The view the table was downloaded from. */
  link: string;
}

/**
 * The first line of a downloaded table, as statistical offices head theirs: `#` so scripts skip it
 * (pandas `skiprows=1`, R `skip = 1`, Papa Parse `comments: '#'`), and with no comma, quote or line
 * break so a spreadsheet keeps it whole in the first cell above the header row. `fill` words the line in
 * the page's language; a comma in the link is percent-encoded, which the app reads back the same.
 */
export function csvMetadataLine(fill: (meta: CsvMetadata) => string, meta: CsvMetadata): string {
  const link = meta.link.replace(/,/g, '%2C').replace(/"/g, '%22');
  return `# ${fill({ ...meta, link })
    .replace(/[\r\n"]+/g, ' ')
    .replace(/,/g, '，')}`;
}

/** CSV text from toCsv with the metadata line before its header; the byte-order mark stays first. */
export function withMetadataLine(line: string, csv: string): string {
  return `\uFEFF${line}\r\n${csv.replace(/^\uFEFF/, '')}`;
}

/** Saves CSV text as a file; nothing leaves the page. */
export function downloadCsv(filename: string, csv: string): void {
  saveBlob(
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    filename.endsWith('.csv') ? filename : `${filename}.csv`,
  );
}
