import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../data/model';
import { useFormat } from '../../i18n/useFormat';
import { policiesParams } from '../../state/params/policies';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { dataKey } from '../../i18n/keys';
import { RANKINGS_NS } from './texts';

/**
 * What an assessment is: the year it is named for and the year it describes, its method (the 2010
 * evaluation is an older one, said in words), the rules it followed as far as the data knows, and how
 * many zones it covered.
 */
export function AssessmentMethod({ assessment: a }: { assessment: Assessment }) {
  const { t } = useTranslation([...RANKINGS_NS, 'policies']);
  const format = useFormat();
  const dataset = useDataset();
  const source = a.source ? dataset.sources.get(a.source) : undefined;
  const rules = a.rules ? t(dataKey('policies', `documents.${a.rules}.short`)) : '';
  return (
    <section className={`card assessment assessment--${a.method}`} aria-labelledby="assessment-title">
      <h2 id="assessment-title" className="card__title">
        {t(`method.title.${a.method}`, { year: format.year(a.year) })}
      </h2>
      <dl className="assessment__facts">
        <dt>{t('facts.describes')}</dt>
        <dd>{t('facts.dataYear', { year: format.year(a.data_year) })}</dd>
        <dt>{t('facts.method')}</dt>
        <dd>{t(`method.${a.method}`)}</dd>
        <dt>{t('facts.rules')}</dt>
        <dd>
          {a.rules ? (
            <>
              <ViewLink to={{ view: 'policies', policies: { ...policiesParams.defaults, doc: a.rules } }}>
                {rules}
              </ViewLink>{' '}
              <span className="muted small">{t(`rulesBasis.${a.rules_basis}`)}</span>
            </>
          ) : (
            t('rulesBasis.unknown')
          )}
        </dd>
        <dt>{t('facts.zones')}</dt>
        <dd>
          {a.zones_assessed === null ? (
            t('facts.zonesNotStated')
          ) : (
            <>
              {t('facts.zonesCount', { count: a.zones_assessed })}{' '}
              {source && (
                <SourceButton
                  items={[{ source, quote: '', notes: [] }]}
                  subject={t('facts.zonesSubject', { year: format.year(a.year) })}
                />
              )}
            </>
          )}
        </dd>
      </dl>
      {a.note.length > 0 && (
        <ul className="muted small assessment__notes">
          {a.note.map((k) => (
            <li key={k}>{t(dataKey('notes', `assessment.${k}`))}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
