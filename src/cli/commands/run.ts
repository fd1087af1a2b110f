import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { escapeMarkdown } from '../../core/render/escape.ts';
import { FailOn } from '../../core/result/schema.ts';
import { connectClient } from '../../temporal/connection.ts';
import { hasWorker, requireWorker, runValidation } from '../../temporal/run.ts';
import type { ValidationWorkflowResult } from '../../workflows/validation.ts';
import { emitResult, reportExitCode, resolveLang, withOutputOptions, type ResultFormat } from '../output.ts';
import { connectionFrom, withTemporalOptions, type TemporalFlags } from '../temporal-options.ts';
import { positiveInt } from './worker.ts';

interface RunFlags extends TemporalFlags {
  suite: string;
  source?: string[];
  failOn?: FailOn;
  partitioned?: boolean;
  concurrency?: number;
  workflowId?: string;
  format: ResultFormat;
  output?: string;
  /** Old spelling of --format json, kept hidden so scripts keep working. */
  json?: boolean;
  wait?: boolean;
  lang?: string;
}

export function registerRun(program: Command): void {
  const command = withTemporalOptions(
    program
      .command('run')
      .description('Run a suite once as a Temporal workflow and wait for the result (exit codes as `check`)')
      .option('--suite <file>', 'suite file, as the workers see it', 'truthgate.yml')
      .option('--source <name...>', 'only these sources')
      .addOption(
        new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(FailOn.options),
      )
      .option('--partitioned', 'fan multi-file sources out one activity per file')
      .option('--concurrency <n>', 'partitions in flight at once (with --partitioned)', positiveInt)
      .option('--workflow-id <id>', 'workflow id (default: truthgate-run-<uuid>)')
      .option('--wait', 'start the run even when no worker polls the task queue, and wait for one')
      .addOption(new Option('--json', 'same as --format json').hideHelp()),
  );
  withOutputOptions(command).action(async (_o: unknown, cmd: Command) => {
    const f = cmd.optsWithGlobals<RunFlags>();
    const client = await connectClient(connectionFrom(f));
    try {
      if (!f.wait) await requireWorker(client, f.taskQueue);
      else if (!(await hasWorker(client, f.taskQueue)))
        process.stderr.write(
          `no worker polls task queue ${f.taskQueue} yet; waiting for one (Ctrl-C stops)\n`,
        );
      const result = await runValidation(
        client,
        {
          // Absolute, so a worker started from another directory on this machine finds it.
          suite: resolve(f.suite),
          ...(f.source ? { sources: f.source } : {}),
          ...(f.failOn ? { failOn: f.failOn } : {}),
          ...(f.partitioned ? { partitioned: f.concurrency ? { concurrency: f.concurrency } : {} } : {}),
        },
        { taskQueue: f.taskQueue, workflowId: f.workflowId ?? `truthgate-run-${randomUUID()}` },
      );
      emitResult((format) => runText(result, format), {
        format: f.json ? 'json' : f.format,
        output: f.output,
        lang: resolveLang(f.lang),
      });
      process.exitCode = reportExitCode(result);
    } finally {
      await client.connection.close();
    }
  });
}

/** The compact workflow result (the full report is in the store under reportKey). */
function runText(r: ValidationWorkflowResult, format: ResultFormat): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  const s = r.summary;
  const [head, ...rest] = [
    `${r.suite}: ${r.status.toUpperCase()} — ${s.passed} passed, ${s.failed} failed, ${s.errored} errored of ${s.checks} checks`,
    ...r.sources.filter((x) => x.error).map((x) => `  source ${x.name}: ${x.error}`),
    ...r.topIssues.map((i) => `  [${i.severity}] ${i.id}: ${i.message}`),
    `  report: ${r.reportKey}`,
    ...(r.stateChange
      ? [`  change: ${r.stateChange.kind} (${r.stateChange.from ?? 'none'} → ${r.stateChange.to})`]
      : []),
  ];
  if (format === 'markdown') {
    return `**${escapeMarkdown(head!)}**\n\n${rest.map((l) => `- ${escapeMarkdown(l.trim())}`).join('\n')}\n`;
  }
  return `${[head, ...rest].join('\n')}\n`;
}
