import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatPartialDate } from '../../../src/i18n/format/date';
import { warmFormatters } from '../../../src/i18n/format/warm';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('warmFormatters', () => {
  it('builds, in a later task, the formatter the footer’s date then reuses', () => {
    const tasks: (() => void)[] = [];
    let built = vi.spyOn(Intl, 'DateTimeFormat');
    // A language no other test formats in, so its formatter is not cached already.
    warmFormatters('fr', '2026-11-29', (task) => tasks.push(task));
    expect(built).not.toHaveBeenCalled();
    expect(tasks).toHaveLength(1);
    vi.restoreAllMocks();
    tasks[0]?.();
    built = vi.spyOn(Intl, 'DateTimeFormat');
    expect(formatPartialDate('2026-11-29', 'fr')).toBe('29 nov. 2026');
    expect(built).not.toHaveBeenCalled();
  });
});
