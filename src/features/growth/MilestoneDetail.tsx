import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../data/selectors/growth/milestones';
import { useFormat } from '../../i18n/useFormat';
import { policiesParams } from '../../state/params/policies';
import { zoneCountCitations } from '../../ui/citations';
import { AddressLink } from '../../ui/AddressLink';
import { Figure } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { BatchZones } from './BatchZones';
import { sourceCitation } from './citations';
import { dataKey } from '../../i18n/keys';

/** One milestone: what the sources state about it, each with its source, and where to read more. */
export function MilestoneDetail({
  milestone: m,
  label,
  range,
}: {
  milestone: Milestone;
  label: string;
  range: string;
}) {
  const { t } = useTranslation(['growth', 'notes', 'common']);
  const format = useFormat();
  const dataset = useDataset();
  return (
    <article className="milestone-detail card" aria-labelledby="growth-milestone-detail">
      <h3 id="growth-milestone-detail">{label}</h3>
      <p className="card__when">
        {t(`milestone.kind.${m.kind}`)} · {range}
      </p>
      {m.kind === 'batch' ? (
        <BatchZones batch={m.ref} subject={label} />
      ) : (
        m.statements.length > 0 && (
          <ul className="statements__list">
            {m.statements.map((s) => (
              <li key={s.line} className="statement">
                {s.count !== null && (
                  <Figure
                    figure={{ value: s.count, fraction: null, qualifier: s.qualifier, unit: 'count' }}
                    className="figure figure--small"
                  />
                )}
                <span className="statement__detail">
                  {s.date_approx
                    ? t('common:source.approxDate', { date: format.date(s.date) })
                    : format.date(s.date)}
                  {s.stated && ` · ${t('where.statedOn', { date: format.date(s.stated) })}`}
                  {s.note.map((k) => ` · ${t(dataKey('notes', `zoneCount.${k}`))}`)}
                </span>
                <SourceButton items={zoneCountCitations(dataset, [s])} subject={label} />
              </li>
            ))}
          </ul>
        )
      )}
      {m.source && (
        <div className="small">
          {t('milestone.recordSource')}{' '}
          <SourceButton items={sourceCitation(dataset, m.source)} subject={label} />
        </div>
      )}
      {m.urls.length > 0 && (
        <>
          <h4 className="card__subtitle">{t('milestone.addresses')}</h4>
          <ul className="milestone-detail__urls">
            {m.urls.map((url) => (
              <li key={url}>
                <AddressLink url={url} />
              </li>
            ))}
          </ul>
          <p className="muted small">{t('milestone.addressesNote')}</p>
        </>
      )}
      {m.sourceIds.length > 0 && (
        <div className="small">
          {t('milestone.reportedBy')}{' '}
          <SourceButton items={m.sourceIds.flatMap((id) => sourceCitation(dataset, id))} subject={label} />
        </div>
      )}
      {m.kind === 'policy' && (
        <ViewLink
          className="card__link"
          to={{ view: 'policies', policies: { ...policiesParams.defaults, doc: m.ref } }}
        >
          {t('milestone.openPolicy', { title: label })}
        </ViewLink>
      )}
    </article>
  );
}
