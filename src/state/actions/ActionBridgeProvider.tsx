import { useEffect, type ReactNode } from 'react';
import type { ActionBridge } from './bridge';
import { ActionBridgeContext } from './context';

/** Gives the tree its bridge and tells it where the user works, so keys can act on "the last used" chart. */
export function ActionBridgeProvider({ bridge, children }: { bridge: ActionBridge; children: ReactNode }) {
  useEffect(() => {
    const note = (event: Event) => bridge.noteUse(event.target);
    document.addEventListener('focusin', note, true);
    document.addEventListener('pointerdown', note, true);
    return () => {
      document.removeEventListener('focusin', note, true);
      document.removeEventListener('pointerdown', note, true);
    };
  }, [bridge]);
  return <ActionBridgeContext value={bridge}>{children}</ActionBridgeContext>;
}
