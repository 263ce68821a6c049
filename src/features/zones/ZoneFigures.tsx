import { useTranslation } from 'react-i18next';
import type { ZoneProfile } from '../../data/selectors/zones/profile';
import { useFormat } from '../../i18n/useFormat';
import { zoneCountCitations } from '../../ui/citations';
import { Figure } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { dataKey } from '../../i18n/keys';
import { ZONE_NS } from './texts';

/**
 * Every figure in the dataset that concerns the zone: the counts that name it (a batch, an exit) and
 * its province's stated counts. The dataset has no economic figures for single zones, and says so.
 */
export function ZoneFigures({ profile }: { profile: ZoneProfile }) {
  const { t } = useTranslation(ZONE_NS);
  const format = useFormat();
  const dataset = useDataset();
  const province = t(dataKey('regions', `province.${profile.zone.province}`));
  const date = (d: string, approx: boolean) =>
    !d
      ? t('facts.undated')
      : approx
        ? t('common:source.approxDate', { date: format.date(d) })
        : format.date(d);
  return (
    <section className="panel zone-figures" aria-labelledby="zone-figures-title">
      <h2 id="zone-figures-title">{t('figures.title')}</h2>
      <p className="muted">{t('figures.noEconomy')}</p>
      <h3 className="card__subtitle">{t('figures.counts')}</h3>
      {profile.counts.length === 0 ? (
        <p className="muted small">{t('figures.noCounts')}</p>
      ) : (
        <ul className="statements__list">
          {profile.counts.map((c) => (
            <li key={c.line} className="statement">
              {c.count !== null && (
                <Figure figure={{ value: c.count, fraction: null, qualifier: c.qualifier, unit: 'count' }} />
              )}
              <span>{t(`figures.kind.${c.kind}`)}</span>
              <span className="statement__detail">
                {date(c.date, c.date_approx)}
                {c.stated && ` · ${t('figures.stated', { date: format.date(c.stated) })}`}
              </span>
              <SourceButton
                items={zoneCountCitations(dataset, [c])}
                subject={t('figures.countSubject', { date: date(c.date, c.date_approx) })}
              />
            </li>
          ))}
        </ul>
      )}
      <h3 className="card__subtitle">{t('figures.province', { province })}</h3>
      {profile.provinceCounts.length === 0 ? (
        <p className="muted small">{t('figures.noProvinceCounts', { province })}</p>
      ) : (
        <ul className="statements__list">
          {profile.provinceCounts.map((c) => {
            const source = dataset.sources.get(c.source);
            return (
              <li key={c.line} className="statement">
                <Figure figure={{ value: c.count, fraction: null, qualifier: '', unit: 'count' }} />
                <span className="statement__detail">
                  {date(c.as_of, c.date_approx)}
                  {c.scope_note.map((k) => ` · ${t(dataKey('notes', `provinceCount.${k}`))}`)}
                </span>
                {source && (
                  <SourceButton
                    items={[
                      {
                        source,
                        quote: c.quote,
                        notes: c.scope_note.map((k) => `provinceCount.${k}` as const),
                      },
                    ]}
                    subject={t('figures.provinceSubject', { province, date: date(c.as_of, c.date_approx) })}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
