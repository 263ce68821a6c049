import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { nationalCountStatements } from '../../../src/data/selectors/growth/counts';
import { zoneMilestones } from '../../../src/data/selectors/growth/milestones';
import { provinceTiles } from '../../../src/data/selectors/growth/provinces';
import { countCsv } from '../../../src/features/growth/CountTable';
import { milestoneCsv } from '../../../src/features/growth/milestoneCsv';
import { provinceCsv } from '../../../src/features/growth/ProvinceTable';
import type { GrowthT } from '../../../src/features/growth/texts';
import { realTexts } from '../fixtures';

const dataset = buildDataset(realTexts(), { lastYear: 2026 });
const t = ((key: string) => key) as unknown as GrowthT;

describe('growth CSV exports', () => {
  it('exports every national statement with its source and quote, disputed ones flagged', () => {
    const { header, rows } = countCsv(nationalCountStatements(dataset), t);
    expect(rows).toHaveLength(nationalCountStatements(dataset).length);
    const source = header.indexOf('common:table.source');
    expect(rows.every((r) => typeof r[source] === 'string' && r[source] !== '')).toBe(true);
    const disputed = rows.filter((r) => r[header.indexOf('table.conflict')] === 'table.yes');
    expect(disputed.map((r) => r[header.indexOf('table.count')])).toEqual(
      expect.arrayContaining([229, 232, 233, 230]),
    );
    // The first-half 2004 count describes June 2004 and was stated on 10 August 2004: both kept apart.
    const h1 = rows.find((r) => r[header.indexOf('table.count')] === 49 && r[0] === '2004-06');
    expect(h1?.[header.indexOf('where.statedColumn')]).toBe('2004-08-10');
  });

  it('exports milestones with the counts their sources state', () => {
    const { header, rows } = milestoneCsv(zoneMilestones(dataset), (m) => m.ref, t);
    const first = rows.find((r) => r[0] === 'batch.first');
    expect(first?.[header.indexOf('milestone.csv.counts')]).toContain('14 (1984/1988, cn2004list)');
  });

  it('exports provinces with "no data" in words, never as zero', () => {
    const { header, rows } = provinceCsv(provinceTiles(dataset, 2024), t);
    expect(rows).toHaveLength(31);
    const stated = header.indexOf('measure.stated');
    expect(rows.filter((r) => r[stated] === 'where.noData').length).toBeGreaterThan(10);
    expect(rows.some((r) => r[stated] === 0)).toBe(false);
  });
});
