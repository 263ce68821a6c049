import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToBrowser } from '../../../src/app/yieldToBrowser';

describe('yieldToBrowser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("resumes through the browser's scheduler.yield() where there is one", async () => {
    const resume = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: resume });
    await yieldToBrowser();
    expect(resume).toHaveBeenCalledOnce();
  });

  it('elsewhere resumes in a later task, not in a microtask of this one', async () => {
    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    let resumed = false;
    void yieldToBrowser().then(() => (resumed = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(resumed).toBe(false);
    await vi.runAllTimersAsync();
    expect(resumed).toBe(true);
  });
});
