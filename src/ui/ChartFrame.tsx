import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFrameProps {
  title: string;
  subtitle?: ReactNode;
  /** Who states the figures: always visible under the chart. */
  sourceLine: ReactNode;
  /** The same figures as a table: the accessible alternative to the chart. */
  table: ReactNode;
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string;
  children: ReactNode;
  className?: string;
  /** Extra buttons beside the table toggle, e.g. a CsvButton. */
  actions?: ReactNode;
}

/** The frame every chart sits in: title, subtitle, the chart or its table, and the source line. */
export function ChartFrame({ title, subtitle, sourceLine, table, summary, children, className, actions }: ChartFrameProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  return (
    <figure className={`chart-frame ${className ?? ''}`} aria-labelledby={titleId}>
      <header className="chart-frame__header">
        <div>
          <h2 id={titleId} className="chart-frame__title">
            {title}
          </h2>
          {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
        </div>
        <div className="chart-frame__actions">
          {actions}
          <button type="button" className="button button--quiet" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            {t(showTable ? 'chart.showChart' : 'chart.showTable')}
          </button>
        </div>
      </header>
      {showTable ? (
        <div className="chart-frame__table">{table}</div>
      ) : (
        <div className="chart-frame__chart">
          <p className="visually-hidden">{summary}</p>
          {children}
        </div>
      )}
      <figcaption className="chart-frame__source">{sourceLine}</figcaption>
    </figure>
  );
}
