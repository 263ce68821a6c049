import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../data/selectors/growth/milestones';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import { CsvButton } from '../../ui/CsvButton';
import { milestoneCsv } from './milestoneCsv';
import { MilestoneDetail } from './MilestoneDetail';
import { useMilestoneLabel } from './labels';
import { GROWTH_NS } from './texts';

/** Batches, exits, new zones and policy documents in date order; each can be selected. */
export function Milestones({
  milestones,
  selectedId,
  year,
  complete,
}: {
  milestones: readonly Milestone[];
  selectedId: string | null;
  year: number;
  complete: boolean;
}) {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const setGrowth = useAppStore((s) => s.setGrowth);
  const label = useMilestoneLabel();
  const selected = milestones.find((m) => m.id === selectedId) ?? null;
  const range = (m: Milestone) =>
    m.dateTo !== m.date
      ? t('milestone.range', { from: format.date(m.date), to: format.date(m.dateTo) })
      : format.date(m.date);

  return (
    <section className="milestones panel" aria-labelledby="growth-milestones">
      <h2 id="growth-milestones">{t('milestone.title')}</h2>
      <p className="muted small">{t('milestone.lead')}</p>
      <CsvButton filename="etdz-milestones" build={() => milestoneCsv(milestones, label, t)} />
      {selectedId && !selected && complete && (
        <p className="notice" role="status">
          {t('milestone.unknown', { id: selectedId })}
        </p>
      )}
      <div className="milestones__layout">
        <ol className="milestones__list">
          {milestones.map((m) => (
            <li
              key={m.id}
              className={m.year <= year && year <= m.yearTo ? 'milestone milestone--now' : 'milestone'}
            >
              <button
                type="button"
                className="milestone__button"
                aria-pressed={m.id === selectedId}
                onClick={() => setGrowth({ ms: m.id === selectedId ? null : m.id, year: m.year })}
              >
                <span className="milestone__date">{range(m)}</span>
                <span className={`milestone__kind milestone__kind--${m.kind}`}>
                  {t(`milestone.kind.${m.kind}`)}
                </span>
                <span className="milestone__label">{label(m)}</span>
              </button>
            </li>
          ))}
        </ol>
        {selected && <MilestoneDetail milestone={selected} label={label(selected)} range={range(selected)} />}
      </div>
    </section>
  );
}
