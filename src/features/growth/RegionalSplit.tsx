import { useTranslation } from 'react-i18next';
import { regionalSplits, splitsAt, type RegionalSplit as Split } from '../../data/selectors/growth/regions';
import { useFormat } from '../../i18n/useFormat';
import type { CitationItem } from '../../ui/Citation';
import { zoneCountCitations } from '../../ui/citations';
import { CsvButton } from '../../ui/CsvButton';
import { Figure } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { GROWTH_NS, type GrowthT } from './texts';

/** One source states the whole split: one citation with each distinct phrase it uses. */
function oneCitation(items: CitationItem[]): CitationItem[] {
  const [first] = items;
  if (!first) return [];
  const quotes = [...new Set(items.map((i) => i.quote))];
  const notes = [...new Set(items.flatMap((i) => i.notes))];
  return [{ ...first, quote: quotes.join(' … '), notes }];
}

/** The regional split(s) of the latest date up to the playhead, each in its own scheme, never added across. */
export function RegionalSplit({ year }: { year: number }) {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const splits = splitsAt(dataset, year);
  if (splits.length === 0) return <p className="muted">{t('where.noSplit', { year: format.year(year) })}</p>;
  const subject = (s: Split) => t('where.splitSubject', { year: format.year(s.year) });
  const splitYear = splits[0]?.year ?? year;
  const date = (d: string, approx: boolean) =>
    approx ? t('common:source.approxDate', { date: format.date(d) }) : format.date(d);
  return (
    <div className="regional-splits">
      <p className="regional-splits__year">
        {splitYear === year
          ? t('where.splitOfYear', { year: format.year(year) })
          : t('where.latestSplit', { year: format.year(year), dataYear: format.year(splitYear) })}
      </p>
      {splits.map((s) => (
        <div key={s.key} className="card regional-split">
          <h3 className="card__title">
            {t('where.splitTitle', { year: format.year(s.year), scheme: t(`scheme.${s.scheme}`) })}
          </h3>
          {(s.stated || s.date !== String(s.year)) && (
            <p className="card__when muted small">
              {[
                s.date !== String(s.year) && t('where.asOf', { date: date(s.date, s.dateApprox) }),
                s.stated && t('where.statedOn', { date: format.date(s.stated) }),
              ]
                .filter(Boolean)
                .join(t('atYear.kindSeparator'))}
            </p>
          )}
          <dl className="regional-split__parts">
            {s.parts.map((p) => (
              <div key={p.line}>
                <dt>{t(`regions:region.${p.scope}`)}</dt>
                <dd>
                  <Figure
                    figure={{ value: p.count ?? 0, fraction: null, qualifier: p.qualifier, unit: 'count' }}
                  />
                </dd>
              </div>
            ))}
            {s.missing.map((r) => (
              <div key={r} className="regional-split__missing">
                <dt>{t(`regions:region.${r}`)}</dt>
                <dd>{t('where.notStated')}</dd>
              </div>
            ))}
            {s.total && (
              <div className="regional-split__total">
                <dt>{t('where.total')}</dt>
                <dd>
                  <Figure
                    figure={{
                      value: s.total.count ?? 0,
                      fraction: null,
                      qualifier: s.total.qualifier,
                      unit: 'count',
                    }}
                  />
                </dd>
              </div>
            )}
          </dl>
          {s.missing.length > 0 && <p className="muted small">{t('where.partial')}</p>}
          <SourceButton
            items={oneCitation(zoneCountCitations(dataset, [...(s.total ? [s.total] : []), ...s.parts]))}
            subject={subject(s)}
          />
        </div>
      ))}
      {splits.length > 1 && <p className="muted small">{t('where.schemesDiffer')}</p>}
      <CsvButton
        filename="etdz-regional-splits"
        build={() => splitCsv(regionalSplits(dataset), t)}
        label={t('where.splitCsv')}
      />
    </div>
  );
}

/** Every regional split the data gives, one row per part, scheme and source kept. */
function splitCsv(splits: readonly Split[], t: GrowthT) {
  return {
    header: [
      t('common:table.date'),
      t('where.statedColumn'),
      t('where.scheme'),
      t('common:table.region'),
      t('table.count'),
      t('table.qualifier'),
      t('common:table.source'),
      t('table.quote'),
    ],
    rows: splits.flatMap((s) =>
      [...s.parts, ...(s.total ? [s.total] : [])].map((p) => [
        s.dateApprox ? t('common:source.approxDate', { date: s.date }) : s.date,
        s.stated,
        t(`scheme.${s.scheme}`),
        t(`regions:region.${p.scope}`),
        p.count,
        p.qualifier,
        p.source,
        p.quote,
      ]),
    ),
  };
}
