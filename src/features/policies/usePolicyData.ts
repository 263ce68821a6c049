import { useSuspenseQuery } from '@tanstack/react-query';
import { policyQuery } from '../../data/policy/queries';

/** The policy material; suspends until its chunk has loaded. */
export function usePolicyData() {
  return useSuspenseQuery(policyQuery).data;
}
