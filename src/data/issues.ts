/** Where a data file is wrong, precisely enough for an editor to go there. */
export interface DataIssue {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 for a whole-file problem. */
  line: number;
  column?: string;
  reason: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return issue.column ? `${where} column "${issue.column}": ${issue.reason}` : `${where}: ${issue.reason}`;
}
