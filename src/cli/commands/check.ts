import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { nearest } from '../../core/checks/registry.ts';
import { runSuite, type RunOptions } from '../../core/engine/run-suite.ts';
import { TruthgateError, type Lang } from '../../core/errors.ts';
import { isStdout, writeFileAtomic } from '../../core/fs/atomic.ts';
import { t } from '../../core/i18n/ui.ts';
import type { ZeroConfigSuite } from '../../core/learn/zero-config.ts';
import { render, formats, type Format } from '../../core/render/index.ts';
import { FailOn, type Report } from '../../core/result/schema.ts';
import { loadSuiteFile, type LoadedSuite } from '../../core/suite/load.ts';
import type * as HistoryStore from '../../core/history/store.ts';
import type { DirectoryStore } from '../../core/store/directory.ts';
import { printError, printProblem, reportExitCode, resolveLang, terminalWidth, useColor } from '../output.ts';
import { startProgress } from '../progress.ts';

const DEFAULT_SUITE = 'truthgate.yml';

interface CheckOptions {
  suite?: string;
  baseline?: string;
  source?: string[];
  format: Format;
  output?: string;
  failOn?: FailOn;
  sampleSize?: number;
  color: boolean;
  lang?: string;
  historyDir?: string;
}

export function registerCheck(program: Command): void {
  program
    .command('check [data...]')
    .description('Run a suite of checks, or checks learned from the data itself when given data files')
    .option('--suite <file>', `suite file (default: ./${DEFAULT_SUITE} when it exists)`)
    .option('--baseline <path>', 'with data files: learn checks from this data or saved profile instead')
    .option('--source <name...>', 'only these sources (repeatable)')
    .addOption(new Option('--format <format>', 'output format').choices(formats).default('terminal'))
    .option('-o, --output <file>', 'write the report to a file (the terminal summary still prints)')
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(FailOn.options),
    )
    .option('--sample-size <n>', 'failing rows kept per check', parseSampleSize)
    .option(
      '--history-dir <dir>',
      'store of past metrics for anomaly checks, read before and appended after the run (env TRUTHGATE_STORE)',
    )
    .option('--no-color', 'disable colours')
    .action(async (data: string[], _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<CheckOptions>();
      process.exitCode = await check(data, opts, resolveLang(opts.lang));
    });
}

async function check(data: string[], opts: CheckOptions, lang: Lang): Promise<number> {
  const progress = await startProgress(lang);
  let report: Report;
  let suite: LoadedSuite | ZeroConfigSuite;
  try {
    suite = await loadSuite(data, opts, (n) => progress.say(t(lang, 'learning', { n })));
    for (const name of opts.source ?? []) {
      if (name in suite.sources) continue;
      const n = nearest(name, Object.keys(suite.sources));
      throw new TruthgateError('TG_UNKNOWN_SOURCE', {
        name,
        suggestion: n ? ` (did you mean \`${n}\`?)` : '',
      });
    }
    // Zero-config learning and metric history are loaded only by the runs that use them: start-up
    // is most of a check of a small file.
    const history = await historyStore(opts);
    const names = opts.source ?? Object.keys(suite.checks);
    const runOptions: RunOptions = {
      ...(history ? { history: await history.store.loadHistory(history.dir, suite.name, names) } : {}),
      ...(opts.source ? { sources: opts.source } : {}),
      ...(opts.failOn ? { failOn: opts.failOn } : {}),
      ...(opts.sampleSize !== undefined ? { sampleSize: opts.sampleSize } : {}),
      onProgress: progress.onProgress,
    };
    if ('selfLearned' in suite) {
      const zeroConfig = await import('../../core/learn/zero-config.ts');
      report = zeroConfig.warnSelfLearned(
        await zeroConfig.runZeroConfigSuite(suite, runOptions),
        suite.selfLearned,
      );
    } else report = await runSuite(suite, runOptions);
    // A corrupted history file is left for inspection (and rebuilding); the run itself completes.
    if (history)
      for (const p of await history.store.recordReport(history.dir, report, new Date(report.startedAt)))
        printError(p, lang);
  } finally {
    progress.stop();
  }

  const color = useColor(opts.color);
  const width = terminalWidth();
  const terminal = (): string => render(report, 'terminal', { lang, color, width });
  if (opts.output && !isStdout(opts.output)) {
    const text = render(report, opts.format, { lang });
    writeFileAtomic(opts.output, text, { inputs: readFiles(suite, report, data) });
    process.stdout.write(terminal());
    process.stderr.write(`${t(lang, 'reportWritten', { path: opts.output })}\n`);
  } else if (opts.format === 'terminal') {
    process.stdout.write(terminal());
  } else {
    process.stdout.write(render(report, opts.format, { lang }));
    // stdout carries machine output; unreadable sources still get a human line on stderr.
    for (const s of report.sources) {
      if (s.error) printProblem(s.error);
    }
  }
  return reportExitCode(report);
}

/** Every file the run read (the suite and each source's files): -o must not overwrite one of them. */
function readFiles(suite: LoadedSuite, report: Report, data: string[]): string[] {
  const sourceFiles = report.sources.flatMap((s) => s.files ?? [s.uri]);
  return [suite.path, ...data, ...sourceFiles.map((f) => resolve(suite.baseDir, f))];
}

/** --suite, else checks learned from the data paths (zero-config), else ./truthgate.yml. */
async function loadSuite(
  data: string[],
  opts: CheckOptions,
  learning: (files: number) => void,
): Promise<LoadedSuite | ZeroConfigSuite> {
  if (data.length > 0 && opts.suite) {
    throw new TruthgateError('TG_USAGE', { detail: 'give either --suite or data files, not both' });
  }
  if (opts.baseline !== undefined && data.length === 0) {
    throw new TruthgateError('TG_USAGE', { detail: '--baseline needs data files to compare with it' });
  }
  if (opts.suite) return loadSuiteFile(opts.suite);
  if (data.length > 0) {
    learning(data.length);
    const { buildZeroConfigSuite } = await import('../../core/learn/zero-config.ts');
    return buildZeroConfigSuite(data, opts.baseline !== undefined ? { baseline: opts.baseline } : {});
  }
  if (existsSync(DEFAULT_SUITE)) return loadSuiteFile(DEFAULT_SUITE);
  throw new TruthgateError('TG_SUITE_NOT_FOUND', { path: DEFAULT_SUITE });
}

/** --history-dir, else the report store of TRUTHGATE_STORE when set; none means anomaly checks keep learning. */
async function historyStore(
  opts: CheckOptions,
): Promise<{ dir: DirectoryStore; store: typeof HistoryStore } | undefined> {
  const dir = opts.historyDir ?? process.env.TRUTHGATE_STORE;
  if (!dir) return undefined;
  const [{ DirectoryStore }, store] = await Promise.all([
    import('../../core/store/directory.ts'),
    import('../../core/history/store.ts'),
  ]);
  return { dir: new DirectoryStore(dir), store };
}

export function parseSampleSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100) {
    throw new TruthgateError('TG_USAGE', {
      detail: `--sample-size must be an integer from 0 to 100, got ${value}`,
    });
  }
  return n;
}
