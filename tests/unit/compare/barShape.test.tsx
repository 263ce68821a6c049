import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { barShape } from '../../../src/features/compare/chart/plotMarks';

const keys = ['b0_0', 'b0_1', 'b0_2'];
const Value = ({ x, width, value }: { x: number; y: number; width: number; value: string | undefined }) =>
  value ? (
    <text data-testid="value" x={x + width / 2}>
      {value}
    </text>
  ) : null;

function drawn(key: string, payload: Record<string, number | string | null>) {
  const Shape = barShape('red', key, 1, { keys, gap: 4 }, Value, (row) =>
    typeof row[key] === 'number' ? String(row[key]) : undefined,
  );
  const { container } = render(<svg>{Shape({ x: 100, y: 10, width: 20, height: 50, payload })}</svg>);
  const rect = container.querySelector('rect')!;
  return { x: Number(rect.getAttribute('x')), opacity: rect.getAttribute('fill-opacity'), container };
}

describe('a Compare bar stands over its region', () => {
  it('moves a region’s single figure to the middle of its group of three slots, its value with it', () => {
    const { x, container } = drawn('b0_0', {
      region: 'east',
      b0_0: 9.3,
      'b0_0:q': '',
      'b0_0:s': 'statistics',
    });
    // Two empty slots of 20 px + 4 px gap: half of them to the left.
    expect(x).toBe(100 + (2 * (20 + 4)) / 2);
    expect(container.querySelector('[data-testid="value"]')?.getAttribute('x')).toBe(String(x + 10));
  });

  it('leaves a full group where Recharts put it, and fills each figure by its series', () => {
    const row = { region: 'national', b0_0: 15.7, b0_1: 14.8, b0_2: 15, 'b0_1:s': 'assessment' };
    expect(drawn('b0_1', row).x).toBe(100);
    expect(drawn('b0_1', row).opacity).toBe('0.55');
  });
});
