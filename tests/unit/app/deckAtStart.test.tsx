import { screen } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { expect, it, vi } from 'vitest';
import { deckCodecReady } from '../../../src/state/deckCodec';
import { renderApp } from './render';

// jsdom has no Fullscreen API.
vi.mock('../../../src/app/present/pageFullscreen', () => ({
  requestPageFullscreen: vi.fn(),
  exitPageFullscreen: vi.fn(),
}));

const compact = (packed: unknown) =>
  `z.${compressToEncodedURIComponent(JSON.stringify(packed)).replace(/\+/g, '_').replace(/\$/g, '.')}`;

it('opens a link to a compact deck on its slide, though the deck codec loads only then', async () => {
  expect(deckCodecReady()).toBe(false);
  const deck = compact([
    ['view=growth', '', 'First'],
    ['view=sources', '', 'Who says so'],
  ]);
  const { stop } = await renderApp(`?lang=en&present=2&deck=${deck}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Who says so' })).toBeInTheDocument();
  expect(await screen.findByText('Slide 2 of 2: Who says so')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  stop();
});
