import { useTranslation } from 'react-i18next';
import { Publisher, QualityBadge, SourceDate } from '../../ui/Citation';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ZONE_NS } from './texts';

/** Every source the page cites, once, with its publisher, date and quality; each opens its full record. */
export function ZoneSources({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation(ZONE_NS);
  const dataset = useDataset();
  const sources = ids.flatMap((id) => dataset.sources.get(id) ?? []);
  return (
    <section className="panel zone-sources" aria-labelledby="zone-sources-title">
      <h2 id="zone-sources-title">{t('sources.title', { count: sources.length })}</h2>
      <ul className="zone-sources__list">
        {sources.map((s) => (
          <li key={s.id}>
            <span lang={s.language} className="zone-sources__title">
              {s.title}
            </span>
            <span className="muted small">
              {' · '}
              <Publisher source={s} />
              {' · '}
              <SourceDate source={s} />{' '}
            </span>
            <QualityBadge source={s} />{' '}
            <SourceButton items={[{ source: s, quote: '', notes: [] }]} subject={s.title} />
          </li>
        ))}
      </ul>
    </section>
  );
}
