import { afterPaint } from '../../../src/ui/afterPaint';

describe('afterPaint', () => {
  it('starts the load only after two frames and a task: once the committed view has been presented', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    vi.useFakeTimers();
    try {
      const load = vi.fn(async () => 'chunk');
      const result = afterPaint(load)();
      const frame = () => frames.shift()?.(performance.now());
      await vi.advanceTimersByTimeAsync(50);
      expect(load).not.toHaveBeenCalled();
      frame();
      await vi.advanceTimersByTimeAsync(50);
      expect(load).not.toHaveBeenCalled();
      frame();
      expect(load).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(0);
      expect(load).toHaveBeenCalledTimes(1);
      await expect(result).resolves.toBe('chunk');
    } finally {
      vi.useRealTimers();
    }
  });
});
