/**
 * A view's own files, named by the page: the build lists each view's code and data in index.html
 * (`#shell-hints`, scripts/build/preloadHints.ts), and the page's script preloads the first view's. A view
 * opened later starts its list here, all at once, instead of each file when the one importing it has
 * arrived. Without the list (the dev server) the browser loads them as they are imported.
 */
let listed: Readonly<Record<string, readonly string[]>> | null | undefined;
/** The view whose files the page itself started (once its first frame was drawn). */
let startedByPage: string | undefined;

function viewLists(): Readonly<Record<string, readonly string[]>> | null {
  if (listed === undefined) {
    const hints = document.getElementById('shell-hints');
    startedByPage = hints?.dataset.view;
    try {
      listed = JSON.parse(hints?.textContent ?? 'null')?.view ?? null;
    } catch {
      listed = null;
    }
  }
  return listed ?? null;
}

export function preloadViewFiles(view: string): void {
  const lists = viewLists();
  if (view === startedByPage) return;
  const files = lists?.[view] ?? [];
  const known = new Set(
    [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')),
  );
  for (const href of files)
    if (!known.has(href))
      document.head.append(
        Object.assign(document.createElement('link'), { rel: 'modulepreload', crossOrigin: '', href }),
      );
}
