import type { Milestone } from '../../data/selectors/growth/milestones';
import { type GrowthT } from './texts';

/** The milestone list as CSV: dates as stated, the counts the sources give, and where each comes from. */
export function milestoneCsv(milestones: readonly Milestone[], label: (m: Milestone) => string, t: GrowthT) {
  return {
    header: [
      t('milestone.csv.id'),
      t('milestone.csv.kind'),
      t('milestone.csv.name'),
      t('milestone.csv.from'),
      t('milestone.csv.to'),
      t('milestone.csv.counts'),
      t('common:table.source'),
    ],
    rows: milestones.map((m) => [
      m.id,
      t(`milestone.kind.${m.kind}`),
      label(m),
      m.date,
      m.dateTo,
      m.statements
        .flatMap((s) =>
          s.count === null
            ? []
            : [
                `${s.qualifier}${s.count} (${s.date_from ? `${s.date_from}/${s.date}` : s.date}, ${s.source})`,
              ],
        )
        .join('; '),
      [m.source ?? '', ...m.urls].filter(Boolean).join(' '),
    ]),
  };
}
