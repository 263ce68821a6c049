import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import type { Dataset } from '../../../src/data/model';
import { flaggedConflicts, type Flagged } from '../../../src/data/selectors/conflicts';
import { conflictRows, type ConflictRow } from '../../../src/features/sources/conflictRows';
import { CONFLICT_NS } from '../../../src/features/sources/texts';
import { useFormat } from '../../../src/i18n/useFormat';
import { DataTable, type Column } from '../../../src/ui/DataTable';
import { realTexts } from '../fixtures';
import { renderWithProviders } from '../ui/render';

interface Row {
  name: string;
  value: number;
}
// 120 rows whose value order is not their name order, so sorting by value moves rows between pages.
const rows: Row[] = Array.from({ length: 120 }, (_, i) => ({
  name: `row ${String(i).padStart(3, '0')}`,
  value: (i * 37) % 120,
}));
const columns: Column<Row>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name, rowHeader: true },
  { id: 'value', header: 'Value', cell: (r) => r.value, sortValue: (r) => r.value, numeric: true },
];
const names = () => screen.getAllByRole('rowheader').map((c) => c.textContent);

describe('a paged table', () => {
  it('shows one page of every row sorted, steps through the rest by buttons, and starts over when re-sorted', async () => {
    await renderWithProviders(
      <DataTable caption="Many" rows={rows} columns={columns} rowKey={(r) => r.name} pageSize={50} />,
    );
    const pager = screen.getByRole('navigation', { name: /Many/ });
    const previous = within(pager).getByRole('button', { name: 'Previous' });
    const next = within(pager).getByRole('button', { name: 'Next' });
    expect(names()).toEqual(rows.slice(0, 50).map((r) => r.name));
    expect(pager).toHaveTextContent('Rows 1–50 of 120');
    expect(previous).toBeDisabled();

    await userEvent.click(next);
    await userEvent.click(next);
    expect(names()).toEqual(rows.slice(100).map((r) => r.name));
    expect(pager).toHaveTextContent('Rows 101–120 of 120');
    expect(next).toBeDisabled();

    // Sorting orders all 120 rows, not the page on screen, and shows the first page again.
    const value = screen.getByRole('columnheader', { name: /Value/ });
    await userEvent.click(within(value).getByRole('button'));
    const byValue = [...rows].sort((a, b) => a.value - b.value);
    expect(names()).toEqual(byValue.slice(0, 50).map((r) => r.name));
    expect(pager).toHaveTextContent('Rows 1–50 of 120');

    // The keyboard reaches the page buttons like any other.
    next.focus();
    await userEvent.keyboard('{Enter}');
    expect(names()).toEqual(byValue.slice(50, 100).map((r) => r.name));
  });

  it('has no pager when every row fits on one page', async () => {
    await renderWithProviders(
      <DataTable
        caption="Few"
        rows={rows.slice(0, 50)}
        columns={columns}
        rowKey={(r) => r.name}
        pageSize={50}
      />,
    );
    expect(screen.getAllByRole('rowheader')).toHaveLength(50);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('the conflict rows', () => {
  const real = buildDataset(realTexts(), { lastYear: 2026 }) as Dataset;

  it('work out a disagreement’s versions only when they are read, and then every one of them', async () => {
    let grouped = 0;
    // Each figure group counts the reads of its statements (the costly grouping at scale).
    const counted: Flagged[] = flaggedConflicts(real).map((f) =>
      f.scope === 'values'
        ? {
            ...f,
            group: Object.create(f.group, {
              statements: { get: () => ((grouped += 1), f.group.statements) },
            }) as typeof f.group,
          }
        : f,
    );
    let out: ConflictRow[] = [];
    function Probe() {
      const { t } = useTranslation(CONFLICT_NS);
      out = conflictRows(real, counted, t, useFormat());
      return null;
    }
    await renderWithProviders(<Probe />);
    expect(out).toHaveLength(counted.length);
    expect(out.every((r) => r.subject && r.id)).toBe(true);
    expect(grouped).toBe(0);

    const at = counted.findIndex((f) => f.scope === 'values');
    const flagged = counted[at] as Extract<Flagged, { scope: 'values' }>;
    const versions = out[at]?.versions ?? [];
    expect(versions.map((v) => v.figure)).toEqual(flagged.group.statements.map((s) => s.figure));
    expect(versions.every((v) => v.citations.length > 0)).toBe(true);
    // Read again, the row keeps what it worked out.
    const reads = grouped;
    expect(out[at]?.versions).toBe(versions);
    expect(grouped).toBe(reads);
  });
});
