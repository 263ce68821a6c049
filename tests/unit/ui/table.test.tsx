import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/ui/csv';
import { DataTable, sortRows, type Column } from '../../../src/ui/DataTable';
import { renderWithProviders } from './render';

interface Row {
  name: string;
  value: number | null;
}
const rows: Row[] = [
  { name: '江苏', value: 27 },
  { name: 'Beijing', value: null },
  { name: 'Anhui', value: 12 },
  { name: 'zone 10', value: 3 },
  { name: 'zone 9', value: 27 },
];
const columns: Column<Row>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name, rowHeader: true },
  { id: 'value', header: 'Value', cell: (r) => r.value ?? '—', sortValue: (r) => r.value, numeric: true },
  { id: 'plain', header: 'Plain', cell: () => 'x' },
];

describe('sortRows', () => {
  it('sorts numbers numerically, keeps ties in their order and puts gaps last in both directions', () => {
    expect(sortRows(rows, columns[1], 'ascending', 'en').map((r) => r.name)).toEqual([
      'zone 10',
      'Anhui',
      '江苏',
      'zone 9',
      'Beijing',
    ]);
    expect(sortRows(rows, columns[1], 'descending', 'en').map((r) => r.name)).toEqual([
      '江苏',
      'zone 9',
      'Anhui',
      'zone 10',
      'Beijing',
    ]);
  });

  it('compares text with numeric awareness', () => {
    const names = sortRows(rows, columns[0], 'ascending', 'en').map((r) => r.name);
    expect(names.indexOf('zone 9')).toBeLessThan(names.indexOf('zone 10'));
  });
});

describe('DataTable', () => {
  it('sorts by a header button and says so with aria-sort', async () => {
    await renderWithProviders(
      <DataTable caption="Test" rows={rows} columns={columns} rowKey={(r) => r.name} />,
    );
    const header = screen.getByRole('columnheader', { name: /Value/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Plain' })).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      'zone 10',
      'Anhui',
      '江苏',
      'zone 9',
      'Beijing',
    ]);
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows the empty message instead of an empty body', async () => {
    await renderWithProviders(
      <DataTable caption="Test" rows={[]} columns={columns} rowKey={(r) => r.name} empty="Nothing here" />,
    );
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
  });
});

describe('toCsv', () => {
  it('quotes commas and quotes, keeps Chinese text and leaves gaps empty', () => {
    const csv = toCsv(
      ['name', 'value'],
      [
        ['江苏, "east"', 1.5],
        ['gap', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1)).data;
    expect(parsed).toEqual([
      ['name', 'value'],
      ['江苏, "east"', '1.5'],
      ['gap', ''],
    ]);
  });
});
