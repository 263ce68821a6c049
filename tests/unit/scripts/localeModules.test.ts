import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeFiles, localeModules } from '../../../scripts/build/localeModules';
import { ON_DEMAND_NAMESPACES } from '../../../src/i18n/constants';

// A locales/ folder: two languages, a partial one with a single file, translators' notes and a stray folder.
const root = mkdtempSync(join(tmpdir(), 'etdz-locales-'));
const write = (path: string) => {
  mkdirSync(join(root, 'locales', path, '..'), { recursive: true });
  writeFileSync(join(root, 'locales', path), '{}');
};
for (const lng of ['en', 'zh'])
  for (const ns of ['common', 'units', 'compare', 'growth']) write(`${lng}/${ns}.json`);
write('ja/common.json');
write('_context/common.json');
write('drafts/common.json');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plugin = localeModules(root);
const load = (id: string) => (plugin.load as (id: string) => string | undefined).call({}, `\0${id}`) ?? '';
const resolve = (id: string) => (plugin.resolveId as (id: string) => string | undefined).call({}, id);

describe('locale modules', () => {
  it('finds the texts files of the folders named by a language code only', () => {
    expect(localeFiles(root)).toEqual([
      { lng: 'en', ns: 'common' },
      { lng: 'en', ns: 'compare' },
      { lng: 'en', ns: 'growth' },
      { lng: 'en', ns: 'units' },
      { lng: 'ja', ns: 'common' },
      { lng: 'zh', ns: 'common' },
      { lng: 'zh', ns: 'compare' },
      { lng: 'zh', ns: 'growth' },
      { lng: 'zh', ns: 'units' },
    ]);
  });

  it("loads each language's start-up texts as one module, and a view's own texts one file each", () => {
    expect(ON_DEMAND_NAMESPACES).toEqual(expect.arrayContaining(['compare', 'growth']));
    expect(resolve('virtual:etdz-locales')).toBe('\0virtual:etdz-locales');
    expect(resolve('virtual:etdz-locales/start/en')).toBe('\0virtual:etdz-locales/start/en');
    const index = load('virtual:etdz-locales');
    for (const lng of ['en', 'ja', 'zh'])
      expect(index).toContain(`"${lng}": () => import("virtual:etdz-locales/start/${lng}")`);
    expect(index).toContain('"en/compare": () => import(');
    expect(index).toContain('/locales/_context/common.json');
    expect(index).not.toContain('"en/common"');
    expect(index).not.toContain('drafts');

    const en = load('virtual:etdz-locales/start/en');
    expect(en).toContain('/locales/en/common.json');
    expect(en).toContain('/locales/en/units.json');
    expect(en).not.toContain('compare.json');
    expect(en).toMatch(/export default \{"common": t\d, "units": t\d\}/);
    // A partial language's start-up module holds what its folder has.
    expect(load('virtual:etdz-locales/start/ja')).toMatch(/export default \{"common": t0\}/);
  });
});
