import { act, render, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { memo, useLayoutEffect, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../src/i18n/changeLanguage';
import { bundlesOf } from '../../../src/i18n/bundles';
import { applyDocumentLanguage } from '../../../src/i18n/document';
import { loadNamespace } from '../../../src/i18n/languages';
import { useCommonT } from '../../../src/i18n/useCommonT';
import { createI18n } from '../../../src/i18n/setup';
import { startUrlSync } from '../../../src/state/history';
import { useAppStore } from '../../../src/state/store';

interface Frame {
  i18next: string;
  store: string;
  html: string;
  shown: string | null;
  /** What a component worded through useCommonT (the table buttons' hook) shows in the same commit. */
  common: string | null;
}
const ZH: Frame = {
  i18next: 'zh',
  store: 'zh',
  html: 'zh',
  shown: '国家级经济技术开发区 · 时间轴',
  common: '国家级经济技术开发区',
};
const EN: Frame = {
  i18next: 'en',
  store: 'en',
  html: 'en',
  shown: "China's National ETDZs · Timeline",
  common: "China's National ETDZs",
};

/** Memoised like a table's row: only its own subscription can redraw it. */
const CommonWords = memo(function CommonWords() {
  const t = useCommonT();
  return <span className="common-words">{t('app.title')}</span>;
});

/** Writes down, at every commit and before the browser could paint it, what each owner of the language says. */
function Probe({ frames }: { frames: Frame[] }) {
  const { t, i18n } = useTranslation(['common', 'growth']);
  const store = useAppStore((s) => s.lang);
  const text = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    frames.push({
      i18next: i18n.language,
      store,
      html: document.documentElement.lang,
      shown: text.current?.textContent ?? null,
      common: document.querySelector('.common-words')?.textContent ?? null,
    });
  });
  return (
    <>
      <p ref={text}>{`${t('app.title')} · ${t('growth:timeline.title')}`}</p>
      <CommonWords />
    </>
  );
}

/**
 * An app in Chinese on Zone growth whose English growth texts are still on their way: the shared
 * texts came at start, the view's own namespace came in Chinese, its English chunk is held.
 */
async function startInChinese() {
  const held: Array<() => void> = [];
  const requested: string[] = [];
  let holdEnglish = false;
  const load = (lng: string, ns: string) => {
    requested.push(`${lng}/${ns}`);
    const chunk = loadNamespace(lng, ns);
    return holdEnglish && lng === 'en'
      ? new Promise<Record<string, unknown>>((r) => held.push(() => r(chunk)))
      : chunk;
  };
  window.history.replaceState(null, '', '/?view=growth&lang=zh');
  const stop = startUrlSync();
  const i18n: I18n = await createI18n('zh', load);
  holdEnglish = true;
  await bundlesOf(i18n).ensure('zh', ['growth']);
  applyDocumentLanguage(i18n, 'growth');
  const frames: Frame[] = [];
  render(
    <I18nextProvider i18n={i18n}>
      <Probe frames={frames} />
    </I18nextProvider>,
  );
  const release = () => held.splice(0).forEach((r) => r());
  return { i18n, frames, requested, release, stop };
}

describe('changeLanguage', () => {
  it('loads the texts in use first, then switches i18next, <html lang> and the title together, and the link after that frame', async () => {
    const { i18n, frames, requested, release, stop } = await startInChinese();
    let done = false;
    const switching = changeLanguage(i18n, 'en').then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));

    // The view's namespace in use is asked for in English; until it is there nothing changes.
    expect(requested).toContain('en/growth');
    expect(done).toBe(false);
    expect(i18n.language).toBe('zh');
    expect(frames.at(-1)).toEqual(ZH);
    expect(window.location.search).toBe('?view=growth&lang=zh');

    await act(async () => {
      release();
      await switching;
    });

    // Every frame ever committed is wholly one language: never English words under <html lang="zh">,
    // never a switch pressed for English over Chinese texts.
    for (const frame of frames) expect([ZH, EN]).toContainEqual(frame);
    expect(frames.at(-1)).toEqual(EN);
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Zone growth · National ETDZ Dashboard');
    expect(localStorage.getItem('etdz.lang')).toBe('en');
    // The address is written once the frame in the new language has been drawn.
    await waitFor(() => expect(window.location.search).toBe('?view=growth&lang=en'));
    stop();
  });

  it('keeps the last choice when the user changes their mind while the texts load', async () => {
    const { i18n, frames, release, stop } = await startInChinese();
    const recorded: string[] = [];
    const unsubscribe = useAppStore.subscribe((s) => recorded.push(s.lang));
    const toEnglish = changeLanguage(i18n, 'en');
    // Chinese is loaded, so going back is done before the English texts arrive; they must not win then.
    const backToChinese = changeLanguage(i18n, 'zh');
    await act(async () => {
      release();
      await Promise.all([toEnglish, backToChinese]);
    });
    for (const frame of frames) expect(frame).toEqual(ZH);
    // The abandoned choice never reached the address bar or storage either.
    expect(recorded).not.toContain('en');
    unsubscribe();
    expect(i18n.language).toBe('zh');
    expect(useAppStore.getState().lang).toBe('zh');
    expect(frames.at(-1)).toEqual(ZH);
    expect(window.location.search).toBe('?view=growth&lang=zh');
    stop();
  });

  it('ignores a language that has no folder under locales/', async () => {
    const { i18n, stop } = await startInChinese();
    await changeLanguage(i18n, 'xx');
    expect(i18n.language).toBe('zh');
    expect(useAppStore.getState().lang).toBe('zh');
    stop();
  });
});
