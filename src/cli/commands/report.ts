import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { TruthgateError } from '../../core/errors.ts';
import { readReport } from '../../core/result/read-report.ts';
import type { Report } from '../../core/result/schema.ts';
import { render, formats, type Format } from '../../core/render/index.ts';
import { emitResult, reportExitCode, resolveLang, terminalWidth, useColor } from '../output.ts';

interface ReportOptions {
  format: Format;
  output?: string;
  maxLength?: number;
  exitCode?: boolean;
  color: boolean;
  lang?: string;
}

/**
 * `truthgate report <report.json>`: renders a saved JSON report again, e.g. in a `workflow_run`
 * job that may comment on a fork's pull request but must not run the fork's code or data.
 */
export function registerReport(program: Command): void {
  program
    .command('report <file>')
    .description('Render a saved JSON report (from --format json) as terminal, Markdown, JUnit or JSON')
    .addOption(new Option('--format <format>', 'output format').choices(formats).default('terminal'))
    .option('-o, --output <file>', 'write the result to a file (the terminal summary still prints)')
    .option(
      '--max-length <chars>',
      'Markdown: step detail down to fit (e.g. 65536 for a PR comment)',
      parseLength,
    )
    .option('--exit-code', 'exit with the report verdict (0/1/2/3) instead of 0')
    .option('--no-color', 'disable colours')
    .action((file: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ReportOptions>();
      const report = readReportOrRunResult(file);
      const lang = resolveLang(opts.lang);
      const text = (format: Format): string =>
        format === 'terminal'
          ? render(report, 'terminal', { lang, color: useColor(opts.color), width: terminalWidth() })
          : render(report, format, { lang, ...(opts.maxLength ? { maxLength: opts.maxLength } : {}) });
      emitResult(text, { format: opts.format, output: opts.output, lang, inputs: [file] });
      process.exitCode = opts.exitCode ? reportExitCode(report) : 0;
    });
}

/** The shape of `truthgate run --format json` output: the workflow's bounded result. */
const RunResult = z.object({ reportKey: z.string(), topIssues: z.array(z.unknown()) });

/** readReport, naming a saved `run` result as such (its full report is in the worker's store). */
function readReportOrRunResult(file: string): Report {
  try {
    return readReport(file);
  } catch (err) {
    if (!(err instanceof TruthgateError) || err.code !== 'TG_REPORT_INVALID') throw err;
    let run: z.infer<typeof RunResult> | undefined;
    try {
      run = RunResult.safeParse(JSON.parse(readFileSync(file, 'utf8'))).data;
    } catch {
      // Not JSON at all: the report error says so.
    }
    if (run) throw new TruthgateError('TG_REPORT_RUN_RESULT', { path: file, key: run.reportKey });
    throw err;
  }
}

function parseLength(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1000) {
    throw new TruthgateError('TG_USAGE', {
      detail: `--max-length must be an integer of at least 1000, got ${value}`,
    });
  }
  return n;
}
