import type { ComponentType } from 'react';
import type { UrlState } from '../../state/url';

/** The view and filters a slide shows, as its deck entry says. */
export type SlideView = Pick<UrlState, 'view' | 'compare' | 'growth' | 'policies' | 'zones' | 'rankings'>;

/** What a view's slide layout is given: the slide's view state and the part of the view it shows. */
export interface SlideInput {
  state: SlideView;
  /** A view's choice among its parts (a Compare panel, a Sources figure); empty = its first. */
  part: string;
}

export interface SlideProps extends SlideInput {
  /** On screen in a presentation the slide answers keys (the timeline plays); on paper it is still. */
  live: boolean;
}

/** How the deck editor names a slide: its default title and a one-line description in words. */
export interface SlideText {
  title: string;
  description: string;
}

/** One choice of what a slide of this view can show. */
export interface SlidePart {
  id: string;
  label: string;
}

/**
 * What a feature's slide module exports; the app loads one per view, lazily, by view id. Its hooks
 * may suspend while the data loads.
 */
export interface SlideModule {
  default: ComponentType<SlideProps>;
  useSlideText(input: SlideInput): SlideText;
  useSlideParts(input: SlideInput): SlidePart[];
}
