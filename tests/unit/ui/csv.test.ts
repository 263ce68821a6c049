import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell } from '../../../src/ui/csv';

/** The CSV as a spreadsheet receives it: the byte-order mark gone, every line split into its cells. */
const cells = (header: string[], rows: CsvCell[][]) => {
  const text = toCsv(header, rows);
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
};

describe('CSV export against formula injection (issue 12, break 9)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+SUM(A1:A9)'],
    ["-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1,1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['=1+1\nsecond line'],
    ['-3.2亿元'],
  ])('puts an apostrophe before text starting like a formula: %j', (text) => {
    const [, row] = cells(['a'], [[text]]);
    expect(row).toEqual([`'${text}`]);
  });

  it('escapes a header cell too', () => {
    const [header] = cells(['=cmd', 'name'], []);
    expect(header).toEqual(["'=cmd", 'name']);
  });

  it('keeps numbers usable: numeric cells and text that is only a number are left alone', () => {
    const [, row] = cells(['a', 'b', 'c', 'd', 'e', 'f'], [[-3.2, '-3.2', '+5%', '-1,234.5', 0, '2.5e-3']]);
    expect(row).toEqual(['-3.2', '-3.2', '+5%', '-1,234.5', '0', '2.5e-3']);
    expect(toCsv(['a'], [[-3.2]])).toBe('\uFEFFa\r\n-3.2');
  });

  it('leaves ordinary text, empty cells and Chinese as they are', () => {
    const [, row] = cells(
      ['a', 'b', 'c', 'd', 'e'],
      [['Regional GDP', '国家级经开区', null, undefined, 'a=b']],
    );
    expect(row).toEqual(['Regional GDP', '国家级经开区', '', '', 'a=b']);
  });
});
