import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { useActionMeta } from './actionMeta';
import { markChartFrameUsed, registerChartFrame, type ChartFrameHandle } from './chartFrames';
import { useFullscreen } from './useFullscreen';

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
}: ChartFrameProps) {
  const { t } = useTranslation();
  const presenting = useAppStore((s) => s.present !== null);
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const frameRef = useRef<HTMLElement>(null);
  const fullscreenButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useCallback(() => fullscreenButton.current?.focus(), []);
  const fullscreen = useFullscreen(frameRef, returnFocus);
  const fullscreenMeta = useActionMeta('chart.fullscreen');
  const tableMeta = useActionMeta('chart.table');
  const isFull = fullscreen.mode !== 'off';
  const { toggle: toggleFullscreen, isNative } = fullscreen;

  const handle = useMemo<ChartFrameHandle>(
    () => ({
      element: () => frameRef.current,
      isFullscreen: () => isFull || isNative(),
      toggleFullscreen,
      toggleTable: () => setShowTable((v) => !v),
    }),
    [isFull, toggleFullscreen, isNative],
  );
  useEffect(() => registerChartFrame(handle), [handle]);
  useEffect(() => {
    if (isFull) fullscreenButton.current?.focus();
  }, [isFull]);

  const keys = (meta: typeof tableMeta) => (meta?.keys.length ? meta.keys.join(' ') : undefined);
  return (
    <figure
      ref={frameRef}
      className={`chart-frame ${isFull ? 'chart-frame--full' : ''} ${fullscreen.mode === 'overlay' ? 'chart-frame--overlay' : ''} ${className ?? ''}`}
      aria-labelledby={titleId}
      onFocusCapture={() => markChartFrameUsed(handle)}
      onPointerDown={() => markChartFrameUsed(handle)}
      role={fullscreen.mode === 'overlay' ? 'dialog' : undefined}
      aria-modal={fullscreen.mode === 'overlay' ? true : undefined}
    >
      <header className="chart-frame__header">
        <div>
          <h2 id={titleId} className="chart-frame__title">
            {title}
          </h2>
          {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
        </div>
        <div className="chart-frame__actions">
          {actions}
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={showTable}
            aria-keyshortcuts={keys(tableMeta)}
            onClick={() => setShowTable((v) => !v)}
          >
            {t(showTable ? 'chart.showChart' : 'chart.showTable')}
          </button>
          <button
            ref={fullscreenButton}
            type="button"
            className="button button--quiet"
            aria-pressed={isFull}
            aria-keyshortcuts={keys(fullscreenMeta)}
            onClick={fullscreen.toggle}
          >
            {t(isFull ? 'chart.exitFullscreen' : 'chart.fullscreen')}
          </button>
        </div>
      </header>
      {showTable ? (
        <div className="chart-frame__table">{table}</div>
      ) : (
        <div className="chart-frame__chart">
          <p className={isFull || presenting ? 'chart-frame__summary' : 'visually-hidden'}>{summary}</p>
          {children}
        </div>
      )}
      <figcaption className="chart-frame__source">{sourceLine}</figcaption>
    </figure>
  );
}
