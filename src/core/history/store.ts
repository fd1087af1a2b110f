import { z } from 'zod';
import { TruthgateError } from '../errors.ts';
import { parseProfile, type Profile } from '../profile/types.ts';
import { Report } from '../result/schema.ts';
import { safeSegment, timestampOfKey } from '../store/key.ts';
import { PREFIX } from '../store/layout.ts';
import type { ObjectStore } from '../store/store.ts';
import { metricsOfProfile, metricsOfReport, type RunMetrics } from './metrics.ts';
import { withHistoryLock } from './lock.ts';
import type { Point } from './model.ts';
import { EMPTY_HISTORY, type HistoryLookup, type SourceHistory } from './series.ts';

export const HISTORY_PREFIX = 'history/';
/** About a year and a month: enough for weekday seasonality and a year-over-year look. */
export const DEFAULT_HISTORY_DAYS = 400;
const DAY = 86_400_000;

/**
 * One file per suite and source: the runs (time and id) and, per metric, one value per run (null
 * where the run did not observe it). Column arrays keep a year of daily runs small and fast to parse.
 */
const HistoryFile = z
  .object({
    version: z.literal(1),
    suite: z.string(),
    source: z.string(),
    runs: z.array(
      z.object({
        t: z.number(),
        id: z.string(),
        /** Metrics an anomaly check judged anomalous in this run (for charts and explanations). */
        anomalies: z.array(z.string()).optional(),
      }),
    ),
    // A year of 50 metrics is 18,000 values: one tight loop instead of a schema per element keeps
    // the first read of a run fast.
    metrics: z.record(
      z.string(),
      z.custom<(number | null)[]>(
        (v) =>
          Array.isArray(v) && v.every((x) => x === null || (typeof x === 'number' && Number.isFinite(x))),
        'expected an array of numbers or nulls',
      ),
    ),
  })
  .strict()
  .refine((h) => Object.values(h.metrics).every((v) => v.length === h.runs.length), {
    message: 'every metric needs one value per run',
  });
export type HistoryFile = z.infer<typeof HistoryFile>;

export function historyKey(suite: string, source: string): string {
  return `${HISTORY_PREFIX}${safeSegment(suite)}/${safeSegment(source)}.json`;
}

/** The stored history of a source, undefined when there is none yet; TG_HISTORY_CORRUPT when unreadable. */
export async function readHistory(
  store: ObjectStore,
  suite: string,
  source: string,
): Promise<HistoryFile | undefined> {
  return readKey(store, historyKey(suite, source));
}

