import { useTranslation } from 'react-i18next';
import type { StatedNumber } from '../../data/model';
import { headlinePairs, latestZoneCount, type Headline } from '../../data/selectors/headline';
import type { Statement } from '../../data/selectors/statements';
import { dataKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/useFormat';
import { Figure } from '../../ui/Figure';
import { Icon } from '../../ui/Icon';
import { SlideLayout } from '../../ui/slide/SlideLayout';
import type { SlidePart, SlideText } from '../../ui/slide/types';
import { useSourceLine } from '../../ui/slide/useSourceLine';
import { useDataset } from '../../ui/useDataset';

export function useSlideText(): SlideText {
  const { t } = useTranslation();
  return {
    title: t('present.slide.overview.title'),
    description: t('present.slide.overview.description', { view: t('views.overview.title') }),
  };
}

export function useSlideParts(): SlidePart[] {
  return [];
}

/** The figure most sources state first, large; any other figure for the same thing beside it, never left out. */
function Stated<T extends StatedNumber>({ statements }: { statements: Statement<T>[] }) {
  const { t } = useTranslation();
  const [main, ...others] = [...statements].sort((a, b) => b.items.length - a.items.length);
  if (!main) return null;
  return (
    <>
      <p className="slide-figure__value">
        <Figure figure={main.figure} />
      </p>
      {others.length > 0 && (
        <p className="slide-figure__conflict">
          <Icon glyph="warning" /> {t('present.slide.overview.alsoStated')}{' '}
          {others.map((s, i) => (
            <span key={i}>
              {i > 0 && t('list.separator')}
              <Figure figure={s.figure} />
            </span>
          ))}
        </p>
      )}
    </>
  );
}

function ShareLine({ share }: { share: Headline }) {
  const { t } = useTranslation(['common', 'indicators']);
  const format = useFormat();
  return (
    <p className="slide-figure__share">
      <span className="slide-figure__share-name">
        {t('present.slide.overview.share', {
          name: t(dataKey('indicators', `${share.indicator}.name`)),
          year: format.year(share.year),
        })}
      </span>{' '}
      {share.statements.map((s, i) => (
        <span key={i} className="slide-figure__share-value">
          {i > 0 && t('list.separator')}
          <Figure figure={s.figure} />
        </span>
      ))}
    </p>
  );
}

/** The headline figures, one block each, large: what an audience should take away about the zones today. */
export default function OverviewSlide() {
  const { t } = useTranslation(['common', 'indicators']);
  const format = useFormat();
  const dataset = useDataset();
  const sourceLine = useSourceLine();
  const pairs = headlinePairs(dataset).filter((p) => p.level);
  const zoneCount = latestZoneCount(dataset);
  const sources = [
    ...(zoneCount?.statements.flatMap((s) => s.items.map((i) => i.source)) ?? []),
    ...pairs.flatMap((p) =>
      [p.level, p.share].flatMap((h) => h?.statements.flatMap((s) => s.items.map((i) => i.source)) ?? []),
    ),
  ];
  return (
    <SlideLayout
      className="overview-slide"
      defaultTitle={t('present.slide.overview.title')}
      source={sourceLine(sources)}
    >
      <ul className="slide-figures">
        {zoneCount && (
          <li className="slide-figure">
            <p className="slide-figure__label">{t('overview.zoneCount')}</p>
            <Stated statements={zoneCount.statements} />
            <p className="slide-figure__when">
              {t('present.slide.overview.stated', {
                from: format.date(zoneCount.from),
                to: format.date(zoneCount.date),
              })}
            </p>
          </li>
        )}
        {pairs.map(({ level, share }) =>
          level ? (
            <li key={level.indicator} className="slide-figure">
              <p className="slide-figure__label">{t(dataKey('indicators', `${level.indicator}.name`))}</p>
              <Stated statements={level.statements} />
              <p className="slide-figure__when">
                {t('overview.dataYear', { year: format.year(level.year) })}
              </p>
              {share && <ShareLine share={share} />}
            </li>
          ) : null,
        )}
      </ul>
    </SlideLayout>
  );
}
