import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluralForms, scaffoldNamespace } from '../../../scripts/i18n-new/scaffold';
import { isUntranslated } from '../../../src/i18n/constants';
import { runScript } from './run';

const EN = {
  title: 'Title',
  group: { greeting: 'Hello, {{name}}' },
  items_one: 'one item',
  items_other: '{{count}} items',
};

describe('i18n:new', () => {
  it('gives each language the plural forms Intl.PluralRules has for it', () => {
    expect(pluralForms('ja')).toEqual(['other']);
    expect(pluralForms('fr')).toEqual(['one', 'many', 'other']);
    expect(pluralForms('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('marks every text as to do, in a form the app treats as missing, with the language’s plural forms', () => {
    const { json, added, kept } = scaffoldNamespace(EN, 'ja');
    expect(json).toEqual({
      title: 'TODO: Title',
      group: { greeting: 'TODO: Hello, {{name}}' },
      items_other: 'TODO: {{count}} items',
    });
    expect([added, kept]).toEqual([3, 0]);
    expect(isUntranslated(json.title as string)).toBe(true);

    const ru = scaffoldNamespace(EN, 'ru').json;
    expect(Object.keys(ru).filter((k) => k.startsWith('items_'))).toEqual([
      'items_one',
      'items_few',
      'items_many',
      'items_other',
    ]);
  });

  it('keeps what was translated when run again, and adds what English gained', () => {
    const { json, added, kept } = scaffoldNamespace(EN, 'ja', {
      title: 'タイトル',
      items_other: '{{count}}件',
    });
    expect(json).toEqual({
      title: 'タイトル',
      group: { greeting: 'TODO: Hello, {{name}}' },
      items_other: '{{count}}件',
    });
    expect([added, kept]).toEqual([1, 2]);
  });

  it('creates every namespace of the project, which the check accepts as a partial language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-new-'));
    cpSync('locales', dir, { recursive: true });
    const created = runScript('scripts/i18n-new/index.ts', ['ja', '--dir', dir]);
    expect(created.code).toBe(0);
    expect(readdirSync(join(dir, 'ja')).sort()).toEqual(readdirSync(join(dir, 'en')).sort());

    const common = JSON.parse(readFileSync(join(dir, 'ja/common.json'), 'utf8'));
    common.app.title = '中国の国家級経済技術開発区';
    writeFileSync(join(dir, 'ja/common.json'), JSON.stringify(common));
    const check = runScript('scripts/i18n-check/index.ts', [
      '--no-code',
      '--dir',
      dir,
      '--lang',
      'ja',
      '--json',
    ]);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout);
    const ja = report.languages.find((l: { lng: string }) => l.lng === 'ja');
    expect(ja.translated).toBe(1);
    expect(ja.total).toBeGreaterThan(1000);
  });

  it('refuses a complete language and a code that is not one', () => {
    expect(runScript('scripts/i18n-new/index.ts', ['en', '--dir', 'locales']).code).toBe(1);
    expect(runScript('scripts/i18n-new/index.ts', ['../x', '--dir', 'locales']).code).toBe(1);
  });
});
