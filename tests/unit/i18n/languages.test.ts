import { describe, expect, it } from 'vitest';
import { fallbackLanguages, ON_DEMAND_NAMESPACES } from '../../../src/i18n/constants';
import {
  isLanguage,
  LANGUAGES,
  NAMESPACES,
  nativeName,
  negotiateLanguage,
} from '../../../src/i18n/languages';

describe('language discovery', () => {
  it('finds the languages from the locales folders, complete ones first', () => {
    expect(LANGUAGES.slice(0, 2)).toEqual(['zh', 'en']);
    expect(NAMESPACES).toEqual(
      expect.arrayContaining(['common', 'indicators', 'notes', 'regions', 'units', 'zones']),
    );
  });

  it('names each language in itself', () => {
    expect(nativeName('zh')).toBe('中文');
    expect(nativeName('en')).toBe('English');
    expect(nativeName('ja')).toBe('日本語');
  });

  it('falls back to the other complete language', () => {
    expect(fallbackLanguages('zh')).toEqual(['en']);
    expect(fallbackLanguages('ja')).toEqual(['en', 'zh']);
  });

  it('negotiates a browser preference', () => {
    expect(negotiateLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(negotiateLanguage(['zh-Hant-TW'])).toBe('zh');
    expect(negotiateLanguage(['fr'])).toBeNull();
    expect(isLanguage('__proto__')).toBe(false);
  });
});

describe('namespaces on demand', () => {
  it('loads the shared namespaces at start, a view’s own when asked for, and never the other complete language', async () => {
    const { createI18n } = await import('../../../src/i18n/setup');
    const { bundlesOf } = await import('../../../src/i18n/bundles');
    const { STARTUP_NAMESPACES } = await import('../../../src/i18n/languages');
    expect(STARTUP_NAMESPACES).toContain('common');
    for (const ns of ON_DEMAND_NAMESPACES) expect(NAMESPACES).toContain(ns);
    const requested: string[] = [];
    const { loadNamespace } = await import('../../../src/i18n/languages');
    const i18n = await createI18n('en', (lng, ns) => {
      requested.push(`${lng}/${ns}`);
      return loadNamespace(lng, ns);
    });
    expect(i18n.hasResourceBundle('en', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'policies')).toBe(false);
    // English is complete: Chinese, its fallback, is not downloaded until someone chooses it.
    expect(requested.filter((r) => r.startsWith('zh/'))).toEqual([]);
    await bundlesOf(i18n).ensure('en', ['policies']);
    expect(i18n.t('policies:documents.CN-MOFCOM-2025-132.short')).not.toContain('documents.');
    expect(requested.filter((r) => r.startsWith('zh/'))).toEqual([]);
  });
});
