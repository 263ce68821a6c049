import type { ReactNode } from 'react';
import type { Qualifier } from '../../../data/schema/enums';
import type { ChartX } from '../../../data/selectors/compare/charts';
import type { ValueAxis } from '../../../ui/chart/axis';
import type { EndLabel } from '../../../ui/chart/EndLabels';
import type { PlotBox } from '../../../ui/chart/usePlotBox';

/** How a panel is drawn, decided by its container in the reader's language: the chart itself only draws. */
export interface ChartLook {
  /** The svg's title and description for assistive tech. */
  title: string;
  desc: string;
  /** The value axis: domain, ticks and magnitude. */
  axis: ValueAxis;
  /** A tick of the value axis, a short number ("15", "25%"). */
  tick(value: number): string;
  /** A tick of the other axis: a year, or a region on a bar chart. */
  xTick(value: ChartX): string;
  /** The colour of each line or bar group, by its key. */
  colors: Readonly<Record<string, string>>;
  /** A bar's direct label: its value with its qualifier, so a bound never reads as an exact height. */
  barValue(value: number, qualifier: Qualifier): string;
  /** Values written at the lines' ends (on slides, where nothing can be hovered); none on the page. */
  endLabels?: readonly EndLabel[];
}

/** What a plot gets: the model to draw, its look, its size, and where a hover or a click goes. */
export interface PlotProps<Model> {
  chart: Model;
  look: ChartLook;
  box: PlotBox;
  tooltip(label: unknown): ReactNode;
  onSelect(label: unknown): void;
}
