import { describe, expect, it, vi } from 'vitest';
import { registerWhenLoaded } from '../../../src/app/serviceWorkerWatch';

/** A container that records registrations, and a page whose load event the test fires. */
function setup(readyState: DocumentReadyState) {
  const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
  const container = { register } as unknown as ServiceWorkerContainer;
  const target = new EventTarget();
  const page = {
    document: { readyState },
    addEventListener: target.addEventListener.bind(target),
  } as Parameters<typeof registerWhenLoaded>[3];
  return { register, container, page, load: () => target.dispatchEvent(new Event('load')) };
}

describe('registerWhenLoaded', () => {
  it('waits for the page to load before registering: the precache must not compete with the first screen', () => {
    const { register, container, page, load } = setup('interactive');
    registerWhenLoaded(container, '/sw.js', '/', page);
    expect(register).not.toHaveBeenCalled();
    load();
    expect(register).toHaveBeenCalledExactlyOnceWith('/sw.js', { scope: '/' });
    load();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers at once when the page has already loaded', () => {
    const { register, container, page } = setup('complete');
    registerWhenLoaded(container, '/base/sw.js', '/base/', page);
    expect(register).toHaveBeenCalledExactlyOnceWith('/base/sw.js', { scope: '/base/' });
  });
});