async function readKey(store: ObjectStore, key: string): Promise<HistoryFile | undefined> {
  const text = await store.get(key);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw corrupt(key, err instanceof Error ? err.message : String(err));
  }
  const r = HistoryFile.safeParse(parsed);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw corrupt(key, `${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  return r.data;
}

function corrupt(key: string, detail: string): TruthgateError {
  return new TruthgateError('TG_HISTORY_CORRUPT', { key, detail });
}

export function seriesOf(file: HistoryFile | undefined, metric: string): Point[] {
  const values = file?.metrics[metric];
  if (!file || !values) return [];
  const out: Point[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) out.push({ t: file.runs[i]!.t, v });
  }
  return out;
}

export function sourceHistory(file: HistoryFile | undefined): SourceHistory {
  return file ? { series: (metric) => seriesOf(file, metric) } : EMPTY_HISTORY;
}

/**
 * Reads the history of the given sources before a run. A corrupted file becomes that source's
 * `error` (its anomaly checks report TG_HISTORY_CORRUPT); the run itself goes on.
 */
export async function loadHistory(
  store: ObjectStore,
  suite: string,
  sources: string[],
): Promise<HistoryLookup> {
  const bySource = new Map<string, SourceHistory>();
  for (const source of sources) {
    try {
      bySource.set(source, sourceHistory(await readHistory(store, suite, source)));
    } catch (err) {
      if (!(err instanceof TruthgateError) || err.code !== 'TG_HISTORY_CORRUPT') throw err;
      bySource.set(source, { series: () => [], error: err });
    }
  }
  return (source) => bySource.get(source) ?? EMPTY_HISTORY;
}

export interface RunRecord {
  t: number;
  id: string;
  metrics: RunMetrics;
  anomalies?: string[];
}

/** Adds (or, for the same run id, replaces) one run, keeps time order and drops runs older than `keepDays`. */
export function addRun(file: HistoryFile, run: RunRecord, keepDays = DEFAULT_HISTORY_DAYS): HistoryFile {
  const rows = file.runs.map((r, i) => ({
    ...r,
    values: Object.fromEntries(Object.entries(file.metrics).map(([m, v]) => [m, v[i] ?? null])),
  }));
  const kept = rows.filter((r) => r.id !== run.id);
  const merged = rows.find((r) => r.id === run.id);
  kept.push({
    t: run.t,
    id: run.id,
    ...(run.anomalies?.length ? { anomalies: run.anomalies } : {}),
    // A profile and a validation of the same run id both add their metrics.
    values: { ...(merged?.values ?? {}), ...run.metrics },
  });
  const newest = Math.max(...kept.map((r) => r.t));
  const live = kept
    .filter((r) => r.t >= newest - keepDays * DAY)
    .sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
  const names = [...new Set(live.flatMap((r) => Object.keys(r.values)))].sort();
  const metrics: Record<string, (number | null)[]> = {};
  for (const m of names) {
    const values = live.map((r) => r.values[m] ?? null);
    if (values.some((v) => v !== null)) metrics[m] = values;
  }
  return {
    ...file,
    runs: live.map(({ values: _v, ...r }) => r),
    metrics,
  };
}

function emptyFile(suite: string, source: string): HistoryFile {
  return { version: 1, suite, source, runs: [], metrics: {} };
}

export interface RecordOptions {
  keepDays?: number;
}

export interface RecordReportOptions extends RecordOptions {
  /** Metrics the report does not carry, by source (a partitioned run's per-file row counts). */
  extra?: Map<string, RunMetrics>;
}

/**
 * Appends one run's metrics to a source's history: read, add, write atomically, under a lock so
 * concurrent runs keep every point. A corrupted file is left as it is for inspection and
 * reported: `rebuildHistory` recreates it from the reports.
 */
export async function recordRun(
  store: ObjectStore,
  suite: string,
  source: string,
  run: RunRecord,
  opts: RecordOptions = {},
): Promise<void> {
  const key = historyKey(suite, source);
  await withHistoryLock(store, key, async () => {
    const file = (await readKey(store, key)) ?? emptyFile(suite, source);
    await store.put(key, `${JSON.stringify(addRun(file, run, opts.keepDays))}\n`);
  });
}

/** Errors that cost a run its history point but not its result: reported, and the run goes on. */
function skippable(err: unknown): err is TruthgateError {
  return (
    err instanceof TruthgateError && (err.code === 'TG_HISTORY_CORRUPT' || err.code === 'TG_HISTORY_LOCKED')
  );
}

/** Records every source of a validation report; returns the problems (corrupted files) it skipped. */
export async function recordReport(
  store: ObjectStore,
  report: Report,
  requestedAt: Date,
  opts: RecordReportOptions = {},
): Promise<TruthgateError[]> {
  const problems: TruthgateError[] = [];
  for (const [source, found] of metricsOfReport(report)) {
    const { anomalies } = found;
    const metrics = { ...found.metrics, ...opts.extra?.get(source) };
    if (Object.keys(metrics).length === 0) continue;
    try {
      await recordRun(
        store,
        report.suite,
        source,
        { t: requestedAt.getTime(), id: report.runId, metrics, anomalies },
        opts,
      );
    } catch (err) {
      if (skippable(err)) problems.push(err);
      else throw err;
    }
  }
  return problems;
}

/**
 * Rebuilds a suite's history from the reports (and the given sources' profiles) in the store,
 * replacing whatever history files exist, corrupted ones included. Returns runs read per source.
 */
export async function rebuildHistory(
  store: ObjectStore,
  suite: string,
  opts: RecordOptions & { profileSources?: string[] } = {},
): Promise<Record<string, number>> {
  const files = new Map<string, HistoryFile>();
  const add = (source: string, run: RunRecord): void => {
    files.set(source, addRun(files.get(source) ?? emptyFile(suite, source), run, opts.keepDays));
  };
  for (const key of await listAll(store, `${PREFIX.reports}${safeSegment(suite)}/`)) {
    const report = Report.safeParse(parseJson(await store.get(key)));
    if (!report.success || report.data.suite !== suite) continue;
    const t = (timestampOfKey(key) ?? new Date(report.data.startedAt)).getTime();
    for (const [source, { metrics, anomalies }] of metricsOfReport(report.data))
      if (Object.keys(metrics).length) add(source, { t, id: report.data.runId, metrics, anomalies });
  }
  for (const source of opts.profileSources ?? []) {
    for (const key of await listAll(store, `${PREFIX.profiles}${safeSegment(source)}/`)) {
      let profile: Profile;
      try {
        profile = parseProfile(parseJson(await store.get(key)), key);
      } catch {
        continue; // an unreadable profile adds nothing; the rest still rebuilds
      }
      const t = timestampOfKey(key)?.getTime() ?? Date.parse(profile.createdAt);
      const id = key.slice(key.lastIndexOf('_') + 1, -'.json'.length);
      add(source, { t, id, metrics: metricsOfProfile(profile) });
    }
  }
  const counts: Record<string, number> = {};
  for (const [source, file] of files) {
    await store.put(historyKey(suite, source), `${JSON.stringify(file)}\n`);
    counts[source] = file.runs.length;
  }
  return counts;
}

/**
 * The history of a source under any suite (the one with the most runs), for `learn --history`,
 * which knows a data file and its source name but no suite.
 */
export async function findSourceHistory(
  store: ObjectStore,
  source: string,
): Promise<HistoryFile | undefined> {
  const wanted = `/${safeSegment(source)}.json`;
  let best: HistoryFile | undefined;
  for (const key of await listAll(store, HISTORY_PREFIX)) {
    if (!key.endsWith(wanted)) continue;
    // A corrupted file proposes nothing; `check` reports it where it matters.
    const file = await readKey(store, key).catch(() => undefined);
    if (file && file.runs.length > (best?.runs.length ?? 0)) best = file;
  }
  return best;
}

/** Records a profile's per-column metrics under the run it belongs to; returns a corrupted file's error. */
export async function recordProfile(
  store: ObjectStore,
  suite: string,
  profile: Profile,
  requestedAt: Date,
  runId: string,
  opts: RecordOptions = {},
): Promise<TruthgateError[]> {
  const run = { t: requestedAt.getTime(), id: runId, metrics: metricsOfProfile(profile) };
  try {
    await recordRun(store, suite, profile.source.name, run, opts);
    return [];
  } catch (err) {
    if (skippable(err)) return [err];
    throw err;
  }
}

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function listAll(store: ObjectStore, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let after: string | undefined;
  do {
    const page = await store.list(prefix, { after, limit: 500 });
    keys.push(...page.entries.map((e) => e.key));
    after = page.next;
  } while (after);
  return keys;
}
