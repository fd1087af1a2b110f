import { createHmac, randomBytes } from 'node:crypto';
import { WorkflowFailedError, type Client, type ScheduleSummary } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DatasetDiff } from '../../core/diff/schema.ts';
import { DriftReport } from '../../core/drift/schema.ts';
import { Profile } from '../../core/profile/types.ts';
import { Report, type Severity, type SourceResult } from '../../core/result/schema.ts';
import { highestFailingSeverity, runStatus } from '../../core/result/status.ts';
import type { ObjectStore } from '../../core/store/store.ts';
import { listSchedules } from '../../temporal/schedules.ts';
import { TgKind, TgSource } from '../../temporal/search-attributes.ts';
import { buildQuery, listWorkflowPage, listWorkflows } from '../../temporal/visibility.ts';
import { boundedMap } from '../../core/toolkit/pool.ts';
import { TtlCache } from './cache.ts';
import { byStartDesc, runKinds, runQuery, runRow, type RunFilter, type RunRow } from './runs.ts';

export interface DataOptions {
  client: Client;
  store: ObjectStore;
  /** Visibility results are reused this long (then served stale while one refresh runs). */
  cacheMs: number;
  /** Days of history behind the overview (trend and latest status). */
  historyDays: number;
  /** Most runs read for the overview; beyond it the trend is marked truncated. */
  maxRuns: number;
  pageSize: number;
  now?: () => Date;
}

export interface SourceStatus {
  name: string;
  suite: string | null;
  status: string;
  severity: Severity | null;
  failedChecks: number | null;
  rowCount: number | null;
  lastRun: RunRow;
  nextRun: Date | null;
}

export interface Overview {
  sources: SourceStatus[];
  trend: { days: string[]; pass: number[]; warn: number[]; fail: number[]; error: number[] };
  runs: number;
  truncated: boolean;
  suites: string[];
  generatedAt: Date;
}

export interface RunDetail {
  row: RunRow;
  report: Report | null;
  profile: Profile | null;
  drift: DriftReport | null;
  /** A profiling run's drift verdict against the previous profile of its source. */
  driftSummary: DriftReport['dataset'] | null;
  /** The profile it was compared with. */
  previousProfile: Profile | null;
  diff: DatasetDiff | null;
  /** The compact workflow result when no full report could be read. */
  result: Record<string, unknown> | null;
  failure: { code: string; message: string } | null;
}

export interface SourcePoint {
  at: Date;
  workflowId: string;
  runId: string;
  status: string;
  rowCount: number | null;
  failedChecks: number | null;
  /** Column -> null fraction (from a profile, else from not_null checks). */
  nullFractions: Record<string, number>;
}

export interface SourceHistory {
  name: string;
  points: SourcePoint[];
  runs: RunRow[];
}

const DAY = 86_400_000;
const QUERY_DEADLINE_MS = 10_000;

/** Everything the pages show, read from Temporal visibility, workflow results and the report store. */
const HEALTH_TTL_MS = 3000;

export class DashboardData {
  private readonly o: DataOptions;
  private readonly cache: TtlCache;
  /** Stored documents never change under a key, so they are cached longer (bounded). */
  private readonly docs: TtlCache;
  private readonly pageKey = randomBytes(32);
  /** One answer per HEALTH_TTL_MS, shared by concurrent probes: a probe storm never reaches Temporal. */
  private readonly health = new TtlCache({ ttlMs: HEALTH_TTL_MS, maxEntries: 1 });

  /** The report store, read-only here (metric history charts read it directly). */
  get store(): ObjectStore {
    return this.o.store;
  }

  constructor(o: DataOptions) {
    this.o = o;
    this.cache = new TtlCache({ ttlMs: o.cacheMs, staleMs: o.cacheMs * 6, maxEntries: 200 });
    this.docs = new TtlCache({ ttlMs: 10 * 60_000, maxEntries: 500 });
  }

  /** Temporal calls inside `fn` give up after `ms` (the SDK would otherwise retry for long). */
  private timed<T>(ms: number, fn: () => Promise<T>): Promise<T> {
    const call = this.o.client.withDeadline(Date.now() + ms, fn);
    const tracked = call.then(
      () => undefined,
      () => {
        this.lastFailure = Date.now();
      },
    );
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
    return call;
  }

  /** Temporal calls still running (each bounded by its deadline). */
  private readonly inFlight = new Set<Promise<void>>();

