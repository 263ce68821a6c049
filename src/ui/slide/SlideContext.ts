import { createContext, useContext } from 'react';

/** What the deck says about the slide being drawn, for the layout every view's slide uses. */
export interface SlideFrame {
  /** The presenter's title (or the default deck's); empty = the view's own default title. */
  title: string;
  caption: string;
  /** Where the slide is in the deck, as shown: "3 / 7". */
  number: string;
  /** h1 on the stage; h2 on the handout, under the deck's own heading. */
  headingLevel: 1 | 2;
}

export const SlideFrameContext = createContext<SlideFrame>({
  title: '',
  caption: '',
  number: '',
  headingLevel: 1,
});

export const useSlideFrame = () => useContext(SlideFrameContext);
