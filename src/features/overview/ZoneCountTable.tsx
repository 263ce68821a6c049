import { useTranslation } from 'react-i18next';
import type { ZoneCount } from '../../data/model';
import { useFormat } from '../../i18n/useFormat';
import { zoneCountCitations } from '../../ui/citations';
import { Figure } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';

/** The statements behind the zone-count chart, one row each, with their sources. */
export function ZoneCountTable({
  rows,
}: {
  rows: ReadonlyArray<ZoneCount & { value: number; fraction: null; unit: 'count' }>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useDataset();
  return (
    <table className="table">
      <caption className="visually-hidden">{t('overview.zoneCountChart.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.date')}</th>
          <th scope="col" className="num">
            {t('overview.zoneCount')}
          </th>
          <th scope="col">{t('table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line}>
            <td>
              {row.date_approx
                ? t('source.approxDate', { date: format.date(row.date) })
                : format.date(row.date)}
            </td>
            <td className="num">
              <Figure figure={row} />
            </td>
            <td>
              <SourceButton items={zoneCountCitations(dataset, [row])} subject={format.date(row.date)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
