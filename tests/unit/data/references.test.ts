import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildDataset } from '../../../src/data/build';
import type { DataIssue } from '../../../src/data/issues';
import { buildPolicy } from '../../../src/data/policy/build';
import { POLICY_TABLE_NAMES, POLICY_TABLES } from '../../../src/data/policy/schema';
import { indexById, unknownReference, type ReferenceTarget } from '../../../src/data/references';
import { id, optionalId, spaceList } from '../../../src/data/schema/fields';
import { tableDefs, type TableDef } from '../../../src/data/schema/tableDef';
import { zoneRow } from '../../../src/data/schema/tables';
import { tableLoader } from '../../../src/data/tableLoader';
import { TABLE_NAMES, TABLES } from '../../../src/data/tables';
import { miniTexts } from '../fixtures';
import { miniPolicyTexts } from '../policies/fixtures';

const target = (file: string, noun: string, ids: string[]): ReferenceTarget => ({
  file,
  noun,
  ids: new Set(ids),
});
const provinces = target('provinces.csv', 'province', ['liaoning', 'jilin']);
const tags = target('tags.csv', 'tag', ['trade', 'land']);
const targets = (table: 'provinces' | 'tags') => (table === 'provinces' ? provinces : tags);

describe('unknownReference', () => {
  it('names the column, the unknown id and the table it should be in', () => {
    expect(
      unknownReference({ province: 'gansu' }, [{ column: 'province', table: 'provinces' }], targets),
    ).toEqual({ column: 'province', reason: 'unknown province id "gansu" (not in provinces.csv)' });
    expect(
      unknownReference({ province: 'jilin' }, [{ column: 'province', table: 'provinces' }], targets),
    ).toBeNull();
  });

  it('reads an empty cell as no reference and checks every id of a list', () => {
    const refs = [
      { column: 'province', table: 'provinces' },
      { column: 'tags', table: 'tags' },
    ] as const;
    expect(unknownReference({ province: '', tags: [] as string[] }, refs, targets)).toBeNull();
    expect(unknownReference({ province: '', tags: ['trade', 'tourism', 'x'] }, refs, targets)).toEqual({
      column: 'tags',
      reason: 'unknown tag id "tourism" (not in tags.csv)',
    });
  });

  it('reports only the first failing reference, in the order declared', () => {
    const row = { province: 'gansu', tags: ['tourism'] };
    expect(
      unknownReference(
        row,
        [
          { column: 'tags', table: 'tags' },
          { column: 'province', table: 'provinces' },
        ],
        targets,
      )?.column,
    ).toBe('tags');
  });

  it('checks an id made of several cells where the reference says so', () => {
    const areas = target('areas.csv', 'area', ['DOC-A:1']);
    const ref = [
      { column: 'area', table: 'areas', ids: (r: { doc: string; area: string }) => [`${r.doc}:${r.area}`] },
    ] as const;
    expect(unknownReference({ doc: 'DOC-A', area: '1' }, ref, () => areas)).toBeNull();
    expect(unknownReference({ doc: 'DOC-B', area: '1' }, ref, () => areas)?.reason).toBe(
      'unknown area id "DOC-B:1" (not in areas.csv)',
    );
  });
});

describe('indexById', () => {
  it('keeps the first row of an id and names its line when the id repeats', () => {
    const issues: DataIssue[] = [];
    const rows = [
      { id: 'a', line: 2 },
      { id: 'b', line: 3 },
      { id: 'a', line: 4 },
    ];
    const map = indexById('x.csv', rows, issues, (r) => r.id);
    expect([...map.values()].map((r) => r.line)).toEqual([2, 3]);
    expect(issues).toEqual([
      { file: 'x.csv', line: 4, column: 'id', reason: 'duplicate id "a" (first on line 2)' },
    ]);
  });
});

