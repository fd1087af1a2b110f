import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Client } from '@temporalio/client';
import { TruthgateError } from '../../core/errors.ts';
import { connectClient } from '../../temporal/connection.ts';
import {
  createSchedule,
  describeSchedule,
  listSchedules,
  overlapPolicies,
  scheduleSuite,
  withSchedule,
  type OverlapPolicy,
  type ScheduledWork,
} from '../../temporal/schedules.ts';
import { connectionFrom, withTemporalOptions, type TemporalFlags } from '../temporal-options.ts';
import { positiveInt } from './worker.ts';

interface CreateFlags extends TemporalFlags {
  suite?: string;
  source?: string[];
  partitioned?: boolean;
  retention?: boolean;
  reportDays?: number;
  failedReportDays?: number;
  profilesPerSource?: number;
  notificationDays?: number;
  cron: string;
  timezone?: string;
  overlap: OverlapPolicy;
  catchupWindow?: string;
  note?: string;
  paused?: boolean;
}

/** Connects, runs one schedule operation, closes. */
async function withClient(cmd: Command, fn: (c: Client, f: TemporalFlags) => Promise<void>): Promise<void> {
  const f = cmd.optsWithGlobals<TemporalFlags>();
  const client = await connectClient(connectionFrom(f));
  try {
    await fn(client, f);
  } finally {
    await client.connection.close();
  }
}

export function registerSchedule(program: Command): void {
  const schedule = program.command('schedule').description('Recurring checks as Temporal Schedules (cron)');

  withTemporalOptions(
    schedule
      .command('create <id>')
      .description('Create a schedule that validates a suite (or prunes the store with --retention)')
      .option('--suite <file>', 'suite file, as the workers see it')
      .option('--source <name...>', 'only these sources')
      .option('--partitioned', 'fan multi-file sources out one activity per file')
      .option('--retention', 'run the retention workflow instead of a validation')
      .option('--report-days <n>', 'retention: days validation reports are kept (default 90)', positiveInt)
      .option(
        '--failed-report-days <n>',
        'retention: days failed reports are kept (default 180)',
        positiveInt,
      )
      .option(
        '--profiles-per-source <n>',
        'retention: newest profiles kept per source (default 5)',
        positiveInt,
      )
      .option(
        '--notification-days <n>',
        'retention: days notification logs are kept (default 30)',
        positiveInt,
      )
      .requiredOption('--cron <expr>', 'five-field cron expression, e.g. "0 6 * * *"')
      .option('--timezone <tz>', 'IANA time zone of the cron expression (default UTC)')
      .addOption(
        new Option('--overlap <policy>', 'when the previous run is still going')
          .choices(overlapPolicies)
          .default('skip'),
      )
      .option('--catchup-window <duration>', 'how late a missed run may still start, e.g. "1 hour"')
      .option('--note <text>', 'note shown with the schedule')
      .option('--paused', 'create it paused'),
  ).action((id: string, _o: unknown, cmd: Command) =>
    withClient(cmd, async (client) => {
      const f = cmd.optsWithGlobals<CreateFlags>();
      await createSchedule(client, {
        id,
        cron: f.cron,
        timezone: f.timezone,
        overlap: f.overlap,
        catchupWindow: f.catchupWindow,
        note: f.note,
        paused: f.paused,
        taskQueue: f.taskQueue,
        work: scheduledWork(f),
      });
      process.stdout.write(`created schedule ${id} (${f.cron}${f.timezone ? ` ${f.timezone}` : ' UTC'})\n`);
    }),
  );

  withTemporalOptions(schedule.command('list').description('List schedules')).action(
    (_o: unknown, cmd: Command) =>
      withClient(cmd, async (client) => {
        // Tab-separated: id, suite identity (two unnamed suites differ here), state, next run, note.
        for (const s of await listSchedules(client)) {
          const next = s.info.nextActionTimes[0]?.toISOString() ?? '-';
          process.stdout.write(
            `${s.scheduleId}\t${scheduleSuite(s) ?? '-'}\t${s.state.paused ? 'paused' : 'active'}\tnext ${next}${s.state.note ? `\t${s.state.note}` : ''}\n`,
          );
        }
      }),
  );

  withTemporalOptions(schedule.command('describe <id>').description('Show a schedule as JSON')).action(
    (id: string, _o: unknown, cmd: Command) =>
      withClient(cmd, async (client) => {
        const d = await describeSchedule(client, id);
        const out = {
          id: d.scheduleId,
          paused: d.state.paused,
          note: d.state.note ?? null,
          spec: d.spec,
          workflow: d.action.type === 'startWorkflow' ? d.action.workflowType : d.action.type,
          overlap: d.policies.overlap,
          catchupWindowMs: d.policies.catchupWindow,
          nextRuns: d.info.nextActionTimes.map((t) => t.toISOString()),
          recentRuns: d.info.recentActions.map((a) => ({
            scheduledAt: a.scheduledAt.toISOString(),
            workflowId: a.action.workflow.workflowId,
          })),
          runningWorkflows: d.info.runningActions.map((a) => a.workflow.workflowId),
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      }),
  );

  const simple: [
    string,
    string,
    (h: ReturnType<Client['schedule']['getHandle']>, note?: string) => Promise<void>,
  ][] = [
    ['pause', 'Pause a schedule', (h, note) => h.pause(note)],
    ['resume', 'Resume a paused schedule', (h, note) => h.unpause(note)],
    ['trigger', 'Start a run of the schedule now', (h) => h.trigger()],
    ['delete', 'Delete a schedule (its past runs stay in history)', (h) => h.delete()],
  ];
  for (const [name, description, op] of simple) {
    withTemporalOptions(
      schedule
        .command(`${name} <id>`)
        .description(description)
        .option('--note <text>', 'reason, kept with the schedule'),
    ).action((id: string, _o: unknown, cmd: Command) =>
      withClient(cmd, async (client) => {
        await withSchedule(client, id, (h) => op(h, cmd.opts<{ note?: string }>().note));
        process.stdout.write(`${name}: ${id}\n`);
      }),
    );
  }
}

function scheduledWork(f: CreateFlags): ScheduledWork {
  if (f.retention) {
    const policy = {
      ...(f.reportDays ? { reportDays: f.reportDays } : {}),
      ...(f.failedReportDays ? { failedReportDays: f.failedReportDays } : {}),
      ...(f.profilesPerSource ? { profilesPerSource: f.profilesPerSource } : {}),
      ...(f.notificationDays ? { notificationDays: f.notificationDays } : {}),
    };
    return { workflow: 'retentionWorkflow', input: Object.keys(policy).length ? { policy } : {} };
  }
  if (!f.suite)
    throw new TruthgateError('TG_USAGE', { detail: 'schedule create needs --suite <file> (or --retention)' });
  return {
    workflow: 'validationWorkflow',
    input: {
      suite: resolve(f.suite),
      ...(f.source ? { sources: f.source } : {}),
      ...(f.partitioned ? { partitioned: {} } : {}),
    },
  };
}
