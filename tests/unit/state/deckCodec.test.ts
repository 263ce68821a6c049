import { compressToEncodedURIComponent } from 'lz-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * lz-string loads on demand (src/state/deckCodec.ts). Each test starts from a fresh module graph, so the
 * codec has not arrived, and may hold it back to see what happens meanwhile.
 */
async function fresh() {
  vi.resetModules();
  return {
    codec: await import('../../../src/state/deckCodec'),
    deck: await import('../../../src/state/deck'),
    history: await import('../../../src/state/history'),
    kept: await import('../../../src/state/keptDeck'),
    store: (await import('../../../src/state/store')).useAppStore,
  };
}

/** Holds lz-string back until the returned function is called. */
function holdCodec(): () => void {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  vi.doMock('lz-string', async () => {
    await arrived;
    return vi.importActual('lz-string');
  });
  return release;
}

const compact = (packed: unknown) =>
  `z.${compressToEncodedURIComponent(JSON.stringify(packed)).replace(/\+/g, '_').replace(/\$/g, '.')}`;

beforeEach(() => vi.doUnmock('lz-string'));
afterEach(() => vi.doUnmock('lz-string'));

describe('the deck codec, loaded on demand', () => {
  it('is not loaded at the start when neither the address nor storage holds a deck', async () => {
    const { codec, history } = await fresh();
    await history.readyToStart('?view=growth&lang=en');
    expect(codec.deckCodecReady()).toBe(false);
  });

  it('holds the start until a deck in the address is read whole', async () => {
    const { codec, history, store } = await fresh();
    const release = holdCodec();
    const search = `?present=2&deck=${compact([['view=sources', '', 'Who says so'], ['view=growth&year=2010']])}`;
    window.history.replaceState(null, '', `/${search}`);
    let ready = false;
    const start = history.readyToStart().then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toBe(false);
    release();
    await start;
    expect(codec.deckCodecReady()).toBe(true);
    const stop = history.startUrlSync();
    expect(store.getState()).toMatchObject({ present: 1, view: 'growth', deckOrigin: 'link', notices: [] });
    expect(store.getState().deck.map((s) => s.title)).toEqual(['Who says so', '']);
    stop();
  });

  it('reads a deck kept in storage at the start', async () => {
    const { deck, history, kept, store } = await fresh();
    const release = holdCodec();
    localStorage.setItem('etdz.deck.v2', compact([['view=policies', '', 'Kept']]));
    expect(kept.hasKeptDeck()).toBe(true);
    const start = history.readyToStart('');
    release();
    await start;
    const stop = history.startUrlSync();
    expect(store.getState().deck).toEqual([deck.makeSlide('?view=policies', { title: 'Kept' })]);
    expect(store.getState().notices).toEqual([]);
    stop();
  });

  it('writes a slide added before the codec arrived, once it arrives, the last edit last', async () => {
    const { codec, deck, kept, store } = await fresh();
    const release = holdCodec();
    store.getState().navigate({ view: 'growth', growth: { ...store.getState().growth, year: 2010 } });
    store.getState().addCurrentSlide();
    store.getState().navigate({ view: 'sources' });
    store.getState().addCurrentSlide();
    // In use at once; not in storage yet.
    expect(store.getState().deck.slice(-2)).toEqual([
      deck.makeSlide('?view=growth&year=2010'),
      deck.makeSlide('?view=sources'),
    ]);
    expect(localStorage.getItem('etdz.deck.v2')).toBeNull();
    release();
    await vi.waitFor(() => expect(codec.deckCodecReady()).toBe(true));
    await vi.waitFor(() =>
      expect(kept.loadKeptDeck()).toEqual({ deck: store.getState().deck, unreadable: [] }),
    );
    expect(store.getState()).toMatchObject({ deckOrigin: 'kept', deckSaveFailed: false, notices: [] });
  });

  it('says the deck was not kept when the codec cannot load, and keeps what was kept before', async () => {
    const { deck, kept, store } = await fresh();
    localStorage.setItem('etdz.deck.v2', 'z.before');
    vi.doMock('lz-string', () => {
      throw new Error('chunk failed');
    });
    store.getState().setDeck([deck.makeSlide('?view=sources')]);
    await vi.waitFor(() => expect(store.getState().deckSaveFailed).toBe(true));
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['deckNotSaved']);
    expect(store.getState().deck).toEqual([deck.makeSlide('?view=sources')]);
    expect(localStorage.getItem('etdz.deck.v2')).toBe('z.before');
    expect(kept.hasKeptDeck()).toBe(true);
  });

  it('puts a deck edited while presenting into the address once the codec arrives', async () => {
    const { deck, history, store } = await fresh();
    const release = holdCodec();
    window.history.replaceState(null, '', '/?present=1&lang=en');
    const stop = history.startUrlSync();
    store.getState().setDeck([deck.makeSlide('?view=sources', { title: 'Mine' })]);
    expect(window.location.search).toBe('?present=1&lang=en');
    release();
    await vi.waitFor(() => expect(window.location.search).toMatch(/^\?present=1&deck=z\./));
    const back = new URLSearchParams(window.location.search).get('deck') ?? '';
    const { readDeck } = await import('../../../src/state/url');
    expect(readDeck(back).deck).toEqual([deck.makeSlide('?view=sources', { title: 'Mine' })]);
    stop();
  });
});
