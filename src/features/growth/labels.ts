import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../data/selectors/growth/milestones';
import { dataKey } from '../../i18n/keys';

/** A milestone's name in the current language: batch, exiting zone, new zone or policy document. */
export function useMilestoneLabel() {
  // Policy documents are named in the policies namespace, which loads only where it is used.
  const { t } = useTranslation(['growth', 'policies', 'notes', 'zones']);
  return (m: Milestone): string => {
    switch (m.kind) {
      case 'batch':
        return t(dataKey('zones', `batch.${m.ref}`));
      case 'exit':
        return t('milestone.exit', { zone: t(dataKey('zones', `name.${m.ref}`)) });
      case 'establishment': {
        const note = m.statements[0]?.note[0];
        return note ? t(dataKey('notes', `zoneCount.${note}`)) : t('milestone.establishment');
      }
      case 'policy':
        return t(dataKey('policies', `documents.${m.ref}.short`));
    }
  };
}
