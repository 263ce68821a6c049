import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyLabels } from '../../../scripts/data-check/policy';
import { buildPolicy } from '../../../src/data/policy/build';
import { runScript } from '../scripts/run';
import { editLine, miniPolicyTexts, POLICY_DIR, policyLocale, realPolicy } from './fixtures';

describe('policy tables', () => {
  it('load with typed structure, documents in date order, measures by document and area', () => {
    const p = buildPolicy(miniPolicyTexts());
    expect(p.issues).toEqual([]);
    expect(p.documents.map((d) => d.id)).toEqual(['DOC-A', 'DOC-B']);
    expect(p.documents[1]).toEqual({
      id: 'DOC-B',
      date: '2025-05-21',
      kind: 'document',
      docNumber: '商资函〔2025〕132号',
      numberConfidence: 'medium',
      statedAreas: 2,
      statedMeasures: 3,
      completeness: 'partial',
      sources: ['https://example.org/b', 'https://example.org/b2'],
    });
    expect(p.measures.map((m) => m.id)).toEqual(['DOC-A-m01', 'DOC-B-m01', 'DOC-B-m02']);
    expect(p.measures[0]).toMatchObject({
      number: '1',
      source: null,
      titleIsOfficial: 'true',
      titleNote: null,
      numberingVerified: true,
      weight: 30,
    });
    expect(p.measures[2]).toMatchObject({
      tags: ['land'],
      bodies: ['mofcom'],
      titleIsOfficial: 'false',
      titleNote: 'compiler',
    });
    expect(p.areas.map((a) => a.id)).toEqual(['DOC-A:roles', 'DOC-B:1', 'DOC-B:2']);
  });

  it('names file, line and column of a bad date and leaves the row out', () => {
    const texts = miniPolicyTexts();
    const p = buildPolicy({
      ...texts,
      documents: editLine(texts.documents, 3, (r) => r.replace('2019-05', '2019-13')),
    });
    expect(p.issues[0]).toEqual(
      expect.objectContaining({
        file: 'documents.csv',
        line: 3,
        column: 'date',
        reason: expect.stringContaining('YYYY, YYYY-MM or YYYY-MM-DD'),
      }),
    );
    expect(p.documents.map((d) => d.id)).toEqual(['DOC-B']);
    // the rows that point to the rejected document are named too, not silently dropped
    expect(p.issues.slice(1).map((i) => `${i.file}:${i.line}`)).toEqual(['areas.csv:4', 'measures.csv:4']);
  });

  it('reports a measure of an unknown document', () => {
    const texts = miniPolicyTexts();
    const p = buildPolicy({
      ...texts,
      measures: editLine(texts.measures, 2, (r) => r.replace('DOC-B,2', 'DOC-X,2')),
    });
    expect(p.issues).toEqual([
      {
        file: 'measures.csv',
        line: 2,
        column: 'document',
        reason: 'unknown document id "DOC-X" (not in documents.csv)',
      },
    ]);
    expect(p.measures.map((m) => m.id)).not.toContain('DOC-B-m02');
  });

  it('reports an area of an unknown document and a measure in an unknown area', () => {
    const texts = miniPolicyTexts();
    const p = buildPolicy({
      ...texts,
      areas: editLine(texts.areas, 4, (r) => r.replace('DOC-A', 'DOC-Z')),
    });
    expect(p.issues).toEqual([
      {
        file: 'areas.csv',
        line: 4,
        column: 'document',
        reason: 'unknown document id "DOC-Z" (not in documents.csv)',
      },
      {
        file: 'measures.csv',
        line: 4,
        column: 'area',
        reason: 'unknown area id "DOC-A:roles" (not in areas.csv)',
      },
    ]);
  });

  it('reports an unknown tag and an unknown body', () => {
    const texts = miniPolicyTexts();
    const measures = editLine(
      editLine(texts.measures, 3, (r) => r.replace('trade foreign-investment', 'trade tourism')),
      2,
      (r) => r.replace('mofcom', 'nasa'),
    );
    const p = buildPolicy({ ...texts, measures });
    expect(p.issues).toEqual([
      {
        file: 'measures.csv',
        line: 2,
        column: 'bodies',
        reason: 'unknown body id "nasa" (not in bodies.csv)',
      },
      { file: 'measures.csv', line: 3, column: 'tags', reason: 'unknown tag id "tourism" (not in tags.csv)' },
    ]);
  });

  it('reports duplicate ids of documents, measures, areas and tags', () => {
    const texts = miniPolicyTexts();
    const p = buildPolicy({
      ...texts,
      documents: `${texts.documents}\nDOC-A,document,2020,,,,,complete,,`,
      measures: editLine(texts.measures, 3, (r) => r.replace('DOC-B-m01', 'DOC-B-m02')),
      areas: `${texts.areas}\nDOC-B,2,2,3,yes`,
      tags: `${texts.tags}\nland,4`,
    });
    expect(p.issues).toEqual(
      expect.arrayContaining([
        { file: 'documents.csv', line: 4, column: 'id', reason: 'duplicate id "DOC-A" (first on line 3)' },
        { file: 'measures.csv', line: 3, column: 'id', reason: 'duplicate id "DOC-B-m02" (first on line 2)' },
        { file: 'areas.csv', line: 5, column: 'key', reason: 'duplicate id "DOC-B:2" (first on line 3)' },
        { file: 'tags.csv', line: 5, column: 'id', reason: 'duplicate id "land" (first on line 4)' },
      ]),
    );
    expect(p.issues).toHaveLength(4);
  });

  it('rejects a bad flag value with its column', () => {
    const texts = miniPolicyTexts();
    const p = buildPolicy({
      ...texts,
      measures: editLine(texts.measures, 2, (r) => r.replace(',false,compiler,', ',maybe,compiler,')),
    });
    expect(p.issues).toEqual([
      expect.objectContaining({ file: 'measures.csv', line: 2, column: 'title_is_official' }),
    ]);
  });
});

