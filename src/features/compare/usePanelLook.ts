import { useMemo } from 'react';
import type { ChartX } from '../../data/selectors/compare/charts';
import type { PanelModel } from '../../data/selectors/compare/model';
import type { Mode } from '../../data/selectors/compare/modes';
import type { Region } from '../../data/schema/enums';
import { listFormat } from '../../i18n/format/listFormat';
import { dataKey } from '../../i18n/keys';
import { assignColors, familyOf, slotColor, type ColorRequest } from '../../ui/chart/colors';
import type { ChartKeyProps } from '../../ui/chart/ChartKey';
import { useDataset } from '../../ui/useDataset';
import type { ChartLook } from './chart/chartText';
import { usePanelWords } from './panelWords';

export interface PanelLook {
  /** What the chart shows: indicators and regions (and the base year of an index). */
  title: string;
  /** The unit with its magnitude, and how the figures were taken. */
  subtitle: string;
  /** Why this panel stands apart from another of the same unit; empty when it does not. */
  splitNote: string;
  /** The value axis's title, drawn once above the ticks. */
  axisTitle: string;
  /** One sentence for screen readers and projectors. */
  summary: string;
  look: ChartLook;
  key: ChartKeyProps;
}

interface LookOptions {
  mode: Mode;
  /** Indicators drawn in another panel of the same unit because their sizes differ too much. */
  splitFrom: readonly string[];
  from: number;
  to: number;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * The panel's colours, which do not depend on the language: kept apart so a language switch hands the
 * chart the same `colors` object and its lines and marks need not be redrawn.
 */
function panelPalette(panel: PanelModel, dataset: ReturnType<typeof useDataset>) {
  const { chart, lines } = panel;
  // One colour per indicator; per region when the panel tells regions apart.
  const byRegion = chart.kind === 'line' && unique(lines.map((l) => l.region)).length > 1;
  const colorKey = (indicator: string, region: Region) => (byRegion ? `${indicator}|${region}` : indicator);
  const family = (id: string) => familyOf(dataset.indicators.get(id) ?? { id });
  // The first line of each colour key, which names it in the chart's key.
  const lineOfKey = new Map<string, (typeof lines)[number]>();
  for (const l of lines) {
    const k = colorKey(l.indicator, l.region);
    if (!lineOfKey.has(k)) lineOfKey.set(k, l);
  }
  const requests: ColorRequest[] = [...lineOfKey].map(([key, line]) => {
    return {
      key,
      family: family(line.indicator),
      ...(byRegion ? { region: line.region } : {}),
    };
  });
  const slots = assignColors(requests);
  const colorOf = (key: string) => slotColor(slots.get(key) ?? 0);
  const colors: Record<string, string> =
    chart.kind === 'line'
      ? Object.fromEntries(
          chart.lines.map(({ line, dataKey: k }) => [k, colorOf(colorKey(line.indicator, line.region))]),
        )
      : Object.fromEntries(chart.bars.map((b) => [b.key, colorOf(b.indicator)]));
  return { byRegion, requests, slots, colorOf, colors, lineOfKey };
}

/**
 * Everything a panel says and how it is coloured, in the reader's language. Colours are per indicator
 * (stable across charts); where one indicator is shown for several regions, per region.
 */
export function usePanelLook(panel: PanelModel, { mode, splitFrom, from, to }: LookOptions): PanelLook {
  const { t, lng, words, format } = usePanelWords();
  const dataset = useDataset();
  const palette = useMemo(() => panelPalette(panel, dataset), [panel, dataset]);

  return useMemo(() => {
    const { byRegion, requests, slots, colorOf, colors, lineOfKey } = palette;
    const { chart, lines } = panel;
    const list = (items: readonly string[]) =>
      listFormat(lng, { style: 'long', type: 'conjunction' }).format(items);
    const name = (id: string) => t(dataKey('indicators', `${id}.name`));
    const regionName = (r: Region) => t(`regions:region.${r}`);
    const indicators = unique(lines.map((l) => l.indicator));
    const regions = unique(lines.map((l) => l.region));
    const indicatorPhrase =
      indicators.length <= 3
        ? list(indicators.map(name))
        : t('chartTitle.more', {
            names: list(indicators.slice(0, 2).map(name)),
            count: indicators.length - 2,
          });
    const regionPhrase = regions.length <= 3 ? list(regions.map(regionName)) : t('chartTitle.byRegion');
    const base = lines[0]?.baseYear ?? null;

    // The value axis covers every figure drawn, disputed ones included.
    const values =
      chart.kind === 'line'
        ? chart.rows.flatMap((row) =>
            chart.lines.flatMap((l) => [l.dataKey, ...l.disputedKeys].map((k) => row[k])),
          )
        : chart.rows.flatMap((row) => chart.bars.flatMap((b) => b.dataKeys.map((k) => row[k])));
    const axis = words.axis(
      values.filter((v): v is number => typeof v === 'number'),
      panel.unit,
      { headroom: chart.kind === 'bars' ? 0.12 : 0 },
    );
    const axisTitle = words.title(axis, panel.kind, base);

    const requestOrder = new Map(requests.map((r, i) => [r.key, i]));
    const keyLabel = (key: string) => {
      const line = lineOfKey.get(key);
      if (!line) return key;
      if (!byRegion) return name(line.indicator);
      return indicators.length === 1
        ? regionName(line.region)
        : t('key.pair', { indicator: name(line.indicator), region: regionName(line.region) });
    };
    const series = unique(lines.map((l) => l.series));

    const titleBase =
      chart.kind === 'bars'
        ? t('chartTitle.bars', { indicators: indicatorPhrase, year: format.year(chart.year) })
        : t('chartTitle.line', { indicators: indicatorPhrase, regions: regionPhrase });
    const title =
      mode === 'index' && base !== null
        ? t('chartTitle.index', { title: titleBase, year: format.year(base) })
        : titleBase;
    const how =
      mode === 'index'
        ? t('subtitle.index', { year: base === null ? '' : format.year(base) })
        : t(`subtitle.${mode}`, { unit: axisTitle });
    const subtitle = how;
    const splitNote = splitFrom.length ? t('subtitle.split', { others: list(splitFrom.map(name)) }) : '';
    const summary =
      chart.kind === 'line'
        ? t('panel.summaryLine', {
            count: panel.rows.length,
            lines: lines.length,
            from: format.year(from),
            to: format.year(to),
            unit: axisTitle,
          })
        : t('panel.summaryBars', {
            count: panel.rows.length,
            year: format.year(chart.year),
            unit: axisTitle,
          });

    const look: ChartLook = {
      title,
      desc: t('panel.keyboard'),
      axis,
      tick: (v: number) => words.tick(v, axis),
      xTick: (x: ChartX) => (typeof x === 'number' ? words.yearTick(x) : regionName(x)),
      colors,
      barValue: (v, q) => format.qualify(q, words.value(v, axis)),
    };
    const key: ChartKeyProps = {
      kind: chart.kind === 'line' ? 'line' : 'bars',
      colors: [...slots.keys()]
        .sort((a, b) => (requestOrder.get(a) ?? -1) - (requestOrder.get(b) ?? -1))
        .map((k) => ({ key: k, label: keyLabel(k), color: colorOf(k) })),
      series: series.map((s) => ({ series: s, label: t(`common:series.${s}`) })),
      note: t(chart.kind === 'line' ? 'key.hollow' : 'key.hollowBars'),
    };
    return { title, subtitle, splitNote, axisTitle, summary, look, key };
  }, [panel, palette, mode, splitFrom, from, to, t, lng, words, format]);
}
