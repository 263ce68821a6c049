import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyMeasure } from '../../data/policy/model';
import { indicatorsForTags } from '../../data/selectors/policies/indicatorLinks';
import { useFormat } from '../../i18n/useFormat';
import { compareLink } from '../../state/params/compare';
import type { PoliciesParams } from '../../state/params/policies';
import { ViewLink } from '../../ui/ViewLink';
import { Highlight } from './Highlight';
import { MeasureFlags } from './MeasureFlags';
import { SourceLinks } from './SourceLinks';
import { dataKey } from '../../i18n/keys';

interface Props {
  measure: PolicyMeasure;
  q: string;
  params: PoliciesParams;
  active: boolean;
  onFocus(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

export function measureElementId(id: string) {
  return `measure-${id}`;
}

/** One measure: what it asks for in the current language, how sure we are of it, and where it says so. */
export function MeasureItem({ measure, q, params, active, onFocus, onKeyDown }: Props) {
  const { t } = useTranslation(['policies', 'indicators']);
  const format = useFormat();
  const key = `measures.${measure.id}` as const;
  const titleId = `${measureElementId(measure.id)}-title`;
  const indicators = indicatorsForTags(measure.tags);
  // Chinese readers see the number as the document writes it (十一); others read its value (11).
  const number =
    measure.number === null
      ? null
      : format.lng.startsWith('zh') || measure.numberValue === null
        ? measure.number
        : format.number(measure.numberValue);
  /* eslint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions -- see below */
  return (
    // Each measure is a focus stop of the list's roving tabindex (like the ARIA feed pattern), so
    // keyboard users move measure by measure instead of tabbing through every link.
    <article
      id={measureElementId(measure.id)}
      className={`policy-measure${params.measure === measure.id ? ' policy-measure--target' : ''}`}
      aria-labelledby={titleId}
      tabIndex={active ? 0 : -1}
      data-measure={measure.id}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <h5 id={titleId} className="policy-measure__title">
        {number !== null && (
          <span className="policy-measure__number">{t('ui.measure.number', { number })}</span>
        )}
        <Highlight text={t(dataKey('policies', `${key}.title`))} q={q} lng={format.lng} />
      </h5>
      <MeasureFlags measure={measure} />
      <p className="policy-measure__summary">
        <Highlight text={t(dataKey('policies', `${key}.summary`))} q={q} lng={format.lng} />
      </p>
      <dl className="policy-measure__facts">
        <dt>{t('ui.measure.themes')}</dt>
        <dd>
          <ul className="policy-chips">
            {measure.tags.map((tag) => (
              <li key={tag} className="policy-chip">
                {t(dataKey('policies', `tags.${tag}`))}
              </li>
            ))}
          </ul>
        </dd>
        {measure.bodies.length > 0 && (
          <>
            <dt>{t('ui.measure.bodies')}</dt>
            <dd>
              {measure.bodies.map((b) => t(dataKey('policies', `bodies.${b}`))).join(t('ui.listSeparator'))}
            </dd>
          </>
        )}
        {measure.weight !== null && (
          <>
            <dt>{t('ui.measure.weight')}</dt>
            <dd>{format.amount(measure.weight, '%')}</dd>
          </>
        )}
        <dt>{t('ui.measure.source')}</dt>
        <dd>
          <SourceLinks
            urls={[...(measure.source ? [measure.source] : []), ...measure.moreSources]}
            emptyText={t('ui.noAddress')}
            subject={t(dataKey('policies', `${key}.title`))}
          />
        </dd>
      </dl>
      <p className="policy-measure__actions">
        {indicators.length > 0 && (
          <ViewLink
            to={{ view: 'compare', compare: compareLink({ ind: indicators }) }}
            className="policy-measure__data"
          >
            {t('ui.measure.seeData', {
              indicators: indicators
                .map((id) => t(dataKey('indicators', `${id}.name`)))
                .join(t('ui.listSeparator')),
            })}
          </ViewLink>
        )}
        <ViewLink
          to={{ view: 'policies', policies: { ...params, measure: measure.id } }}
          className="policy-measure__link"
        >
          {t('ui.measure.permalink')}
          <span className="visually-hidden"> {t(dataKey('policies', `${key}.title`))}</span>
        </ViewLink>
      </p>
    </article>
  );
  /* eslint-enable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions */
}
