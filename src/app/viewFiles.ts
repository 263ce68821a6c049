/**
 * A view's own files, named by the page: the build lists each view's code and data in index.html
 * (`#shell-hints`, scripts/build/preloadHints.ts), and the page's script preloads the first view's. A view
 * opened later starts its list here, all at once, instead of each file when the one importing it has
 * arrived. Without the list (the dev server) the browser loads them as they are imported.
 */
let listed: Readonly<Record<string, readonly string[]>> | null | undefined;

function viewLists(): Readonly<Record<string, readonly string[]>> | null {
  if (listed === undefined)
    try {
      listed = JSON.parse(document.getElementById('shell-hints')?.textContent ?? 'null')?.view ?? null;
    } catch {
      listed = null;
    }
  return listed ?? null;
}

export function preloadViewFiles(view: string): void {
  const files = viewLists()?.[view] ?? [];
  const known = new Set(
    [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')),
  );
  for (const href of files)
    if (!known.has(href))
      document.head.append(
        Object.assign(document.createElement('link'), { rel: 'modulepreload', crossOrigin: '', href }),
      );
}
