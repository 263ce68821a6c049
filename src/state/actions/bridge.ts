import type { AppState } from '../store';
import { actionMeta, type ActionId, type Payload } from './registry';

/**
 * The part of the page a handler acts on, for actions that several components carry out at once
 * (every chart frame on screen handles f and t).
 */
export interface ActionScope {
  element(): Element | null;
  /** Whether this part has taken over the screen (a chart in full screen): then it always wins. */
  engaged(): boolean;
}

interface Registration {
  run(payload: unknown): void;
  scope?: ActionScope;
}

const byDocumentOrder = (a: Registration, b: Registration) => {
  const x = a.scope?.element();
  const y = b.scope?.element();
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
};

/**
 * Where declared actions meet what carries them out. The shell, shared components and views
 * register handlers while they are mounted; a key or a button runs an action by its id. When
 * several handlers are on screen, the one that runs is the one in full screen, else the one holding
 * focus, else the one last used, else the first on the page.
 */
export function createActionBridge(doc: Document = document) {
  const handlers = new Map<ActionId, Registration[]>();
  const listeners = new Set<() => void>();
  let lastUsed: Element | null = null;
  let version = 0;
  const changed = () => {
    version += 1;
    for (const listener of [...listeners]) listener();
  };

  const handlerFor = (id: ActionId): Registration | undefined => {
    const list = handlers.get(id) ?? [];
    if (list.length <= 1) return list[0];
    const active = doc.activeElement;
    return (
      list.find((r) => r.scope?.engaged()) ??
      list.find((r) => active && r.scope?.element()?.contains(active)) ??
      list.find((r) => lastUsed && r.scope?.element() === lastUsed) ??
      [...list].sort(byDocumentOrder)[0]
    );
  };

  /** Whether something on screen carries the action out. */
  const has = (id: ActionId): boolean => (handlers.get(id)?.length ?? 0) > 0;

  return {
    /** Registers what an action does; returns the function that takes it back. */
    register(id: ActionId, registration: Registration): () => void {
      handlers.set(id, [...(handlers.get(id) ?? []), registration]);
      changed();
      return () => {
        handlers.set(
          id,
          (handlers.get(id) ?? []).filter((r) => r !== registration),
        );
        changed();
      };
    },
    has,
    /** Whether the action can run now: the state allows it and something on screen carries it out. */
    available: (id: ActionId, state: AppState): boolean => actionMeta(id).available(state) && has(id),
    /** Runs the action; says whether anything did. */
    run<Id extends ActionId>(
      id: Id,
      ...payload: undefined extends Payload<Id> ? [Payload<Id>?] : [Payload<Id>]
    ) {
      const handler = handlerFor(id);
      handler?.run(payload[0]);
      return handler !== undefined;
    },
    /** Remembers the part of the page the user last worked in (focus or pointer), for "the last used". */
    noteUse(target: EventTarget | null): void {
      if (!(target instanceof Node)) return;
      for (const list of handlers.values())
        for (const r of list) {
          const element = r.scope?.element();
          if (element?.contains(target)) {
            lastUsed = element;
            return;
          }
        }
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

export type ActionBridge = ReturnType<typeof createActionBridge>;
