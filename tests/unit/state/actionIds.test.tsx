import { describe, expect, it } from 'vitest';
import { createActionBridge } from '../../../src/state/actions/bridge';
import { ACTION_IDS, actionMeta } from '../../../src/state/actions/registry';
import { useActionHandlers } from '../../../src/state/actions/useActionHandlers';
import { ActionButton } from '../../../src/ui/ActionButton';

/**
 * Never called: each line must fail the type check (npm run typecheck), and an unused
 * @ts-expect-error fails it too, so a typo in an action id or a wrong payload can never compile.
 */
export function useTyposThatMustNotCompile() {
  // @ts-expect-error: no such action
  actionMeta('chart.fulscreen');
  // @ts-expect-error: no such action among the handlers
  useActionHandlers({ 'growth.togglePlai': () => undefined });
  // @ts-expect-error: the deck dialog's slide number is a number
  useActionHandlers({ 'present.start': (slide: string) => void slide });
  // @ts-expect-error: the language switch takes a language code, not a number
  createActionBridge().run('language.switch', 3);
  // @ts-expect-error: help takes no value
  createActionBridge().run('help', 'now');
  // @ts-expect-error: no such action for a button
  return <ActionButton action="chart.fulscreen" />;
}

describe('action ids', () => {
  it('are the keys of the one list, and each one has its metadata', () => {
    expect(ACTION_IDS).toContain('chart.fullscreen');
    expect(ACTION_IDS).not.toContain('chart.fulscreen');
    for (const id of ACTION_IDS) expect(actionMeta(id).labelKey, id).toBeTruthy();
  });
});
