import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales, formatLocaleIssue, type LocaleFile } from '../../../scripts/i18n-check/check';
import { runScript } from './run';

const file = (lng: string, ns: string, data: unknown): LocaleFile => ({
  lng,
  ns,
  path: `locales/${lng}/${ns}.json`,
  text: typeof data === 'string' ? data : JSON.stringify(data, null, 2),
});

const base = () => [
  file('zh', 'common', { title: '标题', greeting: '你好，{{name}}', items_other: '{{count}}项' }),
  file('en', 'common', {
    title: 'Title',
    greeting: 'Hello, {{name}}',
    items_one: 'one item',
    items_other: '{{count}} items',
  }),
];

const errors = (files: LocaleFile[]) =>
  checkLocales(files, ['zh', 'en'])
    .issues.filter((i) => i.severity === 'error')
    .map(formatLocaleIssue);

describe('checkLocales', () => {
  it('accepts matching languages with their own plural forms', () => {
    expect(errors(base())).toEqual([]);
  });

  it('names a key missing in a complete language', () => {
    const files = base();
    files[0] = file('zh', 'common', { greeting: '你好，{{name}}', items_other: '{{count}}项' });
    expect(errors(files)).toEqual([
      'error locales/en/common.json key "title": extra key: zh lacks it (a typo, or a key not yet added there)',
      'error locales/zh/common.json key "title": missing (present in en)',
    ]);
  });

  it('names an extra key in a partial language', () => {
    expect(errors([...base(), file('ja', 'common', { titel: 'タイトル' })])).toEqual([
      'error locales/ja/common.json key "titel": extra key: no complete language (zh, en) has it',
    ]);
  });

  it('names an empty string', () => {
    const files = base();
    files[1] = file('en', 'common', {
      title: ' ',
      greeting: 'Hello, {{name}}',
      items_one: 'one item',
      items_other: '{{count}} items',
    });
    expect(errors(files)).toEqual(['error locales/en/common.json key "title": is empty']);
  });

  it('names mismatched placeholders', () => {
    const files = base();
    files[0] = file('zh', 'common', {
      title: '标题',
      greeting: '你好，{{nmae}}',
      items_other: '{{count}}项',
    });
    expect(errors(files)).toEqual([
      'error locales/en/common.json key "greeting": placeholders differ from zh: lacks {{nmae}}; has unknown {{name}}',
      'error locales/zh/common.json key "greeting": placeholders differ from en: lacks {{name}}; has unknown {{nmae}}',
    ]);
  });

  it('names invalid JSON with its line, without a cascade of missing keys', () => {
    const files = base();
    files[1] = file(
      'en',
      'common',
      '{\n  "title": "Title",\n  "greeting": "Hello, {{name}}"\n  "items_one": "x"\n}',
    );
    expect(errors(files)).toEqual([
      'error locales/en/common.json:4: invalid JSON (CommaExpected); fix this file first',
    ]);
  });

  it('knows each language’s plural forms: zh has only "other"', () => {
    const files = base();
    files[0] = file('zh', 'common', {
      title: '标题',
      greeting: '你好，{{name}}',
      items_one: '一项',
      items_other: '{{count}}项',
    });
    expect(errors(files)).toEqual([
      'error locales/zh/common.json key "items_one": zh has no plural form "one" (it uses other)',
    ]);
    files[0] = base()[0] as LocaleFile;
    files[1] = file('en', 'common', {
      title: 'Title',
      greeting: 'Hello, {{name}}',
      items_other: '{{count}} items',
    });
    expect(errors(files)).toEqual([
      'error locales/en/common.json key "items_one": plural form "one" is missing (en needs one, other)',
    ]);
  });

  it('treats a new language folder as partial: warnings and a coverage figure, no failure', () => {
    const report = checkLocales([...base(), file('ja', 'common', { title: 'タイトル' })], ['zh', 'en']);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.issues.filter((i) => i.severity === 'warning').map((i) => i.key)).toEqual([
      'greeting',
      'items',
    ]);
    expect(report.coverage.ja).toBeCloseTo(1 / 3);
  });

  it('requires every namespace file in a complete language', () => {
    expect(errors([...base(), file('zh', 'units', { a: '甲' })])).toEqual([
      'error locales/en/units.json: file is missing (other complete languages have namespace "units")',
      'error locales/en/units.json key "a": missing (present in zh)',
      'error locales/zh/units.json key "a": extra key: en lacks it (a typo, or a key not yet added there)',
    ]);
  });
});

describe('npm run i18n:check', () => {
  it('passes on the project locales', () => {
    const { code, stdout } = runScript('scripts/i18n-check/index.ts', []);
    expect(stdout).toMatch(/0 error\(s\)/);
    expect(code).toBe(0);
  });

  it('fails on a broken file and accepts a partial new language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etdz-locales-'));
    cpSync(join(__dirname, '../../../locales'), dir, { recursive: true });
    mkdirSync(join(dir, 'ja'));
    writeFileSync(join(dir, 'ja', 'common.json'), JSON.stringify({ loading: '読み込み中…' }));
    const ok = runScript('scripts/i18n-check/index.ts', ['--dir', dir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/ja \d/);
    writeFileSync(join(dir, 'en', 'units.json'), '{ "count": }');
    const broken = runScript('scripts/i18n-check/index.ts', ['--dir', dir]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${join(dir, 'en', 'units.json')}:1: invalid JSON`);
  });
});
