import { QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../src/app/App';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { FALLBACK_TEXT } from '../../../src/app/fallbackText';
import { CHUNK_LOAD } from '../../../src/data/queries';
import { createI18n } from '../../../src/i18n/setup';
import { lazyRetry } from '../../../src/ui/lazyRetry';

const chunkError = () =>
  new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/CompareView-x.js');

/** A chunk that fails the first `failures` times it is imported, then arrives. */
function flakyChunk(failures: number) {
  const load = vi.fn(async (): Promise<{ default: ComponentType }> => {
    if (load.mock.calls.length <= failures) throw chunkError();
    return { default: () => <p>the view</p> };
  });
  return load;
}

async function renderInBoundary(ui: ReactNode, i18n?: I18n, resetKey: unknown = 'compare') {
  const instance = i18n ?? (await createI18n('en'));
  const tree = (key: unknown) => (
    <I18nextProvider i18n={instance}>
      <QueryClientProvider client={client}>
        <ErrorBoundary resetKey={key}>
          <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
        </ErrorBoundary>
      </QueryClientProvider>
    </I18nextProvider>
  );
  const client = createQueryClient();
  const result = render(tree(resetKey));
  return { ...result, rerenderWithKey: (key: unknown) => result.rerender(tree(key)) };
}

// The boundary logs what it caught, as it should; the tests need not show it.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));

describe('a view chunk that failed to load', () => {
  it('loads again on "Try again" (React.lazy alone replays the cached failure)', async () => {
    const load = flakyChunk(1);
    const View = lazyRetry(load);
    await renderInBoundary(<View />);
    expect(await screen.findByRole('heading', { name: 'This view could not be loaded' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the view')).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('is the failure React.lazy keeps: the same sequence with lazy() stays broken', async () => {
    const load = flakyChunk(1);
    const View = lazy(load);
    await renderInBoundary(<View />);
    await screen.findByRole('heading', { name: 'This view could not be loaded' });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'This view could not be loaded' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the error once instead of importing again in a loop', async () => {
    const load = flakyChunk(Infinity);
    const View = lazyRetry(load);
    await renderInBoundary(<View />);
    await screen.findByRole('button', { name: 'Try again' });
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(load).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'Try again' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads again when the reader leaves the view and comes back', async () => {
    const load = flakyChunk(1);
    const View = lazyRetry(load);
    const { rerenderWithKey } = await renderInBoundary(<View />, undefined, 'compare');
    await screen.findByRole('button', { name: 'Try again' });
    rerenderWithKey('overview');
    expect(await screen.findByText('the view')).toBeVisible();
  });

  it('loads again by itself when the connection comes back', async () => {
    const load = flakyChunk(1);
    const View = lazyRetry(load);
    await renderInBoundary(<View />);
    await screen.findByRole('button', { name: 'Try again' });
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByText('the view')).toBeVisible();
  });

  it('says so plainly when even the interface texts did not load', async () => {
    const noTexts = await createI18n('en', async () => ({}));
    const Broken = lazyRetry(flakyChunk(Infinity));
    await renderInBoundary(<Broken />, noTexts);
    expect(await screen.findByRole('heading', { name: FALLBACK_TEXT.loadTitle })).toBeVisible();
    expect(screen.getByRole('button', { name: FALLBACK_TEXT.retry })).toBeVisible();
  });
});

describe('a data chunk that failed to load', () => {
  it('retries with a growing pause, and runs again on "Try again" after it gave up', async () => {
    expect(CHUNK_LOAD.retry).toBeGreaterThan(0);
    expect([0, 1, 2].map((n) => CHUNK_LOAD.retryDelay(n))).toEqual([1000, 2000, 4000]);

    let fail = true;
    const queryFn = vi.fn(async () => {
      if (fail) throw chunkError();
      return 'the data';
    });
    function Data() {
      const { data } = useSuspenseQuery({ queryKey: ['chunk'], queryFn, retry: false });
      return <p>{data}</p>;
    }
    await renderInBoundary(<Data />);
    await screen.findByRole('button', { name: 'Try again' });
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the data')).toBeVisible();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });
});
