import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import { useActionHandlers } from '../state/actions/useActionHandlers';
import { useAppStore } from '../state/store';
import { ActionButton } from './ActionButton';
import { ExportButton } from './export/ExportButton';
import type { TakeAway } from './export/takeAway';
import { useFullscreen } from './useFullscreen';
import { usePrinting } from './usePrinting';

interface ChartFrameProps {
  title: string;
  subtitle?: ReactNode;
  /** Who states the figures: always visible under the chart. */
  sourceLine: ReactNode;
  /** The same figures as a table: the accessible alternative to the chart. */
  table: ReactNode;
  /** One sentence that says what the chart shows: for screen readers, and shown on projectors where nobody hovers. */
  summary: string;
  children: ReactNode;
  className?: string;
  /** Extra buttons beside the table toggle, e.g. a CsvButton. */
  actions?: ReactNode;
  /** The title heading, focusable from code: where focus goes when the view shows a new chart. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** What the figures are, for the chart's image, citation and embed; without it the frame offers none. */
  takeAway?: TakeAway;
}

/**
 * The frame every chart sits in: title, subtitle, the chart or its table, the source line, and the
 * full-screen and table actions (labels and keys come from the app's list of actions).
 */
export function ChartFrame({
  title,
  subtitle,
  sourceLine,
  table,
  summary,
  children,
  className,
  actions,
  headingRef,
  takeAway,
}: ChartFrameProps) {
  const presenting = useAppStore((s) => s.present !== null);
  const printing = usePrinting();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const frameRef = useRef<HTMLElement>(null);
  const fullscreenButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useCallback(() => fullscreenButton.current?.focus(), []);
  const fullscreen = useFullscreen(frameRef, returnFocus);
  const isFull = fullscreen.mode !== 'off';
  const toggleTable = () => setShowTable((v) => !v);

  // f and t act on this frame when it is the active one: in full screen, focused, last used or first.
  useActionHandlers(
    { 'chart.fullscreen': fullscreen.toggle, 'chart.table': toggleTable },
    { ref: frameRef, engaged: () => isFull || fullscreen.isNative() },
  );
  useEffect(() => {
    if (isFull) fullscreenButton.current?.focus();
  }, [isFull]);

  return (
    <figure
      ref={frameRef}
      className={`chart-frame ${isFull ? 'chart-frame--full' : ''} ${fullscreen.mode === 'overlay' ? 'chart-frame--overlay' : ''} ${className ?? ''}`}
      aria-labelledby={titleId}
      role={fullscreen.mode === 'overlay' ? 'dialog' : undefined}
      aria-modal={fullscreen.mode === 'overlay' ? true : undefined}
    >
      <header className="chart-frame__header">
        <div>
          <h2
            id={titleId}
            className="chart-frame__title"
            ref={headingRef}
            tabIndex={headingRef ? -1 : undefined}
          >
            {title}
          </h2>
          {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
        </div>
        <div className="chart-frame__actions">
          {actions}
          {takeAway && <ExportButton frameRef={frameRef} title={title} takeAway={takeAway} />}
          <ActionButton
            action="chart.table"
            className="button button--quiet"
            active={showTable}
            aria-pressed={showTable}
            onClick={toggleTable}
          />
          <ActionButton
            ref={fullscreenButton}
            action="chart.fullscreen"
            className="button button--quiet"
            active={isFull}
            aria-pressed={isFull}
            onClick={fullscreen.toggle}
          />
        </div>
      </header>
      {showTable ? (
        <div className="chart-frame__table">{table}</div>
      ) : (
        <div className="chart-frame__chart">
          <p className={isFull || presenting || printing ? 'chart-frame__summary' : 'visually-hidden'}>
            {summary}
          </p>
          {children}
        </div>
      )}
      {/* On paper nobody can open the table: it prints under its chart. */}
      {printing && !showTable && <div className="chart-frame__table chart-frame__table--print">{table}</div>}
      <figcaption className="chart-frame__source">{sourceLine}</figcaption>
    </figure>
  );
}
