import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { policyQuery } from '../../data/policy/queries';
import { policyMilestones, sortMilestones, zoneMilestones } from '../../data/selectors/growth/milestones';
import { useDataset } from '../../ui/useDataset';

/**
 * Every milestone on the axis. Batches and exits come with the dataset; policy documents join when
 * their own chunk has loaded, so the view never waits for them. `complete` says whether they have.
 */
export function useMilestones() {
  const dataset = useDataset();
  const policy = useQuery(policyQuery);
  const docs = policy.data?.documents;
  const milestones = useMemo(
    () => sortMilestones([...zoneMilestones(dataset), ...policyMilestones(docs ?? [])]),
    [dataset, docs],
  );
  return { milestones, complete: policy.isSuccess || policy.isError };
}
