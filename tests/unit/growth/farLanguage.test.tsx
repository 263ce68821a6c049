import { act, render, screen } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { FarLanguage } from '../../../src/features/growth/FarLanguage';

/** The observer the part registered, driven by hand: jsdom has no layout to intersect. */
let observed: { callback: IntersectionObserverCallback; target: Element | null } | null = null;

class FakeObserver {
  constructor(callback: IntersectionObserverCallback) {
    observed = { callback, target: null };
  }
  observe(target: Element) {
    if (observed) observed.target = target;
  }
  disconnect() {}
  unobserve() {}
  takeRecords() {
    return [];
  }
}

function scroll(near: boolean) {
  const o = observed;
  if (!o?.target) throw new Error('nothing observed');
  const entry = { isIntersecting: near, target: o.target } as IntersectionObserverEntry;
  act(() => o.callback([entry], {} as IntersectionObserver));
}

async function makeI18n(): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { growth: { title: 'The zones' } }, zh: { growth: { title: '经开区' } } },
    defaultNS: 'growth',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

/** Commits of the part's subtree, counted by React's Profiler. */
let renders = 0;
const counted = () => {
  renders += 1;
};
function Probe() {
  const { t } = useTranslation('growth');
  return <h2>{t('title')}</h2>;
}

async function setup() {
  const app = await makeI18n();
  render(
    <I18nextProvider i18n={app}>
      <FarLanguage>
        <Profiler id="part" onRender={counted}>
          <Probe />
        </Profiler>
      </FarLanguage>
    </I18nextProvider>,
  );
  return app;
}

const switchTo = (app: I18n, lng: string) => act(async () => void (await app.changeLanguage(lng)));

describe('FarLanguage: a part far off screen follows a language switch when it comes near', () => {
  beforeEach(() => {
    renders = 0;
    observed = null;
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('near the viewport, it switches with the page', async () => {
    const app = await setup();
    scroll(true);
    await switchTo(app, 'zh');
    expect(screen.getByRole('heading')).toHaveTextContent('经开区');
  });

  it('far off screen, a switch does not render it; coming near draws the new language', async () => {
    const app = await setup();
    scroll(false);
    const before = renders;
    await switchTo(app, 'zh');
    expect(renders).toBe(before);
    expect(screen.getByRole('heading')).toHaveTextContent('The zones');
    scroll(true);
    expect(screen.getByRole('heading')).toHaveTextContent('经开区');
    // Back and forth while far: nothing to draw when it comes back in the language it shows.
    scroll(false);
    await switchTo(app, 'en');
    await switchTo(app, 'zh');
    const shown = renders;
    scroll(true);
    expect(renders).toBe(shown);
  });

  it('printing catches a far part up', async () => {
    const app = await setup();
    scroll(false);
    await switchTo(app, 'zh');
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByRole('heading')).toHaveTextContent('经开区');
  });

  it('without IntersectionObserver every part is near', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const app = await setup();
    await switchTo(app, 'zh');
    expect(screen.getByRole('heading')).toHaveTextContent('经开区');
  });

  it('states the language it is worded in, and catches up when focus moves into it', async () => {
    const app = await makeI18n();
    const { container } = render(
      <I18nextProvider i18n={app}>
        <FarLanguage>
          <Probe />
          <a href="#zone">{'zone'}</a>
        </FarLanguage>
      </I18nextProvider>,
    );
    const box = container.querySelector('.far-language')!;
    scroll(false);
    await switchTo(app, 'zh');
    expect(box.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('heading')).toHaveTextContent('The zones');
    act(() => screen.getByRole('link').focus());
    expect(screen.getByRole('heading')).toHaveTextContent('经开区');
    expect(box.getAttribute('lang')).toBe('zh');
  });
});
