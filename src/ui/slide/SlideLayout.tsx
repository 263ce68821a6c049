import { useId, type ReactNode } from 'react';
import { useSlideFrame } from './SlideContext';

interface SlideLayoutProps {
  /** The view's own title for what the slide shows, when the deck gives none. */
  defaultTitle: string;
  /** Who states what is shown: one line of publishers. */
  source: ReactNode;
  /** One chart or one block of figures: the slide's only content. */
  children: ReactNode;
  /** A line under the figure that the figure cannot be read without (a gap, a summary's limits). */
  note?: ReactNode;
  className?: string;
}

/**
 * Every slide in one shape, sized for the back of a room: a title that states the point, an
 * optional caption, one figure that takes the space left, and one line of source beside the
 * slide number. No controls: what matters is labelled on the figure.
 */
export function SlideLayout({ defaultTitle, source, children, note, className }: SlideLayoutProps) {
  const frame = useSlideFrame();
  const titleId = useId();
  const Heading = frame.headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className={`slide ${className ?? ''}`} aria-labelledby={titleId}>
      <header className="slide__header">
        <Heading id={titleId} className="slide__title">
          {frame.title || defaultTitle}
        </Heading>
        {frame.caption && <p className="slide__caption">{frame.caption}</p>}
      </header>
      <div className="slide__figure" data-slide-figure="">
        {children}
      </div>
      {note && <p className="slide__note">{note}</p>}
      <footer className="slide__footer">
        <p className="slide__source">{source}</p>
        {frame.number && <p className="slide__number">{frame.number}</p>}
      </footer>
    </article>
  );
}
