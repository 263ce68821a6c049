import type { PanelModel } from '../../data/selectors/compare/model';

/**
 * Everything a panel draws, lists and says, as text: two panels with the same fingerprint show the
 * same chart, table and words. Row ids name the statements, so their figures and sources follow.
 */
function fingerprint(panel: PanelModel): string {
  const { chart } = panel;
  return JSON.stringify([
    panel.id,
    panel.unit,
    panel.kind,
    panel.split,
    panel.sources,
    panel.indicators,
    panel.lines.map((l) => [l.key, l.baseYear ?? null, l.years.length]),
    panel.rows.map((r) => [r.id, r.statement.value, r.disputed, r.conflictId, r.marks]),
    chart.kind === 'line'
      ? [chart.rows, chart.lines.map((m) => [m.line.key, m.dataKey, m.disputedKeys])]
      : [chart.year, chart.rows, chart.bars],
  ]);
}

/** The panels last shown, by fingerprint. */
let shown = new Map<string, PanelModel>();

/**
 * The panels to show, reusing the object last shown for each panel whose content is unchanged. A
 * filter change builds every panel anew; a panel that keeps its identity is skipped by its memoised
 * frame, so adding an indicator redraws only the chart it joins, not all of them.
 */
export function steadyPanels(panels: readonly PanelModel[]): PanelModel[] {
  const next = new Map<string, PanelModel>();
  const result = panels.map((panel) => {
    const key = fingerprint(panel);
    const kept = shown.get(key) ?? panel;
    next.set(key, kept);
    return kept;
  });
  shown = next;
  return result;
}
