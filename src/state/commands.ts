/**
 * Commands that a declared action sends to whichever view can carry them out (play/pause in Zone
 * growth, full screen on the focused chart). The action list stays in src/app; the view that
 * listens stays in its feature folder; neither imports the other.
 */
export type CommandId = 'growth.togglePlay' | 'growth.stepBack' | 'growth.stepForward' | 'chart.fullscreen';

type Listener = () => void;
const listeners = new Map<CommandId, Set<Listener>>();

export function onCommand(id: CommandId, listener: Listener): () => void {
  const set = listeners.get(id) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(id, set);
  return () => {
    set.delete(listener);
  };
}

/** Returns whether anyone was listening, so an action can tell it did nothing. */
export function sendCommand(id: CommandId): boolean {
  const set = listeners.get(id);
  if (!set?.size) return false;
  for (const l of [...set]) l();
  return true;
}

export function hasListener(id: CommandId): boolean {
  return (listeners.get(id)?.size ?? 0) > 0;
}
