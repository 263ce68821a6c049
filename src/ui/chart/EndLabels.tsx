import { useEffect } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { Mark } from './Mark';
import type { Shape } from './series';
import { spreadLabels } from './spreadLabels';
import { textWidth } from './text';
import type { ChartSizes } from './usePlotBox';

/** A figure a label names: where it is drawn and what the label says (worded by the container). */
export interface LabelledPoint {
  year: number;
  value: number;
  text: string;
}

/**
 * The direct labels of one line: its latest figure, at the right of the plot where the line reaches
 * the chart's end (else beside its last mark, where that fits), and its first.
 */
export interface EndLabel {
  key: string;
  color: string;
  shape: Shape;
  last: LabelledPoint;
  /** The line's last figure is in the chart's last year. */
  atEnd: boolean;
  /** Every figure the line draws, so labels beside it are kept off its marks. */
  points: readonly { year: number; value: number }[];
  /** Drawn beside the line's first mark only where it fits; null for none. */
  first: LabelledPoint | null;
  /** Whether the line rises after its first figure (its first label then goes below the mark). */
  rises: boolean;
}

const GAP = 4;
const lineHeight = (sizes: ChartSizes) => Math.ceil(sizes.font * 1.3);

/**
 * Room the labels need at the right of the plot: their mark, a gap and the widest text. A plot keeps
 * this for the lines that reach its end, and widens it when a label that fits nowhere else needs it.
 */
export function endLabelsWidth(labels: readonly EndLabel[], sizes: ChartSizes): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l.last.text, sizes.font)));
  return labels.length ? Math.ceil(sizes.marker * 2 + GAP * 2 + widest) : 0;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const hits = (a: Box, b: Box) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

type Scale = (value: number) => unknown;

/** Where each label goes: the margin's labels with their heights, and the labels placed beside marks. */
function layout(
  labels: readonly EndLabel[],
  sizes: ChartSizes,
  x: Scale,
  y: Scale,
  plot: { x: number; y: number; width: number; height: number },
) {
  const h = lineHeight(sizes);
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  const reach = sizes.marker * 1.5;
  // Marks of one year that would cover each other are drawn a mark's width apart (see crowding.ts).
  const spread = reach + sizes.marker * 2 + 1;
  const marks: Box[] = labels.flatMap((l) =>
    l.points.map((p) => {
      const [cx, cy] = [Number(x(p.year)), Number(y(p.value))];
      return { left: cx - spread, right: cx + spread, top: cy - reach, bottom: cy + reach };
    }),
  );
  const taken: Box[] = [];
  /** The first of the places beside a mark that stays in the plot and clear of marks and labels. */
  const beside = (text: string, cx: number, cy: number, below: boolean) => {
    const width = textWidth(text, sizes.font);
    const left = cx + spread + GAP;
    const offset = reach + GAP + h / 2;
    for (const centre of below ? [cy + offset, cy, cy - offset] : [cy - offset, cy, cy + offset]) {
      const box = { left, right: left + width, top: centre - h / 2, bottom: centre + h / 2 };
      if (box.top < plot.y || box.bottom > bottom || box.right > right) continue;
      const clear = (b: Box) => !hits(b, box);
      if (!marks.every(clear) || !taken.every(clear)) continue;
      taken.push(box);
      return { x: left, y: centre, text };
    }
    return null;
  };
  // Lines that stop before the chart does are named beside their last mark where that fits.
  const insides = labels.map((l) =>
    l.atEnd ? null : beside(l.last.text, Number(x(l.last.year)), Number(y(l.last.value)), false),
  );
  const margin = labels.filter((_, i) => !insides[i]);
  const ys = spreadLabels(
    margin.map((l) => Number(y(l.last.value))),
    h,
    plot.y,
    bottom,
  );
  const textX = right + GAP * 2 + sizes.marker * 2;
  margin.forEach((l, i) =>
    taken.push({
      left: right,
      right: textX + textWidth(l.last.text, sizes.font),
      top: (ys[i] as number) - h / 2,
      bottom: (ys[i] as number) + h / 2,
    }),
  );
  const firsts = labels.map((l) =>
    l.first ? beside(l.first.text, Number(x(l.first.year)), Number(y(l.first.value)), l.rises) : null,
  );
  const texts = [...insides, ...firsts].filter((f) => f !== null);
  return { margin, ys, texts };
}

/**
 * Values written on the chart, so nothing an audience needs is hover-only: each line's latest figure at
 * the right of the plot, behind its line's mark, moved apart where lines end close together; and its
 * first figure beside its first mark, where that fits among the other labels. Drawn inside a Recharts
 * chart, which gives the scales.
 */
export function EndLabels({
  labels,
  sizes,
  room,
  onRoom,
}: {
  labels: readonly EndLabel[];
  sizes: ChartSizes;
  /** The width kept at the right of the plot. */
  room: number;
  /** Asks for more room at the right, for a label that fits nowhere else. */
  onRoom(width: number): void;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const placed = x && y && plot ? layout(labels, sizes, x, y, plot) : null;
  const needed = placed ? endLabelsWidth(placed.margin, sizes) : 0;
  useEffect(() => {
    if (needed > room) onRoom(needed);
  }, [needed, room, onRoom]);
  if (!placed || !plot) return null;
  const { margin, ys, texts } = placed;
  const right = plot.x + plot.width;
  const markX = right + GAP + sizes.marker;
  const textX = right + GAP * 2 + sizes.marker * 2;
  return (
    <g className="chart-end-labels">
      {margin.map((l, i) => (
        <g key={l.key} className="chart-end-label">
          <Mark cx={markX} cy={ys[i] as number} shape={l.shape} color={l.color} size={sizes.marker * 0.8} />
          <text x={textX} y={ys[i]} dominantBaseline="central" fontSize={sizes.font} fill="var(--text)">
            {l.last.text}
          </text>
        </g>
      ))}
      {texts.map((f, i) => (
        <text
          key={i}
          className="chart-end-label"
          x={f.x}
          y={f.y}
          dominantBaseline="central"
          fontSize={sizes.font}
          fill="var(--text)"
        >
          {f.text}
        </text>
      ))}
    </g>
  );
}
