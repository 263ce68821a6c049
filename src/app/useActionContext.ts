import { useMemo, useState } from 'react';
import screenfull from 'screenfull';
import { LANGUAGES } from '../i18n/languages';
import { useAppStore } from '../state/store';
import { activeChartFrame } from '../ui/chartFrames';
import type { ActionContext } from './actions/types';

/** The context every declared action runs in, plus the open/closed state of the dialogs it opens. */
export function useActionContext() {
  const state = useAppStore();
  const [helpOpen, setHelpOpen] = useState(false);
  const [deckOpen, setDeckOpen] = useState(false);
  const ctx: ActionContext = useMemo(
    () => ({
      state,
      languages: LANGUAGES,
      openHelp: () => setHelpOpen(true),
      openDeck: () => setDeckOpen(true),
      activeChart: () => activeChartFrame(),
      requestFullscreen: () => {
        // A refusal (no user gesture, kiosk policy) leaves the presentation in the window: still usable.
        if (screenfull.isEnabled && !screenfull.isFullscreen)
          screenfull.request(document.documentElement).catch(() => undefined);
      },
      exitFullscreen: () => {
        if (screenfull.isEnabled && screenfull.isFullscreen) screenfull.exit().catch(() => undefined);
      },
    }),
    [state],
  );
  return {
    ctx,
    helpOpen,
    closeHelp: () => setHelpOpen(false),
    deckOpen,
    closeDeck: () => setDeckOpen(false),
  };
}
