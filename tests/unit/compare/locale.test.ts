import { describe, expect, it } from 'vitest';
import zh from '../../../locales/zh/compare.json';

function strings(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('zh compare strings', () => {
  // useFormat writes years as "2006年", so a string must not add 年 after a year placeholder.
  it('never add 年 to a placeholder that holds a formatted year', () => {
    const doubled = strings(zh)
      .map(([key, text]) => [key, text.replace(/\{\{(from|to|year)\}\}/g, '2006年')] as const)
      .filter(([, text]) => text.includes('年年'));
    expect(doubled).toEqual([]);
  });
});
