import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/data/policy/build';
import { documentCounts, filterMeasures, groupByArea } from '../../../src/data/selectors/policies/filter';
import { indicatorsForTags, TAG_INDICATORS } from '../../../src/data/selectors/policies/indicatorLinks';
import { themeMatrix } from '../../../src/data/selectors/policies/matrix';
import { highlightSegments, matches } from '../../../src/data/selectors/policies/search';
import { MAX_COMPARED_INDICATORS } from '../../../src/data/schema/enums';
import { CSV_DIR } from '../fixtures';
import { miniPolicyTexts, policyLocale, realPolicy } from './fixtures';

const mini = buildPolicy(miniPolicyTexts());
const miniText: Record<string, { title: string; summary: string }> = {
  'DOC-A-m01': { title: 'Pioneer of Opening-up', summary: '对外开放的先行者' },
  'DOC-B-m01': { title: 'Foreign trade', summary: 'Supports digital trade exports' },
  'DOC-B-m02': { title: 'Land guarantees', summary: '保障项目用地需求' },
};
const textOf = (id: string) => miniText[id]!;
const none = { doc: null, area: null, tags: [], q: '' };
const ids = (ms: { id: string }[]) => ms.map((m) => m.id);

describe('filterMeasures', () => {
  it('keeps everything without filters, in document date and area order', () => {
    expect(ids(filterMeasures(mini, none, textOf, 'en'))).toEqual(['DOC-A-m01', 'DOC-B-m01', 'DOC-B-m02']);
  });

  it('filters by document and area', () => {
    expect(ids(filterMeasures(mini, { ...none, doc: 'DOC-B' }, textOf, 'en'))).toEqual([
      'DOC-B-m01',
      'DOC-B-m02',
    ]);
    expect(ids(filterMeasures(mini, { ...none, doc: 'DOC-B', area: '2' }, textOf, 'en'))).toEqual([
      'DOC-B-m02',
    ]);
  });

  it('filters by any of the chosen themes', () => {
    expect(ids(filterMeasures(mini, { ...none, tags: ['land'] }, textOf, 'en'))).toEqual(['DOC-B-m02']);
    expect(
      ids(filterMeasures(mini, { ...none, tags: ['land', 'foreign-investment'] }, textOf, 'en')),
    ).toEqual(['DOC-B-m01', 'DOC-B-m02']);
  });

  it('searches English case-insensitively over titles and summaries', () => {
    expect(ids(filterMeasures(mini, { ...none, q: 'TRADE' }, textOf, 'en'))).toEqual(['DOC-B-m01']);
    expect(ids(filterMeasures(mini, { ...none, q: '  opening-up ' }, textOf, 'en'))).toEqual(['DOC-A-m01']);
  });

  it('searches Chinese as substrings, without word boundaries', () => {
    expect(ids(filterMeasures(mini, { ...none, q: '开放' }, textOf, 'zh'))).toEqual(['DOC-A-m01']);
    expect(ids(filterMeasures(mini, { ...none, q: '用地' }, textOf, 'zh'))).toEqual(['DOC-B-m02']);
    expect(filterMeasures(mini, { ...none, q: '用地', doc: 'DOC-A' }, textOf, 'zh')).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('marks every occurrence, keeping the original case', () => {
    expect(highlightSegments('Trade and trade', 'trade', 'en')).toEqual([
      { text: 'Trade', match: true },
      { text: ' and ', match: false },
      { text: 'trade', match: true },
    ]);
  });
  it('marks Chinese substrings and returns the text whole for an empty query', () => {
    expect(highlightSegments('保障项目用地需求', '用地', 'zh')).toEqual([
      { text: '保障项目', match: false },
      { text: '用地', match: true },
      { text: '需求', match: false },
    ]);
    expect(highlightSegments('abc', ' ', 'en')).toEqual([{ text: 'abc', match: false }]);
    expect(matches('abc', 'x', 'en')).toBe(false);
  });
});

describe('groupByArea and documentCounts', () => {
  it('groups consecutive measures of an area', () => {
    const groups = groupByArea(filterMeasures(mini, none, textOf, 'en'));
    expect(groups.map((g) => `${g.document}:${g.area}:${g.measures.length}`)).toEqual([
      'DOC-A:roles:1',
      'DOC-B:1:1',
      'DOC-B:2:1',
    ]);
  });

  it('sets the 2025 plan against its stated 16 measures in 4 areas', () => {
    expect(documentCounts(realPolicy(), 'CN-MOFCOM-2025-132')).toEqual({
      counted: 18,
      outside: 2,
      areas: 4,
      paraphrased: 20,
    });
  });
});

describe('themeMatrix', () => {
  it('counts measures per theme and document, documents in date order', () => {
    const m = themeMatrix(mini);
    expect(m.documents).toEqual(['DOC-A', 'DOC-B']);
    expect(m.rows).toEqual([
      { tag: 'trade', counts: [1, 1], total: 2 },
      { tag: 'foreign-investment', counts: [0, 1], total: 1 },
      { tag: 'land', counts: [0, 1], total: 1 },
    ]);
    expect(m.max).toBe(1);
  });

  it('on the bundled material shows the 2025 plan adding foreign-investment measures over 2019', () => {
    const data = realPolicy();
    const m = themeMatrix(data);
    expect(m.documents[0]).toBe('CN-GOSC-2014-54');
    expect(m.documents.at(-1)).toBe('CN-MOFCOM-2025-132');
    const fdi = m.rows.find((r) => r.tag === 'foreign-investment')!;
    const col = (id: string) => m.documents.indexOf(id);
    expect(fdi.counts[col('CN-MOFCOM-2025-132')]).toBe(
      data.measures.filter(
        (x) => x.document === 'CN-MOFCOM-2025-132' && x.tags.includes('foreign-investment'),
      ).length,
    );
    expect(fdi.total).toBe(9);
    expect(m.rows.reduce((a, r) => a + r.total, 0)).toBe(
      data.measures.reduce((a, x) => a + x.tags.length, 0),
    );
  });
});

describe('theme → indicator links', () => {
  const known = new Set(
    readFileSync(join(CSV_DIR, 'indicators.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0])
      .filter(Boolean),
  );

  it('maps only to indicators that exist in the dataset, from tags that exist', () => {
    const tags = realPolicy().tags;
    for (const [tag, indicators] of Object.entries(TAG_INDICATORS)) {
      expect(tags).toContain(tag);
      for (const id of indicators) expect(known, `${tag} → ${id}`).toContain(id);
    }
  });

  it('gives foreign investment its FDI figures and de-duplicates across themes', () => {
    expect(indicatorsForTags(['foreign-investment'])).toEqual(['fdi_actual_usd', 'fdi_share_national_pct']);
    expect(indicatorsForTags(['opening-up', 'foreign-investment'])).toEqual([
      'trade_share_national_pct',
      'fdi_share_national_pct',
      'fdi_actual_usd',
    ]);
    expect(indicatorsForTags(['administration'])).toEqual([]);
  });

  it('never links more indicators than Compare shows', () => {
    const all = indicatorsForTags(Object.keys(TAG_INDICATORS));
    expect(new Set(Object.values(TAG_INDICATORS).flat()).size).toBeGreaterThan(MAX_COMPARED_INDICATORS);
    expect(all).toHaveLength(MAX_COMPARED_INDICATORS);
  });

  it('every measure text used for search exists in both languages', () => {
    for (const lng of ['zh', 'en'] as const) {
      const measures = policyLocale(lng).measures as Record<string, { title: string; summary: string }>;
      expect(realPolicy().measures.every((m) => measures[m.id]?.title && measures[m.id]?.summary)).toBe(true);
    }
  });
});

describe('resolveSelection', () => {
  it('keeps known ids and reports unknown ones by parameter', async () => {
    const { resolveSelection } = await import('../../../src/data/selectors/policies/resolve');
    expect(resolveSelection(mini, { doc: 'DOC-B', area: '2', tag: ['land'], measure: 'DOC-B-m01' })).toEqual({
      selection: { doc: 'DOC-B', area: '2', tags: ['land'], measure: 'DOC-B-m01' },
      unknown: [],
    });
    expect(
      resolveSelection(mini, { doc: 'DOC-B', area: '9', tag: ['land', 'tourism'], measure: 'DOC-B-m99' }),
    ).toEqual({
      selection: { doc: 'DOC-B', area: null, tags: ['land'], measure: null },
      unknown: [
        { param: 'area', value: '9' },
        { param: 'tag', value: 'tourism' },
        { param: 'measure', value: 'DOC-B-m99' },
      ],
    });
    expect(resolveSelection(mini, { doc: 'DOC-Q', area: '1', tag: [], measure: null }).unknown).toEqual([
      { param: 'doc', value: 'DOC-Q' },
    ]);
  });
});
