import { useEffect, useMemo, useState } from 'react';
import { timelineRange } from '../../data/selectors/growth/counts';
import { useTranslation } from 'react-i18next';
import { latestZoneCount } from '../../data/selectors/headline';
import {
  approvedAfter,
  countByRegion,
  searchZones,
  zoneEntries,
  type ZoneEntry,
} from '../../data/selectors/growth/zones';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import { CsvButton } from '../../ui/CsvButton';
import { DataTable } from '../../ui/DataTable';
import { useDataset } from '../../ui/useDataset';
import { useZoneColumns, zoneCsv } from './zoneColumns';
import { useRowsInSteps } from './useRowsInSteps';
import { dataKey } from '../../i18n/keys';
import { GROWTH_NS } from './texts';

/** The zones the dataset lists, searchable in the current language, with its coverage stated plainly. */
export function ZoneList({ year }: { year: number }) {
  const { t } = useTranslation(GROWTH_NS);
  const dataset = useDataset();
  const zone = useAppStore((s) => s.growth.zone);
  const format = useFormat();
  const [query, setQuery] = useState('');
  const zf = useAppStore((s) => s.growth.zf);
  const setGrowth = useAppStore((s) => s.setGrowth);
  // At the latest year no later approval can be in the data: the filter would only ever show nothing.
  const noLater = year >= timelineRange(dataset).last;
  const afterOnly = zf === 'after' && !noLater;
  const entries = zoneEntries(dataset);
  // Unless only later approvals are listed, the rows do not depend on the playhead: kept between ticks,
  // so playing does not rebuild and redraw every zone's row.
  const afterYear = afterOnly ? year : null;
  const rows = useMemo(() => {
    const nameOf = (z: ZoneEntry) =>
      `${t(dataKey('zones', `name.${z.id}`))} ${t(dataKey('regions', `province.${z.province}`))}`;
    return searchZones(afterYear === null ? entries : approvedAfter(entries, afterYear), query, nameOf);
  }, [entries, afterYear, query, t]);
  const byRegion = useMemo(() => countByRegion(rows), [rows]);
  const columns = useZoneColumns();
  // A zone chosen in the address is scrolled to at once: its row must be there.
  const [chosenAtStart] = useState(zone !== null);
  const shown = useRowsInSteps(rows, chosenAtStart);
  // The figure most sources state for the latest years: "about", because they disagree.
  const about = latestZoneCount(dataset)?.statements[0]?.figure.value ?? null;
  const table = useMemo(
    () => (
      <DataTable
        caption={t('zones.title')}
        rows={shown}
        columns={columns}
        rowKey={(z) => z.id}
        rowId={(z) => `growth-zone-${z.id}`}
        rowClassName={(z) => (z.id === zone ? 'row--selected' : undefined)}
        empty={t('zones.none')}
      />
    ),
    [t, shown, columns, zone],
  );
  const known = zone === null || entries.some((z) => z.id === zone);

  useEffect(() => {
    if (zone) document.getElementById(`growth-zone-${zone}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [zone]);

  return (
    <section className="zone-list panel" aria-labelledby="growth-zones">
      <h2 id="growth-zones">{t('zones.title')}</h2>
      <p className="lead">
        {about === null
          ? t('zones.coverageNoTotal', { count: entries.length })
          : t('zones.coverage', { count: entries.length, total: about })}
      </p>
      <p className="muted small">{t('zones.coverageNote')}</p>
      {afterOnly && <p className="muted small">{t('zones.afterNote')}</p>}
      {!known && (
        <p className="notice" role="status">
          {t('zones.unknown', { id: zone })}
        </p>
      )}
      <div className="zone-list__tools">
        <label className="field">
          <span>{t('zones.search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="zone-list__after">
          <input
            type="checkbox"
            checked={afterOnly}
            disabled={noLater}
            aria-describedby={noLater ? 'growth-zones-after-none' : undefined}
            onChange={(e) => setGrowth({ zf: e.target.checked ? 'after' : 'all' })}
          />{' '}
          {t('zones.afterOnly', { year: format.year(year) })}
        </label>
        {noLater && (
          <p id="growth-zones-after-none" className="muted small">
            {t('zones.afterNone', { year: format.year(year) })}
          </p>
        )}
        <p className="muted small" role="status">
          {t('zones.shown', { count: rows.length })}
          {byRegion.length > 0 &&
            ` · ${t('zones.byRegion', { list: byRegion.map((r) => t('zones.regionCount', { region: t(dataKey('regions', `region.${r.region}`)), count: r.count })).join(t('common:list.separator')) })}`}
        </p>
        <CsvButton filename="etdz-zones-listed" build={() => zoneCsv(rows, t)} />
      </div>
      {table}
    </section>
  );
}
