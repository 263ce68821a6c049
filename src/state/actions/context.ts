import { createContext, useContext } from 'react';
import type { ActionBridge } from './bridge';

export const ActionBridgeContext = createContext<ActionBridge | null>(null);

export function useActionBridge(): ActionBridge {
  const bridge = useContext(ActionBridgeContext);
  // Without a provider a handler would register nowhere and its key would silently do nothing.
  if (!bridge) throw new Error('useActionBridge: no ActionBridgeProvider above this component');
  return bridge;
}