  /**
   * Waits for in-flight Temporal calls, so closing the connection never lands between an SDK retry's
   * backoff and its next attempt (which would throw "Channel has been shut down" uncaught).
   */
  async settle(retryWindowMs: number): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
    // A call that gave up at its deadline may still have an SDK retry scheduled: let it run out.
    const left = this.lastFailure + retryWindowMs - Date.now();
    if (left > 0) await new Promise((r) => setTimeout(r, left));
  }

  private lastFailure = 0;

  private now(): Date {
    return this.o.now?.() ?? new Date();
  }

  /** True when Temporal answers; an outage shows within HEALTH_TTL_MS. */
  reachable(): Promise<boolean> {
    return this.health.get('temporal', async () => {
      try {
        await this.timed(3000, () =>
          this.o.client.workflowService.describeNamespace({ namespace: this.o.client.options.namespace }),
        );
        return true;
      } catch {
        return false;
      }
    });
  }

  overview(): Promise<Overview> {
    return this.cache.get('overview', () => this.timed(QUERY_DEADLINE_MS, () => this.loadOverview()));
  }

  /**
   * One page of runs. Page tokens handed to browsers are signed, so a forged or stale token is
   * refused here (null) instead of reaching Temporal.
   */
  runs(filter: RunFilter, pageToken?: string): Promise<{ rows: RunRow[]; next?: string } | null> {
    const query = runQuery(filter);
    const raw = pageToken === undefined ? undefined : this.unsign(pageToken);
    if (raw === null) return Promise.resolve(null);
    return this.cache.get(`runs ${query} ${raw ?? ''}`, async () => {
      const page = await this.timed(QUERY_DEADLINE_MS, () =>
        listWorkflowPage(this.o.client, { query, pageSize: this.o.pageSize, pageToken: raw }),
      );
      const rows = page.executions.map(runRow);
      return page.nextPageToken ? { rows, next: this.sign(page.nextPageToken) } : { rows };
    });
  }

  private sign(token: string): string {
    return `${token}.${createHmac('sha256', this.pageKey).update(token).digest('base64url').slice(0, 22)}`;
  }

  private unsign(signed: string): string | null {
    const dot = signed.lastIndexOf('.');
    const token = signed.slice(0, dot);
    return dot > 0 && this.sign(token) === signed ? token : null;
  }

  schedules(): Promise<ScheduleSummary[]> {
    return this.cache.get('schedules', () =>
      this.timed(QUERY_DEADLINE_MS, () => listSchedules(this.o.client)),
    );
  }

  source(name: string): Promise<SourceHistory> {
    return this.cache.get(`source ${name}`, () => this.timed(QUERY_DEADLINE_MS, () => this.loadSource(name)));
  }

  run(workflowId: string, runId: string): Promise<RunDetail | null> {
    return this.cache.get(`run ${workflowId} ${runId}`, () =>
      this.timed(QUERY_DEADLINE_MS, () => this.loadRun(workflowId, runId)),
    );
  }

  private async loadOverview(): Promise<Overview> {
    const now = this.now();
    const start = new Date(Math.floor(now.getTime() / DAY) * DAY - (this.o.historyDays - 1) * DAY);
    const query = buildQuery([
      { key: TgKind, op: '=', value: 'validation' },
      { key: 'StartTime', op: '>=', value: start },
    ]);
    const [{ executions, truncated }, schedules] = await Promise.all([
      listWorkflows(this.o.client, { query, limit: this.o.maxRuns }),
      this.schedules(),
    ]);
    const rows = executions.map(runRow).sort(byStartDesc);

    const days = Array.from({ length: this.o.historyDays }, (_, i) =>
      new Date(start.getTime() + i * DAY).toISOString().slice(0, 10),
    );
    const trend = {
      days,
      pass: days.map(() => 0),
      warn: days.map(() => 0),
      fail: days.map(() => 0),
      error: days.map(() => 0),
    };
    for (const r of rows) {
      const i = Math.floor((r.startTime.getTime() - start.getTime()) / DAY);
      const series = trend[r.status as 'pass' | 'warn' | 'fail' | 'error'];
      if (series && i >= 0 && i < days.length) series[i]!++;
    }

    const nextBySchedule = new Map(
      schedules.map((s) => [s.scheduleId, s.state.paused ? undefined : s.info.nextActionTimes[0]]),
    );
    const latest = new Map<string, RunRow>();
    const next = new Map<string, Date>();
    for (const r of rows) {
      for (const s of r.sources) {
        if (!latest.has(s) && r.status !== 'running') latest.set(s, r);
        const at = r.scheduleId ? nextBySchedule.get(r.scheduleId) : undefined;
        if (at && (!next.has(s) || at < next.get(s)!)) next.set(s, at);
      }
    }
    const sources = await Promise.all(
      [...latest].map(async ([name, run]) => this.sourceStatus(name, run, next.get(name) ?? null)),
    );
    sources.sort((a, b) => a.name.localeCompare(b.name));
    const suites = [...new Set(rows.map((r) => r.suite).filter((s): s is string => s !== null))].sort();
    return { sources, trend, runs: rows.length, truncated, suites, generatedAt: now };
  }

  /** The source's own status in its latest run (a suite can pass one source and fail another). */
  private async sourceStatus(name: string, run: RunRow, nextRun: Date | null): Promise<SourceStatus> {
    const report = run.reportKey ? await this.report(run.reportKey) : null;
    const src = report?.sources.find((s) => s.name === name);
    if (!report || !src) {
      return {
        name,
        suite: run.suite,
        status: run.status,
        severity: run.severity as Severity | null,
        failedChecks: run.failedChecks,
        rowCount: null,
        lastRun: run,
        nextRun,
      };
    }
    return {
      name,
      suite: run.suite,
      status: runStatus(src.checks, report.failOn, src.error ? 1 : 0),
      severity: highestFailingSeverity(src.checks),
      failedChecks: failed(src),
      rowCount: src.rowCount,
      lastRun: run,
      nextRun,
    };
  }

  private async loadSource(name: string): Promise<SourceHistory> {
    const query = buildQuery([
      { key: TgSource, op: '=', value: name },
      { key: TgKind, op: 'IN', value: [...runKinds] },
    ]);
    const { executions } = await listWorkflows(this.o.client, { query, limit: 200 });
    const runs = executions.map(runRow).sort(byStartDesc);
    const points = await boundedMap([...runs].reverse(), 8, async (r): Promise<SourcePoint | null> => {
      const base = { at: r.startTime, workflowId: r.workflowId, runId: r.runId, status: r.status };
      if (r.profileKey) {
        const p = await this.profile(r.profileKey);
        if (!p) return null;
        const nullFractions = Object.fromEntries(p.columns.map((c) => [c.name, c.nullFraction]));
        return { ...base, rowCount: p.table.rows, failedChecks: null, nullFractions };
      }
      const src = r.reportKey
        ? (await this.report(r.reportKey))?.sources.find((s) => s.name === name)
        : undefined;
      if (!src) return null;
      const nullFractions: Record<string, number> = {};
      for (const c of src.checks) {
        if (c.type === 'not_null' && c.columns.length === 1 && c.failingFraction !== null)
          nullFractions[c.columns[0]!] = c.failingFraction;
      }
      return { ...base, rowCount: src.rowCount, failedChecks: failed(src), nullFractions };
    });
    return { name, runs, points: points.filter((p): p is SourcePoint => p !== null) };
  }

  private async loadRun(workflowId: string, runId: string): Promise<RunDetail | null> {
    const handle = this.o.client.workflow.getHandle(workflowId, runId, { followRuns: false });
    let row: RunRow;
    try {
      row = runRow(await handle.describe());
    } catch (err) {
      if ((err as Error).name === 'WorkflowNotFoundError') return null;
      throw err;
    }
    let result: Record<string, unknown> | null = null;
    let failure: RunDetail['failure'] = null;
    if (row.execution === 'completed') {
      result = (await handle.result()) as Record<string, unknown>;
    } else if (row.execution === 'failed') {
      failure = await handle.result().then(
        () => null,
        (err: unknown) => failureOf(err),
      );
    }
    const reportKey = row.reportKey ?? str(result?.reportKey);
    const profileKey = row.profileKey ?? str(result?.profileKey);
    const report = reportKey ? await this.report(reportKey) : null;
    const profile = profileKey ? await this.profile(profileKey) : null;
    const drift = (result?.drift ?? null) as { compared?: boolean; summary?: unknown } | null;
    const previousKey = str(result?.previousKey);
    return {
      row,
      report,
      profile,
      drift: parseAs(DriftReport, drift?.summary) ?? driftOfReport(report),
      driftSummary: drift?.compared ? parseAs(DriftReport.shape.dataset, drift.summary) : null,
      previousProfile: profile && previousKey ? await this.profile(previousKey) : null,
      diff: parseAs(DatasetDiff, result?.diff),
      result: report ? null : result,
      failure,
    };
  }

  private report(key: string): Promise<Report | null> {
    return this.docs.get(`report ${key}`, () => this.readJson(key).then((j) => parseAs(Report, j)));
  }

  private profile(key: string): Promise<Profile | null> {
    return this.docs.get(`profile ${key}`, () => this.readJson(key).then((j) => parseAs(Profile, j)));
  }

  /** Missing, unreadable or unsafe keys read as absent: the page then shows the compact result. */
  private async readJson(key: string): Promise<unknown> {
    try {
      const text = await this.o.store.get(key);
      return text === undefined ? null : JSON.parse(text);
    } catch {
      return null;
    }
  }
}

function failed(src: SourceResult): number {
  return src.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function parseAs<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  v: unknown,
): T | null {
  if (v === null || v === undefined) return null;
  const r = schema.safeParse(v);
  return r.success ? r.data : null;
}

/** A `drift` check's observed value is a DriftReport: chart the first one of the run. */
function driftOfReport(report: Report | null): DriftReport | null {
  for (const s of report?.sources ?? []) {
    for (const c of s.checks) {
      const d = c.type === 'drift' ? parseAs(DriftReport, c.observed) : null;
      if (d) return d;
    }
  }
  return null;
}

/** The Truthgate error code and message of a failed run (never a stack trace). */
function failureOf(err: unknown): { code: string; message: string } {
  const cause = err instanceof WorkflowFailedError ? err.cause : err;
  if (cause instanceof ApplicationFailure)
    return { code: cause.type ?? 'error', message: cause.message.split('\n')[0]! };
  return {
    code: 'error',
    message: cause instanceof Error ? cause.message.split('\n')[0]! : 'the workflow failed',
  };
}
