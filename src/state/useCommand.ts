import { useEffect, useEffectEvent } from 'react';
import { onCommand, type CommandId } from './commands';

/** Runs the handler whenever the command is sent, while the component is mounted. */
export function useCommand(id: CommandId, handler: () => void): void {
  const run = useEffectEvent(handler);
  useEffect(() => onCommand(id, () => run()), [id]);
}