describe('the bundled policy material', () => {
  const p = realPolicy();

  it('loads without issues: 11 documents (2 statements), 79 measures', () => {
    expect(p.issues).toEqual([]);
    expect(p.documents).toHaveLength(11);
    expect(
      p.documents
        .filter((d) => d.kind === 'statement')
        .map((d) => d.id)
        .sort(),
    ).toEqual(['CN-HLF-2024-10', 'CN-XI-2024-10']);
    expect(p.measures).toHaveLength(79);
    const dates = p.documents.map((d) => d.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('keeps the 2025 plan honest: 4 counted areas of 16 stated measures, all headings paraphrased groupings', () => {
    const plan = p.documents.find((d) => d.id === 'CN-MOFCOM-2025-132')!;
    expect(plan).toMatchObject({
      statedAreas: 4,
      statedMeasures: 16,
      docNumber: '商资函〔2025〕132号',
      completeness: 'partial',
    });
    expect(p.areas.filter((a) => a.document === plan.id && a.counted).map((a) => a.key)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    const measures = p.measures.filter((m) => m.document === plan.id);
    expect(measures.every((m) => m.titleIsOfficial === 'false' && m.number === null)).toBe(true);
  });

  it('carries the compiler label as a flag, never inside a title', () => {
    for (const lng of ['zh', 'en'] as const) {
      const text = JSON.stringify(policyLocale(lng).measures);
      expect(text).not.toMatch(/compiler's label|编者概括|中文据英文回译/);
    }
    expect(p.measures.filter((m) => m.titleNote === 'compiler').length).toBeGreaterThan(10);
    expect(p.measures.filter((m) => m.titleNote === 'back-translation')).toHaveLength(9);
  });

  it('has every text in both languages and no stale ones', () => {
    expect(checkPolicyLabels(p, 'zh', policyLocale('zh'))).toEqual([]);
    expect(checkPolicyLabels(p, 'en', policyLocale('en'))).toEqual([]);
  });

  it('the label check names a missing text, a stale one and an over-long short label', () => {
    const en = structuredClone(policyLocale('en')) as {
      documents: Record<string, Record<string, string>>;
      measures: Record<string, unknown>;
    };
    delete en.documents['CN-SC-2019-11']!.summary;
    en.documents['CN-XI-2024-10']!.short = 'x'.repeat(31);
    en.measures['CN-OLD-m01'] = { title: 'Old', summary: 'Old' };
    expect(checkPolicyLabels(p, 'en', en).map((i) => `${i.column}: ${i.reason}`)).toEqual([
      'documents.CN-SC-2019-11.summary: missing text in en',
      'documents.CN-XI-2024-10.short: longer than 30 characters',
      'measures.CN-OLD-m01: text for an id that is not in src/data/policy',
    ]);
  });
});

describe('npm run data:check on the policy tables', () => {
  it('fails naming file, line, column and reason for an unknown tag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etdz-policy-'));
    cpSync(POLICY_DIR, dir, { recursive: true });
    const measures = readFileSync(join(dir, 'measures.csv'), 'utf8');
    writeFileSync(
      join(dir, 'measures.csv'),
      editLine(measures, 2, (r) => r.replace('foreign-investment', 'no-such-tag')),
    );
    const { code, stderr } = runScript('scripts/data-check/index.ts', ['--policy', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${join(dir, 'measures.csv')}:2 column "tags": unknown tag id "no-such-tag" (not in tags.csv)`,
    );
  });
});

describe('policyQuery', () => {
  it('loads the bundled tables through the chunk loader, never stale', async () => {
    const { policyQuery } = await import('../../../src/data/policy/queries');
    expect(policyQuery.staleTime).toBe(Infinity);
    const { loadPolicy } = await import('../../../src/data/policy/load');
    const data = loadPolicy();
    expect(data.issues).toEqual([]);
    expect(data.documents[0]).toMatchObject({ id: 'CN-GOSC-2014-54', date: '2014-10-30', kind: 'document' });
  });
});
