import type { PanelModel } from '../../data/selectors/compare/model';

/** Indicators of the same unit and kind drawn in the other panels of a split. */
export function splitFrom(panel: PanelModel, panels: readonly PanelModel[]): string[] {
  if (!panel.split) return [];
  return panels
    .filter((p) => p !== panel && p.unit === panel.unit && p.kind === panel.kind)
    .flatMap((p) => p.indicators);
}
