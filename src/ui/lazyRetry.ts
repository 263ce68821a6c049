import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Counts the retries the user (or the network coming back) asked for. A chunk that failed before the
 * latest retry loads again on its next render; one that failed after it stays failed, so React shows the
 * error instead of importing again and again in a loop.
 */
const retries = { count: 0 };

/** Lets every chunk that has failed so far load again: called by "Try again", leaving a view, and 'online'. */
export function retryFailedChunks(): void {
  retries.count += 1;
}

/**
 * React.lazy, except that a failed load does not stay failed: React.lazy keeps the rejected promise for
 * good, so a chunk that missed once (a dropped connection, a blocked request) would fail until a full
 * reload. After a failure and a retry, the next render starts a new import(), which fetches the chunk
 * (and any dependency that failed) again.
 */
export function lazyRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const attempt = {
    component: null as LazyExoticComponent<ComponentType<P>> | null,
    failedAt: null as number | null,
  };
  const start = () => {
    attempt.failedAt = null;
    attempt.component = lazy(() =>
      load().catch((error: unknown) => {
        attempt.failedAt = retries.count;
        throw error;
      }),
    );
    return attempt.component;
  };
  function Retrying(props: P) {
    const failedBefore = attempt.failedAt !== null && attempt.failedAt < retries.count;
    const component = !attempt.component || failedBefore ? start() : attempt.component;
    return createElement(component, props);
  }
  return Retrying;
}
