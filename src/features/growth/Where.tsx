import { useTranslation } from 'react-i18next';
import { PROVINCE_MEASURES, provinceTiles } from '../../data/selectors/growth/provinces';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import { ChartFrame } from '../../ui/ChartFrame';
import { CsvButton } from '../../ui/CsvButton';
import { useDataset } from '../../ui/useDataset';
import { ProvinceDetail } from './ProvinceDetail';
import { ProvinceMap } from './ProvinceMap';
import { provinceCsv, ProvinceTable } from './ProvinceTable';
import { RegionalSplit } from './RegionalSplit';
import { GROWTH_NS } from './texts';

/** Where the zones are: the regional split a source gives, and a province map with two honest measures. */
export function Where({ year }: { year: number }) {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const { pm, prov } = useAppStore((s) => s.growth);
  const setGrowth = useAppStore((s) => s.setGrowth);
  const tiles = provinceTiles(dataset, year);
  const yearText = format.year(year);
  const known = prov !== null && dataset.provinces.has(prov);
  const withData = tiles.filter((p) => p.stated !== null).length;

  return (
    <section className="where" aria-labelledby="growth-where">
      <h2 id="growth-where">{t('where.title', { year: yearText })}</h2>
      <RegionalSplit year={year} />
      {prov !== null && !known && (
        <p className="notice" role="status">
          {t('where.unknownProvince', { id: prov })}
        </p>
      )}
      <ChartFrame
        className="growth-provinces"
        title={t('where.mapTitle', { measure: t(`measure.${pm}`), year: yearText })}
        subtitle={t(`measure.${pm}Help`)}
        summary={t('where.mapSummary', { withData, year: yearText })}
        table={<ProvinceTable tiles={tiles} onSelect={(id) => setGrowth({ prov: id })} />}
        sourceLine={t(pm === 'stated' ? 'where.sourceStated' : 'where.sourceListed')}
        actions={<CsvButton filename={`etdz-provinces-${year}`} build={() => provinceCsv(tiles, t)} />}
      >
        <fieldset className="measure-switch">
          <legend>{t('measure.label')}</legend>
          {PROVINCE_MEASURES.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="growth-measure"
                value={m}
                checked={pm === m}
                onChange={() => setGrowth({ pm: m })}
              />{' '}
              {t(`measure.${m}`)}
            </label>
          ))}
        </fieldset>
        <ProvinceMap
          tiles={tiles}
          measure={pm}
          selected={known ? prov : null}
          onSelect={(id) => setGrowth({ prov: id })}
        />
        <p className="muted small">{t('where.legend')}</p>
      </ChartFrame>
      {known && <ProvinceDetail province={prov} year={year} />}
    </section>
  );
}
