import { useEffectEvent, useLayoutEffect, type RefObject } from 'react';
import { useActionBridge } from './context';
import type { ActionId, ActionRun } from './registry';

export type ActionHandlers = { [Id in ActionId]?: ActionRun<Id> };

/** For handlers that act on one part of the page (a chart frame): see ActionScope. */
export interface ScopeOptions {
  ref: RefObject<Element | null>;
  engaged?: () => boolean;
}

/**
 * Says what the given actions do while the component is mounted: the one way the shell, shared
 * components and views hook into the declared actions. The latest handlers always run; registering
 * happens once per set of ids.
 */
export function useActionHandlers(handlers: ActionHandlers, scope?: ScopeOptions): void {
  const bridge = useActionBridge();
  const ids = Object.keys(handlers).join(' ');
  const run = useEffectEvent((id: ActionId, payload: unknown) =>
    (handlers[id] as ((payload: unknown) => void) | undefined)?.(payload),
  );
  const engaged = useEffectEvent(() => scope?.engaged?.() ?? false);
  const ref = scope?.ref;
  // Registered before the browser paints: a key pressed as soon as a button shows must find its handler
  // (a passive effect can run a task later, after the button is already on screen).
  useLayoutEffect(() => {
    if (!ids) return;
    const scoped = ref && { element: () => ref.current, engaged: () => engaged() };
    const unregister = (ids.split(' ') as ActionId[]).map((id) =>
      bridge.register(id, { run: (payload) => run(id, payload), scope: scoped }),
    );
    return () => unregister.forEach((off) => off());
  }, [bridge, ids, ref]);
}
