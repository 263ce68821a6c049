import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales, formatLocaleIssue, type LocaleFile } from '../../../scripts/i18n-check/check';
import { checkCodeKeys } from '../../../scripts/i18n-check/code';
import type { CodeScan } from '../../../scripts/i18n-check/extract';
import type { PlaceholderKind } from '../../../scripts/i18n-check/meaning';
import type { ContextFiles } from '../../../src/i18n/status/context';
import { runScript } from './run';

const file = (lng: string, ns: string, data: unknown): LocaleFile => ({
  lng,
  ns,
  path: `locales/${lng}/${ns}.json`,
  text: typeof data === 'string' ? data : JSON.stringify(data, null, 2),
});

const ZH = { title: '标题', greeting: '你好，{{name}}', items_other: '{{count}}项', format: 'CSV' };
const EN = {
  title: 'Title',
  greeting: 'Hello, {{name}}',
  items_one: 'one item',
  items_other: '{{count}} items',
  format: 'CSV',
};
const base = () => [file('zh', 'common', ZH), file('en', 'common', EN)];

const errors = (files: LocaleFile[], options = {}) =>
  checkLocales(files, ['zh', 'en'], options)
    .issues.filter((i) => i.severity === 'error')
    .map(formatLocaleIssue);

describe('checkLocales: the complete languages', () => {
  it('accepts matching languages with their own plural forms', () => {
    expect(errors(base())).toEqual([]);
  });

  it('names a key missing in a complete language', () => {
    const { title: _t, ...rest } = ZH;
    expect(errors([file('zh', 'common', rest), file('en', 'common', EN)])).toEqual([
      'error locales/en/common.json:2 key "title": extra key: zh lacks it (a typo, or a key not yet added there)',
      'error locales/zh/common.json key "title": missing (present in en)',
    ]);
  });

  it('names an empty or still-marked string in a complete language', () => {
    expect(errors([file('zh', 'common', ZH), file('en', 'common', { ...EN, title: ' ' })])).toEqual([
      'error locales/en/common.json:2 key "title": is empty',
    ]);
    expect(errors([file('zh', 'common', { ...ZH, title: 'TODO: Title' }), file('en', 'common', EN)])).toEqual(
      ['error locales/zh/common.json:2 key "title": is still marked as untranslated'],
    );
  });

  it('names mismatched placeholders', () => {
    expect(
      errors([file('zh', 'common', { ...ZH, greeting: '你好，{{nmae}}' }), file('en', 'common', EN)]),
    ).toEqual([
      'error locales/en/common.json:3 key "greeting": placeholders differ from zh: lacks {{nmae}}; has unknown {{name}}',
      'error locales/zh/common.json:3 key "greeting": placeholders differ from en: lacks {{name}}; has unknown {{nmae}}',
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
    expect(errors([file('zh', 'common', { ...ZH, items_one: '一项' }), file('en', 'common', EN)])).toEqual([
      'error locales/zh/common.json:6 key "items_one": zh has no plural form "one" (it uses other): delete this line',
    ]);
    const { items_one: _one, ...noOne } = EN;
    expect(errors([file('zh', 'common', ZH), file('en', 'common', noOne)])).toEqual([
      'error locales/en/common.json:4 key "items_one": plural form "one" is missing (en needs one, other)',
    ]);
  });

  it('requires every namespace file in a complete language', () => {
    expect(errors([...base(), file('zh', 'units', { a: '甲' })])).toEqual([
      'error locales/en/units.json: file is missing (other complete languages have namespace "units")',
      'error locales/en/units.json key "a": missing (present in zh)',
      'error locales/zh/units.json:2 key "a": extra key: en lacks it (a typo, or a key not yet added there)',
    ]);
  });
});

describe('checkLocales: what JSON.parse lets through (issue 12, break 8)', () => {
  it('rejects a key written twice in one object, naming both lines', () => {
    const text =
      '{\n  "title": "Title",\n  "greeting": "Hello, {{name}}",\n  "title": "Heading",\n  "items_one": "one item",\n  "items_other": "{{count}} items",\n  "format": "CSV"\n}';
    expect(errors([file('zh', 'common', ZH), file('en', 'common', text)])).toEqual([
      'error locales/en/common.json:4 key "title": written twice (first on line 2): JSON keeps only the last one, the first is lost',
    ]);
  });

  it('rejects markup in a string', () => {
    expect(
      errors([file('zh', 'common', ZH), file('en', 'common', { ...EN, title: 'A <b>bold</b> title' })]),
    ).toEqual([
      'error locales/en/common.json:2 key "title": contains markup (<b>): texts are plain and shown as written',
    ]);
    // A qualifier is not markup.
    expect(
      errors([
        file('zh', 'common', { ...ZH, title: '<{{name}}' }),
        file('en', 'common', { ...EN, title: '<{{name}}' }),
      ]),
    ).toEqual([]);
  });

  it('rejects $t() nesting of a key that does not exist, and accepts one that does', () => {
    expect(
      errors([
        file('zh', 'common', { ...ZH, title: '$t(format) 标题' }),
        file('en', 'common', { ...EN, title: '$t(common:format) title' }),
      ]),
    ).toEqual([]);
    expect(
      errors([file('zh', 'common', ZH), file('en', 'common', { ...EN, title: 'See $t(no.such.key)' })]),
    ).toEqual([
      'error locales/en/common.json:2 key "title": nests $t(no.such.key), but no complete language has "common:no.such.key"',
    ]);
  });
});

describe('checkLocales: a partial language', () => {
  it('is never failed for what it has not translated; coverage counts texts, plural forms together', () => {
    const report = checkLocales([...base(), file('ja', 'common', { title: 'タイトル' })], ['zh', 'en']);
    expect(report.issues).toEqual([]);
    const ja = report.statuses.find((s) => s.lng === 'ja');
    expect(ja?.namespaces).toEqual([
      {
        ns: 'common',
        total: 4,
        translated: 1,
        todo: [
          { ns: 'common', key: 'greeting', reason: 'missing' },
          { ns: 'common', key: 'items', reason: 'missing' },
          { ns: 'common', key: 'format', reason: 'missing' },
        ],
      },
    ]);
    expect(report.coverage.ja).toBeCloseTo(1 / 4);
  });

  it('counts marked, empty and copied-from-English texts as to do, but not a text zh and en write alike', () => {
    const ja = { title: 'TODO: Title', greeting: 'Hello, {{name}}', items_other: '', format: 'CSV' };
    const report = checkLocales([...base(), file('ja', 'common', ja)], ['zh', 'en']);
    expect(report.issues).toEqual([]);
    expect(report.statuses.find((s) => s.lng === 'ja')?.namespaces[0]?.todo).toEqual([
      { ns: 'common', key: 'title', reason: 'marked', markedButEdited: false },
      { ns: 'common', key: 'greeting', reason: 'sameAsSource' },
      { ns: 'common', key: 'items', reason: 'empty' },
    ]);
  });

  it('notices a translation left behind its marker', () => {
    const report = checkLocales([...base(), file('ja', 'common', { title: 'TODO: タイトル' })], ['zh', 'en']);
    expect(report.statuses.find((s) => s.lng === 'ja')?.namespaces[0]?.todo[0]).toEqual({
      ns: 'common',
      key: 'title',
      reason: 'marked',
      markedButEdited: true,
    });
  });

  it('still fails on what breaks the page: an extra key, a wrong plural form, a lost placeholder', () => {
    expect(
      errors([
        ...base(),
        file('ja', 'common', { titel: 'タイトル', items_one: '1項目', greeting: 'こんにちは' }),
      ]),
    ).toEqual([
      'error locales/ja/common.json:2 key "titel": extra key: no complete language (zh, en) has it',
      'error locales/ja/common.json:3 key "items_other": plural form "other" is missing (ja needs other)',
      'error locales/ja/common.json:3 key "items_one": ja has no plural form "one" (it uses other): delete this line',
      'error locales/ja/common.json:4 key "greeting": placeholders differ from zh: lacks {{name}}',
    ]);
  });
});

describe('checkLocales: placeholders checked for what they hold', () => {
  const kinds = new Map<string, Map<string, PlaceholderKind>>([
    ['common:dataYear', new Map([['year', 'year']])],
    ['units:money', new Map([['amount', 'amount']])],
  ]);
  const files = (ja: Record<string, string>, units: Record<string, string> = {}) => [
    file('zh', 'common', { dataYear: '数据年份：{{year}}' }),
    file('en', 'common', { dataYear: 'Data year {{year}}' }),
    file('zh', 'units', { money: '{{amount}}元' }),
    file('en', 'units', { money: 'CNY {{amount}}' }),
    file('ja', 'common', ja),
    file('ja', 'units', units),
  ];

  it('flags a unit the formatted value already carries: {{year}} is already 2024年 in Japanese', () => {
    expect(errors(files({ dataYear: 'データ年：{{year}}年' }), { kinds })).toEqual([
      'error locales/ja/common.json:2 key "dataYear": {{year}} already ends in "年" (it shows 2024年): "{{year}}年" would show it twice',
    ]);
    expect(errors(files({ dataYear: 'データ年：{{year}}' }), { kinds })).toEqual([]);
  });

  it('flags a scale word an amount already carries, and accepts the currency after it', () => {
    expect(errors(files({}, { money: '{{amount}}兆円' }), { kinds })).toEqual([
      'error locales/ja/units.json:2 key "money": {{amount}} already ends in "兆": "{{amount}}兆" would show it twice',
    ]);
    expect(errors(files({}, { money: '{{amount}}円' }), { kinds })).toEqual([]);
  });

  it('takes the kind from the context file where the code cannot tell', () => {
    const context: ContextFiles = new Map([['common', new Map([['dataYear', { kinds: { year: 'year' } }]])]]);
    expect(errors(files({ dataYear: 'データ年：{{year}}年' }), { context })).toHaveLength(1);
  });
});

describe('checkLocales: context notes', () => {
  it('holds a text to its length limit and names the place', () => {
    const context: ContextFiles = new Map([
      ['common', new Map([['title', { note: 'a button', maxLength: 8 }]])],
    ]);
    expect(
      errors([...base(), file('ja', 'common', { title: 'とても長いタイトルです' })], { context }),
    ).toEqual([
      'error locales/ja/common.json:2 key "title": is 11 characters; at most 8 fit where it is shown (a button)',
    ]);
  });

  it('rejects a note on a key that does not exist, or on a placeholder the text lacks', () => {
    const context: ContextFiles = new Map([
      [
        'common',
        new Map([
          ['titel', { note: 'x' }],
          ['greeting', { placeholders: { nmae: 'a name' } }],
        ]),
      ],
    ]);
    expect(errors(base(), { context })).toEqual([
      'error locales/_context/common.json key "titel": names no key of the namespace',
      'error locales/_context/common.json key "greeting": describes {{nmae}}, which the text lacks',
    ]);
  });
});

describe('checkCodeKeys', () => {
  const scan = (over: Partial<CodeScan>): CodeScan => ({
    uses: [],
    patterns: [],
    namespaces: new Map(),
    kinds: new Map(),
    unseen: [],
    imports: new Map(),
    files: [],
    ...over,
  });
  const reference = new Map([
    ['common', new Set(['title', 'unused'])],
    ['compare', new Set(['title'])],
    ['indicators', new Set(['gdp.name', 'trade.name'])],
  ]);
  const check = (s: CodeScan, nested = new Set<string>()) =>
    checkCodeKeys({
      scan: s,
      reference,
      nested,
      startupNamespaces: ['common', 'indicators'],
      pathOf: (ns) => `locales/en/${ns}.json`,
    }).map(formatLocaleIssue);

  it('fails on a key the code uses that the files lack, and on a key no code uses', () => {
    expect(
      check(
        scan({
          uses: [
            { ns: 'common', key: 'title', file: 'src/app/Shell.tsx' },
            { ns: 'common', key: 'titel', file: 'src/app/Shell.tsx' },
            { ns: 'compare', key: 'title', file: 'src/features/compare/CompareView.tsx' },
          ],
          patterns: [{ ns: 'indicators', path: '${…}.name', regex: /^.+\.name$/, file: 'src/ui/x.ts' }],
        }),
      ),
    ).toEqual([
      'error src/app/Shell.tsx key "common:titel": is used in code but locales/en/common.json (and the other complete languages) lack it',
      'error locales/en/common.json key "unused": no code uses it: delete it from every language, or use it (a key built from a data id goes through dataKey() in src/i18n/keys.ts)',
    ]);
  });

  it('counts a key nested by another text as used', () => {
    const uses = [
      { ns: 'common', key: 'title', file: 'a.ts' },
      { ns: 'compare', key: 'title', file: 'b.ts' },
      { ns: 'indicators', key: 'gdp.name', file: 'c.ts' },
      { ns: 'indicators', key: 'trade.name', file: 'c.ts' },
    ];
    expect(check(scan({ uses }), new Set(['common:unused']))).toEqual([]);
  });

  it('fails when a view reads a namespace that is not loaded before it renders', () => {
    const uses = [
      { ns: 'common', key: 'title', file: 'a.ts' },
      { ns: 'common', key: 'unused', file: 'a.ts' },
      { ns: 'compare', key: 'title', file: 'src/features/growth/Chart.tsx' },
      { ns: 'indicators', key: 'gdp.name', file: 'c.ts' },
      { ns: 'indicators', key: 'trade.name', file: 'c.ts' },
    ];
    const namespaces = new Map([
      ['src/features/growth/Chart.tsx', new Set(['common', 'compare'])],
      ['src/features/compare/View.tsx', new Set(['compare'])],
    ]);
    expect(check(scan({ uses, namespaces }))).toEqual([
      'error src/features/growth/Chart.tsx: reads namespace "compare", which is not loaded before the growth view renders: add it to VIEW_NAMESPACES.growth in src/i18n/constants.ts',
    ]);
  });
});

const LOCALES = join(__dirname, '../../../locales');

function copyLocales() {
  const dir = mkdtempSync(join(tmpdir(), 'etdz-locales-'));
  cpSync(LOCALES, dir, { recursive: true });
  return dir;
}

describe('npm run i18n:check', () => {
  // The code scan type-checks the whole app: it takes a while on a busy machine.
  it('passes on the project: locale files and the keys the code uses agree', { timeout: 180_000 }, () => {
    const usage = join(mkdtempSync(join(tmpdir(), 'etdz-usage-')), 'usage.json');
    const { code, stdout, stderr } = runScript('scripts/i18n-check/index.ts', ['--usage', usage]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/i18n check: 0 error\(s\); coverage zh 100%, en 100%/);
    expect(code).toBe(0);
    // Where each key is used, for the status page: the nav's view names are in every view.
    const keys = JSON.parse(readFileSync(usage, 'utf8')).keys as Record<string, string[]>;
    expect(keys['common:views.compare.title']).toEqual([
      'compare',
      'growth',
      'overview',
      'policies',
      'rankings',
      'sources',
      'translations',
      'zones',
    ]);
    expect(keys['compare:title']).toEqual(['compare']);
  });

  it(
    'fails on a key no code uses and on a key the code uses that the files lack',
    { timeout: 180_000 },
    () => {
      const dir = copyLocales();
      for (const lng of ['zh', 'en']) {
        const path = join(dir, lng, 'compare.json');
        const json = JSON.parse(readFileSync(path, 'utf8'));
        delete json.title;
        json.forgotten = 'x';
        writeFileSync(path, JSON.stringify(json, null, 2));
      }
      const usage = join(dir, 'usage.json');
      const result = runScript('scripts/i18n-check/index.ts', ['--dir', dir, '--usage', usage]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `src/features/compare/CompareView.tsx key "compare:title": is used in code but ${join(dir, 'en', 'compare.json')}`,
      );
      expect(result.stderr).toMatch(/compare\.json:\d+ key "forgotten": no code uses it/);
    },
  );

  it(
    'lists a partial language’s work per namespace and file, as text and as JSON',
    { timeout: 60_000 },
    () => {
      const dir = copyLocales();
      mkdirSync(join(dir, 'ja'));
      writeFileSync(
        join(dir, 'ja', 'common.json'),
        JSON.stringify(
          { loading: '読み込み中…', nav: { label: 'TODO: Views', skip: 'Skip to content' } },
          null,
          2,
        ),
      );
      const text = runScript('scripts/i18n-check/index.ts', ['--dir', dir, '--no-code', '--lang', 'ja']);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/ja: 1 of \d+ texts translated/);
      expect(text.stdout).toMatch(/common +1 \/ \d+/);
      expect(text.stdout).toContain(`To do in ${join(dir, 'ja', 'common.json')} (10 of`);
      expect(text.stdout).toMatch(/line 4: nav\.label — TODO\n +en "Views" · zh "视图"/);
      expect(text.stdout).toMatch(/line 5: nav\.skip — the same as the English text/);
      const all = runScript('scripts/i18n-check/index.ts', [
        '--dir',
        dir,
        '--no-code',
        '--lang',
        'ja',
        '--all',
      ]);
      expect(all.stdout).not.toContain('--all lists every one');
      const json = JSON.parse(
        runScript('scripts/i18n-check/index.ts', ['--dir', dir, '--no-code', '--lang', 'ja', '--json'])
          .stdout,
      );
      const common = json.languages[0].namespaces.find((n: { ns: string }) => n.ns === 'common');
      expect(json.languages.map((l: { lng: string }) => l.lng)).toEqual(['ja']);
      expect(common.translated).toBe(1);
      expect(common.todo.find((t: { key: string }) => t.key === 'app.title')).toMatchObject({
        reason: 'missing',
        en: "China's National ETDZs",
        context: { maxLength: 40 },
      });
      writeFileSync(join(dir, 'en', 'units.json'), '{ "count": }');
      const broken = runScript('scripts/i18n-check/index.ts', ['--dir', dir, '--no-code']);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(`${join(dir, 'en', 'units.json')}:1: invalid JSON`);
    },
  );
});
