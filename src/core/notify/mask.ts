import { MASK } from '../toolkit/values.ts';
import type { NotifyIssue } from './event.ts';

export { MASK };

/** An issue as messages show it: the event's issue plus failing-row samples from the report. */
export interface IssueView extends NotifyIssue {
  samples?: Record<string, unknown>[];
}

/**
 * Masks what a message could leak of columns marked sensitive: their sample values, and the
 * message of a check on such a column (aggregate messages can quote observed values).
 */
export function maskIssues(issues: IssueView[], sensitive: Iterable<string>): IssueView[] {
  const hidden = new Set(sensitive);
  if (hidden.size === 0) return issues;
  return issues.map((issue) => {
    const touched = (issue.columns ?? []).filter((c) => hidden.has(c));
    const samples = issue.samples?.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, hidden.has(k) ? MASK : v])),
    );
    return {
      ...issue,
      ...(touched.length > 0
        ? { message: `${issue.type} failed on sensitive column ${touched.join(', ')} (values masked)` }
        : {}),
      ...(samples ? { samples } : {}),
    };
  });
}
