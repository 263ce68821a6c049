import { useTranslation } from 'react-i18next';
import type { PolicyDocument } from '../../data/policy/model';
import { useFormat } from '../../i18n/useFormat';
import { dataKey } from '../../i18n/keys';

interface Props {
  documents: readonly PolicyDocument[];
  selected: string | null;
  onSelect(id: string | null): void;
}

/** The documents in date order; choosing one filters the measures to it, choosing it again shows all. */
export function DocumentTimeline({ documents, selected, onSelect }: Props) {
  const { t } = useTranslation(['policies']);
  const format = useFormat();
  return (
    <section className="panel policy-timeline" aria-labelledby="policy-timeline-title">
      <h2 id="policy-timeline-title">{t('ui.timeline.title')}</h2>
      <p className="muted small">{t('ui.timeline.hint')}</p>
      <ol className="policy-timeline__list">
        <li>
          <button
            type="button"
            className="policy-timeline__item"
            aria-pressed={selected === null}
            onClick={() => onSelect(null)}
          >
            <span className="policy-timeline__short">{t('ui.timeline.all')}</span>
          </button>
        </li>
        {documents.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className={`policy-timeline__item policy-timeline__item--${d.kind}`}
              aria-pressed={selected === d.id}
              onClick={() => onSelect(selected === d.id ? null : d.id)}
            >
              <time className="policy-timeline__date" dateTime={d.date}>
                {format.date(d.date)}
              </time>
              <span className="policy-timeline__short">
                {t(dataKey('policies', `documents.${d.id}.short`))}
              </span>
              <span className="policy-timeline__kind">{t(`ui.kind.${d.kind}`)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
