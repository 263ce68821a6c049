/**
 * The view's heading and lead that index.html showed before the app started (scripts/build/shellText.ts
 * writes them from locales/), read once at start: the view area shows the same while the view loads
 * (ViewSkeleton), so the first screen's largest text stays as first painted.
 */
export interface ShellHeading {
  view: string;
  lang: string;
  title: string;
  lead: string;
}

let kept: ShellHeading | null = null;

export function keepShellHeading(doc: Document = document): void {
  const header = doc.querySelector<HTMLElement>('#main > .view-header[data-shell-view]');
  const title = header?.querySelector('.view-title')?.textContent;
  const lead = header?.querySelector('.lead')?.textContent;
  kept =
    header?.dataset.shellView && title && lead
      ? { view: header.dataset.shellView, lang: doc.documentElement.lang, title, lead }
      : null;
}

/** What index.html showed for this view in this language, if it did. */
export function shellHeading(view: string, lang: string): ShellHeading | null {
  return kept && kept.view === view && kept.lang === lang ? kept : null;
}
