import {
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleDescription,
  type ScheduleSummary,
} from '@temporalio/client';
import { TruthgateError } from '../core/errors.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadSuiteFile, suiteIdentity } from '../core/suite/load.ts';
import type { ValidationInput } from '../workflows/validation.ts';
import type { RetentionInput } from '../workflows/retention.ts';

export const overlapPolicies = [
  'skip',
  'buffer_one',
  'buffer_all',
  'cancel_other',
  'terminate_other',
  'allow_all',
] as const;
export type OverlapPolicy = (typeof overlapPolicies)[number];

export type ScheduledWork =
  | { workflow: 'validationWorkflow'; input: ValidationInput }
  | { workflow: 'retentionWorkflow'; input: RetentionInput };

export interface ScheduleSpecInput {
  id: string;
  cron: string;
  /** IANA time zone the cron expression is read in (default UTC). */
  timezone?: string;
  overlap?: OverlapPolicy;
  /** How late a missed run (server down) may still start, e.g. "1 hour". */
  catchupWindow?: string;
  note?: string;
  paused?: boolean;
  taskQueue: string;
  work: ScheduledWork;
}

const overlapOf: Record<OverlapPolicy, ScheduleOverlapPolicy> = {
  skip: ScheduleOverlapPolicy.SKIP,
  buffer_one: ScheduleOverlapPolicy.BUFFER_ONE,
  buffer_all: ScheduleOverlapPolicy.BUFFER_ALL,
  cancel_other: ScheduleOverlapPolicy.CANCEL_OTHER,
  terminate_other: ScheduleOverlapPolicy.TERMINATE_OTHER,
  allow_all: ScheduleOverlapPolicy.ALLOW_ALL,
};

/**
 * Creates a schedule that starts a Truthgate workflow on a cron (overlap: skip by default). A
 * validation's suite is loaded first: a schedule over a missing or broken suite would fail on
 * every run, long after "created". Its identity goes to the memo, so lists can tell suites apart.
 */
/**
 * The suite's name for the schedule's memo. `${ENV}` secrets (a database password, a bucket key)
 * belong to the workers, which resolve them at every run and may be the only machines that have
 * them: a variable missing where the schedule is created does not stop it.
 */
function suiteName(path: string): string {
  try {
    return loadSuiteFile(path).name;
  } catch (err) {
    if (!(err instanceof TruthgateError) || err.code !== 'TG_ENV_MISSING') throw err;
    const name = (parse(readFileSync(path, 'utf8')) as { name?: unknown } | null)?.name;
    return typeof name === 'string' && !name.includes('${') ? name : suiteIdentity(path);
  }
}

export async function createSchedule(client: Client, s: ScheduleSpecInput): Promise<void> {
  const suite = s.work.workflow === 'validationWorkflow' ? suiteName(s.work.input.suite) : undefined;
  if (s.cron.trim().split(/\s+/).length !== 5 && !s.cron.trim().startsWith('@')) {
    throw new TruthgateError('TG_SCHEDULE_INVALID', { detail: `cron "${s.cron}" must have five fields` });
  }
  if (s.timezone && !validTimeZone(s.timezone)) {
    throw new TruthgateError('TG_SCHEDULE_INVALID', { detail: `unknown time zone "${s.timezone}"` });
  }
  try {
    await client.schedule.create({
      scheduleId: s.id,
      spec: { cronExpressions: [s.cron], ...(s.timezone ? { timezone: s.timezone } : {}) },
      action: {
        type: 'startWorkflow',
        workflowType: s.work.workflow,
        args: [s.work.input],
        taskQueue: s.taskQueue,
        workflowId: s.id,
      },
      policies: {
        overlap: overlapOf[s.overlap ?? 'skip'],
        ...(s.catchupWindow ? { catchupWindow: s.catchupWindow as `${number} ${string}` } : {}),
      },
      state: { ...(s.note ? { note: s.note } : {}), paused: s.paused ?? false },
      memo: { truthgate: s.work.workflow, ...(suite ? { suite } : {}) },
    });
  } catch (err) {
    throw new TruthgateError('TG_SCHEDULE_INVALID', { detail: firstLine(err) }, { cause: err });
  }
}

export async function listSchedules(client: Client): Promise<ScheduleSummary[]> {
  const out: ScheduleSummary[] = [];
  for await (const s of client.schedule.list()) out.push(s);
  return out.sort((a, b) => a.scheduleId.localeCompare(b.scheduleId));
}

/** Runs `fn` on the schedule's handle, mapping "not found" to a coded error. */
export async function withSchedule<T>(
  client: Client,
  id: string,
  fn: (h: ReturnType<Client['schedule']['getHandle']>) => Promise<T>,
): Promise<T> {
  try {
    return await fn(client.schedule.getHandle(id));
  } catch (err) {
    if (err instanceof ScheduleNotFoundError) throw new TruthgateError('TG_SCHEDULE_NOT_FOUND', { id });
    throw err;
  }
}

/** The suite identity a validation schedule was created with (memo), if any. */
export function scheduleSuite(s: Pick<ScheduleSummary, 'memo'>): string | undefined {
  const v = s.memo?.suite;
  return typeof v === 'string' ? v : undefined;
}

export function describeSchedule(client: Client, id: string): Promise<ScheduleDescription> {
  return withSchedule(client, id, (h) => h.describe());
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
