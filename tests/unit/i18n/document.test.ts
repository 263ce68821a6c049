import { describe, expect, it } from 'vitest';
import { bundlesOf } from '../../../src/i18n/bundles';
import { applyDocumentLanguage } from '../../../src/i18n/document';
import { createI18n } from '../../../src/i18n/setup';

describe('applyDocumentLanguage', () => {
  it('writes <html lang>, dir and the title, and nothing again when they already hold', async () => {
    const i18n = await createI18n('en');
    applyDocumentLanguage(i18n, 'compare');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    const title = document.title;
    expect(title).not.toBe('');

    // Every write is a mutation (and a restyle of the page) even of the same value: none may come.
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    applyDocumentLanguage(i18n, 'compare');
    records.push(...observer.takeRecords());
    expect(records).toEqual([]);

    await bundlesOf(i18n).ensure('zh', ['common']);
    await i18n.changeLanguage('zh');
    applyDocumentLanguage(i18n, 'compare');
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(document.documentElement.lang).toBe('zh');
    expect(document.title).not.toBe(title);
    // lang and the title changed; the direction, the same in both, was left alone.
    expect(records.some((r) => r.attributeName === 'dir')).toBe(false);
    expect(records.some((r) => r.attributeName === 'lang')).toBe(true);
  });
});
