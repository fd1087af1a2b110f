import type { IssueSummary } from '../core/notify/event.ts';
import type { FailOn, RunStatus, Severity, Summary } from '../core/result/schema.ts';
import type { PruneCounts, RetentionPolicy } from '../core/store/retention.ts';

/**
 * Shapes that cross the workflow/activity boundary and so enter workflow history: names, paths
 * and counts only. Never secrets, never data samples.
 */

export interface ValidationActivityInput {
  /** Suite file path as the worker sees it. */
  suite: string;
  sources?: string[];
  failOn?: FailOn;
  /** The run's identity: the report key derives from it, so retries overwrite, never add. */
  runId: string;
  /** ISO time the workflow started; the report's clock (`now`) for reproducible checks. */
  requestedAt: string;
  topIssues?: number;
}

export type TopIssue = IssueSummary;

/** What the previous stored run of the same suite looked like (for change-of-state alerts). */
export interface PreviousRun {
  runId: string;
  status: RunStatus;
  reportKey: string;
  /** Ids of critical checks that failed or errored. */
  criticalFailing: string[];
  /** Ids of anomaly checks that failed (absent in runs stored before anomaly checks). */
  anomalies?: string[];
}

export interface StateChange {
  kind: 'pass_to_fail' | 'fail_to_pass' | 'new_critical' | 'anomaly_detected';
  from: RunStatus | null;
  to: RunStatus;
  /** Critical checks failing now that were not failing in the previous run. */
  newCritical: string[];
  /** Anomaly checks failing now that were not failing in the previous run. */
  newAnomalies?: string[];
}

/** The compact result a validation returns: bounded (activities/bounds.ts), far under Temporal's 2 MiB payload limit. */
export interface ValidationResult {
  runId: string;
  suite: string;
  status: RunStatus;
  failOn: FailOn;
  startedAt: string;
  durationMs: number;
  summary: Summary;
  highestSeverity: Severity | null;
  /** `fingerprint`: the data's identity (file contents, object ETags, a table's row count and max timestamp). */
  sources: { name: string; rowCount: number | null; fingerprint?: string | null; error?: string }[];
  topIssues: TopIssue[];
  /** Key of the full report in the report store. */
  reportKey: string;
  previous: PreviousRun | null;
  /** Ids of failing critical checks, new ones first; at most MAX_LISTED_IDS (see criticalFailingCount). */
  criticalFailing: string[];
  /** How many critical checks fail (absent in results recorded before lists were bounded). */
  criticalFailingCount?: number;
  /** Ids of failing anomaly checks, at most MAX_LISTED_IDS (absent before anomaly checks). */
  anomalies?: string[];
  /** What was cut to keep the result small, e.g. "criticalFailing: 200 of 5012 listed (new ones first)". */
  truncated?: string[];
}

export interface PartitionPlanInput {
  suite: string;
  sources?: string[];
}

export interface PartitionedSourcePlan {
  source: string;
  /** Number of files (partitions) of the source. */
  files: number;
}

export interface PartitionTask {
  suite: string;
  source: string;
  fileIndex: number;
  runId: string;
  requestedAt: string;
}

export interface PartitionDone {
  source: string;
  fileIndex: number;
  rowCount: number | null;
}

export interface ReduceInput extends ValidationActivityInput {
  partitioned: PartitionedSourcePlan[];
}

export interface ProfileActivityInput {
  suite: string;
  source: string;
  runId: string;
  requestedAt: string;
  /** Compare with the previous stored profile of the source (needs the drift module). */
  drift?: boolean;
}

export interface ProfileResult {
  source: string;
  profileKey: string;
  rowCount: number | null;
  columnCount: number | null;
  previousKey: string | null;
  drift: { compared: boolean; summary?: unknown };
}

export interface PruneActivityInput {
  policy?: Partial<RetentionPolicy>;
  /** ISO time the retention run is judged at (the workflow's start time). */
  now: string;
  pageSize?: number;
}

export type PruneResult = PruneCounts;
