import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { bundlesOf } from '../../../src/i18n/bundles';
import { formatAmount } from '../../../src/i18n/format/number';
import { TextsGate } from '../../../src/i18n/gate/TextsGate';
import { loadNamespace, STARTUP_NAMESPACES } from '../../../src/i18n/languages';
import { createI18n } from '../../../src/i18n/setup';

type Resource = Record<string, unknown>;

/**
 * A loader whose files the test controls: the real locales, plus made-up files of a partial language,
 * with any file held back until released or failing until told otherwise.
 */
function controlledLoader(extra: Record<string, Resource> = {}) {
  const held = new Map<string, Array<() => void>>();
  const holding = new Set<string>();
  const failing = new Set<string>();
  const requests: string[] = [];
  const load = (lng: string, ns: string): Promise<Resource> => {
    const id = `${lng}/${ns}`;
    requests.push(id);
    if (failing.has(id))
      return Promise.reject(new Error(`Failed to fetch dynamically imported module ${id}`));
    const file = id in extra ? Promise.resolve(extra[id] as Resource) : loadNamespace(lng, ns);
    if (!holding.has(id)) return file;
    return new Promise((resolve) => held.set(id, [...(held.get(id) ?? []), () => resolve(file)]));
  };
  return {
    load,
    requests,
    hold: (id: string) => holding.add(id),
    release: (id: string) => {
      holding.delete(id);
      for (const r of held.get(id) ?? []) r();
      held.delete(id);
    },
    fail: (id: string) => failing.add(id),
    heal: (id: string) => failing.delete(id),
  };
}

function CompareTitle() {
  const { t } = useTranslation(['compare', 'common']);
  return (
    <p data-testid="shown">
      {t('title')} · {t('common:loading')}
    </p>
  );
}

function renderGated(i18n: I18n, namespaces: readonly string[]) {
  return render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={<p>waiting</p>}>
        <TextsGate namespaces={namespaces}>
          <CompareTitle />
        </TextsGate>
      </Suspense>
    </I18nextProvider>,
  );
}

const JA_COMMON = {
  loading: '読み込み中…',
  app: { title: "TODO: China's National ETDZs" },
  nav: { skip: '' },
};

describe('a partial language', () => {
  it('shows a view only once the fallback languages’ files of its namespace are in: never a raw key', async () => {
    const files = controlledLoader({ 'ja/common': JA_COMMON, 'ja/compare': {} });
    const i18n = await createI18n('ja', files.load);
    files.hold('en/compare');
    renderGated(i18n, ['compare']);
    // ja/compare (empty) is in at once; the English file it falls back to is not: nothing is shown yet.
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(screen.getByText('waiting')).toBeInTheDocument();
    expect(screen.queryByTestId('shown')).toBeNull();
    await act(async () => files.release('en/compare'));
    expect(await screen.findByTestId('shown')).toHaveTextContent('Compare indicators · 読み込み中…');
    expect(files.requests).toEqual(expect.arrayContaining(['ja/compare', 'en/compare', 'zh/compare']));
  });

  it('treats a text marked untranslated, or left empty, as missing: the fallback shows', async () => {
    const files = controlledLoader({ 'ja/common': JA_COMMON });
    const i18n = await createI18n('ja', files.load);
    expect(i18n.t('app.title')).toBe("China's National ETDZs");
    expect(i18n.t('nav.skip')).toBe('Skip to content');
    expect(i18n.t('loading')).toBe('読み込み中…');
  });

  it('words an amount in the language its wording came from, never "CNY 16.9兆"', async () => {
    const files = controlledLoader({ 'ja/units': { countNotation: 'compact' } });
    const i18n = await createI18n('ja', files.load);
    const t = i18n.getFixedT('ja', ['units']);
    expect(formatAmount(16900, 'CNY billion', 'ja', t)).toBe('CNY 16.9 trillion');
    const withOwnWording = controlledLoader({ 'ja/units': { money: { cny: '{{amount}}円' } } });
    const ja = await createI18n('ja', withOwnWording.load);
    expect(formatAmount(16900, 'CNY billion', 'ja', ja.getFixedT('ja', ['units']))).toBe('16.9兆円');
  });
});

describe('complete languages', () => {
  it('load only their own files: the other complete language comes when chosen', async () => {
    const files = controlledLoader();
    const i18n = await createI18n('zh', files.load, ['compare']);
    expect(files.requests.every((r) => r.startsWith('zh/'))).toBe(true);
    expect(files.requests).toEqual(expect.arrayContaining(['zh/common', 'zh/compare']));
    renderGated(i18n, ['compare']);
    expect(await screen.findByTestId('shown')).toHaveTextContent('指标对比');
  });
});

describe('a file that failed to arrive', () => {
  it('shows a translated message and a retry that loads it anew', async () => {
    const files = controlledLoader();
    const i18n = await createI18n('en', files.load);
    files.fail('en/compare');
    renderGated(i18n, ['compare']);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The texts for this page could not be loaded');
    expect(screen.queryByTestId('shown')).toBeNull();
    // Still failing: the retry asks again and says so again.
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(files.requests.filter((r) => r === 'en/compare')).toHaveLength(2);
    files.heal('en/compare');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('shown')).toHaveTextContent('Compare indicators');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so in both languages when the interface texts themselves failed, and retries when back online', async () => {
    const files = controlledLoader();
    files.fail('zh/common');
    const i18n = await createI18n('zh', files.load);
    expect(bundlesOf(i18n).hasFailed()).toBe(true);
    renderGated(i18n, STARTUP_NAMESPACES);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('文字未能加载 · The texts could not be loaded');
    expect(screen.getByRole('button', { name: '重试 · Try again' })).toBeInTheDocument();
    files.heal('zh/common');
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByTestId('shown')).toHaveTextContent('加载中');
  });
});
