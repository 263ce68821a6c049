import { useTranslation } from 'react-i18next';
import { explanationOf } from '../../data/selectors/conflicts';
import { batchGroup, batchVersions } from '../../data/selectors/growth/counts';
import { zoneEntries } from '../../data/selectors/growth/zones';
import { useFormat } from '../../i18n/useFormat';
import { zoneCountCitations } from '../../ui/citations';
import { Explanation } from '../../ui/Disagreement';
import { Figure } from '../../ui/Figure';
import { Icon } from '../../ui/Icon';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { dataKey } from '../../i18n/keys';
import { GROWTH_NS } from './texts';

/**
 * A batch in words: its size and dates as each source states them (a disagreement flagged and
 * explained), and the zones of it the dataset lists, each a link to its profile.
 */
export function BatchZones({ batch, subject }: { batch: string; subject: string }) {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const group = batchGroup(dataset, batch);
  const zones = zoneEntries(dataset)
    .filter((z) => z.batch === batch)
    .sort((a, b) => (a.approvalDate || '9').localeCompare(b.approvalDate || '9'));
  const conflict = group?.assessment.conflict ?? false;
  const date = (d: string, approx: boolean) =>
    approx ? t('common:source.approxDate', { date: format.date(d) }) : format.date(d);
  return (
    <div className="batch-zones" data-conflict={conflict ? `zone-counts|${group?.key}` : undefined}>
      {conflict && (
        <p className="conflict">
          <Icon glyph="warning" /> {t('batch.datedDifferently')}
        </p>
      )}
      {group && (
        <ul className="statements__list">
          {batchVersions(group.items).map((v) => (
            <li key={`${v.count}|${v.dateFrom}|${v.date}`} className="statement">
              {v.count !== null && (
                <Figure
                  figure={{ value: v.count, fraction: null, qualifier: v.qualifier, unit: 'count' }}
                  className="figure figure--small"
                />
              )}
              <span className="statement__detail">
                {v.dateFrom
                  ? t('milestone.range', { from: format.date(v.dateFrom), to: date(v.date, v.dateApprox) })
                  : date(v.date, v.dateApprox)}
              </span>
              <SourceButton items={zoneCountCitations(dataset, v.items)} subject={subject} />
            </li>
          ))}
        </ul>
      )}
      {conflict && group && <Explanation explanation={explanationOf(dataset, 'zone-counts', group.key)} />}
      <p className="small">{t('milestone.listed', { count: zones.length })}</p>
      {zones.length > 0 && (
        <ul className="batch-zones__list">
          {zones.map((z) => (
            <li key={z.id}>
              <ViewLink to={{ view: 'zones', zones: { zone: z.id } }}>
                {t(dataKey('zones', `name.${z.id}`))}
              </ViewLink>
              <span className="muted small">
                {' · '}
                {t(dataKey('regions', `province.${z.province}`))}
                {z.approvalDate && ` · ${date(z.approvalDate, z.approvalApprox)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
