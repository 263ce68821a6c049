import { act, render, screen } from '@testing-library/react';
import { ChartSuspense } from '../../../src/ui/chart/ChartSuspense';

describe('ChartSuspense', () => {
  it('holds the place with its fallback until its first commit has been drawn and the browser is idle', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      render(
        <ChartSuspense fallback={<p>placeholder</p>}>
          <p>chart</p>
        </ChartSuspense>,
      );
      expect(screen.getByText('placeholder')).toBeInTheDocument();
      expect(screen.queryByText('chart')).toBeNull();
      act(() => frames.shift()?.(performance.now()));
      expect(screen.queryByText('chart')).toBeNull();
      act(() => idle.shift()?.());
      expect(await screen.findByText('chart')).toBeInTheDocument();
      expect(screen.queryByText('placeholder')).toBeNull();

      // Once the page has drawn a view, a chart mounted later does not wait again.
      render(
        <ChartSuspense fallback={<p>second placeholder</p>}>
          <p>second chart</p>
        </ChartSuspense>,
      );
      expect(screen.getByText('second chart')).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