describe('tableLoader', () => {
  type Name = 'parents' | 'children';
  const table = tableDefs<Name>();
  const defs = {
    parents: table({
      file: 'parents.csv',
      schema: z.object({ id, parent: optionalId }),
      key: { noun: 'parent', column: 'id' },
      references: [{ column: 'parent', table: 'parents' }],
    }),
    children: table({
      file: 'children.csv',
      schema: z.object({ id, parents: spaceList(id) }),
      references: [{ column: 'parents', table: 'parents' }],
    }),
  } satisfies Record<Name, TableDef<z.ZodObject, Name>>;

  it('leaves out a bad row, so rows that refer to it are reported in turn', () => {
    const issues: DataIssue[] = [];
    const load = tableLoader(
      defs,
      {
        parents: ['id,parent', 'a,', 'b,a', 'c,zz', 'a,'].join('\n'),
        // c was left out: a child of c is reported, not silently kept with a dangling id.
        children: ['id,parents', 'x,a b', 'y,a c'].join('\n'),
      },
      issues,
    );
    expect(load('parents').map((r) => r.id)).toEqual(['a', 'b']);
    expect(load('children').map((r) => r.id)).toEqual(['x']);
    expect(issues).toEqual([
      { file: 'parents.csv', line: 5, column: 'id', reason: 'duplicate id "a" (first on line 2)' },
      {
        file: 'parents.csv',
        line: 4,
        column: 'parent',
        reason: 'unknown parent id "zz" (not in parents.csv)',
      },
      {
        file: 'children.csv',
        line: 3,
        column: 'parents',
        reason: 'unknown parent id "c" (not in parents.csv)',
      },
    ]);
  });

  it('checks a row rule only once the row’s references resolve', () => {
    const issues: DataIssue[] = [];
    const load = tableLoader(defs, { parents: 'id,parent\na,\nb,zz', children: 'id,parents' }, issues);
    const seen: string[] = [];
    load('parents', (r) => (seen.push(r.id), r.id === 'a' ? { column: 'id', reason: 'no a' } : null));
    expect(seen).toEqual(['a']);
    expect(issues.map((i) => `${i.line} ${i.column}: ${i.reason}`)).toEqual([
      '2 id: no a',
      '3 parent: unknown parent id "zz" (not in parents.csv)',
    ]);
  });

  it('refuses to check a reference to a table not loaded yet', () => {
    const load = tableLoader(defs, { parents: 'id,parent', children: 'id,parents\nx,a' }, []);
    expect(() => load('children')).toThrow(/children\.csv refers to parents, which must be loaded first/);
  });

  it('rejects, at type-check time, a reference from a missing column or to a missing table', () => {
    const zones = tableDefs<'zones' | 'provinces'>();
    // @ts-expect-error a column zones.csv does not have
    zones({ file: 'zones.csv', schema: zoneRow, references: [{ column: 'provnce', table: 'provinces' }] });
    // @ts-expect-error a table the loader does not have
    zones({ file: 'zones.csv', schema: zoneRow, references: [{ column: 'province', table: 'provinecs' }] });
    expect(zones({ file: 'zones.csv', schema: zoneRow }).file).toBe('zones.csv');
  });
});

/** Replaces one cell (by column name) of line 2 of a CSV text without quotes. */
function breakCell(text: string, column: string, value: string): string {
  const lines = text.split('\n');
  const header = lines[0]!.split(',');
  const cells = lines[1]!.split(',');
  cells[header.indexOf(column)] = value;
  lines[1] = cells.join(',');
  return lines.join('\n');
}

describe('every declared reference is checked', () => {
  const datasetRefs = TABLE_NAMES.flatMap((name) =>
    (TABLES[name].references ?? []).map((ref) => [name, ref.column, ref.table] as const),
  );

  it('declares the references between the dataset tables', () => {
    expect(datasetRefs.map(([name, column, table]) => `${name}.${column} → ${table}`)).toEqual([
      'indicators.base → indicators',
      'values.indicator → indicators',
      'values.source → sources',
      'zones.province → provinces',
      'zones.batch → batches',
      'zones.source → sources',
      'zoneStatements.zone → zones',
      'zoneStatements.source → sources',
      'zoneCounts.zones → zones',
      'zoneCounts.source → sources',
      'batches.source → sources',
      'provinceCounts.province → provinces',
      'provinceCounts.source → sources',
      'assessments.source → sources',
      'rankings.assessment_year → assessments',
      'rankings.zone → zones',
      'rankings.province → provinces',
      'rankings.source → sources',
      'seedClaims.indicator → indicators',
      'seedClaims.source → sources',
    ]);
  });

  it.each(datasetRefs)('dataset %s.%s → %s', (name, column, table) => {
    const texts = miniTexts();
    // A year column takes a year that has no assessment; every other reference an id that is nowhere.
    const unknown = column === 'assessment_year' ? '2025' : 'no_such_id';
    const dataset = buildDataset(
      { ...texts, [name]: breakCell(texts[name], column, unknown) },
      { lastYear: 2026 },
    );
    const { file, key } = TABLES[table];
    expect(dataset.issues).toContainEqual({
      file: TABLES[name].file,
      line: 2,
      column,
      reason: `unknown ${key?.noun} id "${unknown}" (not in ${file})`,
    });
  });

  const policyRefs = POLICY_TABLE_NAMES.flatMap((name) =>
    (POLICY_TABLES[name].references ?? []).map((ref) => [name, ref.column, ref.table] as const),
  );

  it.each(policyRefs)('policy %s.%s → %s', (name, column, table) => {
    const texts = miniPolicyTexts();
    const p = buildPolicy({ ...texts, [name]: breakCell(texts[name], column, 'no-such-id') });
    const { file, key } = POLICY_TABLES[table];
    expect(p.issues[0]).toMatchObject({ file: POLICY_TABLES[name].file, line: 2, column });
    expect(p.issues[0]?.reason).toMatch(
      new RegExp(
        `^unknown ${key?.noun} id "([A-Z-]+:)?no-such-id" \\(not in ${file.replace('.', '\\.')}\\)$`,
      ),
    );
  });
});
