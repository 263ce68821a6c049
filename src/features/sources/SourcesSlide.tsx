import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/model';
import type { Region } from '../../data/schema/enums';
import { flaggedConflicts } from '../../data/selectors/conflicts';
import { HEADLINE_PAIRS } from '../../data/selectors/headline';
import type { ValueGroup } from '../../data/selectors/valueGroups';
import { dataKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/useFormat';
import { usePublisherName } from '../../ui/Citation';
import { Figure } from '../../ui/Figure';
import { SlideLayout } from '../../ui/slide/SlideLayout';
import type { SlideInput, SlidePart, SlideText } from '../../ui/slide/types';
import { useSourceLine } from '../../ui/slide/useSourceLine';
import { useDataset } from '../../ui/useDataset';

const NS = ['common', 'indicators', 'regions'] as const;

const HEADLINE_ORDER: readonly string[] = HEADLINE_PAIRS.flatMap((p) => [p.level, p.share]);

/**
 * The slide's figure: the one the entry names, else the newest disputed figure with the most
 * versions (a headline quantity first), so a new slide opens on a disagreement worth showing.
 */
type Conflict = ValueGroup & { indicator: string };

/** The disputed figures the Sources view lists (one rule for every view), with the indicator they state. */
function conflicts(dataset: Dataset): Conflict[] {
  return flaggedConflicts(dataset).flatMap((f) =>
    f.scope === 'values'
      ? [{ ...f.group, indicator: f.group.statements[0]?.items[0]?.indicator ?? f.group.quantity }]
      : [],
  );
}

function conflictOf(dataset: Dataset, part: string): Conflict | null {
  const list = conflicts(dataset);
  const named = list.find((c) => c.key === part);
  if (named) return named;
  const most = Math.max(0, ...list.map((c) => c.statements.length));
  const candidates = list.filter((c) => c.statements.length === most);
  const newest = candidates[0]?.year;
  // Among the newest with the most versions, the headline quantities first (GDP, then trade, then FDI).
  const rank = (c: Conflict) => {
    const i = HEADLINE_ORDER.indexOf(c.indicator);
    return i < 0 ? HEADLINE_ORDER.length : i;
  };
  return (
    candidates.filter((c) => c.year === newest).sort((a, b) => rank(a) - rank(b))[0] ?? candidates[0] ?? null
  );
}

function useFigureName() {
  const { t } = useTranslation(NS);
  const format = useFormat();
  return (c: Conflict) => {
    const first = c.statements[0]?.items[0];
    const words = {
      name: t(dataKey('indicators', `${c.indicator}.name`)),
      period: first ? format.period(first.period, first.year) : format.year(c.year),
      region: t(`regions:region.${c.region as Region}`),
    };
    // All national zones is what a figure covers unless it says otherwise: the title names only other regions.
    return c.region === 'national'
      ? t('present.slide.sources.figureNational', words)
      : t('present.slide.sources.figure', words);
  };
}

export function useSlideText({ part }: SlideInput): SlideText {
  const { t } = useTranslation(NS);
  const conflict = conflictOf(useDataset(), part);
  const figure = useFigureName();
  return {
    title: conflict
      ? t('present.slide.sources.title', { figure: figure(conflict), count: conflict.statements.length })
      : t('present.slide.sources.none'),
    description: t('present.slide.sources.description', {
      view: t('views.sources.title'),
      figure: conflict ? figure(conflict) : t('present.slide.sources.none'),
    }),
  };
}

export function useSlideParts(): SlidePart[] {
  const figure = useFigureName();
  return conflicts(useDataset()).map((c) => ({ id: c.key, label: figure(c) }));
}

/** The versions of one disputed figure side by side: each as stated, by whom, in which series, for how many zones. */
export default function SourcesSlide({ part }: SlideInput) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const dataset = useDataset();
  const publisher = usePublisherName();
  const sourceLine = useSourceLine();
  const figure = useFigureName();
  const conflict = conflictOf(dataset, part);
  const items = conflict?.statements.flatMap((s) => s.items) ?? [];
  return (
    <SlideLayout
      className="sources-slide"
      defaultTitle={
        conflict
          ? t('present.slide.sources.title', { figure: figure(conflict), count: conflict.statements.length })
          : t('present.slide.sources.none')
      }
      source={sourceLine(items.map((o) => o.source))}
      note={conflict && t('present.slide.sources.note')}
    >
      {conflict ? (
        <ul className="slide-columns sources-slide__versions" data-count={conflict.statements.length}>
          {conflict.statements.map((s, i) => (
            <li key={i} className="slide-figure">
              <p className="slide-figure__value">
                <Figure figure={s.figure} />
              </p>
              <ul className="sources-slide__who">
                {s.items.map((o) => {
                  const source = dataset.sources.get(o.source);
                  const name = source ? publisher(source) : null;
                  return (
                    <li key={o.id}>
                      <span className="sources-slide__publisher" lang={name?.lang}>
                        {name?.text ?? o.source}
                      </span>
                      <span className="slide-figure__when">
                        {t(`series.${o.series}`)}
                        {source?.date ? ` · ${format.date(source.date)}` : ''}
                      </span>
                      <span className="slide-figure__when">
                        {o.zoneBasis === null
                          ? t('present.slide.sources.zonesUnknown')
                          : t('present.slide.sources.zones', { count: o.zoneBasis })}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="slide__empty">{t('present.slide.sources.none')}</p>
      )}
    </SlideLayout>
  );
}
