import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, parseCsvTable } from '../../../src/data/parse';

const schema = z.object({
  id: z.string().min(1),
  n: z.string().regex(/^\d+$/, 'must be digits').transform(Number),
});

describe('parseCsvTable', () => {
  it('types the good rows and keeps their line numbers', () => {
    const { rows, issues } = parseCsvTable('t.csv', 'id,n\na,1\nb,2\n', schema);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { id: 'a', n: 1, line: 2 },
      { id: 'b', n: 2, line: 3 },
    ]);
  });

  it('reports a bad cell with its line, column and the value it got', () => {
    const { rows, issues } = parseCsvTable('t.csv', 'id,n\na,1\nb,x\n', schema);
    expect(rows).toHaveLength(1);
    expect(issues.map(formatIssue)).toEqual(['t.csv:3 column "n": must be digits (got "x")']);
  });

  it('reports a row with too many cells as a CSV syntax problem', () => {
    const { issues } = parseCsvTable('t.csv', 'id,n\na,1,extra\n', schema);
    expect(issues[0]).toMatchObject({ file: 't.csv', line: 2 });
    expect(issues[0]?.reason).toMatch(/CSV syntax/);
  });

  it('skips blank lines', () => {
    expect(parseCsvTable('t.csv', 'id,n\n\na,1\n\n', schema).rows).toHaveLength(1);
  });
});
