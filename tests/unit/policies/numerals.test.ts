import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../../src/data/policy/build';
import { numeralValue } from '../../../src/data/policy/numerals';
import { editLine, miniPolicyTexts, realPolicy } from './fixtures';

describe('section numbers', () => {
  it('reads digits and Chinese numerals up to 九十九', () => {
    const cases: [string, number][] = [
      ['19', 19],
      ['一', 1],
      ['九', 9],
      ['十', 10],
      ['十一', 11],
      ['十四', 14],
      ['二十', 20],
      ['二十三', 23],
      ['九十九', 99],
    ];
    for (const [text, value] of cases) expect(numeralValue(text), text).toBe(value);
  });

  it('rejects what is not a section number', () => {
    for (const text of ['', 'IV', '十十', '一二', '第三', '3a', '零十'])
      expect(numeralValue(text), text).toBeNull();
  });

  it('gives every bundled measure number a value', () => {
    const numbered = realPolicy().measures.filter((m) => m.number !== null);
    expect(numbered.find((m) => m.id === 'CN-GOSC-2014-54-m08')).toMatchObject({
      number: '十一',
      numberValue: 11,
    });
    expect(numbered.filter((m) => m.numberValue === null)).toEqual([]);
  });

  it('reports a number the dashboard could not read in another language', () => {
    const texts = miniPolicyTexts();
    const p = buildPolicy({
      ...texts,
      measures: editLine(texts.measures, 4, (r) => r.replace('roles,1,1', 'roles,IV,1')),
    });
    expect(p.issues).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'number',
        reason: expect.stringMatching(/section number in digits or Chinese numerals/),
      }),
    ]);
  });
});
