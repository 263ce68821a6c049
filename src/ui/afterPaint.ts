/**
 * A chart's chunk loader that starts once the page has painted what the view committed: the view's text
 * and figures show first, and the chart library (a large download and a long first render) does not hold
 * them back. Measured: loading it beside the view delayed the largest paint of every chart view.
 */
export function afterPaint<T>(load: () => Promise<T>): () => Promise<T> {
  return () => nextPaint().then(load);
}

/**
 * Resolves once the frame after the commit has been presented: a frame callback runs before its paint,
 * so the second one runs after the first frame reached the screen (one alone started the chart before
 * the browser reported the view's text as painted).
 */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') setTimeout(resolve, 0);
    else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}
