import { useTranslation } from 'react-i18next';
import { Figure } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { dataKey } from '../../i18n/keys';

/** Figures of a seed article that match no dated release: listed as claims, never put on a time axis. */
export function SeedClaims() {
  const { t } = useTranslation(['common', 'indicators', 'notes']);
  const dataset = useDataset();
  if (dataset.seedClaims.length === 0) return null;
  return (
    <section aria-labelledby="claims-title" className="panel">
      <h2 id="claims-title">{t('sources.claimsTitle')}</h2>
      <p className="muted">{t('sources.claimsIntro')}</p>
      <ul className="claims">
        {dataset.seedClaims.map((claim) => {
          const source = dataset.sources.get(claim.source);
          const name = t(dataKey('indicators', `${claim.indicator}.name`));
          return (
            <li key={claim.line}>
              <span>{name}</span> <Figure figure={claim} />{' '}
              {claim.note.map((k) => (
                <span key={k} className="muted small">
                  {t(dataKey('notes', `value.${k}`))}{' '}
                </span>
              ))}
              {source && (
                <SourceButton
                  items={[
                    { source, quote: claim.quote, notes: claim.note.map((k) => `value.${k}` as const) },
                  ]}
                  subject={name}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
