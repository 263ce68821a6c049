import type { ReactNode } from 'react';
import type { Qualifier } from '../../../data/schema/enums';
import type { ChartX } from '../../../data/selectors/compare/charts';

/** The words and number formats a chart draws, made by its container in the reader's language. */
export interface ChartText {
  /** The svg's title and description for assistive tech. */
  title: string;
  desc: string;
  /** The name of each line or bar group, by its key. */
  names: Readonly<Record<string, string>>;
  /** A tick of the x axis: a year, or a region on a bar chart. */
  x(value: ChartX): string;
  /** A tick of the y axis, in the panel's unit. */
  y(value: number): string;
  /** A bar's direct label: its value with its qualifier, so a bound never reads as an exact height. */
  barValue(value: number, qualifier: Qualifier): string;
}

/** What a plot gets: the model to draw, its words, and where a hover or a click goes. */
export interface PlotProps<Model> {
  chart: Model;
  text: ChartText;
  tooltip(label: unknown): ReactNode;
  onSelect(label: unknown): void;
}
