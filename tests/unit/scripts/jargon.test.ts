import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInternalJargon } from '../../../scripts/data-check/jargon';

const LOCALES = join(__dirname, '../../../locales');

describe('internal material in user-visible texts', () => {
  it('names the key of a text that points to editors’ notes or the search corpus', () => {
    const issues = checkInternalJargon('policies.json', {
      measures: {
        a: { verification: '唯一来源：资料库中一份无网址的英文摘要（见NOTES.md引文）。' },
        b: { verification: 'Text retrieved from a pages-corpus excerpt.' },
        c: { summary: 'Strengthens industry-academia-research collaboration.' },
      },
    });
    expect(issues.map((i) => [i.column, i.reason])).toEqual([
      ['measures.a.verification', 'user-visible text mentions internal material ("资料库")'],
      ['measures.b.verification', 'user-visible text mentions internal material ("corpus")'],
    ]);
  });

  it.each(['zh', 'en'])('finds none in the bundled %s data texts', (lng) => {
    for (const ns of ['policies', 'notes', 'indicators', 'zones', 'regions']) {
      const file = join(LOCALES, lng, `${ns}.json`);
      expect(checkInternalJargon(file, JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
    }
  });
});
