import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { createActionBridge, type ActionBridge } from '../../../src/state/actions/bridge';
import { ActionBridgeContext } from '../../../src/state/actions/context';
import { useActionHandlers } from '../../../src/state/actions/useActionHandlers';

function CiteButton() {
  useActionHandlers({ 'page.cite': () => undefined });
  return <button type="button">Cite</button>;
}

/** Runs in the same commit as the button, before the browser paints it: what a key pressed then finds. */
function ReadyOnScreen({ bridge, seen }: { bridge: ActionBridge; seen: boolean[] }) {
  useLayoutEffect(() => {
    seen.push(bridge.has('page.cite'));
  }, [bridge, seen]);
  return null;
}

describe('useActionHandlers', () => {
  it('has the handler in place before the component is painted, so a key pressed as soon as its button shows acts', () => {
    const bridge = createActionBridge();
    const seen: boolean[] = [];
    render(
      <ActionBridgeContext.Provider value={bridge}>
        <CiteButton />
        <ReadyOnScreen bridge={bridge} seen={seen} />
      </ActionBridgeContext.Provider>,
    );
    expect(seen).toEqual([true]);
  });

  it('takes the handler back when the component leaves', () => {
    const bridge = createActionBridge();
    const view = render(
      <ActionBridgeContext.Provider value={bridge}>
        <CiteButton />
      </ActionBridgeContext.Provider>,
    );
    expect(bridge.has('page.cite')).toBe(true);
    view.unmount();
    expect(bridge.has('page.cite')).toBe(false);
  });
});
