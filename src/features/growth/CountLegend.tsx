/** One legend entry: the mark as drawn on the chart, and its name. */
export interface LegendEntry {
  id: string;
  label: string;
  shape: 'line' | 'circle' | 'triangle' | 'diamond' | 'square' | 'hollow';
  color: string;
}

const ICONS: Record<LegendEntry['shape'], (color: string) => React.ReactNode> = {
  line: (c) => <line x1="1" y1="7" x2="13" y2="7" stroke={c} strokeWidth="2.5" />,
  circle: (c) => <circle cx="7" cy="7" r="5" fill={c} />,
  triangle: (c) => <path d="M7 1.5 L12.5 12 H1.5 Z" fill={c} />,
  diamond: (c) => <path d="M7 1 L13 7 L7 13 L1 7 Z" fill={c} />,
  square: (c) => (
    <rect x="2.5" y="2.5" width="9" height="9" fill="var(--surface)" stroke={c} strokeWidth="2" />
  ),
  hollow: (c) => <circle cx="7" cy="7" r="4.5" fill="var(--surface)" stroke={c} strokeWidth="2" />,
};

/**
 * The chart's own legend: the icons are decoration (the text names each mark), so assistive tech
 * skips them; Recharts' default legend names them "… legend icon" in English whatever the language.
 */
export function CountLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="growth-legend-list">
      {entries.map((e) => (
        <li key={e.id}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            {ICONS[e.shape](e.color)}
          </svg>
          <span className="growth-legend">{e.label}</span>
        </li>
      ))}
    </ul>
  );
}
