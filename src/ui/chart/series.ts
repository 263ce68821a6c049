/**
 * How a publication series is drawn, whatever the indicator's colour: a dash pattern for its line and a
 * shape for its marks, explained once in the chart's key. Hollow marks are figures that are not exact.
 */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Shape = (typeof SHAPES)[number];

export type SeriesId = 'statistics' | 'assessment' | 'other';

export interface SeriesMark {
  /** Dash and gap lengths in multiples of the stroke width; empty for a solid line. */
  dash: readonly number[];
  shape: Shape;
}

export const SERIES_MARKS: Readonly<Record<SeriesId, SeriesMark>> = {
  statistics: { dash: [], shape: 'circle' },
  assessment: { dash: [3.5, 1.5], shape: 'square' },
  other: { dash: [1, 1.5], shape: 'triangle' },
};

/** A dash pattern for a stroke of the given width, so thicker lines on slides keep their rhythm. */
export function dashArray(series: SeriesId, strokeWidth: number): string | undefined {
  const { dash } = SERIES_MARKS[series];
  return dash.length ? dash.map((d) => Number((d * strokeWidth).toFixed(2))).join(' ') : undefined;
}

/**
 * Bars of one indicator from different series stand side by side in its colour: a full fill for the
 * statistics release, lighter fills for the others, each outlined in the full colour.
 */
export const BAR_FILL_OPACITY: Readonly<Record<SeriesId, number>> = {
  statistics: 1,
  assessment: 0.55,
  other: 0.25,
};
