import { zoneMilestones } from '../../data/selectors/growth/milestones';
import { useDataset } from '../../ui/useDataset';

/** Every milestone on the axis. Policy documents join once the policy data layer is available. */
export function useMilestones() {
  return zoneMilestones(useDataset());
}
