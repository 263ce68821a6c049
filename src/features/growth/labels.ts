import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../data/selectors/growth/milestones';

/** A milestone's name in the current language: batch, exiting zone, new zone or policy document. */
export function useMilestoneLabel() {
  // Policy documents are named in the policies namespace, which loads only where it is used.
  const { t } = useTranslation(['growth', 'policies']);
  return (m: Milestone): string => {
    switch (m.kind) {
      case 'batch':
        return t(`zones:batch.${m.ref}`);
      case 'exit':
        return t('milestone.exit', { zone: t(`zones:name.${m.ref}`) });
      case 'establishment': {
        const note = m.statements[0]?.note[0];
        return note ? t(`notes:zoneCount.${note}`) : t('milestone.establishment');
      }
      case 'policy':
        return t(`policies:documents.${m.ref}.short`);
    }
  };
}
