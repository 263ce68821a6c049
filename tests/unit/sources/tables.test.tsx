import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../app/render';

/** What the CSV buttons download, parsed: each click adds one table (after its metadata line, header first). */
let downloads: Blob[] = [];
beforeEach(() => {
  downloads = [];
  taken = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => (downloads.push(blob), 'blob:test'),
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});
let taken = 0;
/** The table the last click downloaded: the CSV writer loads on the first click, so the file comes a moment later. */
async function lastCsv(): Promise<string[][]> {
  await vi.waitFor(() => expect(downloads.length).toBeGreaterThan(taken));
  taken = downloads.length;
  const text = (await downloads.at(-1)!.text()).replace(/^\uFEFF/, '');
  const metadata = text.slice(0, text.search(/\r?\n/));
  expect(metadata).toMatch(/^# .*dataset v\S+ .*CC BY 4\.0/);
  return Papa.parse<string[]>(text.slice(metadata.length).trimStart(), { skipEmptyLines: true }).data;
}
const column = (table: HTMLElement, name: RegExp | string) =>
  within(table).getByRole('columnheader', { name });

describe('the Sources view’s tables', () => {
  it('lists every source newest first, sorts by any column and downloads what the filter shows', async () => {
    const { stop } = await renderApp('?lang=en&view=sources');
    const table = await screen.findByRole('table', { name: 'All sources' });
    expect(column(table, /Published/)).toHaveAttribute('aria-sort', 'descending');

    const figures = column(table, /Figures backed/);
    await userEvent.click(within(figures).getByRole('button'));
    expect(figures).toHaveAttribute('aria-sort', 'ascending');
    expect(column(table, /Published/)).toHaveAttribute('aria-sort', 'none');
    const counts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(within(row).getAllByRole('cell')[5]?.textContent));
    expect(counts.every(Number.isInteger)).toBe(true);
    expect(counts[0]).toBeLessThan(counts.at(-1)!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show quality' }), 'official');
    const shown = within(table).getAllByRole('row').length - 1;
    await userEvent.click(
      within(screen.getByRole('region', { name: 'All sources' })).getByRole('button', {
        name: 'Download CSV',
      }),
    );
    const [header, ...rows] = await lastCsv();
    expect(header).toEqual([
      'Title',
      'Title as published',
      'Publisher',
      'Published',
      'Quality',
      'Language',
      'Figures backed',
      'Address',
    ]);
    expect(rows).toHaveLength(shown);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['Official']));
    stop();
  });

  it('lists every disagreement once, sortable, with why it arises, and every version with its source in the CSV', async () => {
    const { stop } = await renderApp('?lang=en&view=sources');
    const table = await screen.findByRole('table', { name: 'Where sources disagree' });
    expect(column(table, /^Period/)).toHaveAttribute('aria-sort', 'descending');
    const rowsShown = within(table).getAllByRole('row').slice(1);
    // Figures, zone counts and zone dates alike: 24 today, and the intro says the same number.
    expect(rowsShown).toHaveLength(24);
    expect(screen.getByText(/^24 disagreements between sources/)).toBeInTheDocument();
    const what = column(table, /What/);
    await userEvent.click(within(what).getByRole('button'));
    const names = within(table)
      .getAllByRole('rowheader')
      .map((c) => c.textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).toContain('Number of national ETDZs existing');
    expect(names).toContain('Yangzhou ETDZ: approval date');
    // Why: the explanation where one is known, and "not known" said where none is.
    const gdp = within(table).getAllByRole('rowheader', { name: 'Regional GDP · All national ETDZs' });
    const gdpRows = within(table)
      .getAllByRole('row')
      .filter((r) => gdp.some((h) => r.contains(h)));
    expect(gdpRows).toHaveLength(3);
    expect(gdpRows.every((r) => /Different publication series/.test(r.textContent ?? ''))).toBe(true);
    expect(within(table).getAllByText('Why the sources differ is not known.').length).toBeGreaterThan(0);

    await userEvent.click(
      within(screen.getByRole('region', { name: 'Where sources disagree' })).getByRole('button', {
        name: 'Download CSV',
      }),
    );
    const [header, ...rows] = await lastCsv();
    const at = (name: string) => header!.indexOf(name);
    const gdp2023 = rows.filter(
      (r) => r[0] === 'Regional GDP · All national ETDZs' && r[at('Period')] === '2023',
    );
    // Every version stays, qualifier included, each with the words of its source and why they differ.
    expect(gdp2023.map((r) => r[at('Stated figure')]).sort()).toEqual([
      '>CNY 15 trillion',
      'CNY 14.8 trillion',
      'CNY 15.7 trillion',
    ]);
    expect(gdp2023.every((r) => r[at('Quote')] !== '' && r[at('Source')] !== '')).toBe(true);
    expect(gdp2023.every((r) => /^Different publication series/.test(r[at('Why they differ')] ?? ''))).toBe(
      true,
    );
    stop();
  });

  it('keeps differences that are only rounding or a bound out of the count, with their quiet mark', async () => {
    const { stop } = await renderApp('?lang=en&view=sources');
    const quiet = (await screen.findByText(/differences that are not disagreements$/)).closest(
      'details',
    ) as HTMLElement;
    // Folded below the table, its items are drawn a task after the view.
    const item = (await within(quiet).findAllByRole('listitem')).find(
      (li) => /High-tech enterprises.*2020/.test(li.textContent ?? '') && li.querySelector('.agreement-mark'),
    );
    expect(item?.textContent).toMatch(/within a stated bound/);
    stop();
  });
});

describe('the Overview’s zone-count table', () => {
  it('sorts the statements and downloads them with their sources, bounds kept as bounds', async () => {
    const { stop } = await renderApp('?lang=en&view=overview');
    const frame = await screen.findByRole('figure', { name: /Number of national ETDZs, as stated/ });
    await userEvent.click(within(frame).getByRole('button', { name: /Show table/ }));
    const table = within(frame).getByRole('table');
    expect(column(table, /^Date/)).toHaveAttribute('aria-sort', 'ascending');
    const count = column(table, /Number of national ETDZs/);
    await userEvent.click(within(count).getByRole('button'));
    await userEvent.click(within(count).getByRole('button'));
    expect(count).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(within(frame).getByRole('button', { name: 'Download CSV' }));
    const [header, ...rows] = await lastCsv();
    expect(header).toEqual(['Date', 'Number of national ETDZs', 'Source', 'Published', 'Address', 'Quote']);
    expect(rows).toHaveLength(within(table).getAllByRole('row').length - 1);
    expect(rows.some((r) => r[1] === '>200' && r[5] !== '')).toBe(true);
    stop();
  });
});
