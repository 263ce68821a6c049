import { useEffect } from 'react';
import { useActionBridge } from '../../state/actions/context';
import { deckCodecReady, encodeDeck, loadDeckCodec } from '../../state/deckCodec';
import { useAppStore } from '../../state/store';

/** The presenter window and the presentation talk over this channel; both are the same app. */
export const CHANNEL = 'etdz-presenter';
const PRESENTER_HASH = '#presenter';

/** What the presentation tells the presenter window whenever the deck, the slide or the language changes. */
export interface StateMessage {
  type: 'state';
  deck: string;
  present: number | null;
  lang: string;
}

/** What the presenter window asks: the current state, or another slide (presenting starts there if need be). */
export type RequestMessage = { type: 'hello' } | { type: 'go'; slide: number };

export const isPresenterWindow = () => window.location.hash === PRESENTER_HASH;

export function presenterWindowUrl(lang: string): string {
  return `${window.location.pathname}?lang=${encodeURIComponent(lang)}${PRESENTER_HASH}`;
}

function isRequest(data: unknown): data is RequestMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<RequestMessage> & { slide?: unknown };
  return m.type === 'hello' || (m.type === 'go' && Number.isInteger(m.slide));
}

/** The presentation's side: answers the presenter window and follows its slide changes. */
export function usePresenterChannel() {
  const bridge = useActionBridge();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    const post = (): void => {
      if (!deckCodecReady()) {
        loadDeckCodec().then(post, () => undefined);
        return;
      }
      const s = useAppStore.getState();
      const message: StateMessage = {
        type: 'state',
        deck: encodeDeck(s.deck),
        present: s.present,
        lang: s.lang,
      };
      channel.postMessage(message);
    };
    channel.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (!isRequest(data)) return;
      if (data.type === 'hello') post();
      else if (useAppStore.getState().present === null) bridge.run('present.start', data.slide);
      else useAppStore.getState().goToSlide(data.slide);
    };
    // Until a presenter window has asked or a presentation runs, nobody needs the deck: its codec
    // stays unloaded (it is there once either has happened).
    const wanted = () => deckCodecReady() || useAppStore.getState().present !== null;
    const unsubscribe = useAppStore.subscribe((s, p) => {
      if ((s.deck !== p.deck || s.present !== p.present || s.lang !== p.lang) && wanted()) post();
    });
    if (wanted()) post();
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [bridge]);
}
