type Listener = (near: boolean) => void;

interface Watch {
  observer: IntersectionObserver;
  listeners: Map<Element, Listener>;
}

/** One observer per margin for every element watched with it: a callback per element would be a task each. */
const watches = new Map<string, Watch>();

/**
 * Tells the listener whenever the element comes within `margin` of the viewport or leaves it (the
 * parts of a page that are not redrawn while far away). Where there is no IntersectionObserver nothing
 * is reported, so a caller that starts near stays near. Returns a function that stops watching.
 */
export function observeNear(element: Element, margin: string, listener: Listener): () => void {
  if (typeof IntersectionObserver !== 'function') return () => {};
  let watch = watches.get(margin);
  if (!watch) {
    const listeners = new Map<Element, Listener>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
      },
      { rootMargin: margin },
    );
    watch = { observer, listeners };
    watches.set(margin, watch);
  }
  const { observer, listeners } = watch;
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    observer.unobserve(element);
    if (listeners.size === 0) {
      observer.disconnect();
      watches.delete(margin);
    }
  };
}
