import { useCallback, useEffect, useEffectEvent, useRef } from 'react';

/**
 * Recharts moves its tooltip with the arrow keys on its focusable chart; Enter or Space then acts on
 * what the tooltip shows. The tooltip tells which label that is through `report` (see ActiveReporter);
 * `ref` goes on an element around the chart. A native listener, because the focusable element is
 * Recharts' own svg.
 */
export function useChartKeyboard(onActivate: (label: unknown) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const active = useRef<unknown>(null);
  const report = useCallback((label: unknown) => {
    active.current = label;
  }, []);
  const activate = useEffectEvent((label: unknown) => onActivate(label));
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.key !== 'Enter' && e.key !== ' ') || active.current === null || active.current === undefined)
        return;
      e.preventDefault();
      activate(active.current);
    };
    el.addEventListener('keydown', onKeyDown);
    return () => el.removeEventListener('keydown', onKeyDown);
  }, []);
  return { ref, report };
}

/** Rendered inside a tooltip: reports the label it shows while it is shown. */
export function ActiveReporter({ label, onActive }: { label: unknown; onActive(label: unknown): void }) {
  useEffect(() => {
    onActive(label);
    return () => onActive(null);
  }, [label, onActive]);
  return null;
}
