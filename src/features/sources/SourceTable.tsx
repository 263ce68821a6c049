import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_QUALITY, type SourceQuality } from '../../data/schema/enums';
import { sourceUsage } from '../../data/selectors/sources';
import { nativeName } from '../../i18n/languages';
import { useFormat } from '../../i18n/useFormat';
import { Publisher, QualityBadge, SourceDate } from '../../ui/Citation';
import { Icon } from '../../ui/Icon';
import { useDataset } from '../../ui/useDataset';

/** Every source with publisher, date, address, quality and how many figures it backs. */
export function SourceTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useDataset();
  const usage = sourceUsage(dataset);
  const [quality, setQuality] = useState<SourceQuality | 'all'>('all');
  const rows = useMemo(
    () =>
      [...dataset.sources.values()]
        .filter((s) => quality === 'all' || s.quality === quality)
        .sort((a, b) => (b.date || '0').localeCompare(a.date || '0')),
    [dataset, quality],
  );
  return (
    <section aria-labelledby="source-table-title" className="panel">
      <h2 id="source-table-title">{t('sources.tableTitle')}</h2>
      <p className="muted">{t('sources.qualityIntro')}</p>
      <label className="field">
        <span>{t('sources.filterQuality')}</span>
        <select value={quality} onChange={(e) => setQuality(e.target.value as SourceQuality | 'all')}>
          <option value="all">{t('sources.allQualities')}</option>
          {SOURCE_QUALITY.map((q) => (
            <option key={q} value={q}>
              {t(`source.quality.${q}`)}
            </option>
          ))}
        </select>
      </label>
      <p role="status" className="muted small">
        {t('sources.shown', { count: rows.length })}
      </p>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('sources.tableTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('source.title')}</th>
              <th scope="col">{t('source.publisher')}</th>
              <th scope="col">{t('source.date')}</th>
              <th scope="col">{t('source.quality.label')}</th>
              <th scope="col">{t('source.language')}</th>
              <th scope="col" className="num">
                {t('sources.figures')}
              </th>
              <th scope="col">{t('source.address')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const u = usage.get(s.id);
              const figures = u ? u.observations + u.zoneCounts + u.zones + u.provinceCounts + u.rankings : 0;
              return (
                <tr key={s.id} id={`source-${s.id}`}>
                  <td lang={s.language}>
                    {s.title}
                    {s.seed && <span className="badge badge--seed">{t('source.seedBadge')}</span>}
                  </td>
                  <td>
                    <Publisher source={s} />
                  </td>
                  <td>
                    <SourceDate source={s} />
                  </td>
                  <td>
                    <QualityBadge source={s} />
                  </td>
                  <td>{nativeName(s.language)}</td>
                  <td className="num">{format.number(figures)}</td>
                  <td>
                    {s.url ? (
                      <a
                        href={s.url}
                        target="_blank"
                        rel="noreferrer noopener"
                        aria-label={t('sources.openAddress', { title: s.title })}
                      >
                        {new URL(s.url).hostname} <Icon glyph="external" />
                      </a>
                    ) : (
                      <span className="muted">{t(s.seed ? 'source.seedNoAddress' : 'source.noAddress')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
