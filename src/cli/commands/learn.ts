import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { runProven } from '../../core/learn/proven.ts';
import { writeFileAtomic } from '../../core/fs/atomic.ts';
import { learnSuite, sourceNameFor, type LearnOptions } from '../../core/learn/learn.ts';
import { sqlLearnOptions } from '../../core/learn/sql-learn.ts';
import { closeSuiteSource, openSuiteSource } from '../../core/profile/sql-entry.ts';
import { profileSqlSource } from '../../core/profile/sql-profile.ts';
import type { Profile } from '../../core/profile/types.ts';
import { sourceArg, suiteInputs, type SourceArg, type SuiteSourceOptions } from './suite-source.ts';
import { strictnesses, type Strictness } from '../../core/learn/propose.ts';
import { profileSource } from '../../core/profile/profile.ts';
import { openSource } from '../../core/sources/open.ts';
import { buildSuiteWithEnv } from '../../core/suite/load.ts';
import type { SuiteFile } from '../../core/suite/schema.ts';
import { findSourceHistory, seriesOf } from '../../core/history/store.ts';
import { DirectoryStore } from '../../core/store/directory.ts';

interface LearnCliOptions extends SuiteSourceOptions {
  output?: string;
  strictness: Strictness;
  name?: string;
  history?: string;
}

export function registerLearn(program: Command): void {
  program
    .command('learn')
    .description('Propose a commented suite file from the data (checks that pass on it)')
    .argument('[source]', 'data file or glob')
    .option('--suite <file>', 'suite file declaring the source to learn from (with --source)')
    .option(
      '--source <name>',
      'source of the suite: a file, or a SQL table or query profiled in its database',
    )
    .option('-o, --output <file>', 'suite file to write (default: print to stdout)')
    .addOption(
      new Option('--strictness <level>', 'how tight the learned bounds are')
        .choices(strictnesses)
        .default('medium'),
    )
    .option('--name <source-name>', 'source name in the suite (default: from the file name)')
    .option(
      '--history <dir>',
      "report store holding the source's metric history: also propose anomaly checks where it has enough runs",
    )
    .action(async (path: string | undefined, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<LearnCliOptions>();
      const arg = sourceArg(path, opts);
      const name = opts.name ?? (arg.kind === 'suite' ? arg.name : sourceNameFor(arg.path));
      // The suite names the data relative to where the suite file will live.
      const suiteDir = opts.output ? dirname(resolve(opts.output)) : process.cwd();
      const { profile, inputs, source } = await profileFor(arg, name, suiteDir);
      const history = opts.history
        ? await findSourceHistory(new DirectoryStore(opts.history), name)
        : undefined;
      const learned = learnSuite(profile, {
        strictness: opts.strictness,
        sourceName: name,
        ...source,
        ...(opts.history ? { historyRuns: (metric: string) => seriesOf(history, metric).length } : {}),
      });
      await warnIfFailing(learned.suite, suiteDir, { [name]: profile });
      if (opts.output) {
        writeFileAtomic(opts.output, learned.yamlText, { inputs });
        process.stderr.write(`Learned ${learned.proposals.length} checks into ${opts.output}\n`);
      } else process.stdout.write(learned.yamlText);
    });
}

/** A suite's file path as the learned suite, in `suiteDir`, names it (URLs stay as they are). */
function reroot(path: string, baseDir: string, suiteDir: string): string {
  if (/^[a-z][\w+.-]*:\/\//i.test(path) || isAbsolute(path)) return path;
  return relative(suiteDir, resolve(baseDir, path)) || path;
}

type SourceOptions = Pick<LearnOptions, 'sourcePath' | 'sourceEntry' | 'connections' | 'unsupported'>;

/** The profile to learn from and how the learned suite names its source. */
async function profileFor(
  arg: SourceArg,
  name: string,
  suiteDir: string,
): Promise<{ profile: Profile; inputs: string[]; source: SourceOptions }> {
  const relTo = (p: string) => (isAbsolute(p) ? p : relative(suiteDir, resolve(p)) || p);
  if (arg.kind === 'path') {
    const opened = openSource(name, { path: arg.path });
    return {
      profile: await profileSource(opened),
      inputs: opened.files,
      source: { sourcePath: relTo(arg.path) },
    };
  }
  const { suite } = arg;
  const inputs = suiteInputs(suite, [arg.name]);
  const s = await openSuiteSource(suite, arg.name);
  try {
    if (s.kind === 'file')
      return {
        profile: await profileSource(s.source, { baseDir: suite.baseDir }),
        inputs,
        source: { sourcePath: reroot(s.source.spec.path, suite.baseDir, suiteDir) },
      };
    const { source } = s;
    return {
      profile: await profileSqlSource(source),
      inputs,
      source: {
        sourcePath: source.uri,
        ...sqlLearnOptions(suite, arg.name, source.spec, source.dialect, source.schema, suiteDir),
      },
    };
  } finally {
    await closeSuiteSource(s);
  }
}

/**
 * A learned suite must pass on its own data; say so loudly if one check does not. It is run from
 * the object its YAML was rendered from: parsing that YAML again took seconds on wide files. The
 * verdicts the profile proves are taken from it (proven.ts): planning them took seconds too.
 */
async function warnIfFailing(
  suite: SuiteFile,
  baseDir: string,
  profiles: Record<string, Profile>,
): Promise<void> {
  const report = await runProven(buildSuiteWithEnv(suite, { path: '<learned>', baseDir }), profiles);
  for (const s of report.sources) {
    for (const c of s.checks) {
      if (c.status !== 'pass')
        process.stderr.write(`warning: learned check ${c.id} does not pass: ${c.message}\n`);
    }
  }
}
