import type { WorkflowExecutionInfo } from '@temporalio/client';
import { severities } from '../../core/result/schema.ts';
import {
  TgFailedChecks,
  TgKind,
  TgSeverity,
  TgSource,
  TgStatus,
  TgSuite,
} from '../../temporal/search-attributes.ts';
import {
  buildQuery,
  isSafeQueryValue,
  TemporalScheduledById,
  type Condition,
} from '../../temporal/visibility.ts';

/** One workflow run as list pages show it: visibility fields only (search attributes and memo). */
export interface RunRow {
  workflowId: string;
  runId: string;
  workflowType: string;
  kind: string;
  suite: string | null;
  sources: string[];
  /** Truthgate status (pass/warn/fail/error), else the execution's (running, terminated, ...). */
  status: string;
  severity: string | null;
  failedChecks: number | null;
  startTime: Date;
  closeTime: Date | null;
  execution: string;
  reportKey: string | null;
  profileKey: string | null;
  scheduleId: string | null;
  /** Suite file as the workers saw it (memo); data paths are shown relative to its folder. */
  suitePath: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function runRow(info: Omit<WorkflowExecutionInfo, 'raw'>): RunRow {
  const sa = info.typedSearchAttributes;
  const memo = info.memo ?? {};
  const execution = info.status.name;
  const tgStatus = sa.get(TgStatus);
  const severity = sa.get(TgSeverity);
  return {
    workflowId: info.workflowId,
    runId: info.runId,
    workflowType: info.type,
    kind: sa.get(TgKind) ?? info.type.replace(/Workflow$/, ''),
    suite: sa.get(TgSuite) ?? null,
    sources: sa.get(TgSource) ?? [],
    status: tgStatus ?? fallbackStatus(execution, memo.drifted),
    severity: severity && severity !== 'none' ? severity : null,
    failedChecks: sa.get(TgFailedChecks) ?? null,
    startTime: info.startTime,
    closeTime: info.closeTime ?? null,
    execution: execution.toLowerCase(),
    reportKey: str(memo.reportKey),
    profileKey: str(memo.profileKey),
    scheduleId: sa.get(TemporalScheduledById) ?? null,
    suitePath: str(memo.suitePath),
  };
}

/** TgKind values of the runs the dashboard lists (partition batches are internal). */
/** Profiling runs have no pass/fail: they are done, or found drift against the previous profile. */
function fallbackStatus(execution: string, drifted: unknown): string {
  if (execution === 'RUNNING') return 'running';
  if (execution !== 'COMPLETED') return 'error';
  return drifted === true ? 'drift' : 'done';
}

export const runKinds = ['validation', 'profile'] as const;
export const runStatuses = ['pass', 'warn', 'fail', 'error'] as const;
export const severityFilters = [...severities, 'none'] as const;

export interface RunFilter {
  kind?: (typeof runKinds)[number];
  source?: string;
  suite?: string;
  status?: (typeof runStatuses)[number];
  severity?: (typeof severityFilters)[number];
  /** YYYY-MM-DD, UTC, inclusive. */
  since?: string;
  until?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string): boolean => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
const oneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** Filters from query parameters; invalid values are dropped and reported, never sent to Temporal. */
export function parseRunFilter(q: Record<string, string | undefined>): {
  filter: RunFilter;
  invalid: string[];
} {
  const filter: RunFilter = {};
  const invalid: string[] = [];
  const take = (name: keyof RunFilter, ok: (v: string) => boolean): void => {
    const v = q[name]?.trim();
    if (!v) return;
    if (ok(v)) (filter as Record<string, string>)[name] = v;
    else invalid.push(name);
  };
  take('kind', (v) => oneOf(runKinds, v));
  take('source', isSafeQueryValue);
  take('suite', isSafeQueryValue);
  take('status', (v) => oneOf(runStatuses, v));
  take('severity', (v) => oneOf(severityFilters, v));
  take('since', validDate);
  take('until', validDate);
  return { filter, invalid };
}

export function runQuery(f: RunFilter): string {
  const c: Condition[] = [
    f.kind ? { key: TgKind, op: '=', value: f.kind } : { key: TgKind, op: 'IN', value: [...runKinds] },
  ];
  if (f.source) c.push({ key: TgSource, op: '=', value: f.source });
  if (f.suite) c.push({ key: TgSuite, op: '=', value: f.suite });
  if (f.status) c.push({ key: TgStatus, op: '=', value: f.status });
  if (f.severity) c.push({ key: TgSeverity, op: '=', value: f.severity });
  if (f.since) c.push({ key: 'StartTime', op: '>=', value: new Date(`${f.since}T00:00:00Z`) });
  if (f.until)
    c.push({ key: 'StartTime', op: '<', value: new Date(Date.parse(`${f.until}T00:00:00Z`) + 86_400_000) });
  return buildQuery(c);
}

/** Newest first by start time (visibility orders running runs first, then by close time). */
export function byStartDesc(a: RunRow, b: RunRow): number {
  return b.startTime.getTime() - a.startTime.getTime();
}
