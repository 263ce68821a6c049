import { useTranslation } from 'react-i18next';
import { explanationOf } from '../../data/selectors/conflicts';
import { countAt, type CountStatement } from '../../data/selectors/growth/counts';
import { milestonesIn, type Milestone } from '../../data/selectors/growth/milestones';
import { zoneEntries, zonesApprovedIn } from '../../data/selectors/growth/zones';
import { useFormat, type Formatters } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import { zoneCountCitations } from '../../ui/citations';
import { Explanation } from '../../ui/Disagreement';
import { useDataset } from '../../ui/useDataset';
import { ContextFigures } from './ContextFigures';
import { BatchZones } from './BatchZones';
import { useMilestoneLabel } from './labels';
import { Statements } from '../../ui/Statements';
import { dataKey } from '../../i18n/keys';
import { GROWTH_NS, type GrowthT } from './texts';

/** A projector shows a handful; the zone list below holds them all. */
const SHOWN_ADDED = 8;

/** What the data says at the playhead: the count, the zones approved, the milestones under way, the economy. */
export function AtYear({ year, milestones }: { year: number; milestones: readonly Milestone[] }) {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const setGrowth = useAppStore((s) => s.setGrowth);
  const label = useMilestoneLabel();
  const at = countAt(dataset, year);
  const added = zonesApprovedIn(zoneEntries(dataset), year);
  const underway = milestonesIn(milestones, year);
  const yearText = format.year(year);
  // The story's first fact in words: while the first batch is under way, its zones are named.
  const first = underway.find((m) => m.id === 'batch.first');

  return (
    <section className="at-year" aria-labelledby="growth-at-year">
      <h2 id="growth-at-year">{t('atYear.title', { year: yearText })}</h2>
      <div className="at-year__grid">
        <div className="card">
          <h3 className="card__title">{t('atYear.count')}</h3>
          {at ? (
            <>
              {at.year !== year && (
                <p className="card__when">{t('atYear.lastStatedIn', { year: format.year(at.year) })}</p>
              )}
              <Statements
                statements={at.statements}
                conflict={at.conflict}
                conflictLabel={t('conflict.badge', { count: at.statements.length })}
                conflictId={at.conflictKeys.map((k) => `zone-counts|${k}`).join(' ')}
                marks={at.marks}
                size="large"
                className="growth-statements"
                subject={t('atYear.countSubject', { year: format.year(at.year) })}
                cite={(items) => zoneCountCitations(dataset, items)}
                describe={(items) => describeCount(items, t, format)}
              />
              {at.conflictKeys.map((key) => (
                <Explanation key={key} explanation={explanationOf(dataset, 'zone-counts', key)} />
              ))}
              {at.reasons.map((r) => (
                <p key={r} className="muted small">
                  {t(`conflict.reason.${r}`)}
                </p>
              ))}
            </>
          ) : (
            <p className="muted">{t('atYear.noCount')}</p>
          )}
        </div>
        <div className="card">
          <h3 className="card__title">{t('atYear.added', { count: added.length })}</h3>
          {added.length > 0 ? (
            <ul className="at-year__zones">
              {added.slice(0, SHOWN_ADDED).map((z) => (
                <li key={z.id}>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => setGrowth({ zone: z.id })}
                  >
                    {t(dataKey('zones', `name.${z.id}`))}
                  </button>
                  <span className="muted small"> · {t(dataKey('regions', `province.${z.province}`))}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('atYear.noneAdded')}</p>
          )}
          {added.length > SHOWN_ADDED && (
            <p className="small">
              <a href="#growth-zones">{t('atYear.more', { count: added.length - SHOWN_ADDED })}</a>
            </p>
          )}
          <p className="muted small">{t('atYear.addedNote')}</p>
        </div>
        <div className="card">
          <h3 className="card__title">{t('atYear.milestones')}</h3>
          {underway.length > 0 ? (
            <ul className="at-year__milestones">
              {underway.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => setGrowth({ ms: m.id })}
                  >
                    {label(m)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('atYear.noMilestones')}</p>
          )}
        </div>
      </div>
      {first && (
        <section className="card first-batch" aria-labelledby="growth-first-batch">
          <h3 id="growth-first-batch" className="card__title">
            {t('atYear.firstBatch', { batch: label(first) })}
          </h3>
          <p className="muted small">{t('atYear.firstBatchLead')}</p>
          <BatchZones batch="first" subject={label(first)} />
        </section>
      )}
      <ContextFigures year={year} />
    </section>
  );
}

/**
 * What one figure counts, said once per kind, then the dates its statements describe ("c." kept), and
 * when a statement was made later than the date it describes, that too.
 */
export function describeCount(
  items: readonly CountStatement[],
  t: GrowthT,
  format: Pick<Formatters, 'date'>,
): string {
  const kinds = [...new Set(items.map((s) => s.kind))];
  const when = (s: CountStatement) => {
    const date = s.date_approx
      ? t('common:source.approxDate', { date: format.date(s.date) })
      : format.date(s.date);
    return s.stated ? t('atYear.statedLater', { date, stated: format.date(s.stated) }) : date;
  };
  return kinds
    .map((kind) => {
      const dates = [...new Set(items.filter((s) => s.kind === kind).map(when))];
      return t('atYear.describe', { kind: t(`kind.${kind}`), dates: dates.join(t('atYear.dateSeparator')) });
    })
    .join(t('atYear.kindSeparator'));
}
