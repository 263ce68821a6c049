import { useTranslation } from 'react-i18next';
import type { Assessment, Ranking } from '../../data/model';
import type { RankingList } from '../../data/selectors/rankings/lists';
import { useFormat } from '../../i18n/useFormat';
import { CsvButton } from '../../ui/CsvButton';
import { useRankCsv } from '../../ui/rankings/rankCsv';
import { DataTable, type Column } from '../../ui/DataTable';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { useRankText } from '../../ui/rankings/useRankText';
import { dataKey } from '../../i18n/keys';
import { RANKINGS_NS } from './texts';

/** One published list as the sources give it: rank, zone (a link to its page), province, source. */
export function RankingTable({ assessment, list }: { assessment: Assessment; list: RankingList }) {
  const { t } = useTranslation(RANKINGS_NS);
  const rankCsv = useRankCsv();
  const format = useFormat();
  const rankText = useRankText('number');
  const dataset = useDataset();
  const provinceOf = (r: Ranking) =>
    (r.zone ? dataset.zones.find((z) => z.id === r.zone)?.province : undefined) ?? r.province;
  const name = (r: Ranking) => (r.zone ? t(dataKey('zones', `name.${r.zone}`)) : r.zone_name_zh);
  const title = t(dataKey('zones', `ranking.${list.ranking}`));
  const notes = [...new Set(list.rows.flatMap((r) => r.note))];
  const columns: Column<Ranking>[] = [
    {
      id: 'rank',
      header: t('table.rank'),
      cell: rankText,
      sortValue: (r) => r.rank,
      numeric: true,
    },
    {
      id: 'zone',
      header: t('table.zone'),
      cell: (r) =>
        r.zone ? <ViewLink to={{ view: 'zones', zones: { zone: r.zone } }}>{name(r)}</ViewLink> : name(r),
      sortValue: name,
      rowHeader: true,
    },
    {
      id: 'province',
      header: t('table.province'),
      cell: (r) => {
        const p = provinceOf(r);
        return p ? t(dataKey('regions', `province.${p}`)) : t('table.notStated');
      },
      sortValue: (r) => provinceOf(r) ?? null,
    },
    {
      id: 'source',
      header: t('common:table.source'),
      cell: (r) => {
        const source = dataset.sources.get(r.source);
        return source ? (
          <SourceButton
            items={[{ source, quote: r.zone_name_zh, notes: r.note.map((k) => `ranking.${k}` as const) }]}
            subject={t('subject', { zone: name(r), list: title, year: format.year(assessment.year) })}
          />
        ) : null;
      },
    },
  ];
  const headingId = `ranking-${list.ranking}`;
  return (
    <section className="panel ranking-list" aria-labelledby={headingId}>
      <header className="chart-frame__header">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="muted small">
            {t('listMeta', {
              year: format.year(assessment.year),
              dataYear: format.year(assessment.data_year),
              count: list.rows.length,
            })}
          </p>
        </div>
        <div className="chart-frame__actions">
          <CsvButton
            filename={`etdz-ranking-${assessment.year}-${list.ranking}`}
            build={() => rankCsv(list.rows, { name, province: (r) => provinceOf(r) ?? '' })}
          />
        </div>
      </header>
      <DataTable
        caption={title}
        rows={list.rows}
        columns={columns}
        rowKey={(r) => `${r.rank}|${r.zone}|${r.line}`}
      />
      {notes.length > 0 && (
        <ul className="muted small ranking-list__notes">
          {notes.map((k) => (
            <li key={k}>{t(dataKey('notes', `ranking.${k}`))}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
