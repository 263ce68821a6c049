import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { datasetQuery } from '../data/queries';
import { formatIssue } from '../data/issues';
import { useAppStore } from '../state/store';

/** Rows the dataset had to leave out are reported once, to users and to the console with file and line. */
export function useDataIssues() {
  const { data } = useQuery(datasetQuery);
  const report = useAppStore((s) => s.reportDataIssues);
  useEffect(() => {
    if (!data || data.issues.length === 0) return;
    for (const issue of data.issues) console.warn(formatIssue(issue));
    report(data.issues.length);
  }, [data, report]);
}
