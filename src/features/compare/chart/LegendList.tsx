import { Mark, type Shape } from './marks';

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  /** Line legends show the marker shape and dash pattern; bar legends a filled square. */
  shape: Shape | 'bar';
  dash?: string;
}

/**
 * The chart's key as an HTML list under the plot, so a long key never shrinks the plot area (a
 * Recharts legend takes its height out of the chart). The samples are decorative: the text names
 * each series, so they are hidden from assistive tech.
 */
export function LegendList({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="compare-legend">
      {entries.map((e) => (
        <li key={e.key} className="compare-legend__item">
          <svg
            className="compare-legend__sample"
            width="32"
            height="14"
            viewBox="0 0 32 14"
            aria-hidden="true"
            focusable="false"
          >
            {e.shape === 'bar' ? (
              <rect x="9" y="1" width="12" height="12" fill={e.color} stroke={e.color} strokeWidth={2} />
            ) : (
              <>
                <line
                  x1="1"
                  y1="7"
                  x2="31"
                  y2="7"
                  stroke={e.color}
                  strokeWidth={2}
                  strokeDasharray={e.dash}
                />
                <Mark cx={16} cy={7} shape={e.shape} color={e.color} qualifier="" size={4} />
              </>
            )}
          </svg>
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}
