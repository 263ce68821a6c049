import { render } from '@testing-library/react';
import { useLayoutEffect, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMeasuredPlotBox } from '../../../../src/ui/chart/usePlotBox';

describe('useMeasuredPlotBox', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has no box until the plot is measured, before the first paint, and then its real size', () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(367);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(260);
    // What each commit handed a chart: a chart drawn at a guessed size is drawn again when measured.
    const seen: Array<number | null> = [];
    function Plot() {
      const ref = useRef<HTMLDivElement>(null);
      const box = useMeasuredPlotBox(ref);
      useLayoutEffect(() => void seen.push(box ? box.width : null));
      return <div ref={ref}>{box && <svg width={box.width} height={box.height} />}</div>;
    }
    const { container } = render(<Plot />);
    expect(seen).toEqual([null, 367]);
    expect(container.querySelector('svg')?.getAttribute('width')).toBe('367');
    expect(container.querySelector('svg')?.getAttribute('height')).toBe('260');
  });
});
