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

/** How many retries have been asked for: a chunk that failed before the latest one may load again. */
export function retryGeneration(): number {
  return retries.count;
}

export type RetryingComponent<P> = ComponentType<P> & {
  /** Starts loading the chunk now, before anything renders it. */
  preload(): void;
};

/**
 * React.lazy, except that a failed load does not stay failed: React.lazy keeps the rejected promise for
 * good, so a chunk that missed once (a dropped connection, a blocked request) would fail until a full
 * reload. After a failure and a retry, the next render starts a new import(), which fetches the chunk
 * (and any dependency that failed) again.
 */
export function lazyRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): RetryingComponent<P> {
  const attempt = {
    component: null as LazyExoticComponent<ComponentType<P>> | null,
    failedAt: null as number | null,
  };
  const start = () => {
    attempt.failedAt = null;
    const loading = load().catch((error: unknown) => {
      attempt.failedAt = retries.count;
      throw error;
    });
    // Nothing may wait on a preload: its failure is the render's to report.
    loading.catch(() => {});
    attempt.component = lazy(() => loading);
    return attempt.component;
  };
  const current = () => {
    const failedBefore = attempt.failedAt !== null && attempt.failedAt < retries.count;
    return !attempt.component || failedBefore ? start() : attempt.component;
  };
  function Retrying(props: P) {
    return createElement(current(), props);
  }
  return Object.assign(Retrying, { preload: () => void current() });
}
