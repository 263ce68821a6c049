import { describe, expect, it } from 'vitest';
import { pseudoLocalise, pseudoResource } from '../../../src/i18n/pseudo';
import { notPseudo, rawKeys } from '../../e2e/support/screenText';

describe('pseudoLocalise', () => {
  it('accents every letter, brackets the text and makes it 30–40 % longer', () => {
    const source = 'Compare indicators across regions and years';
    const pseudo = pseudoLocalise(source);
    expect(pseudo).toMatch(/^\[Çöɱþåŕé îñðîçåŧöŕš åçŕöšš ŕéĝîöñš åñð ýéåŕš ·+\]$/);
    const growth = [...pseudo].length / [...source].length - 1;
    expect(growth).toBeGreaterThanOrEqual(0.3);
    expect(growth).toBeLessThanOrEqual(0.4);
  });

  it('keeps placeholders, nesting and formats exactly as written', () => {
    const pseudo = pseudoLocalise('Data year: {{year}} · $t(common:app.title) {{count, number}}');
    expect(pseudo).toContain('{{year}}');
    expect(pseudo).toContain('$t(common:app.title)');
    expect(pseudo).toContain('{{count, number}}');
    expect(pseudo).toMatch(
      /^\[Ðåŧå ýéåŕ: \{\{year\}\} · \$t\(common:app.title\) \{\{count, number\}\} ·+\]$/,
    );
  });

  it('leaves texts with no words alone, and settings as they are', () => {
    expect(pseudoLocalise('{{name}}, {{year}}')).toBe('{{name}}, {{year}}');
    expect(
      pseudoResource({ countNotation: 'standard', count: '{{amount}}', pp: '{{amount}} pp' }, 'units'),
    ).toEqual({
      countNotation: 'standard',
      count: '{{amount}}',
      pp: '[{{amount}} þþ ·]',
    });
  });
});

describe('what the browser tests look for', () => {
  it('flags text outside any pseudo bracket, but not figures, Intl’s words or addresses', () => {
    expect(
      notPseudo([
        '[Çöɱþåŕé ···]',
        '2024',
        'Mar 17, 2025',
        '[ÇÑÝ 16.9 trillion ··]',
        'www.gov.cn',
        '[Šöüŕçé ·]: [Å ·]',
      ]),
    ).toEqual([]);
    expect(notPseudo(['Compare', '[Šöüŕçé ·] of data', '2024 figures'])).toEqual([
      'Compare',
      '[Šöüŕçé ·] of data',
      '2024 figures',
    ]);
  });

  it('flags raw keys: dotted, namespaced, and one-word keys standing alone', () => {
    expect(
      rawKeys(['filters.indicators', 'compare:title · x', 'title', 'lead', 'Compare indicators']),
    ).toEqual(['compare:title', 'filters.indicators', 'lead', 'title']);
    expect(rawKeys(['www.gov.cn', 'Overview', '2024年'])).toEqual([]);
  });
});
