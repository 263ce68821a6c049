import { useTranslation } from 'react-i18next';
import { statedCounts } from '../../data/selectors/growth/provinces';
import { listedIn, zoneEntries } from '../../data/selectors/growth/zones';
import { useFormat } from '../../i18n/useFormat';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { provinceCountCitations } from './citations';
import { dataKey } from '../../i18n/keys';

/** A province's stated counts over time, and the zones the dataset lists there by the playhead. */
export function ProvinceDetail({ province, year }: { province: string; year: number }) {
  const { t } = useTranslation(['growth', 'common', 'regions', 'zones', 'notes']);
  const format = useFormat();
  const dataset = useDataset();
  const name = t(dataKey('regions', `province.${province}`));
  const stated = statedCounts(dataset, province);
  const zones = zoneEntries(dataset).filter((z) => z.province === province);
  const listed = zones.filter((z) => listedIn(z, year));
  return (
    <article className="card province-detail" aria-labelledby="growth-province-detail">
      <h3 id="growth-province-detail">{name}</h3>
      <h4 className="card__subtitle">{t('measure.stated')}</h4>
      {stated.length === 0 ? (
        <p className="muted">{t('where.noStatement')}</p>
      ) : (
        <ul className="statements__list">
          {stated.map((c) => (
            <li
              key={c.line}
              className={`statement ${Number(c.as_of.slice(0, 4)) > year ? 'statement--later' : ''}`}
            >
              <strong>{format.number(c.count)}</strong>
              <span className="statement__detail">
                {c.date_approx
                  ? t('common:source.approxDate', { date: format.date(c.as_of) })
                  : format.date(c.as_of)}
                {c.scope_note.map((k) => ` · ${t(dataKey('notes', `provinceCount.${k}`))}`)}
              </span>
              <SourceButton
                items={provinceCountCitations(dataset, [c])}
                subject={t('where.statedSubject', { name, date: format.date(c.as_of) })}
              />
            </li>
          ))}
        </ul>
      )}
      <h4 className="card__subtitle">
        {t('where.listedBy', { count: listed.length, year: format.year(year) })}
      </h4>
      <ul className="province-detail__zones">
        {listed.map((z) => (
          <li key={z.id}>
            <ViewLink to={{ view: 'zones', zones: { zone: z.id } }}>
              {t(dataKey('zones', `name.${z.id}`))}
            </ViewLink>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('where.listedNote', { total: zones.length })}</p>
    </article>
  );
}
