import { useTranslation } from 'react-i18next';
import { explanationOf } from '../../data/selectors/conflicts';
import type { ZoneFact } from '../../data/selectors/zones/statements';
import type { ZoneProfile } from '../../data/selectors/zones/profile';
import { useFormat } from '../../i18n/useFormat';
import { growthParams } from '../../state/params/growth';
import { AgreementMarks, Explanation } from '../../ui/Disagreement';
import { Icon } from '../../ui/Icon';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { dataKey } from '../../i18n/keys';
import { ZONE_NS } from './texts';

/** Where the zone is, when it was approved (every source's date), its batch and whether it still exists. */
export function ZoneFacts({ profile }: { profile: ZoneProfile }) {
  const { t } = useTranslation(ZONE_NS);
  const format = useFormat();
  const dataset = useDataset();
  const { zone, entry } = profile;
  const name = t(dataKey('zones', `name.${zone.id}`));
  const date = (d: string, approx: boolean) =>
    !d
      ? t('facts.undated')
      : approx
        ? t('common:source.approxDate', { date: format.date(d) })
        : format.date(d);
  const cite = (f: ZoneFact) => {
    const source = dataset.sources.get(f.source);
    return source ? [{ source, quote: f.quote, notes: f.note.map((k) => `zone.${k}` as const) }] : [];
  };
  const batch = zone.batch ? dataset.batches.get(zone.batch) : undefined;
  const batchSource = batch ? dataset.sources.get(batch.source) : undefined;
  return (
    <section className="card zone-facts" aria-labelledby="zone-facts-title">
      <h2 id="zone-facts-title" className="card__title">
        {t('facts.title')}
      </h2>
      <dl className="zone-facts__list">
        <dt>{t('facts.province')}</dt>
        <dd>
          <ViewLink to={{ view: 'growth', growth: { ...growthParams.defaults, prov: zone.province } }}>
            {t(dataKey('regions', `province.${zone.province}`))}
          </ViewLink>
          {entry.region && (
            <span className="muted"> · {t(dataKey('regions', `region.${entry.region}`))}</span>
          )}
        </dd>
        <dt>{t('facts.status')}</dt>
        <dd>
          {zone.status === 'exited'
            ? t('facts.exited', { date: format.date(zone.exit_date) })
            : t('facts.active')}
        </dd>
        <dt>{t('facts.batch')}</dt>
        <dd>
          {zone.batch ? t(dataKey('zones', `batch.${zone.batch}`)) : t('facts.noBatch')}{' '}
          {batchSource && (
            <SourceButton
              items={[{ source: batchSource, quote: '', notes: [] }]}
              subject={t('facts.batchSubject', { zone: name })}
            />
          )}
        </dd>
      </dl>
      <h3 className="card__subtitle">{t('facts.statements')}</h3>
      <ul className="statements__list zone-facts__statements">
        {profile.facts.map((f, i) => (
          <li key={i} className="statement">
            <span className="zone-facts__kind">{t(`facts.kind.${f.kind}`)}</span>
            <strong>
              {f.kind === 'listed' && !f.date ? t('facts.listedUndated') : date(f.date, f.approx)}
            </strong>
            {f.primary && f.kind === 'approval' && <span className="muted small">{t('facts.primary')}</span>}
            <SourceButton
              items={cite(f)}
              subject={t('facts.subject', { zone: name, kind: t(`facts.kind.${f.kind}`) })}
            />
          </li>
        ))}
      </ul>
      {profile.groups.map((g) =>
        g.assessment.conflict ? (
          <div key={g.key} data-conflict={`zones|${g.key}`}>
            <p className="conflict">
              <Icon glyph="warning" /> {t(`facts.conflict.${g.kind}`)}
            </p>
            <Explanation explanation={explanationOf(dataset, 'zones', g.key)} />
          </div>
        ) : (
          <AgreementMarks key={g.key} marks={g.assessment.marks} />
        ),
      )}
      {zone.note.length > 0 && (
        <ul className="muted small zone-facts__notes">
          {zone.note.map((k) => (
            <li key={k}>{t(dataKey('notes', `zone.${k}`))}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
