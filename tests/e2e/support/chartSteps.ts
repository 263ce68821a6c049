import type { Page } from '@playwright/test';

/**
 * Records, from before the page loads, what the first chart under `plot` shows at the end of each task
 * that changed the page: `frame` (Recharts' surface alone), then which of `parts` (name → selector
 * inside the plot) are drawn, joined with `+`, each state once. A chart that mounts in steps
 * (useSecondStep) shows each step as a state of its own; one drawn whole shows only its last.
 */
export async function recordChartSteps(page: Page, plot: string, parts: Record<string, string>) {
  await page.addInitScript(
    ({ plot, parts }) => {
      const seen: string[] = [];
      (window as unknown as { chartSteps: string[] }).chartSteps = seen;
      new MutationObserver(() => {
        const chart = document.querySelector(plot);
        if (!chart?.querySelector('svg.recharts-surface')) return;
        const shown = Object.entries(parts)
          .filter(([, selector]) => chart.querySelector(selector))
          .map(([name]) => name);
        const state = shown.join('+') || 'frame';
        if (seen.at(-1) !== state) seen.push(state);
      }).observe(document, { childList: true, subtree: true });
    },
    { plot, parts },
  );
  return () => page.evaluate(() => (window as unknown as { chartSteps: string[] }).chartSteps);
}
