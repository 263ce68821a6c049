import { describe, expect, it, vi } from 'vitest';
import { rememberingT } from '../../../src/features/compare/rememberingT';

const translate = () =>
  vi.fn((key: string, options?: Record<string, unknown> | string) =>
    typeof options === 'object' ? `${key}:${JSON.stringify(options)}` : `${key}${options ?? ''}`,
  );

describe('rememberingT', () => {
  it('asks i18next once per key and options, and again for other options', () => {
    const t = translate();
    const remembering = rememberingT(t);
    expect(remembering('title')).toBe('title');
    expect(remembering('title')).toBe('title');
    expect(remembering('count', { count: 2, names: 'a, b' })).toBe('count:{"count":2,"names":"a, b"}');
    expect(remembering('count', { count: 2, names: 'a, b' })).toBe('count:{"count":2,"names":"a, b"}');
    expect(remembering('count', { count: 3, names: 'a, b' })).toBe('count:{"count":3,"names":"a, b"}');
    expect(t.mock.calls.map(([key, options]) => [key, options])).toEqual([
      ['title', undefined],
      ['count', { count: 2, names: 'a, b' }],
      ['count', { count: 3, names: 'a, b' }],
    ]);
  });

  it('passes a call it cannot name (an object option, a default value) through every time', () => {
    const t = translate();
    const remembering = rememberingT(t);
    remembering('nested', { value: { a: 1 } });
    remembering('nested', { value: { a: 1 } });
    remembering('fallback', 'default');
    remembering('fallback', 'default');
    expect(t).toHaveBeenCalledTimes(4);
  });

  it('keeps nothing between two translate functions (a language switch brings a new one)', () => {
    const en = vi.fn((_key: string) => 'Regional GDP');
    const zh = vi.fn((_key: string) => '地区生产总值');
    expect(rememberingT(en)('gdp')).toBe('Regional GDP');
    expect(rememberingT(zh)('gdp')).toBe('地区生产总值');
  });
});
