import { Mark } from './Mark';
import { BAR_FILL_OPACITY, dashArray, SERIES_MARKS, type SeriesId } from './series';

export interface KeyColor {
  key: string;
  label: string;
  color: string;
}

export interface KeySeries {
  series: SeriesId;
  label: string;
}

export interface ChartKeyProps {
  /** What each colour stands for: an indicator, or a region. */
  colors: readonly KeyColor[];
  /** How each publication series is drawn, said once for all colours; omitted when only one is shown. */
  series?: readonly KeySeries[];
  /** Lines or bars: a line sample with its mark, or a filled square. */
  kind: 'line' | 'bars';
  /** Further words under the key (hollow marks, side-by-side bars). */
  note?: string;
  stroke?: number;
}

/**
 * A chart's key as an HTML list under the plot: it never takes height from the plot, wraps on a phone,
 * and is real text for screen readers and for an exported image. The samples are decoration.
 */
export function ChartKey({ colors, series = [], kind, note, stroke = 2 }: ChartKeyProps) {
  return (
    <div className="chart-key">
      <ul className="chart-key__list">
        {colors.map((c) => (
          <li key={c.key} className="chart-key__item">
            <svg className="chart-key__sample" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
              {kind === 'bars' ? (
                <rect x="2" y="1" width="14" height="12" fill={c.color} />
              ) : (
                <line x1="1" y1="7" x2="17" y2="7" stroke={c.color} strokeWidth={stroke + 1} />
              )}
            </svg>
            <span>{c.label}</span>
          </li>
        ))}
      </ul>
      {series.length > 0 && (
        <ul className="chart-key__list chart-key__list--series">
          {series.map((s) => (
            <li key={s.series} className="chart-key__item">
              <svg
                className="chart-key__sample"
                width="32"
                height="14"
                viewBox="0 0 32 14"
                aria-hidden="true"
              >
                {kind === 'bars' ? (
                  <rect
                    x="9"
                    y="1"
                    width="14"
                    height="12"
                    fill="var(--muted)"
                    fillOpacity={BAR_FILL_OPACITY[s.series]}
                    stroke="var(--muted)"
                    strokeWidth={1.5}
                  />
                ) : (
                  <>
                    <line
                      x1="1"
                      y1="7"
                      x2="31"
                      y2="7"
                      stroke="var(--muted)"
                      strokeWidth={stroke}
                      strokeDasharray={dashArray(s.series, stroke)}
                    />
                    <Mark cx={16} cy={7} shape={SERIES_MARKS[s.series].shape} color="var(--muted)" size={4} />
                  </>
                )}
              </svg>
              <span>{s.label}</span>
            </li>
          ))}
        </ul>
      )}
      {note && <p className="chart-key__note">{note}</p>}
    </div>
  );
}
