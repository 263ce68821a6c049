import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { miniTexts, realTexts } from '../fixtures';

describe('province tile positions', () => {
  it('places each of the 31 provinces on its own tile', () => {
    const dataset = buildDataset(realTexts());
    expect(dataset.provinces.size).toBe(31);
    const tiles = new Set([...dataset.provinces.values()].map((p) => `${p.row},${p.col}`));
    expect(tiles.size).toBe(31);
  });

  it('reports two provinces on one tile with file, line and column', () => {
    const dataset = buildDataset(
      miniTexts({
        provinces: ['id,region,row,col', 'liaoning,northeast,1,6', 'jilin,northeast,1,6'].join('\n'),
      }),
    );
    expect(dataset.issues).toContainEqual(
      expect.objectContaining({
        file: 'provinces.csv',
        line: 3,
        column: 'col',
        reason: expect.stringContaining('liaoning'),
      }),
    );
  });

  it('rejects a position off the grid', () => {
    const dataset = buildDataset(
      miniTexts({ provinces: ['id,region,row,col', 'liaoning,northeast,12,6'].join('\n') }),
    );
    expect(dataset.issues).toContainEqual(
      expect.objectContaining({ file: 'provinces.csv', line: 2, column: 'row' }),
    );
  });
});
